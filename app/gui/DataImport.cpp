#include "DataImport.h"

#include "CatalogueSwitcher.h"
#include "ImportTexts.h"
#include "PackImporter.h"
#include "UiLanguage.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QMessageBox>
#include <QPointer>
#include <QProcess>
#include <QProgressDialog>
#include <QPushButton>
#include <QWidget>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <memory>

using namespace recall;

DataImport::DataImport(QWidget *window, QString dataDirectory, PackKeyring trusted, bool acceptUnsigned)
    : QObject(window), m_window(window), m_dataDirectory(std::move(dataDirectory)), m_trusted(std::move(trusted)),
      m_acceptUnsigned(acceptUnsigned), m_import(new QAction(this)), m_undo(new QAction(this))
{
    m_import->setObjectName(QStringLiteral("importData"));
    m_undo->setObjectName(QStringLiteral("undoDataImport"));
    connect(m_import, &QAction::triggered, this, &DataImport::chooseAndImport);
    connect(m_undo, &QAction::triggered, this, &DataImport::confirmAndUndo);
    m_present = [this](const Outcome &outcome, bool offerForce, const QString &path) { show(outcome, offerForce, path); };
    m_window->installEventFilter(this);
    retranslate();
}

bool DataImport::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void DataImport::retranslate()
{
    m_import->setText(tr("&Import recall data…"));
    m_import->setStatusTip(tr("Take newer recall data from a signed data pack file."));
    m_undo->setText(tr("&Undo the last data import"));
    m_undo->setStatusTip(tr("Go back to the recall data used before the last import."));
}

ImportOptions DataImport::options(bool force) const
{
    ImportOptions options;
    options.force = force;
    options.acceptUnsigned = m_acceptUnsigned;
    return options;
}

DataImport::Outcome DataImport::importPack(const QString &path, bool force) const
{
    return describe(PackImporter(m_dataDirectory, m_trusted).import(path, options(force)));
}

DataImport::Outcome DataImport::describe(const Result<ImportReport, ImportFailure> &imported) const
{
    const ImportTexts words(uiLanguage());
    Outcome outcome;
    if (m_acceptUnsigned)
        outcome.details << words.unsignedAccepted();
    if (imported) {
        outcome.changed = true;
        outcome.text = tr("The recall data was imported. Restart Recall Lookup to use it.");
        outcome.details << words.summary(*imported);
        return outcome;
    }
    if (const auto &storage = imported.error().storage) {
        outcome.text = words.storageError(*storage);
        return outcome;
    }
    const PackProblems &problems = imported.error().problems;
    outcome.text = words.refused(int(problems.size()));
    for (const PackProblem &p : problems)
        outcome.details << words.packProblem(p);
    outcome.olderData = std::all_of(problems.begin(), problems.end(),
                                    [](const PackProblem &p) { return p.kind == PackProblem::Kind::OlderData; });
    return outcome;
}

QString DataImport::stageText(ImportStage stage)
{
    switch (stage) {
    case ImportStage::Verifying: return tr("Checking the signature and the contents of the data pack…");
    case ImportStage::ReadingRecords: return tr("Checking every record…");
    case ImportStage::Building: return tr("Preparing the new recall data…");
    case ImportStage::Checking: return tr("Checking the new recall data…");
    case ImportStage::Switching: return tr("Switching to the new recall data…");
    }
    return {};
}

void DataImport::startImport(const QString &path, bool force)
{
    if (m_progress)
        return; // one import at a time
    m_progress = new QProgressDialog(stageText(ImportStage::Verifying), QString(), 0, importStageCount, m_window);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setWindowTitle(tr("Import recall data"));
    m_progress->setCancelButton(nullptr); // an import is short and must not stop half-way
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(0);
    m_progress->setAutoClose(false);
    m_progress->setValue(0);

    const QPointer<QProgressDialog> dialog = m_progress;
    ImportOptions importOptions = options(force);
    importOptions.progress = [dialog](ImportStage stage) {
        QMetaObject::invokeMethod(dialog, [dialog, stage] {
            if (dialog) {
                dialog->setValue(int(stage));
                dialog->setLabelText(stageText(stage));
            }
        });
    };
    using Imported = Result<ImportReport, ImportFailure>;
    auto *watcher = new QFutureWatcher<Imported>(this);
    connect(watcher, &QFutureWatcher<Imported>::finished, this, [this, watcher, path] {
        const Outcome outcome = describe(watcher->result());
        watcher->deleteLater();
        m_progress->setValue(importStageCount);
        m_progress->deleteLater();
        m_progress = nullptr;
        emit importFinished(outcome);
        m_present(outcome, outcome.olderData, path);
    });
    const QString dataDirectory = m_dataDirectory;
    const PackKeyring trusted = m_trusted;
    watcher->setFuture(QtConcurrent::run([dataDirectory, trusted, path, importOptions] {
        return PackImporter(dataDirectory, trusted).import(path, importOptions);
    }));
}

DataImport::Outcome DataImport::undoLastImport() const
{
    const ImportTexts words(uiLanguage());
    Outcome outcome;
    auto rolled = CatalogueSwitcher(m_dataDirectory).rollBack();
    if (!rolled) {
        outcome.text = words.storageError(rolled.error());
        return outcome;
    }
    outcome.changed = true;
    outcome.text = words.sentences({words.rolledBack(*rolled), tr("Restart Recall Lookup to use it.")});
    return outcome;
}

void DataImport::chooseAndImport()
{
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Import recall data"), QString(),
                                                      tr("Recall data packs (*.rlpack);;All files (*)"));
    if (path.isEmpty())
        return;
    startImport(path, false);
}

void DataImport::confirmAndUndo()
{
    const auto answer = QMessageBox::question(m_window, tr("Undo the last data import"),
                                              tr("Go back to the recall data used before the last import?"));
    if (answer == QMessageBox::Yes)
        show(undoLastImport(), false, {});
}

QMessageBox *DataImport::outcomeBox(const Outcome &outcome, bool offerForce) const
{
    auto *box = new QMessageBox(outcome.changed ? QMessageBox::Information : QMessageBox::Warning, tr("Recall data"),
                                outcome.text, QMessageBox::NoButton, m_window);
    if (!outcome.details.isEmpty()) {
        box->setInformativeText(outcome.details.mid(0, 8).join(u'\n'));
        box->setDetailedText(outcome.details.join(u'\n'));
    }
    if (outcome.changed)
        box->addButton(tr("Restart now"), QMessageBox::AcceptRole)->setObjectName(QStringLiteral("restart"));
    if (offerForce)
        box->addButton(tr("Import anyway"), QMessageBox::DestructiveRole)->setObjectName(QStringLiteral("importAnyway"));
    box->addButton(outcome.changed ? tr("Later") : tr("Close"), QMessageBox::RejectRole);
    return box;
}

void DataImport::show(const Outcome &outcome, bool offerForce, const QString &path)
{
    const std::unique_ptr<QMessageBox> box(outcomeBox(outcome, offerForce));
    box->exec();
    const QString clicked = box->clickedButton() ? box->clickedButton()->objectName() : QString();
    if (clicked == u"importAnyway") {
        startImport(path, true);
    } else if (clicked == u"restart") {
        QProcess::startDetached(QApplication::applicationFilePath(), QApplication::arguments().mid(1));
        m_window->close();
    }
}
