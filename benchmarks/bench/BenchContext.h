#pragma once

#include "Catalogue.h"
#include "CatalogueCache.h"
#include "ChildProcess.h"

#include <benchmark/benchmark.h>

#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <map>
#include <memory>
#include <vector>

namespace recall::bench {

// Where the programs and data the benchmarks use are, and the synthetic catalogues (generated on first use).
class BenchContext
{
public:
    struct Paths
    {
        QString cacheDirectory;
        QString baseData;         // resources/data: the vocabulary and the real products
        QString shippedCatalogue; // the catalogue the app embeds
        QString cli;
        QString gui;
        QString emptyWindow;
        QString guiProbe;
        QString launcher; // recall-run-measured
    };

    static BenchContext &instance();
    void setPaths(Paths paths) { m_paths = std::move(paths); }
    const Paths &paths() const { return m_paths; }
    void setBatchRows(int rows) { m_batchRows = rows; }
    int batchRows() const { return m_batchRows; }

    // The cached synthetic catalogue of `size`, or nullptr after state.SkipWithError.
    const synthetic::CachedCatalogue *cached(const synthetic::Size &size, benchmark::State &state);
    // The same, opened once and kept open (a benchmark measures queries, not opening).
    Catalogue *opened(const synthetic::Size &size, benchmark::State &state);

    // An environment for child processes: offscreen Qt, C locale, a private home so nothing touches the
    // user's settings; the GUI's role and language are preset so it asks nothing at start.
    QProcessEnvironment childEnvironment();
    QString scratchFile(const QString &name) const { return m_scratch.filePath(name); }
    ChildRunner runner() const { return ChildRunner(m_paths.launcher, scratchFile(QStringLiteral("measured.txt"))); }

    // Closes the open catalogues: QtSql must not outlive main().
    void closeAll() { m_open.clear(); }

    // Per-keystroke search medians by size, remembered for the LIKE benchmark's ratios.
    std::map<std::string, std::vector<double>> &keystrokeMedians() { return m_keystrokeMedians; }

private:
    BenchContext() = default;

    Paths m_paths;
    int m_batchRows = 100000;
    std::map<QString, synthetic::CachedCatalogue> m_cached;
    std::map<QString, std::unique_ptr<Catalogue>> m_open;
    std::map<std::string, std::vector<double>> m_keystrokeMedians;
    QTemporaryDir m_scratch;
    bool m_homePrepared = false;
};

// Stops a benchmark with a message (Google Benchmark copies it).
inline void skip(benchmark::State &state, const QString &why)
{
    state.SkipWithError(why.toStdString().c_str());
}

// Registration of each group, called from main for the sizes asked for.
void registerSearchBenchmarks(const synthetic::Size &size);
void registerLookupBenchmarks(const synthetic::Size &size);
void registerProcessBenchmarks(const synthetic::Size &size);
void registerGuiBenchmarks();

} // namespace recall::bench
