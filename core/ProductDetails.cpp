#include "ProductDetails.h"

#include <algorithm>

namespace recall {

namespace {
void addAll(QStringList &ids, const Citations &c)
{
    ids << c.record;
    for (const SourceIds &s : c.byField)
        ids << s;
}

void addNotes(QStringList &ids, const std::vector<Note> &notes)
{
    for (const Note &n : notes)
        ids << n.sources;
}
} // namespace

QStringList citedSources(const Product &product)
{
    QStringList ids;
    addAll(ids, product.cite);
    for (const Variant &v : product.variants)
        addAll(ids, v.cite);
    addNotes(ids, product.notes);
    ids.removeDuplicates();
    return ids;
}

QStringList citedSources(const Campaign &campaign)
{
    QStringList ids;
    addAll(ids, campaign.cite);
    addNotes(ids, campaign.notes);
    for (const Step &s : campaign.steps)
        ids << s.sources;
    for (const CollectedEntry &e : campaign.collected)
        ids << e.sources;
    for (const CampaignProduct &cp : campaign.products) {
        addAll(ids, cp.cite);
        addNotes(ids, cp.notes);
        for (const ProgressEntry &p : cp.progress)
            ids << p.sources;
        for (const DateAlternative &a : cp.saleStartAlternatives)
            ids << a.sources;
        if (cp.replacement)
            addAll(ids, cp.replacement->cite);
    }
    ids.removeDuplicates();
    return ids;
}

const Colour *ProductDetails::colour(const QString &id) const
{
    auto it = std::find_if(colours.begin(), colours.end(), [&](const Colour &c) { return c.id == id; });
    return it == colours.end() ? nullptr : &*it;
}

QStringList ProductDetails::coveredBy(const Variant &variant) const
{
    QStringList ids;
    for (const ProductCampaign &pc : campaigns) {
        if (!pc.entry().excludedColours.contains(variant.colourId))
            ids << pc.campaign.id;
    }
    return ids;
}

const Replacement *ProductDetails::replacement() const
{
    for (const ProductCampaign &pc : campaigns) {
        if (pc.entry().replacement)
            return &*pc.entry().replacement;
    }
    return nullptr;
}

std::vector<Source> ProductDetails::sourcesOf(const QStringList &ids) const
{
    std::vector<Source> result;
    for (const QString &id : ids) {
        auto it = std::find_if(sources.begin(), sources.end(), [&](const Source &s) { return s.id == id; });
        if (it != sources.end())
            result.push_back(*it);
    }
    return result;
}

Result<std::optional<ProductDetails>, CatalogueError> loadProductDetails(Catalogue &catalogue, const QString &key)
{
    using Found = Result<std::optional<ProductMatch>, CatalogueError>;
    Found found = catalogue.productByModel(key);
    if (found && !*found)
        found = catalogue.productByVariantCode(key);
    if (found && !*found)
        found = catalogue.productByJan(key);
    if (!found)
        return found.error();
    if (!*found)
        return std::optional<ProductDetails>();

    ProductDetails details;
    details.product = std::move((*found)->product);
    details.variantIndex = (*found)->variantIndex;
    details.dataAsOf = catalogue.info().asOf;
    auto campaigns = catalogue.campaignsFor(details.product.model);
    if (!campaigns)
        return campaigns.error();
    details.campaigns = std::move(*campaigns);
    auto colours = catalogue.colours();
    if (!colours)
        return colours.error();
    const QStringList used = details.product.colourIds();
    for (const Colour &c : *colours) {
        if (used.contains(c.id))
            details.colours.push_back(c);
    }
    auto categories = catalogue.categories();
    if (!categories)
        return categories.error();
    for (const Category &c : *categories) {
        if (c.id == details.product.categoryId)
            details.category = c;
    }
    QStringList ids = citedSources(details.product);
    for (const ProductCampaign &pc : details.campaigns)
        ids << citedSources(pc.campaign);
    ids.removeDuplicates();
    auto sources = catalogue.sources(ids);
    if (!sources)
        return sources.error();
    details.sources = std::move(*sources);
    return std::optional<ProductDetails>(std::move(details));
}

} // namespace recall
