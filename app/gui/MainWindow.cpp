#include "MainWindow.h"

#include "SearchEngine.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

using namespace recall;

MainWindow::MainWindow(Catalogue &catalogue, Language language, QWidget *parent)
    : QMainWindow(parent), m_catalogue(catalogue), m_texts(language), m_search(new QLineEdit), m_results(new QListWidget),
      m_status(new QLabel)
{
    setWindowTitle(tr("Recall Lookup"));
    auto *central = new QWidget;
    auto *layout = new QVBoxLayout(central);
    m_search->setPlaceholderText(tr("Product name, model number, JAN or serial number"));
    m_search->setClearButtonEnabled(true);
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    m_search->setFont(big);
    m_results->setFont(big);
    m_status->setFont(big);
    m_status->setWordWrap(true);
    layout->addWidget(m_search);
    layout->addWidget(m_results, 1);
    layout->addWidget(m_status);
    setCentralWidget(central);
    connect(m_search, &QLineEdit::textChanged, this, &MainWindow::runSearch);
    m_status->setText(tr("Recall data as of %1.").arg(Texts::date(m_catalogue.info().asOf)));
    m_search->setFocus();
    resize(720, 520);
}

void MainWindow::runSearch(const QString &text)
{
    m_results->clear();
    auto response = SearchEngine(m_catalogue).search(text, 50);
    if (!response) {
        m_status->setText(Texts::catalogueError(response.error()));
        return;
    }
    for (const SearchResult &r : response->results)
        m_results->addItem(QStringLiteral("%1   %2   [%3]").arg(r.model, m_texts.pick(r.name), r.campaigns.join(u", ")));
    if (response->status == SearchResponse::Status::Ok && response->results.empty())
        m_status->setText(Texts::noRecordStatement(m_catalogue.info().asOf));
    else
        m_status->setText(tr("Recall data as of %1.").arg(Texts::date(m_catalogue.info().asOf)));
}
