#include "CatalogueAccess.h"
#include "Logging.h"
#include "MainWindow.h"
#include "Texts.h"
#include "Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLineEdit>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTextStream>

namespace {

// Saves the window as it looks after typing `query`, for reviews, docs and packaging screenshots.
bool renderPages(MainWindow &window, const QString &directory, const QString &lang)
{
    if (!QDir().mkpath(directory))
        return false;
    window.show();
    const struct
    {
        const char *name;
        const char *query;
    } pages[] = {{"start", ""}, {"search", "モバイルバッテリー"}, {"nothing-found", "iPhone 15"}};
    for (const auto &page : pages) {
        window.findChild<QLineEdit *>()->setText(QString::fromUtf8(page.query));
        QApplication::processEvents();
        const QString file = QDir(directory).filePath(QStringLiteral("%1-%2.png").arg(QString::fromLatin1(page.name), lang));
        if (!window.grab().save(file))
            return false;
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("recall-lookup"));
    QApplication::setApplicationDisplayName(QStringLiteral("Recall Lookup"));
    QApplication::setApplicationVersion(QStringLiteral(RECALL_LOOKUP_VERSION));
    recall::Logging::init(
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("logs")));

    Translations translations;
    translations.use(Translations::fromCode(Translations::languageArgument(QApplication::arguments()))
                         .value_or(Translations::systemLanguage()));

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
                              Texts::catalogueError(opened.error()));
        return 1;
    }
    MainWindow window(*opened->catalogue, translations.language());
    if (parser.isSet(render))
        return renderPages(window, parser.value(render), Translations::code(translations.language())) ? 0 : 1;
    window.show();
    if (const QString event = Texts::catalogueEvent(*opened); !event.isEmpty())
        QMessageBox::information(&window, QApplication::translate("main", "Recall Lookup"), event);
    return QApplication::exec();
}
