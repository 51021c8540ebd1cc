#pragma once

#include "BatchSession.h"
#include "Clock.h"

#include <QFutureWatcher>
#include <QWidget>

#include <atomic>
#include <memory>

class BatchModel;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;

// The service desk's batch check: a barcode scanner (or a person) types a JAN, model number or serial
// and Enter, and a row appears with its verdict; many lines can be pasted; a CSV file is imported on a
// worker thread with progress and Cancel; results are exported as CSV (UTF-8 with BOM) or printed.
class BatchPage : public QWidget
{
    Q_OBJECT

public:
    BatchPage(recall::Catalogue &catalogue, QString cataloguePath, const recall::Clock &clock, QWidget *parent = nullptr);
    ~BatchPage() override;

    QLineEdit *scanBox() const { return m_scan; }
    BatchModel *model() const { return m_model; }
    const recall::BatchReport &report() const;
    // Starts importing a CSV file on a worker thread; `finished` is emitted when it is shown.
    void importFile(const QString &path);
    void cancelImport() { m_cancel = true; }
    bool exportTo(const QString &path, QString *error) const;
    void clear();

signals:
    void importFinished(bool ok);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct ImportOutcome;
    void retranslate();
    void scanEntered();
    void pasteLines();
    void chooseImport();
    void chooseExport();
    void printResults();
    void showImport();
    void updateSummary();

    recall::Catalogue &m_catalogue;
    QString m_cataloguePath;
    const recall::Clock &m_clock;
    std::unique_ptr<recall::BatchSession> m_session;
    std::unique_ptr<recall::BatchReport> m_imported;
    BatchModel *m_model;
    QLabel *m_intro;
    QLineEdit *m_scan;
    QPushButton *m_paste;
    QPushButton *m_import;
    QPushButton *m_export;
    QPushButton *m_print;
    QPushButton *m_clear;
    QPushButton *m_cancelButton;
    QProgressBar *m_progress;
    QTableView *m_table;
    QLabel *m_summary;
    QFutureWatcher<std::shared_ptr<ImportOutcome>> m_watcher;
    std::atomic_bool m_cancel{false};
    QString m_importError;
};
