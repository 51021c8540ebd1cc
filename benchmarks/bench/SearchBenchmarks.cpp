// Search per keystroke, and the same keystrokes answered by a plain LIKE '%q%' scan of the terms table.
#include "BenchContext.h"
#include "Keystrokes.h"
#include "Latencies.h"

#include "SearchEngine.h"
#include "SqlDatabase.h"
#include "TextNormalizer.h"

#include <iostream>
#include <numeric>

namespace recall::bench {

namespace {

constexpr int searchRounds = 3;
constexpr int resultLimit = 50; // what the GUI asks for

void searchPerKeystroke(benchmark::State &state, const synthetic::Size &size)
{
    BenchContext &cx = BenchContext::instance();
    const synthetic::CachedCatalogue *cached = cx.cached(size, state);
    if (!cached)
        return;
    const QStringList keys = keystrokes(cached->samples);
    {
        Catalogue *warm = cx.opened(size, state);
        if (!warm)
            return;
        SearchEngine engine(*warm);
        for (const QString &key : keys) // warm the page cache
            benchmark::DoNotOptimize(engine.search(key, resultLimit));
    }
    // One iteration is one person typing every query; each keystroke's time is recorded. Each types into a
    // catalogue opened anew, so that nothing the catalogue or the engine kept from the round before (results,
    // product summaries) answers a query this round types: a person rarely types the same queries twice. It
    // is opened as the GUI's search thread opens it (pages copied, not mapped).
    Latencies latencies;
    latencies.reserve(std::size_t(keys.size() * searchRounds));
    std::vector<Latencies> perKey(std::size_t(keys.size()));
    for (auto _ : state) {
        state.PauseTiming();
        auto catalogue = Catalogue::open(cached->cataloguePath, PageAccess::Copied);
        state.ResumeTiming();
        if (!catalogue) {
            skip(state, catalogue.error().detail);
            return;
        }
        SearchEngine engine(**catalogue);
        for (qsizetype k = 0; k < keys.size(); ++k) {
            const auto start = Latencies::Clock::now();
            auto response = engine.search(keys.at(k), resultLimit);
            const auto took = Latencies::Clock::now() - start;
            if (!response) {
                state.SkipWithError("search failed");
                return;
            }
            benchmark::DoNotOptimize(response);
            latencies.add(took);
            perKey[std::size_t(k)].add(took);
        }
    }
    latencies.report(state, "us");
    state.counters["keystrokes"] = double(keys.size());
    // Each keystroke's median, for the LIKE benchmark's ratio over the same keystrokes.
    std::vector<double> &keyMedians = cx.keystrokeMedians()[size.name.toStdString()];
    keyMedians.clear();
    for (const Latencies &l : perKey)
        keyMedians.push_back(l.medianNs());
    if (qEnvironmentVariableIsSet("RECALL_BENCH_SLOWEST")) { // which keystrokes to look at first (how many: its value)
        const int listed = std::max(1, qEnvironmentVariableIntValue("RECALL_BENCH_SLOWEST"));
        std::vector<std::size_t> order(keyMedians.size());
        std::iota(order.begin(), order.end(), 0);
        std::sort(order.begin(), order.end(), [&](auto a, auto b) { return keyMedians[a] > keyMedians[b]; });
        for (std::size_t i = 0; i < std::min<std::size_t>(std::size_t(listed), order.size()); ++i)
            std::cerr << "  slowest " << keyMedians[order[i]] / 1000 << " us: " << keys.at(qsizetype(order[i])).toStdString() << '\n';
    }
}

// The baseline a naive implementation would run per keystroke: one scan of every term with LIKE, grouped
// into the best products. Same folded text, same result limit.
void likeScanPerKeystroke(benchmark::State &state, const synthetic::Size &size, int stride)
{
    BenchContext &cx = BenchContext::instance();
    const synthetic::CachedCatalogue *cached = cx.cached(size, state);
    if (!cached)
        return;
    QString error;
    auto db = SqlDatabase::open(cached->cataloguePath, SqlDatabase::Mode::ReadOnly, &error);
    if (!db) {
        skip(state, error);
        return;
    }
    const QStringList all = keystrokes(cached->samples);
    QStringList keys;
    for (qsizetype i = 0; i < all.size(); i += stride)
        keys << all.at(i);
    const QString sql = QStringLiteral("SELECT product_id, min(kind) FROM search_terms WHERE term LIKE ? ESCAPE '\\' "
                                       "GROUP BY product_id ORDER BY 2, 1 LIMIT ?");
    const auto pattern = [](const QString &key) -> QString {
        QString folded = TextNormalizer::fold(key);
        folded.replace(u'\\', QStringLiteral("\\\\")).replace(u'%', QStringLiteral("\\%")).replace(u'_', QStringLiteral("\\_"));
        return u'%' + folded + u'%';
    };
    const auto scan = [&](const QString &like) {
        QSqlQuery *q = db->run(sql, {like, resultLimit});
        if (!q)
            return false;
        int rows = 0;
        while (q->next())
            ++rows;
        q->finish();
        benchmark::DoNotOptimize(rows);
        return true;
    };
    Latencies latencies;
    for (auto _ : state) {
        for (const QString &key : keys) {
            const QString like = pattern(key);
            if (!timed(latencies, [&] { return scan(like); })) {
                skip(state, db->lastError());
                return;
            }
        }
    }
    latencies.report(state, "us");
    // The search benchmark's times for the same keystrokes (it runs first), as ratios.
    const std::vector<double> &searched = cx.keystrokeMedians()[size.name.toStdString()];
    if (searched.size() == std::size_t(all.size())) {
        Latencies same;
        for (std::size_t i = 0; i < searched.size(); i += std::size_t(stride))
            same.addNs(searched[i]);
        state.counters["speedup_median"] = latencies.medianNs() / same.medianNs();
        state.counters["speedup_p99"] = latencies.quantileNs(0.99) / same.quantileNs(0.99);
    }
}

} // namespace

void registerSearchBenchmarks(const synthetic::Size &size)
{
    const std::string suffix = std::string(1, '/').append(size.name.toStdString());
    benchmark::RegisterBenchmark(("search/keystroke" + suffix).c_str(),
                                 [size](benchmark::State &s) { searchPerKeystroke(s, size); })
        ->Iterations(searchRounds)
        ->Unit(benchmark::kMillisecond);
    // A full scan of a million products' terms takes long: every fifth keystroke is enough for a median.
    const int stride = size.spec.products >= 1000000 ? 5 : 1;
    benchmark::RegisterBenchmark(("search/like_scan" + suffix).c_str(),
                                 [size, stride](benchmark::State &s) { likeScanPerKeystroke(s, size, stride); })
        ->Iterations(1)
        ->Unit(benchmark::kMillisecond);
}

} // namespace recall::bench
