#include "SearchEngine.h"

#include "TextNormalizer.h"

#include <QRegularExpression>

#include <algorithm>

namespace recall {

namespace {

bool isCode(MatchKind k)
{
    return k == MatchKind::Jan || k == MatchKind::VariantCode || k == MatchKind::Model;
}

int kindOrder(MatchKind k)
{
    return int(k); // the enum lists kinds from most to least specific
}

} // namespace

QString recallStatusKey(RecallStatus status)
{
    switch (status) {
    case RecallStatus::Covered: return QStringLiteral("covered");
    case RecallStatus::PartlyCovered: return QStringLiteral("partly_covered");
    case RecallStatus::NotCovered: return QStringLiteral("not_covered");
    }
    return {};
}

SearchEngine::SearchEngine(Catalogue &catalogue) : m_catalogue(catalogue) {}

Result<SearchEngine::Hits, CatalogueError> SearchEngine::searchFolded(const QString &folded, int limit)
{
    Hits hits;
    const auto add = [&](const std::vector<TermHit> &found, int baseRank) {
        for (const TermHit &t : found) {
            const int rank = baseRank == 1 && isCode(t.kind) ? 0 : baseRank;
            auto it = hits.find(t.productId);
            if (it == hits.end()) {
                it = hits.insert(t.productId, Hit{rank, t.kind, {}});
            } else if (rank < it->rank || (rank == it->rank && kindOrder(t.kind) < kindOrder(it->kind))) {
                // A better match replaces the variants found by worse ones.
                if (rank < it->rank)
                    it->variantIds.clear();
                it->rank = rank;
                it->kind = t.kind;
            } else if (rank > it->rank) {
                continue;
            }
            if (t.variantId != 0)
                it->variantIds.insert(t.variantId);
        }
    };
    // Enough term rows to fill `limit` products even when each product matches through several terms.
    const int termLimit = std::max(limit, 1) * 16;
    auto exact = m_catalogue.termsEqual(folded);
    if (!exact)
        return exact.error();
    add(*exact, 1);
    auto prefix = m_catalogue.termsWithPrefix(folded, termLimit);
    if (!prefix)
        return prefix.error();
    add(*prefix, 2);
    if (int(hits.size()) < limit) {
        auto containing = m_catalogue.termsContaining(folded, termLimit);
        if (!containing)
            return containing.error();
        add(*containing, 3);
    }
    return hits;
}

Result<RecallStatus, CatalogueError> SearchEngine::statusOf(qint64 productId, const QSet<qint64> &matchedVariants)
{
    auto covered = m_catalogue.coveredVariantIds(productId);
    if (!covered)
        return covered.error();
    QSet<qint64> considered = matchedVariants;
    if (considered.isEmpty()) {
        auto all = m_catalogue.variantIds(productId);
        if (!all)
            return all.error();
        considered = *all;
    }
    if (considered.isEmpty())
        return RecallStatus::Covered; // no colours in the data: every unit the campaigns name
    const qsizetype coveredCount = QSet<qint64>(considered).intersect(*covered).size();
    if (coveredCount == considered.size())
        return RecallStatus::Covered;
    return coveredCount == 0 ? RecallStatus::NotCovered : RecallStatus::PartlyCovered;
}

Result<std::vector<SearchResult>, CatalogueError> SearchEngine::toResults(const Hits &hits, int limit)
{
    // Product ids follow model order (the generator writes them so), so sorting by id sorts by model.
    std::vector<std::pair<qint64, Hit>> ordered(hits.keyValueBegin(), hits.keyValueEnd());
    std::sort(ordered.begin(), ordered.end(), [](const auto &a, const auto &b) {
        if (a.second.rank != b.second.rank)
            return a.second.rank < b.second.rank;
        if (a.second.kind != b.second.kind)
            return kindOrder(a.second.kind) < kindOrder(b.second.kind);
        return a.first < b.first;
    });
    if (int(ordered.size()) > limit)
        ordered.resize(std::size_t(limit));

    std::vector<SearchResult> results;
    for (const auto &[productId, hit] : ordered) {
        auto product = m_catalogue.productById(productId);
        if (!product)
            return product.error();
        if (!*product)
            continue;
        const Product &p = (*product)->product;
        SearchResult r;
        r.model = p.model;
        r.name = p.name;
        r.categoryId = p.categoryId;
        r.illustration = p.illustration;
        r.matchedBy = hit.kind;
        r.rank = hit.rank;
        auto campaigns = m_catalogue.campaignIdsFor(productId);
        if (!campaigns)
            return campaigns.error();
        r.campaigns = *campaigns;
        for (qint64 variantId : hit.variantIds) {
            auto code = m_catalogue.variantCode(variantId);
            if (!code)
                return code.error();
            if (!code->isEmpty())
                r.variants << *code;
        }
        r.variants.sort();
        auto swatch = m_catalogue.swatch(productId, hit.variantIds.size() == 1 ? *hit.variantIds.begin() : 0);
        if (!swatch)
            return swatch.error();
        r.swatch = *swatch;
        auto status = statusOf(productId, hit.variantIds);
        if (!status)
            return status.error();
        r.status = *status;
        // Name the variant only when the query pointed at exactly one variant and it has a code.
        if (hit.variantIds.size() == 1 && r.variants.size() == 1)
            r.variant = r.variants.front();
        results.push_back(std::move(r));
    }
    return results;
}

Result<SearchResponse, CatalogueError> SearchEngine::search(const QString &query, int limit)
{
    SearchResponse response;
    if (query.size() > maxInputLength) {
        response.status = SearchResponse::Status::TooLong;
        response.query = query.left(64);
        return response;
    }
    response.query = query;
    response.folded = TextNormalizer::fold(query);
    if (response.folded.isEmpty()) {
        response.status = SearchResponse::Status::Empty;
        return response;
    }
    if (response.folded.size() > maxQueryLength) {
        response.status = SearchResponse::Status::TooLong;
        return response;
    }
    limit = std::clamp(limit, 1, 1000);

    auto whole = searchFolded(response.folded, limit);
    if (!whole)
        return whole.error();
    Hits hits = std::move(*whole);

    // "powercore white", "サウンドコア 赤": every word must match the product; the worst rank counts.
    const QStringList words = query.normalized(QString::NormalizationForm_KC)
                                  .split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    if (hits.isEmpty() && words.size() > 1) {
        bool first = true;
        for (const QString &word : words) {
            const QString folded = TextNormalizer::fold(word);
            if (folded.isEmpty())
                continue;
            auto wordHits = searchFolded(folded, 1000);
            if (!wordHits)
                return wordHits.error();
            if (first) {
                hits = std::move(*wordHits);
                first = false;
                continue;
            }
            for (auto it = hits.begin(); it != hits.end();) {
                auto other = wordHits->constFind(it.key());
                if (other == wordHits->constEnd()) {
                    it = hits.erase(it);
                    continue;
                }
                it->rank = std::max(it->rank, other->rank);
                if (!other->variantIds.isEmpty())
                    it->variantIds = it->variantIds.isEmpty() ? other->variantIds
                                                              : it->variantIds.intersect(other->variantIds);
                ++it;
            }
        }
    }
    auto results = toResults(hits, limit);
    if (!results)
        return results.error();
    response.results = std::move(*results);
    return response;
}

} // namespace recall
