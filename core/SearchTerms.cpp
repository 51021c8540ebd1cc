#include "SearchTerms.h"

#include "TextNormalizer.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace recall {

QString matchKindKey(MatchKind kind)
{
    switch (kind) {
    case MatchKind::Jan: return QStringLiteral("jan");
    case MatchKind::VariantCode: return QStringLiteral("variant_code");
    case MatchKind::Model: return QStringLiteral("model");
    case MatchKind::Name: return QStringLiteral("name");
    case MatchKind::Reading: return QStringLiteral("reading");
    case MatchKind::Alias: return QStringLiteral("alias");
    case MatchKind::Category: return QStringLiteral("category");
    case MatchKind::Colour: return QStringLiteral("colour");
    }
    return {};
}

std::optional<MatchKind> matchKindFromKey(const QString &key)
{
    for (MatchKind k : {MatchKind::Jan, MatchKind::VariantCode, MatchKind::Model, MatchKind::Name,
                        MatchKind::Reading, MatchKind::Alias, MatchKind::Category, MatchKind::Colour}) {
        if (matchKindKey(k) == key)
            return k;
    }
    return std::nullopt;
}

std::vector<SearchTerm> searchTermsFor(const Product &product, const std::vector<Colour> &colours,
                                       const std::vector<Category> &categories)
{
    std::vector<SearchTerm> terms;
    QSet<QString> seen;
    const auto add = [&](int variant, MatchKind kind, const QString &text) {
        const QString term = TextNormalizer::fold(text);
        const QString key = QString::number(variant) + u'\x1f' + term;
        if (term.isEmpty() || seen.contains(key))
            return;
        seen.insert(key);
        terms.push_back({variant, kind, term});
    };

    add(-1, MatchKind::Model, product.model);
    // "1263" for "A1263": people drop the letter, or read only the digits off the label.
    static const QRegularExpression letterPrefix(QStringLiteral("^[A-Za-z]+(?=\\d)"));
    QString digits = product.model;
    digits.remove(letterPrefix);
    if (digits != product.model)
        add(-1, MatchKind::Model, digits);
    add(-1, MatchKind::Name, product.name.ja);
    add(-1, MatchKind::Name, product.name.en);
    add(-1, MatchKind::Reading, product.reading);
    for (const QString &alias : product.aliases)
        add(-1, MatchKind::Alias, alias);
    auto category = std::find_if(categories.begin(), categories.end(),
                                 [&](const Category &c) { return c.id == product.categoryId; });
    if (category != categories.end()) {
        add(-1, MatchKind::Category, category->name.ja);
        add(-1, MatchKind::Category, category->name.en);
        for (const QString &synonym : category->synonyms)
            add(-1, MatchKind::Category, synonym);
    }
    for (std::size_t i = 0; i < product.variants.size(); ++i) {
        const Variant &v = product.variants[i];
        const int index = int(i);
        add(index, MatchKind::VariantCode, v.code);
        add(index, MatchKind::Jan, v.jan);
        auto colour = std::find_if(colours.begin(), colours.end(), [&](const Colour &c) { return c.id == v.colourId; });
        if (colour != colours.end()) {
            add(index, MatchKind::Colour, colour->name.ja);
            add(index, MatchKind::Colour, colour->name.en);
            for (const QString &alias : colour->aliases)
                add(index, MatchKind::Colour, alias);
        }
    }
    return terms;
}

} // namespace recall
