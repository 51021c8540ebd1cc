// recall-gui-probe: the real main window on a given catalogue, for memory measurements. Reports its own
// resident memory (VmRSS) and peak (VmHWM) once the window is painted and idle, then again after the batch
// page has imported a CSV file, as JSON in the --report file. Exit 0 on success.
#include "BatchPage.h"
#include "Catalogue.h"
#include "Clock.h"
#include "MainWindow.h"
#include "SqlCaseStore.h"
#include "Translations.h"
#include "UserDatabase.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTimer>

namespace {

// VmRSS and VmHWM from /proc/self/status, in MiB.
std::pair<double, double> residentMemory()
{
    QFile status(QStringLiteral("/proc/self/status"));
    double rss = 0, hwm = 0;
    if (!status.open(QIODevice::ReadOnly))
        return {rss, hwm};
    for (const QByteArray &line : status.readAll().split('\n')) {
        const auto kib = [&](const char *key) { return line.mid(qsizetype(qstrlen(key))).trimmed().split(' ').value(0).toDouble() / 1024.0; };
        if (line.startsWith("VmRSS:"))
            rss = kib("VmRSS:");
        else if (line.startsWith("VmHWM:"))
            hwm = kib("VmHWM:");
    }
    return {rss, hwm};
}

class FirstPaint : public QObject
{
public:
    explicit FirstPaint(QWidget *window) : m_window(window) {}
    bool painted = false;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        auto *widget = qobject_cast<QWidget *>(watched);
        if (event->type() == QEvent::Paint && widget && widget->window() == m_window)
            painted = true;
        return QObject::eventFilter(watched, event);
    }

private:
    QWidget *m_window;
};

int fail(const QString &why)
{
    qCritical("%s", qPrintable(why));
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption catalogueOption(QStringLiteral("catalogue"), QStringLiteral("Catalogue file."), QStringLiteral("file"));
    const QCommandLineOption batchOption(QStringLiteral("batch"), QStringLiteral("CSV file to import."), QStringLiteral("file"));
    const QCommandLineOption reportOption(QStringLiteral("report"), QStringLiteral("JSON file to write."), QStringLiteral("file"));
    parser.addOptions({catalogueOption, batchOption, reportOption});
    parser.process(app);

    auto catalogue = recall::Catalogue::open(parser.value(catalogueOption));
    if (!catalogue)
        return fail(QStringLiteral("cannot open the catalogue: ") + catalogue.error().detail);
    Translations translations;
    translations.use(recall::Language::English);
    AppSettings settings;
    QTemporaryDir scratch;
    auto userDatabase = recall::UserDatabase::open(scratch.filePath(QStringLiteral("user.sqlite")));
    if (!userDatabase)
        return fail(QStringLiteral("cannot open a case log"));
    recall::SqlCaseStore cases(**userDatabase);
    const recall::SystemClock clock;
    MainWindow window(**catalogue, (*catalogue)->path(), translations, settings, clock, &cases);
    window.setRole(AppSettings::Role::ServiceDesk, false);
    FirstPaint firstPaint(&window);
    app.installEventFilter(&firstPaint);
    window.show();
    QElapsedTimer waited;
    waited.start();
    while (!firstPaint.painted && waited.elapsed() < 30000)
        QApplication::processEvents(QEventLoop::AllEvents, 50);
    if (!firstPaint.painted)
        return fail(QStringLiteral("the window was never painted"));
    QApplication::processEvents();
    const auto [idleRss, idleHwm] = residentMemory();

    QJsonObject report{{QStringLiteral("idle_rss_mib"), idleRss}, {QStringLiteral("idle_hwm_mib"), idleHwm}};
    if (parser.isSet(batchOption)) {
        QEventLoop loop;
        bool ok = false;
        QObject::connect(window.batchPage(), &BatchPage::importFinished, &loop, [&](bool finished) {
            ok = finished;
            loop.quit();
        });
        QElapsedTimer timer;
        timer.start();
        window.batchPage()->importFile(parser.value(batchOption));
        loop.exec();
        const qint64 importMs = timer.elapsed();
        if (!ok)
            return fail(QStringLiteral("the import failed"));
        QApplication::processEvents();
        const auto [batchRss, batchHwm] = residentMemory();
        report.insert(QStringLiteral("after_batch_rss_mib"), batchRss);
        report.insert(QStringLiteral("after_batch_hwm_mib"), batchHwm);
        report.insert(QStringLiteral("batch_rows"), double(window.batchPage()->report().rows().size()));
        report.insert(QStringLiteral("import_ms"), double(importMs));
    }
    QFile out(parser.value(reportOption));
    if (!out.open(QIODevice::WriteOnly))
        return fail(QStringLiteral("cannot write ") + out.fileName());
    out.write(QJsonDocument(report).toJson());
    return 0;
}
