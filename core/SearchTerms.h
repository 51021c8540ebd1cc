#pragma once

#include "Model.h"

#include <vector>

namespace recall {

enum class MatchKind { Jan, VariantCode, Model, Name, Reading, Alias, Category, Colour };

QString matchKindKey(MatchKind kind);
std::optional<MatchKind> matchKindFromKey(const QString &key);

// Category and colour words are shared by many products: the catalogue stores them once (its categories and
// colours) and finds the products through indexes, instead of storing them as every product's terms.
inline bool isVocabularyKind(MatchKind kind)
{
    return kind == MatchKind::Category || kind == MatchKind::Colour;
}

struct SearchTerm
{
    int variantIndex = -1; // -1: the term names the product, else the variant it names
    MatchKind kind;
    QString term; // folded with TextNormalizer
};

// Every folded word a person might type for this product: codes, names, reading, aliases, category
// synonyms and, per variant, the colour words. The catalogue finds exactly these (see isVocabularyKind).
std::vector<SearchTerm> searchTermsFor(const Product &product, const std::vector<Colour> &colours,
                                       const std::vector<Category> &categories);

} // namespace recall
