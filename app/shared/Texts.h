#pragma once

#include "CaseStore.h"
#include "CatalogueStore.h"
#include "DataIssue.h"
#include "Eligibility.h"
#include "SearchEngine.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

// The words for everything core reports as codes: verdicts, reasons, serial problems, catalogue errors,
// in one language chosen per instance (the interface's, or a handout's or phone script's own).
// Front ends never spell these out themselves, so the GUI, the CLI and printed handouts say the same thing.
class Texts
{
    Q_DECLARE_TR_FUNCTIONS(Texts)

public:
    explicit Texts(recall::Language language) : m_language(language) {}

    recall::Language language() const { return m_language; }
    QLocale locale() const;
    const QString &pick(const recall::LocalizedText &text) const;

    QString verdictHeadline(recall::Verdict verdict) const;
    QString verdictNextStep(recall::Verdict verdict) const;
    QString reason(const recall::Reason &reason) const;
    QString serialProblem(const recall::SerialProblem &problem) const;
    QString confusableHint(const recall::ConfusableCharacter &c) const;
    QString catalogueError(const recall::CatalogueError &error) const;
    QString catalogueEvent(const recall::CatalogueStore::Opened &opened) const;
    QString caseStoreError(const recall::CaseStoreError &error) const;
    // The case log was damaged, moved to `keptAside` and started afresh.
    QString caseLogRecovered(const QString &keptAside) const;
    QString caseStatus(recall::CaseStatus status) const;
    QString coverage(recall::Coverage coverage) const;
    QString matchKind(recall::MatchKind kind) const;
    QString remedy(const QString &key) const;
    QString noRecordStatement(const QDate &asOf) const;
    QString date(const QDate &date) const;
    QString colourName(const QString &colourId, const std::vector<recall::Colour> &colours) const;

private:
    QString tx(const char *source) const;
    QString txn(const char *source, int n) const;

    recall::Language m_language;
};
