#include "AppSettings.h"
#include "CatalogueAccess.h"
#include "Logging.h"
#include "MainWindow.h"
#include "PageRenderer.h"
#include "RoleDialog.h"
#include "SqlCaseStore.h"
#include "UserDatabase.h"
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

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
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
    parser.addOptions({lang, render});
    parser.process(app);

    auto opened = openCatalogue();
    if (!opened) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Recall Lookup"),
                              Texts(translations.language()).catalogueError(opened.error()));
        return 1;
    }
    if (!settings.role() && !parser.isSet(render)) {
        RoleDialog ask;
        ask.exec();
        settings.setRole(ask.role());
    }
    // The case log lives in its own database; if it cannot be opened the app still answers lookups.
    // Rendering pictures uses a throw-away case log, never the person's own.
    QTemporaryDir renderScratch;
    auto userDatabase = recall::UserDatabase::open(parser.isSet(render) ? renderScratch.filePath(QStringLiteral("user.sqlite"))
                                                                        : recall::UserDatabase::defaultPath());
    std::unique_ptr<recall::SqlCaseStore> cases;
    QString casesUnavailable;
    if (userDatabase)
        cases = std::make_unique<recall::SqlCaseStore>(**userDatabase);
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
    window.show();
    if (const QString event = Texts(translations.language()).catalogueEvent(*opened); !event.isEmpty())
        QMessageBox::information(&window, QApplication::translate("main", "Recall Lookup"), event);
    return QApplication::exec();
}
