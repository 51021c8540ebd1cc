#include "SearchEngine.h"

#include "TextNormalizer.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>

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

void SearchEngine::add(Hits &hits, const TermHit &t, int baseRank)
{
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
        return;
    }
    if (t.variantId != 0)
        it->variantIds.insert(t.variantId);
}

Result<SearchEngine::Hits, CatalogueError> SearchEngine::searchFolded(const QString &folded, int limit, bool *complete,
                                                                    int rowsPerProduct, bool inside)
{
    Hits hits;
    if (knownToMatchNothing(folded)) {
        if (complete)
            *complete = true;
        return hits;
    }
    for (const RecentSearch &r : m_recent) {
        if (r.folded == folded && r.limit == limit && r.rowsPerProduct == rowsPerProduct
            && r.inside == inside) {
            if (complete)
                *complete = r.complete;
            return r.hits;
        }
    }
    bool all = true;
    const auto addAll = [&](const TermHits &found, int baseRank) {
        for (const TermHit &t : found.hits)
            add(hits, t, baseRank);
        all = all && found.complete;
    };
    const TermLimits limits{std::max(limit, 1) * rowsPerProduct, std::max(limit, 1)};
    auto exact = m_catalogue.termsEqual(folded, limits);
    if (!exact)
        return exact.error();
    addAll(*exact, 1);
    auto prefix = m_catalogue.termsWithPrefix(folded, limits);
    if (!prefix)
        return prefix.error();
    addAll(*prefix, 2);
    if (!inside) {
        all = false;
    } else if (int(hits.size()) < limit) {
        // A product found already ranks better than any term holding the text further in could rank it.
        auto containing = m_catalogue.termsContaining(folded, limits, {hits.keyBegin(), hits.keyEnd()});
        if (!containing)
            return containing.error();
        addAll(*containing, 3);
    } else {
        all = false;
    }
    if (complete)
        *complete = all;
    if (hits.isEmpty() && all && !folded.isEmpty()) { // every text holds the empty one
        if (m_misses.size() == keptMisses)
            m_misses.removeFirst();
        m_misses.append(folded);
        return hits; // answered from the misses from now on
    }
    if (m_recent.size() == keptRecent)
        m_recent.pop_front();
    m_recent.push_back({folded, limit, rowsPerProduct, inside, all, hits});
    return hits;
}

bool SearchEngine::knownToMatchNothing(const QString &folded) const
{
    return std::any_of(m_misses.cbegin(), m_misses.cend(), [&](const QString &miss) { return folded.contains(miss); });
}

Result<SearchEngine::Hits, CatalogueError> SearchEngine::searchAmong(const Hits &found, const QString &folded)
{
    std::vector<qint64> ids(found.keyBegin(), found.keyEnd());
    std::sort(ids.begin(), ids.end());
    auto terms = m_catalogue.termsOfProductsContaining(ids, folded);
    if (!terms)
        return terms.error();
    Hits hits;
    for (const RankedHit &t : *terms)
        add(hits, t.hit, t.rank);
    return hits;
}

RecallStatus SearchEngine::statusOf(const ProductSummary &product, const QSet<qint64> &matchedVariants)
{
    qsizetype considered = 0;
    qsizetype covered = 0;
    for (const ProductSummary::VariantSummary &v : product.variants) {
        if (!matchedVariants.isEmpty() && !matchedVariants.contains(v.id))
            continue;
        ++considered;
        covered += v.covered ? 1 : 0;
    }
    if (considered == 0 || covered == considered)
        return RecallStatus::Covered; // no colours in the data: every unit the campaigns name
    return covered == 0 ? RecallStatus::NotCovered : RecallStatus::PartlyCovered;
}

std::vector<std::pair<qint64, SearchEngine::Hit>> SearchEngine::best(const Hits &hits, int count)
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
    if (int(ordered.size()) > count)
        ordered.resize(std::size_t(count));
    return ordered;
}

void SearchEngine::keepBest(Hits &hits, int count)
{
    if (int(hits.size()) <= count)
        return;
    Hits kept;
    for (auto &[id, hit] : best(hits, count))
        kept.insert(id, std::move(hit));
    hits = std::move(kept);
}

Result<std::vector<SearchResult>, CatalogueError> SearchEngine::toResults(const Hits &hits, int limit)
{
    const std::vector<std::pair<qint64, Hit>> ordered = best(hits, limit);

    std::vector<qint64> ids;
    for (const auto &entry : ordered)
        ids.push_back(entry.first);
    auto products = m_catalogue.summaries(ids);
    if (!products)
        return products.error();
    std::vector<SearchResult> results;
    for (const ProductSummary &p : *products) {
        const Hit &hit = *hits.constFind(p.id);
        SearchResult r;
        r.model = p.model;
        r.name = p.name;
        r.categoryId = p.categoryId;
        r.illustration = p.illustration;
        r.matchedBy = hit.kind;
        r.rank = hit.rank;
        r.campaigns = p.campaigns;
        QString matchedSwatch;
        for (const ProductSummary::VariantSummary &v : p.variants) {
            if (!hit.variantIds.contains(v.id))
                continue;
            matchedSwatch = v.swatch;
            if (!v.code.isEmpty())
                r.variants << v.code;
        }
        r.variants.sort();
        // The colour to draw: the matched variant's when the query named one, else the first variant's.
        if (hit.variantIds.size() == 1)
            r.swatch = matchedSwatch;
        else if (!p.variants.empty())
            r.swatch = p.variants.front().swatch;
        r.status = statusOf(p, hit.variantIds);
        // Name the variant only when the query pointed at exactly one variant and it has a code.
        if (hit.variantIds.size() == 1 && r.variants.size() == 1)
            r.variant = r.variants.front();
        results.push_back(std::move(r));
    }
    return results;
}

std::optional<CatalogueError> SearchEngine::narrow(Hits &hits, const QStringList &words, LaterWords &later)
{
    for (qsizetype w = 1; w < words.size() && !hits.isEmpty(); ++w) {
        QSet<qint64> &seen = later.asked[std::size_t(w)];
        Hits &wordHits = later.matched[std::size_t(w)];
        Hits unseen;
        for (auto it = hits.cbegin(); it != hits.cend(); ++it) {
            if (!seen.contains(it.key()))
                unseen.insert(it.key(), *it);
        }
        if (!unseen.isEmpty()) {
            auto among = searchAmong(unseen, words.at(w));
            if (!among)
                return among.error();
            for (auto it = unseen.keyBegin(); it != unseen.keyEnd(); ++it)
                seen.insert(*it);
            for (auto it = among->cbegin(); it != among->cend(); ++it)
                wordHits.insert(it.key(), *it);
        }
        for (auto it = hits.begin(); it != hits.end();) {
            auto other = wordHits.constFind(it.key());
            if (other == wordHits.constEnd()) {
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
    return std::nullopt;
}

Result<SearchEngine::Hits, CatalogueError> SearchEngine::searchWords(const QStringList &words, int limit)
{
    QStringList folded;
    for (const QString &word : words) {
        if (QString f = TextNormalizer::fold(word); !f.isEmpty())
            folded << f;
    }
    if (folded.isEmpty())
        return Hits();
    const std::size_t count = std::size_t(folded.size());
    LaterWords later{std::vector<QSet<qint64>>(count), std::vector<Hits>(count)};
    int candidates = std::max(limit * 4, 200);

    // The products the first word finds are narrowed by the others. Candidates are taken a few hundred at a
    // time, best first: enough for a page of results is usually found among the first ones, and each round
    // costs in proportion to its candidates. How a product matches a word does not change from one round to
    // the next, so each word is matched only against candidates no earlier round gave it.
    // The first round takes only the products the first word names by a whole word or a word's start: finding
    // it inside words (the trigram index, then a term row per match) is the slowest step of a search. A
    // product found only that way ranks 3 for the first word and so for the query; when a page of results
    // ranking better is found without it, it could not have made the page.
    for (bool inside = false;; inside = true) {
        bool complete = true;
        auto found = searchFolded(folded.front(), candidates, &complete, 4, inside);
        if (!found)
            return found.error();
        Hits hits = std::move(*found);
        // Every product the first word matches is here: narrow them all, there is nothing more to look at.
        // (Never in the first round, which leaves words holding it further in out.)
        const bool allCandidates = complete && int(hits.size()) <= maxWordCandidates;
        if (!allCandidates)
            keepBest(hits, candidates);
        if (auto error = narrow(hits, folded, later))
            return *error;
        if (!inside) {
            if (std::count_if(hits.cbegin(), hits.cend(), [](const Hit &h) { return h.rank < 3; }) >= limit)
                return hits;
            continue; // the same candidates again, found inside words too
        }
        if (int(hits.size()) >= limit || allCandidates || candidates >= maxWordCandidates)
            return hits;
        // As many candidates as the share of them matching so far says a page needs, a quarter more for luck;
        // at least half as many again (each round searches the first word anew), four times when none matched.
        const int wanted = hits.isEmpty() ? candidates * 4
                                          : int(std::ceil(candidates * 1.25 * limit / double(hits.size())));
        candidates = std::min(std::max(wanted, candidates + candidates / 2), maxWordCandidates);
    }
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
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    const QStringList words = query.normalized(QString::NormalizationForm_KC).split(spaces, Qt::SkipEmptyParts);
    if (hits.isEmpty() && words.size() > 1) {
        auto all = searchWords(words, limit);
        if (!all)
            return all.error();
        hits = std::move(*all);
    }
    auto results = toResults(hits, limit);
    if (!results)
        return results.error();
    response.results = std::move(*results);
    return response;
}

} // namespace recall
