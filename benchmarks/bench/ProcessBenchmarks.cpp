// Whole programs, measured as a person meets them: the CLI checking a 100k-row CSV file, the GUI starting up
// (against an empty Qt Widgets window started the same way), and the GUI's memory idle and after a batch.
#include "BenchContext.h"
#include "ChildProcess.h"
#include "Latencies.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace recall::bench {

namespace {

void batchThroughCli(benchmark::State &state, const synthetic::Size &size)
{
    BenchContext &cx = BenchContext::instance();
    const synthetic::CachedCatalogue *cached = cx.cached(size, state);
    if (!cached)
        return;
    const QString out = cx.scratchFile(QStringLiteral("batch-out.csv"));
    const QString log = cx.scratchFile(QStringLiteral("batch-cli.log"));
    const QStringList args{QStringLiteral("batch"), cached->batchPath, QStringLiteral("--out"), out,
                           QStringLiteral("--catalogue"), cached->cataloguePath, QStringLiteral("--lang"),
                           QStringLiteral("en")};
    const QProcessEnvironment env = cx.childEnvironment();
    Latencies wall;
    double rss = 0;
    for (auto _ : state) {
        const ChildRun run = cx.runner().run(cx.paths().cli, args, env, log);
        if (run.exitCode != 0) {
            QFile f(log);
            f.open(QIODevice::ReadOnly);
            skip(state, QStringLiteral("batch failed: ") + run.error + QString::fromUtf8(f.readAll().left(500)));
            return;
        }
        state.SetIterationTime(run.wallMs / 1000.0);
        wall.addNs(run.wallMs * 1e6);
        rss = std::max(rss, run.maxRssMiB);
    }
    wall.report(state, "ms");
    state.counters["rows"] = cx.batchRows();
    state.counters["rows_per_s"] = cx.batchRows() / (wall.medianNs() / 1e9);
    state.counters["peak_rss_mib"] = rss;
}

// Cold start to the first painted main window, in turns with the empty window so both see the same noise.
void guiColdStart(benchmark::State &state)
{
    BenchContext &cx = BenchContext::instance();
    const QProcessEnvironment env = cx.childEnvironment();
    const QString log = cx.scratchFile(QStringLiteral("gui.log"));
    const QStringList appArgs{QStringLiteral("--exit-after-first-paint")};
    // The first start installs the catalogue into the app-data folder and fills font caches: not timed.
    for (int warm = 0; warm < 2; ++warm) {
        const ChildRun app = cx.runner().run(cx.paths().gui, appArgs, env, log);
        const ChildRun empty = cx.runner().run(cx.paths().emptyWindow, {}, env, log);
        if (app.exitCode != 0 || empty.exitCode != 0) {
            QFile f(log);
            f.open(QIODevice::ReadOnly);
            skip(state, QStringLiteral("the GUI did not exit after its first paint: ") + app.error + empty.error
                            + QString::fromUtf8(f.readAll().left(500)));
            return;
        }
    }
    Latencies appTimes, emptyTimes;
    std::vector<double> appRss, emptyRss;
    for (auto _ : state) {
        const ChildRun empty = cx.runner().run(cx.paths().emptyWindow, {}, env, log);
        const ChildRun app = cx.runner().run(cx.paths().gui, appArgs, env, log);
        if (app.exitCode != 0 || empty.exitCode != 0) {
            state.SkipWithError("a GUI run failed");
            return;
        }
        state.SetIterationTime(app.wallMs / 1000.0);
        appTimes.addNs(app.wallMs * 1e6);
        emptyTimes.addNs(empty.wallMs * 1e6);
        appRss.push_back(app.maxRssMiB);
        emptyRss.push_back(empty.maxRssMiB);
    }
    appTimes.report(state, "ms");
    state.counters["empty_median_ms"] = emptyTimes.medianNs() / 1e6;
    state.counters["ratio_to_empty"] = appTimes.medianNs() / emptyTimes.medianNs();
    state.counters["idle_rss_mib"] = median(appRss);
    state.counters["empty_rss_mib"] = median(emptyRss);
    state.counters["rss_over_empty_mib"] = median(appRss) - median(emptyRss);
}

// The main window on a synthetic catalogue, idle and then after importing the 100k-row batch file on its
// batch page; the probe reports its own VmRSS and VmHWM.
void guiMemoryAfterBatch(benchmark::State &state, const synthetic::Size &size)
{
    BenchContext &cx = BenchContext::instance();
    const synthetic::CachedCatalogue *cached = cx.cached(size, state);
    if (!cached)
        return;
    const QString out = cx.scratchFile(QStringLiteral("probe.json"));
    QJsonObject report;
    for (auto _ : state) {
        const ChildRun run = cx.runner().run(cx.paths().guiProbe,
                                      {QStringLiteral("--catalogue"), cached->cataloguePath, QStringLiteral("--batch"),
                                       cached->batchPath, QStringLiteral("--report"), out},
                                      cx.childEnvironment());
        QFile f(out);
        if (run.exitCode != 0 || !f.open(QIODevice::ReadOnly)) {
            skip(state, QStringLiteral("the GUI probe failed: ") + run.error);
            return;
        }
        report = QJsonDocument::fromJson(f.readAll()).object();
        state.SetIterationTime(run.wallMs / 1000.0);
    }
    for (auto it = report.constBegin(); it != report.constEnd(); ++it)
        state.counters[it.key().toStdString()] = it.value().toDouble();
}

} // namespace

void registerProcessBenchmarks(const synthetic::Size &size)
{
    const std::string suffix = std::string(1, '/').append(size.name.toStdString());
    benchmark::RegisterBenchmark(("batch/cli/" + std::to_string(BenchContext::instance().batchRows()) + "_rows" + suffix).c_str(),
                                 [size](benchmark::State &s) { batchThroughCli(s, size); })
        ->Iterations(3)
        ->UseManualTime()
        ->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark(("memory/gui_after_batch" + suffix).c_str(),
                                 [size](benchmark::State &s) { guiMemoryAfterBatch(s, size); })
        ->Iterations(1)
        ->UseManualTime()
        ->Unit(benchmark::kMillisecond);
}

void registerGuiBenchmarks()
{
    benchmark::RegisterBenchmark("gui/cold_start_to_first_paint", guiColdStart)
        ->Iterations(15)
        ->UseManualTime()
        ->Unit(benchmark::kMillisecond);
}

} // namespace recall::bench
