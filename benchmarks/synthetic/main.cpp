// recall-synthetic-catalogue: writes (or finds already written) a synthetic catalogue of a standard size and
// its batch file, and prints their paths. For profiling and for trying the app on a large catalogue.
#include "CatalogueCache.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Writes a synthetic recall catalogue (never shipped)."));
    parser.addHelpOption();
    const QCommandLineOption size(QStringLiteral("size"), QStringLiteral("1k, 100k or 1M."), QStringLiteral("size"),
                                  QStringLiteral("1k"));
    const QCommandLineOption cache(QStringLiteral("cache-dir"), QStringLiteral("Folder for the files."),
                                   QStringLiteral("folder"), QStringLiteral(RECALL_BENCH_CACHE));
    const QCommandLineOption data(QStringLiteral("data"), QStringLiteral("The shipped data folder (vocabulary)."),
                                  QStringLiteral("folder"), QStringLiteral(RECALL_BASE_DATA));
    const QCommandLineOption rows(QStringLiteral("batch-rows"), QStringLiteral("Rows of the batch file."),
                                  QStringLiteral("n"), QStringLiteral("100000"));
    parser.addOptions({size, cache, data, rows});
    parser.process(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    for (const recall::synthetic::Size &s : recall::synthetic::standardSizes()) {
        if (s.name.compare(parser.value(size), Qt::CaseInsensitive) != 0)
            continue;
        QString error;
        const auto cached = recall::synthetic::CatalogueCache(parser.value(cache), parser.value(data))
                                .get(s, parser.value(rows).toInt(), &error);
        if (!cached) {
            err << "error: " << error << '\n';
            return 1;
        }
        out << cached->cataloguePath << '\n' << cached->batchPath << '\n';
        return 0;
    }
    err << "error: --size must be 1k, 100k or 1M\n";
    return 2;
}
