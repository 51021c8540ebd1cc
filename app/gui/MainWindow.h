#pragma once

#include "CaseStore.h"
#include "Catalogue.h"
#include "Clock.h"
#include "AppSettings.h"
#include "DeferredPage.h"
#include "Translations.h"

#include <QMainWindow>

class BatchPage;
class CasesPage;
class HomePage;
class ProductPage;
class QAction;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QToolButton;
class SafetyPage;
class ScriptPage;
class ToolTabs;
class SearchController;

// The application window: the search box on top, then the home/results page, a product page or the
// safety page. Menus and shortcuts for language, larger text, safety and back.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class Page { Home, Product, Safety };

    // `cases` may be null (the user database could not be opened): `casesUnavailable` then says why.
    MainWindow(recall::Catalogue &catalogue, const QString &cataloguePath, Translations &translations,
               AppSettings &settings, const recall::Clock &clock, recall::CaseStore *cases = nullptr,
               const QString &casesUnavailable = {}, QWidget *parent = nullptr);
    ~MainWindow() override;

    QLineEdit *searchBox() const { return m_search; }
    HomePage *homePage() const { return m_home; }
    ProductPage *productPage() const;
    Page page() const;

    // `remember` false: for rendering pictures, which must not change the person's settings.
    void setLanguage(recall::Language language, bool remember = true);
    void setRole(AppSettings::Role role, bool remember = true);
    ToolTabs *tools() const { return m_tools; }
    // The pages other than the start page are built the first time they are shown or asked for.
    ScriptPage *scriptPage() const;
    BatchPage *batchPage() const;
    CasesPage *casesPage() const;
    // Saves the check on the current tab (product page or phone script) as a case.
    qint64 saveCase();
    void openProduct(const QString &model, const QString &variant = {});
    void showSafety();
    void goBack();
    // Runs a search synchronously on the calling thread (for rendering pictures and tests).
    void searchNow(const QString &query);

signals:
    void searchSettled(); // the results of the latest query are shown

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void retranslate();
    void applyTextSize();
    void onQueryChanged(const QString &text);
    void showPage(Page page);

    recall::Catalogue &m_catalogue;
    Translations &m_translations;
    AppSettings &m_settings;
    SearchController *m_searchController;
    QLineEdit *m_search;
    QToolButton *m_back;
    QToolButton *m_safetyButton;
    QToolButton *m_languageButton;
    QStackedWidget *m_pages;
    HomePage *m_home;
    DeferredPage<ProductPage> *m_product;
    DeferredPage<SafetyPage> *m_safety;
    QLabel *m_dataStatus;
    ToolTabs *m_tools;
    DeferredPage<ScriptPage> *m_script;
    DeferredPage<BatchPage> *m_batch;
    DeferredPage<CasesPage> *m_cases;
    QAction *m_saveCaseAction = nullptr;
    QMenu *m_roleMenu = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_largerText = nullptr;
    QAction *m_japanese = nullptr;
    QAction *m_english = nullptr;
    QAction *m_switchLanguage = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_backAction = nullptr;
    QAction *m_safetyAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QString m_pendingSerial;
    Page m_previous = Page::Home;
};
