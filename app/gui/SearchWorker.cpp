#include "SearchWorker.h"

SearchWorker::SearchWorker(QString cataloguePath, QAtomicInteger<quint64> &latest)
    : m_path(std::move(cataloguePath)), m_latest(latest)
{
}

SearchWorker::~SearchWorker() = default;

void SearchWorker::search(quint64 id, const QString &query, int limit)
{
    if (id != m_latest.loadAcquire())
        return; // superseded while queued
    if (!m_catalogue) {
        // Keystrokes mostly read pages this connection has not read before: copying them is cheaper than
        // mapping each (see recall::PageAccess).
        auto opened = recall::Catalogue::open(m_path, recall::PageAccess::Copied);
        if (!opened) {
            emit failed(id, opened.error());
            return;
        }
        m_catalogue = std::move(*opened);
        m_engine = std::make_unique<recall::SearchEngine>(*m_catalogue);
    }
    auto response = m_engine->search(query, limit);
    if (!response) {
        emit failed(id, response.error());
        return;
    }
    emit finished(id, *response);
}

SearchController::SearchController(const QString &cataloguePath, QObject *parent) : QObject(parent)
{
    qRegisterMetaType<recall::SearchResponse>();
    qRegisterMetaType<recall::CatalogueError>();
    auto *worker = new SearchWorker(cataloguePath, m_latest);
    worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, worker, &QObject::deleteLater);
    connect(this, &SearchController::requested, worker, &SearchWorker::search);
    connect(worker, &SearchWorker::finished, this, [this](quint64 id, const recall::SearchResponse &response) {
        if (id == m_latest.loadAcquire())
            emit resultsReady(response);
    });
    connect(worker, &SearchWorker::failed, this, [this](quint64 id, const recall::CatalogueError &error) {
        if (id == m_latest.loadAcquire())
            emit searchFailed(error);
    });
    m_thread.setObjectName(QStringLiteral("search"));
    m_thread.start();
}

SearchController::~SearchController()
{
    m_thread.quit();
    m_thread.wait();
}

void SearchController::request(const QString &query, int limit)
{
    const quint64 id = m_latest.fetchAndAddOrdered(1) + 1;
    emit requested(id, query, limit);
}
