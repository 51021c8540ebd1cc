#pragma once

#include "Model.h"

#include <QCache>
#include <QHash>
#include <QList>
#include <QString>

#include <memory>
#include <mutex>
#include <vector>

namespace recall {

// Campaigns parsed from one catalogue file, kept by the size of their stored records up to a limit. The
// connections a batch opens to the same file (one per thread) share one set, so each campaign is parsed once,
// by whichever thread meets it first. Thread-safe; an entry stays valid while someone holds it.
class ParsedCampaigns
{
public:
    // A campaign split so that one product's share of it is copied without its whole product list (a national
    // recall names thousands of products).
    struct Entry
    {
        Campaign shell; // everything but the products
        std::vector<CampaignProduct> products;
        QHash<QString, QList<qsizetype>> productsByModel; // indexes into `products`, in their order
    };
    using Kept = std::shared_ptr<const Entry>;

    explicit ParsedCampaigns(qsizetype maxBytes) : m_kept(maxBytes) {}

    Kept find(const QString &id) const;
    // Keeps the campaign parsed from `bytes` bytes; if another thread kept it meanwhile, returns that one.
    Kept keep(const QString &id, Campaign campaign, qsizetype bytes);

private:
    mutable std::mutex m_mutex;
    mutable QCache<QString, Kept> m_kept; // QCache moves what is found to the front, even to read it
};

} // namespace recall
