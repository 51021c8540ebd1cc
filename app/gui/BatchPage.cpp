#include "BatchPage.h"

#include "BatchModel.h"
#include "CsvReader.h"
#include "CsvWriter.h"
#include "Texts.h"
#include "UiLanguage.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QTextDocument>
#include <QVBoxLayout>
#include <QtConcurrent>

using namespace recall;

// What the worker thread hands back: a report, or why the file could not be read.
struct BatchPage::ImportOutcome
{
    std::unique_ptr<BatchReport> report;
    std::optional<CsvError> csvError;
    std::optional<CatalogueError> catalogueError;
};

BatchPage::BatchPage(Catalogue &catalogue, QString cataloguePath, const Clock &clock, QWidget *parent)
    : QWidget(parent), m_catalogue(catalogue), m_cataloguePath(std::move(cataloguePath)), m_clock(clock),
      m_session(std::make_unique<BatchSession>(catalogue, clock)), m_model(new BatchModel(this)), m_intro(new QLabel(this)),
      m_scan(new QLineEdit(this)), m_paste(new QPushButton(this)), m_import(new QPushButton(this)),
      m_export(new QPushButton(this)), m_print(new QPushButton(this)), m_clear(new QPushButton(this)),
      m_cancelButton(new QPushButton(this)), m_progress(new QProgressBar(this)), m_table(new QTableView(this)),
      m_summary(new QLabel(this))
{
    m_intro->setWordWrap(true);
    m_scan->setObjectName(QStringLiteral("scan"));
    m_scan->setMaxLength(4096);
    m_summary->setObjectName(QStringLiteral("sectionTitle"));
    m_summary->setWordWrap(true);
    m_progress->setVisible(false);
    m_cancelButton->setVisible(false);
    if (auto colours = catalogue.colours())
        m_model->setColours(*colours);
    m_model->setReport(&m_session->report());
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(BatchModel::Input, QHeaderView::Interactive);
    header->resizeSection(BatchModel::Input, 200);
    header->setSectionResizeMode(BatchModel::Verdict, QHeaderView::Interactive);
    header->resizeSection(BatchModel::Verdict, 240);
    header->setSectionResizeMode(BatchModel::Reason, QHeaderView::Stretch);
    m_table->setObjectName(QStringLiteral("batchTable"));

    auto *scanRow = new QHBoxLayout;
    scanRow->addWidget(m_scan, 1);
    scanRow->addWidget(m_paste);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_import);
    buttons->addWidget(m_export);
    buttons->addWidget(m_print);
    buttons->addWidget(m_clear);
    buttons->addStretch();
    buttons->addWidget(m_progress);
    buttons->addWidget(m_cancelButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(scanRow);
    layout->addLayout(buttons);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);

    connect(m_scan, &QLineEdit::returnPressed, this, &BatchPage::scanEntered);
    connect(m_paste, &QPushButton::clicked, this, &BatchPage::pasteLines);
    connect(m_import, &QPushButton::clicked, this, &BatchPage::chooseImport);
    connect(m_export, &QPushButton::clicked, this, &BatchPage::chooseExport);
    connect(m_print, &QPushButton::clicked, this, &BatchPage::printResults);
    connect(m_clear, &QPushButton::clicked, this, &BatchPage::clear);
    connect(m_cancelButton, &QPushButton::clicked, this, &BatchPage::cancelImport);
    connect(&m_watcher, &QFutureWatcher<std::shared_ptr<ImportOutcome>>::finished, this, &BatchPage::showImport);
    connect(&m_watcher, &QFutureWatcher<std::shared_ptr<ImportOutcome>>::progressValueChanged, m_progress,
            &QProgressBar::setValue);
    retranslate();
}

BatchPage::~BatchPage()
{
    m_cancel = true;
    m_watcher.waitForFinished();
}

const BatchReport &BatchPage::report() const
{
    return m_imported ? *m_imported : m_session->report();
}

void BatchPage::scanEntered()
{
    const QString line = m_scan->text();
    m_scan->clear();
    if (m_imported)
        clear(); // a new scan starts a new batch after an import
    if (!m_session->scan(line))
        return;
    m_model->rowsAppended();
    m_table->scrollToBottom();
    updateSummary();
}

void BatchPage::pasteLines()
{
    if (m_imported)
        clear();
    if (m_session->paste(QApplication::clipboard()->text()))
        m_model->rowsAppended();
    updateSummary();
}

void BatchPage::clear()
{
    m_imported.reset();
    m_session = std::make_unique<BatchSession>(m_catalogue, m_clock);
    m_model->setReport(&m_session->report());
    updateSummary();
}

void BatchPage::chooseImport()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import a CSV file"), QString(),
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

void BatchPage::importFile(const QString &path)
{
    if (m_watcher.isRunning())
        return;
    m_cancel = false;
    m_importError.clear();
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_cancelButton->setVisible(true);
    m_import->setEnabled(false);
    const QString cataloguePath = m_cataloguePath;
    const Clock &clock = m_clock;
    std::atomic_bool &cancel = m_cancel;
    // The worker opens its own catalogue connection: QtSql connections belong to their thread.
    m_watcher.setFuture(QtConcurrent::run([path, cataloguePath, &clock, &cancel](QPromise<std::shared_ptr<ImportOutcome>> &promise) {
        auto outcome = std::make_shared<ImportOutcome>();
        auto table = CsvReader::readFile(path);
        if (!table) {
            outcome->csvError = table.error();
            promise.addResult(outcome);
            return;
        }
        auto catalogue = Catalogue::open(cataloguePath);
        if (!catalogue) {
            outcome->catalogueError = catalogue.error();
            promise.addResult(outcome);
            return;
        }
        BatchChecker checker(**catalogue, clock);
        promise.setProgressRange(0, 100);
        checker.setProgress([&promise](qsizetype done, qsizetype total) {
            promise.setProgressValue(total > 0 ? int(done * 100 / total) : 100);
        });
        checker.setCancelled([&cancel] { return cancel.load(); });
        auto report = checker.run(*table);
        if (report)
            outcome->report = std::make_unique<BatchReport>(std::move(*report));
        else
            outcome->catalogueError = report.error();
        promise.addResult(outcome);
    }));
}

void BatchPage::showImport()
{
    m_progress->setVisible(false);
    m_cancelButton->setVisible(false);
    m_import->setEnabled(true);
    const auto outcome = m_watcher.result();
    const Texts texts(uiLanguage());
    if (outcome->csvError) {
        m_importError = tr("The file cannot be read as CSV (line %1).").arg(outcome->csvError->line);
        QMessageBox::warning(this, tr("Import a CSV file"), m_importError);
        emit importFinished(false);
        return;
    }
    if (outcome->catalogueError) {
        m_importError = texts.catalogueError(*outcome->catalogueError);
        QMessageBox::warning(this, tr("Import a CSV file"), m_importError);
        emit importFinished(false);
        return;
    }
    m_imported = std::move(outcome->report);
    m_model->setReport(m_imported.get());
    updateSummary();
    emit importFinished(true);
}

bool BatchPage::exportTo(const QString &path, QString *error) const
{
    return CsvWriter::writeFile(report(), path, error);
}

void BatchPage::chooseExport()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the results"), QStringLiteral("recall-check.csv"),
                                                      tr("CSV files (*.csv)"));
    QString error;
    if (!path.isEmpty() && !exportTo(path, &error))
        QMessageBox::warning(this, tr("Export the results"), tr("Cannot write %1: %2").arg(path, error));
}

void BatchPage::printResults()
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString html = QStringLiteral("<h2>%1</h2><p>%2</p><table border=\"1\" cellspacing=\"0\" cellpadding=\"3\"><tr>")
                       .arg(tr("Batch check").toHtmlEscaped(), m_summary->text().toHtmlEscaped());
    for (int c = 0; c < BatchModel::ColumnCount; ++c)
        html += QStringLiteral("<th>%1</th>").arg(m_model->headerData(c, Qt::Horizontal).toString().toHtmlEscaped());
    html += QStringLiteral("</tr>");
    for (int r = 0; r < m_model->rowCount(); ++r) {
        html += QStringLiteral("<tr>");
        for (int c = 0; c < BatchModel::ColumnCount; ++c)
            html += QStringLiteral("<td>%1</td>").arg(m_model->index(r, c).data().toString().toHtmlEscaped());
        html += QStringLiteral("</tr>");
    }
    QTextDocument document;
    document.setHtml(html + QStringLiteral("</table>"));
    document.print(&printer);
}

void BatchPage::updateSummary()
{
    const BatchSummary &s = report().summary();
    m_summary->setText(tr("%n row(s): %1 covered, %2 probably covered, %3 not covered, %4 no record, %5 to correct, "
                          "%6 duplicate serials.",
                          nullptr, s.rows)
                           .arg(s.affected)
                           .arg(s.likelyAffected)
                           .arg(s.notAffected)
                           .arg(s.noRecord)
                           .arg(s.invalidInput)
                           .arg(s.duplicates));
}

void BatchPage::retranslate()
{
    m_intro->setText(tr("Scan the barcode on the box (JAN), then the serial numbers of the units; or type a model "
                        "number or serial and press Enter. Each unit becomes a row."));
    m_scan->setPlaceholderText(tr("Scan or type a JAN, model number or serial number, then Enter"));
    m_scan->setAccessibleName(tr("Scan or type"));
    m_paste->setText(tr("Paste lines"));
    m_import->setText(tr("Import CSV…"));
    m_export->setText(tr("Export CSV…"));
    m_print->setText(tr("Print…"));
    m_clear->setText(tr("Clear"));
    m_cancelButton->setText(tr("Cancel"));
    updateSummary();
}

void BatchPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_model->setReport(&report());
    }
    QWidget::changeEvent(event);
}
