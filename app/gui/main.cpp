#include "AppSettings.h"
#include "AppStyle.h"
#include "CatalogueAccess.h"
#include "Logging.h"
#include "MainWindow.h"
#include "PageRenderer.h"
#include "RoleDialog.h"
#include "SqlCaseStore.h"
#include "UserDatabase.h"
#include "UserDatabaseRecovery.h"
#include "Texts.h"
#include "Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QIcon>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

namespace {

// --exit-after-first-paint: quits once the main window has been painted for the first time (start-up
// measurement, see README "Performance"). The exit is queued so the whole first frame is painted and flushed.
class ExitAfterFirstPaint : public QObject
{
public:
    explicit ExitAfterFirstPaint(const QWidget *window) : m_window(window) {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (!m_seen && event->type() == QEvent::Paint && watched->isWidgetType()
            && static_cast<QWidget *>(watched)->window() == m_window) {
            m_seen = true;
            QTimer::singleShot(0, qApp, [] { QCoreApplication::exit(0); });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    const QWidget *m_window;
    bool m_seen = false;
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setStyle(new AppStyle);
    QApplication::setApplicationName(QStringLiteral("recall-lookup"));
    QApplication::setApplicationDisplayName(QStringLiteral("Recall Lookup"));
    QApplication::setApplicationVersion(QStringLiteral(RECALL_LOOKUP_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/illustrations/app-icon.svg")));
    QApplication::setDesktopFileName(QStringLiteral("recall-lookup"));
    recall::Logging::init(
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("logs")));

    AppSettings settings;
    Translations translations;
    const auto requested = Translations::fromCode(Translations::languageArgument(QApplication::arguments()));
    translations.use(requested.value_or(settings.language().value_or(Translations::systemLanguage())));

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption lang(QStringLiteral("lang"), QApplication::translate("main", "Language: ja or en."),
                                  QStringLiteral("ja|en"));
    const QCommandLineOption render(QStringLiteral("render-pages"),
                                    QApplication::translate("main", "Save the pages as PNG files into a folder and exit."),
                                    QStringLiteral("folder"));
    // A measuring aid, not for people: hidden from --help (so it needs no translation).
    QCommandLineOption firstPaint(QStringLiteral("exit-after-first-paint"),
                                  QStringLiteral("Start normally, exit right after the main window's first paint."));
    firstPaint.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({lang, render, firstPaint});
    parser.process(app);
    const bool measuringStartUp = parser.isSet(firstPaint);

    auto opened = openCatalogue();
    if (!opened) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Recall Lookup"),
                              Texts(translations.language()).catalogueError(opened.error()));
        return 1;
    }
    if (!settings.role() && !parser.isSet(render) && !measuringStartUp) {
        RoleDialog ask;
        ask.exec();
        settings.setRole(ask.role());
    }
    // The case log lives in its own database; if it cannot be opened the app still answers lookups.
    // Rendering pictures uses a throw-away case log, never the person's own.
    QTemporaryDir renderScratch;
    // A damaged one is moved aside (never deleted) and a fresh one started; the person is told where it went.
    auto userDatabase = recall::UserDatabaseRecovery::openOrRecover(
        parser.isSet(render) ? renderScratch.filePath(QStringLiteral("user.sqlite")) : recall::UserDatabase::defaultPath());
    std::unique_ptr<recall::SqlCaseStore> cases;
    QString casesUnavailable;
    if (userDatabase)
        cases = std::make_unique<recall::SqlCaseStore>(*userDatabase->db);
    else
        casesUnavailable = Texts(translations.language()).caseStoreError(userDatabase.error());
    const recall::SystemClock clock;
    MainWindow window(*opened->catalogue, opened->catalogue->path(), translations, settings, clock, cases.get(),
                      casesUnavailable);
    if (parser.isSet(render)) {
        const QStringList written = PageRenderer(window).renderAll(parser.value(render));
        QTextStream(stdout) << written.join(u'\n') << '\n';
        return written.isEmpty() ? 1 : 0;
    }
    ExitAfterFirstPaint exitAfterFirstPaint(&window);
    if (measuringStartUp) {
        app.installEventFilter(&exitAfterFirstPaint);
        window.show();
        return QApplication::exec(); // no first-start questions or notices: they would wait for a person
    }
    window.show();
    if (const QString event = Texts(translations.language()).catalogueEvent(*opened); !event.isEmpty())
        QMessageBox::information(&window, QApplication::translate("main", "Recall Lookup"), event);
    if (userDatabase && !userDatabase->keptAside.isEmpty())
        QMessageBox::warning(&window, QApplication::translate("main", "Recall Lookup"),
                             Texts(translations.language()).caseLogRecovered(userDatabase->keptAside));
    return QApplication::exec();
}
