#pragma once

#include "Catalogue.h"

#include <QStringList>

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

    Result<Hits, CatalogueError> searchFolded(const QString &folded, int limit);
    Result<std::vector<SearchResult>, CatalogueError> toResults(const Hits &hits, int limit);
    Result<RecallStatus, CatalogueError> statusOf(qint64 productId, const QSet<qint64> &matchedVariants);

    Catalogue &m_catalogue;
};

} // namespace recall
