#include "Cli.h"

#include "Logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // The GUI's name, so that both use one app-data folder (catalogue, logs).
    QCoreApplication::setApplicationName(QStringLiteral("recall-lookup"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RECALL_LOOKUP_VERSION));
    recall::Logging::init(
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("logs")));

    QTextStream out(stdout);
    QTextStream err(stderr);
    Cli cli(out, err);
    const int code = cli.run(QCoreApplication::arguments());
    out.flush();
    err.flush();
    return code;
}
