#include "Cli.h"

#include "Logging.h"

#ifdef RECALL_HUGE_PAGE_HEAP
#include "HugePageHeap.h"
#endif

#include <QCoreApplication>
#include <QGuiApplication>
#include <QDir>
#include <QStandardPaths>

#include <memory>

int main(int argc, char *argv[])
{
#ifdef RECALL_HUGE_PAGE_HEAP
    HugePageAllocator::install(); // before the heap grows (README, "Performance")
#endif
    // Printing (the handout) needs fonts and images, so that command runs as a GUI application on the
    // offscreen platform: the CLI never opens a window and needs no display.
    bool printing = false;
    for (int i = 1; i < argc; ++i)
        printing |= qstrcmp(argv[i], "handout") == 0;
    if (printing && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app = printing ? std::make_unique<QGuiApplication>(argc, argv)
                                                     : std::make_unique<QCoreApplication>(argc, argv);
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
