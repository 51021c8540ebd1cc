#pragma once

#include "Eligibility.h"
#include "ProductDetails.h"
#include "SearchEngine.h"
#include "Texts.h"

#include <QTextStream>

// The person-readable output of recall-lookup-cli, in the language of `texts`.
class TextReport
{
    Q_DECLARE_TR_FUNCTIONS(TextReport)

public:
    TextReport(QTextStream &out, const Texts &texts, QDate dataAsOf);

    void search(const recall::SearchResponse &response);
    void show(const recall::ProductDetails &details);
    void notFound(const QString &key);
    void check(const recall::CheckResult &result, const std::vector<recall::Colour> &colours);
    void serial(const recall::SerialCheck &serial);

private:
    void contacts(const recall::Campaign &campaign);
    void notes(const std::vector<recall::Note> &notes);

    QTextStream &m_out;
    const Texts &m_texts;
    QDate m_asOf;
};
