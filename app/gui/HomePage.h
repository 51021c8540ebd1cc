#pragma once

#include "Catalogue.h"
#include "SearchEngine.h"

#include <QWidget>

class QLabel;
class QListView;
class QStackedWidget;
class QTextBrowser;
class QUrl;
class SearchResultsModel;

// The start page and the search results: a short welcome, the result list, and, when nothing matched,
// an honest "no recall on record in this data" with the official places to look.
class HomePage : public QWidget
{
    Q_OBJECT

public:
    // A national catalogue holds thousands of recalls: the start page lists the newest ones only.
    static constexpr int listedCampaigns = 12;
    static constexpr int listedProductsPerCampaign = 6;

    HomePage(recall::Catalogue &catalogue, QWidget *parent = nullptr);

    void showResponse(const recall::SearchResponse &response);
    void showWelcome();
    void showError(const QString &message);

    QListView *resultsView() const { return m_results; }
    SearchResultsModel *model() const { return m_model; }

signals:
    void productActivated(const QString &model, const QString &variant);

protected:
    void changeEvent(QEvent *event) override;

private:
    // The texts that do not depend on the search: built when the page is made and when the language changes.
    void retranslate();
    // The texts about the latest search response.
    void describeResponse();
    QString officialPagesHtml(const std::vector<recall::Campaign> &campaigns) const;
    QString recallsHtml(const std::vector<recall::Campaign> &campaigns) const;
    void openLink(const QUrl &link);

    recall::Catalogue &m_catalogue;
    SearchResultsModel *m_model;
    QStackedWidget *m_stack;
    QLabel *m_welcomeTitle;
    QTextBrowser *m_welcomeText; // how to search, then the newest recalls
    QListView *m_results;
    QLabel *m_resultsHeading;
    QLabel *m_nothingTitle;
    QTextBrowser *m_nothingText;
    QLabel *m_serialHint;
    recall::SearchResponse m_lastResponse;
    QString m_officialPages; // officialPagesHtml() in the current language
};
