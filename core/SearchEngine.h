#pragma once

#include "Catalogue.h"

#include <QStringList>

#include <deque>
#include <optional>
#include <vector>

namespace recall {

// Whether the units a result stands for are named by a recall: all of them, only some colours, or none
// (the matched variants are all of colours the campaigns exclude).
enum class RecallStatus { Covered, PartlyCovered, NotCovered };
QString recallStatusKey(RecallStatus status);

struct SearchResult
{
    QString model;
    LocalizedText name;
    QString categoryId;
    QString illustration;
    QStringList campaigns;
    QString variant;         // the variant the query named, when it named exactly one with a code
    QStringList variants;    // every variant code the query matched
    QString swatch;          // colour to draw the product in: the matched variant's, else the first one's
    MatchKind matchedBy;
    RecallStatus status = RecallStatus::Covered;
    int rank = 0;            // 0 exact code, 1 exact word, 2 prefix, 3 part of a word
};

struct SearchResponse
{
    enum class Status { Ok, Empty, TooLong };
    Status status = Status::Ok;
    QString query;
    QString folded;
    std::vector<SearchResult> results;
};

// Finds products from one free-text box: names (kanji, katakana, hiragana, English), readings, category
// synonyms, model numbers, variant codes, JANs and colour words. Exact codes rank first. Text is only
// ever bound into prepared statements.
class SearchEngine
{
public:
    static constexpr int maxQueryLength = 256;   // characters after folding
    static constexpr int maxInputLength = 4096;  // characters as typed or pasted
    static constexpr int maxWordCandidates = 1000; // products the first word of a multi-word query may offer

    // Keep one engine per open catalogue for a person's typing: it remembers what matched nothing and what
    // its last searches found.
    explicit SearchEngine(Catalogue &catalogue);

    Result<SearchResponse, CatalogueError> search(const QString &query, int limit = 20);

private:
    struct Hit
    {
        int rank;
        MatchKind kind;
        QSet<qint64> variantIds;
    };
    using Hits = QHash<qint64, Hit>;

    // Keeps, per product, the best rank and kind and the variants matched at that rank.
    static void add(Hits &hits, const TermHit &term, int baseRank);
    // `complete` (if given) tells whether every product the text matches is among the hits. Each step reads at
    // most `rowsPerProduct` term rows per product wanted: enough to fill `limit` products even when each
    // matches through several terms.
    // Without `inside`, only terms equal to the text or starting with it are searched (ranks 1 and 2), not
    // those holding it further in: `complete` is then false.
    Result<Hits, CatalogueError> searchFolded(const QString &folded, int limit, bool *complete = nullptr,
                                              int rowsPerProduct = 16, bool inside = true);
    // Every word must match: "powercore white", "サウンドコア 赤"; the worst rank counts.
    Result<Hits, CatalogueError> searchWords(const QStringList &words, int limit);
    // One more word of a multi-word query, matched against the terms of the products found so far.
    Result<Hits, CatalogueError> searchAmong(const Hits &found, const QString &folded);
    // What the later words of a multi-word query found among the products of the first one, by product; a
    // product is matched against each word once, whichever round of candidates first offers it.
    struct LaterWords
    {
        std::vector<QSet<qint64>> asked;
        std::vector<Hits> matched;
    };
    // Keeps the hits every later word matches too, with the worst rank.
    std::optional<CatalogueError> narrow(Hits &hits, const QStringList &words, LaterWords &later);
    // The `count` best hits: by rank, then kind, then model.
    static std::vector<std::pair<qint64, Hit>> best(const Hits &hits, int count);
    static void keepBest(Hits &hits, int count);
    Result<std::vector<SearchResult>, CatalogueError> toResults(const Hits &hits, int limit);
    static RecallStatus statusOf(const ProductSummary &product, const QSet<qint64> &matchedVariants);

    // Whether no term and no vocabulary word can contain `folded`, because none contains a text it holds.
    bool knownToMatchNothing(const QString &folded) const;

    Catalogue &m_catalogue;
    // Folded texts that matched nothing at all (complete, empty). Typing on after a miss only adds to the
    // text, and a longer text cannot be found where a part of it is not, so those searches skip the term
    // queries (the trigram query of a long miss is the slowest a keystroke can run). The newest few kept.
    QStringList m_misses;
    static constexpr int keptMisses = 32;
    // The newest few texts searched that found something (misses are kept above), with what they found: the
    // first word of a multi-word query is searched again at every keystroke of the words after it
    // ("powercore w", "powercore wh", ...). The catalogue never changes while open, so the same text with the
    // same limits finds the same.
    struct RecentSearch
    {
        QString folded;
        int limit;
        int rowsPerProduct;
        bool inside;
        bool complete;
        Hits hits;
    };
    std::deque<RecentSearch> m_recent;
    static constexpr std::size_t keptRecent = 8;
};

} // namespace recall
