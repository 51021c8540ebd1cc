#pragma once

#include "Catalogue.h"
#include "SearchEngine.h"

#include <QWidget>

class QLabel;
class QListView;
class QStackedWidget;
class SearchResultsModel;

// The start page and the search results: a short welcome, the result list, and, when nothing matched,
// an honest "no recall on record in this data" with the official places to look.
class HomePage : public QWidget
{
    Q_OBJECT

public:
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
    void retranslate();
    QString officialPagesHtml() const;
    QString recallsHtml() const;

    recall::Catalogue &m_catalogue;
    SearchResultsModel *m_model;
    QStackedWidget *m_stack;
    QLabel *m_welcomeTitle;
    QLabel *m_welcomeText;
    QLabel *m_recallsTitle;
    QLabel *m_recalls;
    QListView *m_results;
    QLabel *m_resultsHeading;
    QLabel *m_nothingTitle;
    QLabel *m_nothingText;
    QLabel *m_serialHint;
    recall::SearchResponse m_lastResponse;
};
