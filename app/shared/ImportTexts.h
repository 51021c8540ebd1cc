#pragma once

#include "CatalogueSwitcher.h"
#include "DataIssue.h"
#include "PackImporter.h"
#include "PackProblem.h"
#include "Texts.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// The words for data packs, imports and rollbacks (what core reports as PackProblem, DataIssue,
// StorageError, CatalogueChanges), in one language, for both front ends.
class ImportTexts
{
    Q_DECLARE_TR_FUNCTIONS(ImportTexts)

public:
    explicit ImportTexts(recall::Language language) : m_texts(language) {}

    // Where in the data (file, line, field) and what is wrong there.
    QString dataIssue(const recall::DataIssue &issue) const;
    QString packProblem(const recall::PackProblem &problem) const;
    QString storageError(const recall::StorageError &error) const;
    // The first line of a refusal: nothing changed, and how many problems follow.
    QString refused(int problems) const;
    // What an import changed, one line per kind of change.
    QStringList summary(const recall::ImportReport &report) const;
    QString rolledBack(const recall::RolledBack &result) const;
    // Why unsigned packs were accepted, shown whenever the testing setting is on.
    QString unsignedAccepted() const;
    // Sentences one after another: Japanese puts no space after 。, English one after the full stop.
    QString sentences(const QStringList &parts) const;

private:
    QString tx(const char *source) const;
    QString txn(const char *source, int n) const;
    QString withDetail(const QString &text, const QString &detail) const;
    QString version(int dataVersion, const QDate &asOf) const;

    Texts m_texts;
};
