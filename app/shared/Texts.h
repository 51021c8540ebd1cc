#pragma once

#include "CatalogueStore.h"
#include "DataIssue.h"
#include "Eligibility.h"
#include "SearchEngine.h"

#include <QCoreApplication>
#include <QString>

// The words for everything core reports as codes: verdicts, reasons, serial problems, catalogue errors.
// Front ends never spell these out themselves, so the GUI, the CLI and printed handouts say the same thing.
class Texts
{
    Q_DECLARE_TR_FUNCTIONS(Texts)

public:
    explicit Texts(recall::Language language) : m_language(language) {}

    recall::Language language() const { return m_language; }
    const QString &pick(const recall::LocalizedText &text) const;

    static QString verdictHeadline(recall::Verdict verdict);
    static QString verdictNextStep(recall::Verdict verdict);
    QString reason(const recall::Reason &reason) const;
    static QString serialProblem(const recall::SerialProblem &problem);
    static QString confusableHint(const recall::ConfusableCharacter &c);
    static QString catalogueError(const recall::CatalogueError &error);
    static QString catalogueEvent(const recall::CatalogueStore::Opened &opened);
    static QString coverage(recall::Coverage coverage);
    static QString matchKind(recall::MatchKind kind);
    static QString remedy(const QString &key);
    static QString noRecordStatement(const QDate &asOf);
    static QString date(const QDate &date);
    QString colourName(const QString &colourId, const std::vector<recall::Colour> &colours) const;

private:
    recall::Language m_language;
};
