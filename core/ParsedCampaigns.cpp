#include "ParsedCampaigns.h"

#include <algorithm>

namespace recall {

ParsedCampaigns::Kept ParsedCampaigns::find(const QString &id) const
{
    const std::lock_guard lock(m_mutex);
    const Kept *kept = m_kept.object(id);
    return kept ? *kept : nullptr;
}

ParsedCampaigns::Kept ParsedCampaigns::keep(const QString &id, Campaign campaign, qsizetype bytes)
{
    auto entry = std::make_shared<Entry>();
    entry->products = std::exchange(campaign.products, {});
    entry->shell = std::move(campaign);
    for (qsizetype i = 0; i < qsizetype(entry->products.size()); ++i)
        entry->productsByModel[entry->products[std::size_t(i)].model].append(i);
    Kept made = std::move(entry);

    const std::lock_guard lock(m_mutex);
    if (const Kept *kept = m_kept.object(id))
        return *kept;
    // Never more than the whole cache, so the insert cannot refuse (and delete) the entry.
    m_kept.insert(id, new Kept(made), std::clamp<qsizetype>(bytes, 1, m_kept.maxCost()));
    return made;
}

} // namespace recall
