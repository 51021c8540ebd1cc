// Exact lookups (JAN, model, serial on an affected list), a full eligibility check, and opening a catalogue.
#include "BenchContext.h"
#include "Latencies.h"

#include "Clock.h"
#include "Eligibility.h"
#include "SqlDatabase.h"

namespace recall::bench {

namespace {

constexpr int lookups = 20000;

// Runs `lookup(i)` for i = 0, 1, ... (one per iteration) after one untimed pass over `warm` keys.
template <typename Lookup>
void timeLookups(benchmark::State &state, qsizetype keys, Lookup lookup)
{
    if (keys == 0) {
        state.SkipWithError("no sample keys in this catalogue");
        return;
    }
    for (qsizetype i = 0; i < keys; ++i) {
        if (!lookup(i)) {
            state.SkipWithError("lookup failed");
            return;
        }
    }
    Latencies latencies;
    latencies.reserve(lookups);
    qsizetype i = 0;
    for (auto _ : state) {
        const auto start = Latencies::Clock::now();
        const bool ok = lookup(i++ % keys);
        latencies.add(Latencies::Clock::now() - start);
        if (!ok) {
            state.SkipWithError("lookup failed");
            return;
        }
    }
    latencies.report(state, "us");
}

// Up to `count` values of a column, spread over the whole table (a fixed pseudo-random order).
QStringList spreadKeys(const QString &cataloguePath, const QString &sql, int count)
{
    QString error;
    auto db = SqlDatabase::open(cataloguePath, SqlDatabase::Mode::ReadOnly, &error);
    QStringList keys;
    if (!db)
        return keys;
    if (QSqlQuery *q = db->run(sql, {count})) {
        while (q->next())
            keys << q->value(0).toString();
        q->finish();
    }
    return keys;
}

// Each key once (the product's stored record is parsed: the first lookup of a product), then the first
// thousand again (the record is in the catalogue's cache: a product looked up again).
template <typename Lookup>
void timeFirstAndRepeatLookups(benchmark::State &state, const QStringList &keys, Lookup lookup)
{
    if (keys.isEmpty()) {
        state.SkipWithError("no keys");
        return;
    }
    Latencies first, repeat;
    qsizetype i = 0;
    for (auto _ : state) {
        const auto start = Latencies::Clock::now();
        const bool ok = lookup(keys.at(i % keys.size()));
        (i < keys.size() ? first : repeat).add(Latencies::Clock::now() - start);
        if (!ok) {
            state.SkipWithError("lookup failed");
            return;
        }
        ++i;
    }
    first.report(state, "us");
    state.counters["repeat_median_us"] = repeat.medianNs() / 1000;
    state.counters["repeat_p99_us"] = repeat.quantileNs(0.99) / 1000;
}

constexpr int distinctKeys = 20000;

void janLookup(benchmark::State &state, const synthetic::Size &size)
{
    BenchContext &cx = BenchContext::instance();
    Catalogue *catalogue = cx.opened(size, state);
    if (!catalogue)
        return;
    const QStringList jans = spreadKeys(catalogue->path(),
                                        QStringLiteral("SELECT jan FROM variants WHERE jan IS NOT NULL "
                                                       "ORDER BY (id * 7919) % 1000003 LIMIT ?"),
                                        distinctKeys);
    timeFirstAndRepeatLookups(state, jans, [&](const QString &jan) {
        auto found = catalogue->productByJan(jan);
        return found.ok() && found->has_value();
    });
}

void modelLookup(benchmark::State &state, const synthetic::Size &size)
{
    BenchContext &cx = BenchContext::instance();
    Catalogue *catalogue = cx.opened(size, state);
    if (!catalogue)
        return;
    const QStringList models = spreadKeys(catalogue->path(),
                                          QStringLiteral("SELECT model FROM products ORDER BY (id * 7919) % 1000003 LIMIT ?"),
                                          distinctKeys);
    timeFirstAndRepeatLookups(state, models, [&](const QString &model) {
        auto found = catalogue->productByModel(model);
        return found.ok() && found->has_value();
    });
}

void serialLookup(benchmark::State &state, const synthetic::Size &size)
{
    BenchContext &cx = BenchContext::instance();
    Catalogue *catalogue = cx.opened(size, state);
    if (!catalogue)
        return;
    const auto &serials = cx.cached(size, state)->samples.serials;
    timeLookups(state, qsizetype(serials.size()), [&](qsizetype i) {
        const synthetic::Samples::Serial &s = serials[std::size_t(i)];
        auto status = catalogue->serialStatus(s.campaign, s.model, s.serial);
        return status.ok() && (*status == SerialListStatus::Listed) == s.listed;
    });
    state.counters["serials_in_catalogue"] = double(size.spec.serials);
}

// Everything a person can give for one unit: the product, a colour, the purchase date and a serial number.
void eligibilityCheck(benchmark::State &state, const synthetic::Size &size)
{
    BenchContext &cx = BenchContext::instance();
    Catalogue *catalogue = cx.opened(size, state);
    if (!catalogue)
        return;
    const auto &serials = cx.cached(size, state)->samples.serials;
    const FixedClock clock(QDate(2026, 1, 7));
    EligibilityChecker checker(*catalogue, clock);
    timeLookups(state, qsizetype(serials.size()), [&](qsizetype i) {
        const synthetic::Samples::Serial &s = serials[std::size_t(i)];
        const CheckRequest request{CheckRequest::Key::Model, s.model, {}, QStringLiteral("2023-05-01"), s.serial};
        auto result = checker.check(request);
        return result.ok() && !result->matches.empty();
    });
}

void catalogueOpen(benchmark::State &state, const synthetic::Size &size)
{
    BenchContext &cx = BenchContext::instance();
    const synthetic::CachedCatalogue *cached = cx.cached(size, state);
    if (!cached)
        return;
    Latencies latencies;
    for (auto _ : state) {
        const auto start = Latencies::Clock::now();
        auto opened = Catalogue::open(cached->cataloguePath);
        if (!opened) {
            state.SkipWithError("cannot open the catalogue");
            return;
        }
        // Open means ready to answer: the first search-sized query included.
        auto first = (*opened)->productByModel(QStringLiteral("A1263"));
        latencies.add(Latencies::Clock::now() - start);
        benchmark::DoNotOptimize(first);
    }
    latencies.report(state, "us");
}

} // namespace

void registerLookupBenchmarks(const synthetic::Size &size)
{
    const std::string suffix = std::string(1, '/').append(size.name.toStdString());
    const auto add = [&](const char *name, void (*f)(benchmark::State &, const synthetic::Size &), int iterations) {
        benchmark::RegisterBenchmark((name + suffix).c_str(), [size, f](benchmark::State &s) { f(s, size); })
            ->Iterations(iterations)
            ->Unit(benchmark::kMicrosecond);
    };
    // Keys beyond the distinct ones repeat the first thousand (see timeFirstAndRepeatLookups).
    add("lookup/jan", janLookup, distinctKeys + 1000);
    add("lookup/model", modelLookup, distinctKeys + 1000);
    add("lookup/serial", serialLookup, lookups);
    add("check/eligibility", eligibilityCheck, 5000);
    add("open/catalogue", catalogueOpen, 50);
}

} // namespace recall::bench
