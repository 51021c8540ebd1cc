#include "HomePage.h"

#include "SearchResultDelegate.h"
#include "SearchResultsModel.h"
#include "SerialNumber.h"
#include "Texts.h"
#include "UiLanguage.h"

#include <QDesktopServices>
#include <QEvent>
#include <QLabel>
#include <QListView>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace recall;

namespace {
// Plain text, not selectable: such a label measures its height with font metrics. A rich-text or
// selectable label lays out a text document each time the window's layout asks its height for a width
// (hundreds of times before the first paint).
QLabel *wrappingLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

// Longer texts go in a frameless view on the page's background rather than in a word-wrapped label: it
// scrolls when the text is large, and it lays out its text once for its width, where the window's layout
// asks a label for its height at every width it tries (a table of recalls made start-up visibly slower).
QTextBrowser *documentView(const QString &name, QWidget *parent)
{
    auto *view = new QTextBrowser(parent);
    view->setObjectName(name);
    view->setFrameShape(QFrame::NoFrame);
    view->viewport()->setAutoFillBackground(false);
    view->setOpenLinks(false);
    return view;
}

enum StackPage { welcomeIndex, resultsIndex, nothingIndex };
} // namespace

HomePage::HomePage(Catalogue &catalogue, QWidget *parent)
    : QWidget(parent), m_catalogue(catalogue), m_model(new SearchResultsModel(this)), m_stack(new QStackedWidget(this))
{
    auto *welcome = new QWidget;
    auto *welcomeLayout = new QVBoxLayout(welcome);
    m_welcomeTitle = wrappingLabel(welcome);
    m_welcomeTitle->setObjectName(QStringLiteral("pageTitle"));
    m_welcomeText = documentView(QStringLiteral("welcome"), welcome);
    connect(m_welcomeText, &QTextBrowser::anchorClicked, this, &HomePage::openLink);
    welcomeLayout->addWidget(m_welcomeTitle);
    welcomeLayout->addWidget(m_welcomeText, 1);

    auto *results = new QWidget;
    auto *resultsLayout = new QVBoxLayout(results);
    resultsLayout->setContentsMargins(0, 0, 0, 0);
    m_resultsHeading = wrappingLabel(results);
    m_serialHint = wrappingLabel(results);
    m_serialHint->setObjectName(QStringLiteral("hint"));
    m_results = new QListView(results);
    m_results->setModel(m_model);
    m_results->setItemDelegate(new SearchResultDelegate(m_results));
    m_results->setUniformItemSizes(true);
    m_results->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_results->setObjectName(QStringLiteral("results"));
    resultsLayout->addWidget(m_resultsHeading);
    resultsLayout->addWidget(m_serialHint);
    resultsLayout->addWidget(m_results, 1);

    auto *nothing = new QWidget;
    auto *nothingLayout = new QVBoxLayout(nothing);
    m_nothingTitle = wrappingLabel(nothing);
    m_nothingTitle->setObjectName(QStringLiteral("pageTitle"));
    m_nothingText = documentView(QStringLiteral("nothingText"), nothing);
    connect(m_nothingText, &QTextBrowser::anchorClicked, this, &HomePage::openLink);
    nothingLayout->addWidget(m_nothingTitle);
    nothingLayout->addWidget(m_nothingText, 1);

    m_stack->addWidget(welcome);
    m_stack->addWidget(results);
    m_stack->addWidget(nothing);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    const auto open = [this](const QModelIndex &index) {
        emit productActivated(index.data(SearchResultsModel::ModelNumberRole).toString(),
                              index.data(SearchResultsModel::VariantRole).toString());
    };
    connect(m_results, &QListView::activated, this, open);
    connect(m_results, &QListView::clicked, this, open);
    retranslate();
}

void HomePage::openLink(const QUrl &link)
{
    if (link.scheme() == QLatin1String("product"))
        emit productActivated(link.path(), {});
    else
        QDesktopServices::openUrl(link);
}

void HomePage::showWelcome()
{
    m_lastResponse = {};
    m_model->clear();
    m_stack->setCurrentIndex(welcomeIndex);
}

void HomePage::showError(const QString &message)
{
    m_model->clear();
    m_nothingTitle->setText(message);
    m_nothingText->clear();
    m_stack->setCurrentIndex(nothingIndex);
}

void HomePage::showResponse(const SearchResponse &response)
{
    m_lastResponse = response;
    if (response.status == SearchResponse::Status::Empty) {
        showWelcome();
        return;
    }
    m_model->setResponse(response);
    if (!response.results.empty())
        m_results->setCurrentIndex(m_model->index(0, 0));
    m_stack->setCurrentIndex(response.results.empty() ? nothingIndex : resultsIndex);
    describeResponse();
}

// The newest recalls in the data with the products they name, each a link that opens the product page.
QString HomePage::recallsHtml(const std::vector<Campaign> &campaigns) const
{
    const Texts texts(uiLanguage());
    QString html = QStringLiteral("<table cellpadding=\"4\">");
    for (const Campaign &c : campaigns) {
        QStringList products;
        for (const CampaignProduct &cp : c.products) {
            if (products.size() == listedProductsPerCampaign) {
                products << tr("…and %n more product(s)", nullptr, int(c.products.size()) - listedProductsPerCampaign)
                                .toHtmlEscaped();
                break;
            }
            auto product = m_catalogue.productByModel(cp.model);
            const QString name = product && *product ? texts.pick((*product)->product.name) : cp.model;
            products << QStringLiteral("<a href=\"product:%1\">%2 (%1)</a>").arg(cp.model, name.toHtmlEscaped());
        }
        html += QStringLiteral("<tr><td valign=\"top\"><b>%1</b><br>%2</td><td valign=\"top\">%3</td></tr>")
                    .arg(texts.date(c.announced), c.id, products.join(QStringLiteral("<br>")));
    }
    html += QStringLiteral("</table>");
    const auto count = m_catalogue.campaignCount();
    if (count && *count > int(campaigns.size()))
        html += QStringLiteral("<p>%1</p>").arg(tr("The newest %1 of the %2 recalls in this data. Search to find any product.")
                                                    .arg(campaigns.size())
                                                    .arg(*count)
                                                    .toHtmlEscaped());
    return html;
}

QString HomePage::officialPagesHtml(const std::vector<Campaign> &campaigns) const
{
    const Texts texts(uiLanguage());
    QString html = QStringLiteral("<ul>");
    for (const Campaign &c : campaigns) {
        if (c.officialUrl.isEmpty())
            continue;
        html += QStringLiteral("<li>%1<br><a href=\"%2\">%2</a></li>").arg(texts.pick(c.title).toHtmlEscaped(), c.officialUrl);
    }
    return html + QStringLiteral("</ul>");
}

void HomePage::retranslate()
{
    const QDate asOf = m_catalogue.info().asOf;
    // Read once for both lists; without them (a failed read) the page still says what it can.
    const auto campaigns = m_catalogue.campaigns(listedCampaigns);
    m_welcomeTitle->setText(tr("Is your product recalled?"));
    m_welcomeText->setHtml(
        tr("<p>Type in the box above. You can use:</p><ul><li>the product name, for example "
           "<b>PowerCore</b> or <b>モバイルバッテリー</b></li><li>the model number on the label, for example <b>A1263</b></li>"
           "<li>the 13-digit JAN code under the barcode on the box</li></ul>"
           "<p>Results appear while you type. Use the arrow keys and Enter, or click a product.</p>"
           "<p>This app knows the recalls in its data, as of %1.</p>")
            .arg(Texts(uiLanguage()).date(asOf))
        + QStringLiteral("<h3>%1</h3>").arg(tr("Recalls in this data").toHtmlEscaped())
        + (campaigns ? recallsHtml(*campaigns) : QString()));
    m_officialPages = campaigns ? officialPagesHtml(*campaigns) : QString();
    describeResponse();
}

void HomePage::describeResponse()
{
    const QDate asOf = m_catalogue.info().asOf;
    const SearchResponse &response = m_lastResponse;
    m_resultsHeading->setText(tr("%n product(s) found. Choose yours:", nullptr, int(response.results.size())));
    const SerialCheck serial = SerialNumber::check(response.query);
    m_serialHint->setVisible(serial.valid);
    m_serialHint->setText(tr("This looks like a serial number. A serial number alone does not say which product it "
                             "is: choose your product, then enter the serial number under \"Check my product\"."));
    if (m_stack->currentIndex() != nothingIndex)
        return; // filled when it is shown: a search that found products does not pay for it
    if (serial.valid) {
        // A serial number names no product by itself: send the person to choose theirs, keeping the serial.
        m_nothingTitle->setText(tr("This looks like a serial number: %1").arg(serial.normalized));
        m_nothingText->setHtml(tr("<p>A serial number alone does not tell which product it belongs to. Type the "
                                  "product's name or model number (for example A1263) and open it: the serial "
                                  "number will be filled in under \"Check my product\".</p>"));
        return;
    }
    m_nothingTitle->setText(Texts(uiLanguage()).noRecordStatement(asOf));
    m_nothingText->setHtml(
        tr("<p>Nothing in this data matches \"%1\".</p><p>%2</p><p>Check the spelling or try the model number on "
           "the product's label. The official pages of the recalls in this data:</p>%3")
            .arg(response.query.left(80).toHtmlEscaped(), Texts(uiLanguage()).verdictNextStep(Verdict::NoRecord).toHtmlEscaped(),
                 m_officialPages));
}

void HomePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
