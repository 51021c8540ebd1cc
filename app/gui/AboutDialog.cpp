#include "AboutDialog.h"

#include "Texts.h"
#include "UiLanguage.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <QtGlobal>

AboutDialog::AboutDialog(const QDate &dataAsOf, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("About Recall Lookup"));
    auto *heading = new QLabel(
        QStringLiteral("<h2>%1</h2><p>%2</p><p>%3</p>")
            .arg(tr("Recall Lookup"), tr("Version %1").arg(QApplication::applicationVersion()),
                 tr("Recall data as of %1.").arg(Texts(uiLanguage()).date(dataAsOf))),
        this);
    heading->setWordWrap(true);
    auto *licences = new QTextBrowser(this);
    licences->setOpenExternalLinks(true);
    licences->setHtml(
        tr("<p>Recall Lookup tells you whether a product is covered by a safety recall in its data. It makes no "
           "network connections. It is not a substitute for the maker's official check.</p>"
           "<p>Product pictures are original drawings, not photographs.</p>"
           "<h3>Libraries</h3><ul>"
           "<li>Qt %1 (LGPL-3.0), The Qt Company: <a href=\"https://www.qt.io/\">qt.io</a></li>"
           "<li>SQLite (public domain): <a href=\"https://sqlite.org/\">sqlite.org</a></li>"
           "<li>spdlog and fmt (MIT licence): <a href=\"https://github.com/gabime/spdlog\">github.com/gabime/spdlog</a></li>"
           "<li>libqrencode (LGPL-2.1), Kentaro Fukuchi: <a href=\"https://fukuchi.org/works/qrencode/\">fukuchi.org</a></li>"
           "</ul>")
            .arg(QString::fromLatin1(qVersion())));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(licences, 1);
    layout->addWidget(buttons);
    resize(560, 460);
}
