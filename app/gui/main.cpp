#include "CatalogueAccess.h"
#include "Logging.h"
#include "MainWindow.h"
#include "Texts.h"
#include "Translations.h"

#include <QApplication>
#include <QDir>
#include <QMessageBox>
#include <QStandardPaths>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("recall-lookup"));
    QApplication::setApplicationDisplayName(QStringLiteral("Recall Lookup"));
    QApplication::setApplicationVersion(QStringLiteral(RECALL_LOOKUP_VERSION));
    recall::Logging::init(
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("logs")));

    Translations translations;
    translations.use(Translations::systemLanguage());

    auto opened = openCatalogue();
    if (!opened) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Recall Lookup"),
                              Texts::catalogueError(opened.error()));
        return 1;
    }
    MainWindow window(*opened->catalogue);
    window.show();
    return QApplication::exec();
}
