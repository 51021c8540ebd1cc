#include "SearchVocabulary.h"

#include "TextNormalizer.h"

#include <QSet>

namespace recall {

SearchVocabulary::SearchVocabulary(const std::vector<Colour> &colours, const std::vector<Category> &categories)
{
    // The same words searchTermsFor gives a product for its category and its variants' colours.
    QSet<QString> seen;
    const auto add = [&](MatchKind kind, const QString &id, const QString &text) {
        const QString word = TextNormalizer::fold(text);
        const QString key = matchKindKey(kind) + u'\x1f' + id + u'\x1f' + word;
        if (word.isEmpty() || seen.contains(key))
            return;
        seen.insert(key);
        m_words.push_back({kind, id, word});
    };
    for (const Category &c : categories) {
        add(MatchKind::Category, c.id, c.name.ja);
        add(MatchKind::Category, c.id, c.name.en);
        for (const QString &synonym : c.synonyms)
            add(MatchKind::Category, c.id, synonym);
    }
    for (const Colour &c : colours) {
        add(MatchKind::Colour, c.id, c.name.ja);
        add(MatchKind::Colour, c.id, c.name.en);
        for (const QString &alias : c.aliases)
            add(MatchKind::Colour, c.id, alias);
    }
}

std::vector<const VocabularyWord *> SearchVocabulary::matching(const QString &folded, TextMatch how) const
{
    std::vector<const VocabularyWord *> found;
    for (const VocabularyWord &w : m_words) {
        const bool matches = how == TextMatch::Equal    ? w.word == folded
                             : how == TextMatch::Prefix ? w.word.startsWith(folded)
                                                        : w.word.contains(folded);
        if (matches)
            found.push_back(&w);
    }
    return found;
}

} // namespace recall
