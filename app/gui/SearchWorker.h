#pragma once

#include "Catalogue.h"
#include "SearchEngine.h"

#include <QAtomicInteger>
#include <QObject>
#include <QThread>

#include <memory>

Q_DECLARE_METATYPE(recall::SearchResponse)
Q_DECLARE_METATYPE(recall::CatalogueError)

// Runs searches on a thread of its own with its own catalogue connection, so typing never waits for
// the database. Only the newest request is answered: older ones still queued are skipped.
class SearchWorker : public QObject
{
    Q_OBJECT

public:
    SearchWorker(QString cataloguePath, QAtomicInteger<quint64> &latest);
    ~SearchWorker() override;

public slots:
    void search(quint64 id, const QString &query, int limit);

signals:
    void finished(quint64 id, const recall::SearchResponse &response);
    void failed(quint64 id, const recall::CatalogueError &error);

private:
    QString m_path;
    QAtomicInteger<quint64> &m_latest;
    std::unique_ptr<recall::Catalogue> m_catalogue;
    std::unique_ptr<recall::SearchEngine> m_engine; // one for all keystrokes: it remembers misses and its last searches
};

class SearchController : public QObject
{
    Q_OBJECT

public:
    explicit SearchController(const QString &cataloguePath, QObject *parent = nullptr);
    ~SearchController() override;

    // Starts a search; any earlier one still running is superseded.
    void request(const QString &query, int limit = 50);

signals:
    void resultsReady(const recall::SearchResponse &response);
    void searchFailed(const recall::CatalogueError &error);
    void requested(quint64 id, const QString &query, int limit);

private:
    QThread m_thread;
    QAtomicInteger<quint64> m_latest{0};
};
