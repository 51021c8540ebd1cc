#pragma once

#include "Catalogue.h"

#include <optional>
#include <vector>

namespace recall {

// Everything a product page or `show` presents: the product, its colours, every campaign that names it,
// and every source cited by any of those facts.
struct ProductDetails
{
    Product product;
    int variantIndex = -1; // when looked up by variant code or JAN
    std::optional<Category> category;
    std::vector<Colour> colours;
    std::vector<ProductCampaign> campaigns;
    std::vector<Source> sources;
    QDate dataAsOf;

    const Colour *colour(const QString &id) const;
    // Campaigns that cover this variant (its colour is not excluded).
    QStringList coveredBy(const Variant &variant) const;
    const Replacement *replacement() const;
    std::vector<Source> sourcesOf(const QStringList &ids) const;
};

QStringList citedSources(const Product &product);
QStringList citedSources(const Campaign &campaign);

// Looks the key up as a model, then a variant code, then a JAN.
Result<std::optional<ProductDetails>, CatalogueError> loadProductDetails(Catalogue &catalogue, const QString &key);

} // namespace recall
