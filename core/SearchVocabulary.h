#pragma once

#include "Model.h"
#include "SearchTerms.h"

#include <vector>

namespace recall {

enum class TextMatch { Equal, Prefix, Contains };

struct VocabularyWord
{
    MatchKind kind; // Category or Colour
    QString id;     // the category or colour
    QString word;   // folded with TextNormalizer
};

// The category and colour words of a catalogue (a few hundred at most), matched in memory: the catalogue
// then finds the products a matching word names through its indexes.
class SearchVocabulary
{
public:
    SearchVocabulary(const std::vector<Colour> &colours, const std::vector<Category> &categories);

    // The words equal to, starting with or containing `folded` (Contains includes the other two).
    std::vector<const VocabularyWord *> matching(const QString &folded, TextMatch how) const;

private:
    std::vector<VocabularyWord> m_words;
};

} // namespace recall
