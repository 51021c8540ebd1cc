#pragma once

#include "Eligibility.h"
#include "ProductDetails.h"

#include <QDateTime>
#include <QString>

#include <vector>

// What a call-centre operator reads aloud for one product, in the script's own language (independent of
// the interface's): opening, safety first, the questions whose answers feed the eligibility check, the
// answer, the return kit, the replacement and where to call. Also the plain-text summary for a ticket.
class PhoneScript
{
public:
    struct Line
    {
        enum class Kind { Say, Ask };
        Kind kind;
        QString text;
    };

    PhoneScript(const recall::ProductDetails &details, const recall::CheckResult &result, recall::Language language);

    std::vector<Line> lines() const;
    QString summary(const QDateTime &when) const;

private:
    QString t(const char *source) const;
    const recall::Campaign *mainCampaign() const;

    const recall::ProductDetails &m_details;
    const recall::CheckResult &m_result;
    recall::Language m_language;
};
