// recall-lookup-bench: the performance benchmarks of issue 6 (see README, "Performance").
// Google Benchmark's own flags work (--benchmark_filter, --benchmark_format=json, ...); ours:
//   --sizes=1k,100k,1M    catalogue sizes to run at (default: all three)
//   --batch-rows=N        rows of the batch file (default 100000)
//   --cache-dir=DIR       where synthetic catalogues are kept (default: benchmarks/cache in the build folder)
#include "BenchContext.h"

#include <QCoreApplication>

#include <cstring>
#include <iostream>

using namespace recall;

namespace {

// Takes `--name=value` out of argv (Google Benchmark rejects flags it does not know).
std::optional<QString> takeFlag(int &argc, char **argv, const char *name)
{
    const std::string prefix = std::string("--") + name + "=";
    for (int i = 1; i < argc; ++i) {
        if (std::strncmp(argv[i], prefix.c_str(), prefix.size()) == 0) {
            const QString value = QString::fromLocal8Bit(argv[i] + prefix.size());
            for (int j = i; j + 1 < argc; ++j)
                argv[j] = argv[j + 1];
            --argc;
            return value;
        }
    }
    return std::nullopt;
}

} // namespace

int main(int argc, char **argv)
{
    const auto sizesFlag = takeFlag(argc, argv, "sizes");
    const auto rowsFlag = takeFlag(argc, argv, "batch-rows");
    const auto cacheFlag = takeFlag(argc, argv, "cache-dir");
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 2;
    QCoreApplication app(argc, argv);

    bench::BenchContext &cx = bench::BenchContext::instance();
    cx.setPaths({cacheFlag.value_or(QStringLiteral(RECALL_BENCH_CACHE)), QStringLiteral(RECALL_BASE_DATA),
                 QStringLiteral(RECALL_SHIPPED_CATALOGUE), QStringLiteral(RECALL_CLI), QStringLiteral(RECALL_GUI),
                 QStringLiteral(RECALL_EMPTY_WINDOW), QStringLiteral(RECALL_GUI_PROBE), QStringLiteral(RECALL_LAUNCHER)});
    if (rowsFlag)
        cx.setBatchRows(std::max(1, rowsFlag->toInt()));

    const QStringList wanted = sizesFlag ? sizesFlag->split(u',', Qt::SkipEmptyParts) : QStringList();
    bool any = false;
    for (const synthetic::Size &size : synthetic::standardSizes()) {
        if (!wanted.isEmpty() && !wanted.contains(size.name, Qt::CaseInsensitive))
            continue;
        any = true;
        bench::registerSearchBenchmarks(size);
        bench::registerLookupBenchmarks(size);
        bench::registerProcessBenchmarks(size);
    }
    if (!any) {
        std::cerr << "--sizes: none of 1k, 100k, 1M\n";
        return 2;
    }
    bench::registerGuiBenchmarks();
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    cx.closeAll();
    return 0;
}
