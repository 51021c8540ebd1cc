#pragma once

#include "ProductDetails.h"
#include "Texts.h"

#include <QCoreApplication>
#include <QString>

// The "about this recall" text of a product page as HTML: every campaign that names the product, with
// the hazard, period, units, what to do, the replacement, collection progress, conflicting sources and
// the sources themselves. Also used for printing.
class OverviewHtml
{
    Q_DECLARE_TR_FUNCTIONS(OverviewHtml)

public:
    explicit OverviewHtml(const Texts &texts) : m_texts(texts) {}

    QString build(const recall::ProductDetails &details) const;

private:
    QString variants(const recall::ProductDetails &details) const;
    QString campaign(const recall::ProductDetails &details, const recall::ProductCampaign &pc) const;
    QString progressBar(const recall::ProgressEntry &entry) const;
    QString sources(const std::vector<recall::Source> &sources) const;
    QString row(const QString &label, const QString &value) const;

    const Texts &m_texts;
};
