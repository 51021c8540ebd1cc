#include "MainWindow.h"

#include "AboutDialog.h"
#include "BatchPage.h"
#include "CasesPage.h"
#include "AppSettings.h"
#include "CheckPanel.h"
#include "DataImport.h"
#include "HomePage.h"
#include "PackTrust.h"
#include "ProductPage.h"
#include "SafetyPage.h"
#include "ScriptPage.h"
#include "ToolTabs.h"
#include "SearchResultsModel.h"
#include "SearchWorker.h"
#include "SerialNumber.h"
#include "Texts.h"
#include "UiLanguage.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QFontInfo>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolButton>
#include <QVBoxLayout>

using namespace recall;

MainWindow::MainWindow(Catalogue &catalogue, const QString &cataloguePath, Translations &translations,
                       AppSettings &settings, const Clock &clock, CaseStore *cases, const QString &casesUnavailable,
                       QWidget *parent)
    : QMainWindow(parent), m_catalogue(catalogue), m_translations(translations), m_settings(settings),
      m_searchController(new SearchController(cataloguePath, this)), m_search(new QLineEdit),
      m_back(new QToolButton), m_safetyButton(new QToolButton), m_languageButton(new QToolButton),
      m_pages(new QStackedWidget), m_home(new HomePage(catalogue)),
      m_product(new DeferredPage<ProductPage>([this, &catalogue, &clock](QWidget *holder) {
          auto *page = new ProductPage(catalogue, clock, m_settings, holder);
          connect(page, &ProductPage::failed, this, [this](const QString &message) { m_home->showError(message); });
          return page;
      })),
      m_safety(new DeferredPage<SafetyPage>([](QWidget *holder) { return new SafetyPage(holder); })), m_dataStatus(new QLabel),
      m_tools(new ToolTabs(this)),
      m_script(new DeferredPage<ScriptPage>([this, &catalogue, &clock](QWidget *holder) {
          auto *page = new ScriptPage(catalogue, clock, holder);
          connect(page, &ScriptPage::saveCaseRequested, this, &MainWindow::saveCase);
          return page;
      })),
      m_batch(new DeferredPage<BatchPage>([&catalogue, cataloguePath, &clock](QWidget *holder) {
          return new BatchPage(catalogue, cataloguePath, clock, holder);
      })),
      m_cases(new DeferredPage<CasesPage>([&catalogue, cases, casesUnavailable](QWidget *holder) {
          return new CasesPage(cases, casesUnavailable,
                               catalogue.colours().ok() ? *catalogue.colours() : std::vector<Colour>{}, holder);
      }))
{
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaxLength(SearchEngine::maxInputLength);
    m_search->installEventFilter(this);
    m_back->setIcon(QIcon(QStringLiteral(":/icons/ui/back.svg")));
    m_back->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_safetyButton->setIcon(QIcon(QStringLiteral(":/icons/ui/safety.svg")));
    m_safetyButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_safetyButton->setObjectName(QStringLiteral("safetyButton"));
    m_languageButton->setIcon(QIcon(QStringLiteral(":/icons/ui/language.svg")));
    m_languageButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    for (QToolButton *b : {m_back, m_safetyButton, m_languageButton})
        b->setIconSize(QSize(24, 24));

    auto *header = new QHBoxLayout;
    header->addWidget(m_back);
    header->addWidget(m_search, 1);
    header->addWidget(m_languageButton);
    header->addWidget(m_safetyButton);
    m_pages->addWidget(m_home);
    m_pages->addWidget(m_product);
    m_pages->addWidget(m_safety);
    auto *lookup = new QWidget;
    auto *layout = new QVBoxLayout(lookup);
    layout->addLayout(header);
    layout->addWidget(m_pages, 1);
    m_tools->setTool(ToolTabs::Lookup, lookup);
    m_tools->setTool(ToolTabs::Batch, m_batch);
    m_tools->setTool(ToolTabs::Script, m_script);
    m_tools->setTool(ToolTabs::Cases, m_cases);
    m_tools->setRole(m_settings.role().value_or(AppSettings::Role::Consumer));
    setCentralWidget(m_tools);
    connect(m_tools, &QTabWidget::currentChanged, this, [this] {
        if (m_tools->currentTool() == ToolTabs::Script)
            m_script->page()->setProduct(m_product->isBuilt() ? m_product->page()->details() : nullptr);
    });
    statusBar()->addWidget(m_dataStatus, 1);

    buildMenus();
    connect(m_search, &QLineEdit::textChanged, this, &MainWindow::onQueryChanged);
    connect(m_searchController, &SearchController::resultsReady, this, [this](const SearchResponse &response) {
        m_home->showResponse(response);
        emit searchSettled();
    });
    connect(m_searchController, &SearchController::searchFailed, this,
            [this](const CatalogueError &error) { m_home->showError(Texts(uiLanguage()).catalogueError(error)); });
    connect(m_home, &HomePage::productActivated, this, [this](const QString &model, const QString &variant) {
        openProduct(model, variant);
    });
    connect(m_back, &QToolButton::clicked, this, &MainWindow::goBack);
    connect(m_safetyButton, &QToolButton::clicked, this, &MainWindow::showSafety);
    connect(m_languageButton, &QToolButton::clicked, m_switchLanguage, &QAction::trigger);

    applyTextSize();
    retranslate();
    showPage(Page::Home);
    if (!restoreGeometry(m_settings.windowGeometry()))
        resize(1000, 760);
    m_search->setFocus();
}

MainWindow::~MainWindow() = default;

ProductPage *MainWindow::productPage() const
{
    return m_product->page();
}

ScriptPage *MainWindow::scriptPage() const
{
    return m_script->page();
}

BatchPage *MainWindow::batchPage() const
{
    return m_batch->page();
}

CasesPage *MainWindow::casesPage() const
{
    return m_cases->page();
}

void MainWindow::buildMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_quit = m_fileMenu->addAction(QString(), QKeySequence::Quit, this, &QWidget::close);
    m_viewMenu = menuBar()->addMenu(QString());
    m_findAction = m_viewMenu->addAction(QString(), this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    m_findAction->setShortcuts({QKeySequence::Find, QKeySequence(Qt::CTRL | Qt::Key_L)});
    m_backAction = m_viewMenu->addAction(QString(), this, &MainWindow::goBack);
    m_backAction->setShortcuts({QKeySequence::Back, QKeySequence(Qt::ALT | Qt::Key_Left)});
    m_viewMenu->addSeparator();
    m_largerText = m_viewMenu->addAction(QString());
    m_largerText->setCheckable(true);
    m_largerText->setChecked(m_settings.largerText());
    m_largerText->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Plus));
    connect(m_largerText, &QAction::toggled, this, [this](bool on) {
        m_settings.setLargerText(on);
        applyTextSize();
    });

    m_languageMenu = menuBar()->addMenu(QString());
    auto *group = new QActionGroup(this);
    // Language names are written in their own language, so a person can always find theirs.
    m_japanese = m_languageMenu->addAction(QStringLiteral("日本語"));
    m_english = m_languageMenu->addAction(QStringLiteral("English"));
    for (QAction *a : {m_japanese, m_english}) {
        a->setCheckable(true);
        group->addAction(a);
    }
    connect(m_japanese, &QAction::triggered, this, [this] { setLanguage(Language::Japanese); });
    connect(m_english, &QAction::triggered, this, [this] { setLanguage(Language::English); });
    m_languageMenu->addSeparator();
    m_switchLanguage = m_languageMenu->addAction(QString(), this, [this] {
        setLanguage(m_translations.language() == Language::Japanese ? Language::English : Language::Japanese);
    });
    m_switchLanguage->setShortcuts({QKeySequence(Qt::Key_F12), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L)});

    m_viewMenu->addSeparator();
    m_roleMenu = m_viewMenu->addMenu(QString());
    auto *roles = new QActionGroup(this);
    for (AppSettings::Role role : {AppSettings::Role::Consumer, AppSettings::Role::ServiceDesk, AppSettings::Role::CallCentre}) {
        QAction *action = m_roleMenu->addAction(QString(), this, [this, role] { setRole(role); });
        action->setCheckable(true);
        action->setChecked(role == m_tools->role());
        action->setData(int(role));
        roles->addAction(action);
    }
    for (int tool = ToolTabs::Lookup; tool <= ToolTabs::Cases; ++tool) {
        auto *go = new QAction(this);
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + tool)));
        connect(go, &QAction::triggered, this, [this, tool] { m_tools->showTool(ToolTabs::Tool(tool)); });
        addAction(go);
    }
    m_saveCaseAction = new QAction(this);
    m_saveCaseAction->setShortcut(QKeySequence::Save);
    connect(m_saveCaseAction, &QAction::triggered, this, [this] { saveCase(); });
    m_fileMenu->insertAction(m_quit, m_saveCaseAction);
    m_saveCaseAction->setVisible(m_tools->role() != AppSettings::Role::Consumer);
    auto *scriptLanguage = new QAction(this);
    scriptLanguage->setShortcut(QKeySequence(Qt::Key_F9));
    connect(scriptLanguage, &QAction::triggered, this, [this] { m_script->page()->toggleScriptLanguage(); });
    addAction(scriptLanguage);

    auto *dataImport = new DataImport(this, CatalogueStore::defaultDataDirectory(), builtInPackKeys(),
                                      m_settings.acceptUnsignedPacksForTesting());
    m_fileMenu->insertActions(m_quit, {dataImport->importAction(), dataImport->undoAction()});
    m_fileMenu->insertSeparator(m_quit);

    m_helpMenu = menuBar()->addMenu(QString());
    m_safetyAction = m_helpMenu->addAction(QString(), this, &MainWindow::showSafety);
    m_safetyAction->setShortcut(QKeySequence::HelpContents);
    m_aboutAction = m_helpMenu->addAction(QString(), this, [this] { AboutDialog(m_catalogue.info().asOf, this).exec(); });
}

void MainWindow::setRole(AppSettings::Role role, bool remember)
{
    if (remember)
        m_settings.setRole(role);
    m_tools->setRole(role);
    m_saveCaseAction->setVisible(role != AppSettings::Role::Consumer);
    for (QAction *action : m_roleMenu->actions())
        action->setChecked(action->data().toInt() == int(role));
}

qint64 MainWindow::saveCase()
{
    const bool script = m_tools->currentTool() == ToolTabs::Script;
    if (!script && !(m_product->isBuilt() && m_product->page()->details()))
        return 0;
    const CaseRole role = m_tools->role() == AppSettings::Role::CallCentre    ? CaseRole::CallCentre
                          : m_tools->role() == AppSettings::Role::ServiceDesk ? CaseRole::ServiceDesk
                                                                              : CaseRole::Consumer;
    const CaseRecord record = script ? caseFromCheck(scriptPage()->request(), scriptPage()->result(), role)
                                     : caseFromCheck(productPage()->checkPanel()->request(),
                                                     productPage()->checkPanel()->result(), role);
    const qint64 id = casesPage()->addCase(record);
    if (id > 0)
        statusBar()->showMessage(tr("Saved as case %1.").arg(id), 5000);
    return id;
}

void MainWindow::setLanguage(Language language, bool remember)
{
    m_translations.use(language);
    if (remember)
        m_settings.setLanguage(language);
    // Installing translators sends LanguageChange to every widget; each retranslates itself.
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("Recall Lookup"));
    m_search->setPlaceholderText(tr("Product name, model number, JAN or serial number"));
    m_search->setAccessibleName(tr("Search"));
    m_search->setToolTip(tr("Type to search. Up and Down choose a result, Enter opens it, Esc clears."));
    m_back->setText(tr("Back"));
    m_back->setAccessibleName(tr("Back"));
    m_safetyButton->setText(tr("Battery hot or swollen?"));
    m_safetyButton->setAccessibleName(tr("What to do if a battery is hot, swollen, smoking or smells"));
    m_languageButton->setText(m_translations.language() == Language::Japanese ? QStringLiteral("English")
                                                                               : QStringLiteral("日本語"));
    m_languageButton->setAccessibleName(tr("Switch language"));
    m_fileMenu->setTitle(tr("&File"));
    m_quit->setText(tr("&Quit"));
    m_saveCaseAction->setText(tr("Save the check as a &case"));
    m_viewMenu->setTitle(tr("&View"));
    m_findAction->setText(tr("&Search"));
    m_backAction->setText(tr("&Back"));
    m_largerText->setText(tr("&Larger text"));
    m_languageMenu->setTitle(tr("&Language"));
    m_switchLanguage->setText(tr("&Switch Japanese / English"));
    m_japanese->setChecked(m_translations.language() == Language::Japanese);
    m_english->setChecked(m_translations.language() == Language::English);
    m_roleMenu->setTitle(tr("&Who uses this computer"));
    const QString roleNames[] = {tr("&Consumer"), tr("&Service desk"), tr("Call &centre")};
    for (QAction *action : m_roleMenu->actions())
        action->setText(roleNames[action->data().toInt()]);
    m_helpMenu->setTitle(tr("&Help"));
    m_safetyAction->setText(tr("&Battery hot or swollen?"));
    m_aboutAction->setText(tr("&About Recall Lookup"));
    m_dataStatus->setText(tr("Recall data as of %1. No recall on record here does not mean a product is safe.")
                              .arg(Texts(uiLanguage()).date(m_catalogue.info().asOf)));
}

void MainWindow::applyTextSize()
{
    // Scales from the system font, so the person's own font size setting is honoured.
    const qreal scale = m_largerText->isChecked() ? 1.35 : 1.12;
    const qreal body = QFontInfo(QApplication::font()).pointSizeF() * scale;
    const auto pt = [body](qreal more) { return QString::number(body + more, 'f', 1); };
    // The body size is a style sheet rule, not setFont(): under a style sheet a font set on a parent does not
    // reach widgets created later (pages are built on first use) nor widgets re-polished when a property changes.
    m_tools->setStyleSheet(
        QStringLiteral("#tools, #tools * { font-size: %4pt; }"
                       "QLineEdit#search { font-size: %1pt; padding: 6px; }"
                       "QLabel#pageTitle { font-size: %2pt; font-weight: bold; }"
                       "QLabel#sectionTitle { font-size: %3pt; font-weight: bold; }"
                       "QLabel#verdictHeadline { font-size: %2pt; }"
                       "QLabel#hint { color: #4A5568; }"
                       "QLabel#selection[covered=\"true\"] { color: #8A1F17; }"
                       "QLabel#selection[covered=\"false\"] { color: #245A26; }"
                       "QToolButton#safetyButton { color: #8A1F17; font-weight: bold; }"
                       "QToolButton#swatch:checked { border: 3px solid #2B5CA8; border-radius: 6px; }"
                       "QPushButton#primary { padding: 8px 14px; font-weight: bold; }")
            .arg(pt(3), pt(5), pt(2), pt(0)));
}

MainWindow::Page MainWindow::page() const
{
    if (m_pages->currentWidget() == m_product)
        return Page::Product;
    return m_pages->currentWidget() == m_safety ? Page::Safety : Page::Home;
}

void MainWindow::showPage(Page page)
{
    if (page != this->page())
        m_previous = this->page();
    m_pages->setCurrentWidget(page == Page::Home ? static_cast<QWidget *>(m_home)
                              : page == Page::Product ? static_cast<QWidget *>(m_product)
                                                      : static_cast<QWidget *>(m_safety));
    m_back->setEnabled(page != Page::Home);
}

void MainWindow::onQueryChanged(const QString &text)
{
    const SerialCheck serial = SerialNumber::check(text);
    if (serial.valid)
        m_pendingSerial = serial.normalized;
    showPage(Page::Home);
    m_searchController->request(text);
}

void MainWindow::searchNow(const QString &query)
{
    const QSignalBlocker block(m_search);
    m_search->setText(query);
    auto response = SearchEngine(m_catalogue).search(query, 50);
    if (response)
        m_home->showResponse(*response);
    showPage(Page::Home);
}

void MainWindow::openProduct(const QString &model, const QString &variant)
{
    ProductPage *product = productPage();
    if (!product->showProduct(model, variant))
        return;
    if (!m_pendingSerial.isEmpty()) {
        product->checkPanel()->setSerial(m_pendingSerial);
        product->showTab(ProductPage::CheckTab);
        m_pendingSerial.clear();
    }
    showPage(Page::Product);
}

void MainWindow::showSafety()
{
    showPage(Page::Safety);
}

void MainWindow::goBack()
{
    showPage(page() == Page::Safety && m_previous != Page::Safety ? m_previous : Page::Home);
    if (page() == Page::Home)
        m_search->setFocus();
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_search || event->type() != QEvent::KeyPress)
        return QMainWindow::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    QListView *results = m_home->resultsView();
    const int rows = m_home->model()->rowCount();
    switch (key->key()) {
    case Qt::Key_Down:
    case Qt::Key_Up: {
        if (rows == 0)
            return false;
        const int step = key->key() == Qt::Key_Down ? 1 : -1;
        const int row = qBound(0, results->currentIndex().row() + step, rows - 1);
        results->setCurrentIndex(m_home->model()->index(row, 0));
        return true;
    }
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (page() == Page::Home && results->currentIndex().isValid()) {
            const QModelIndex index = results->currentIndex();
            openProduct(index.data(SearchResultsModel::ModelNumberRole).toString(),
                        index.data(SearchResultsModel::VariantRole).toString());
            return true;
        }
        return false;
    case Qt::Key_Escape:
        m_search->clear();
        showPage(Page::Home);
        return true;
    default: return false;
    }
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_settings.setWindowGeometry(saveGeometry());
    QMainWindow::closeEvent(event);
}
