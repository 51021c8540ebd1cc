#pragma once

#include "PackImporter.h"
#include "PackKeys.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

class QAction;
class QMessageBox;
class QProgressDialog;
class QWidget;

// File ▸ Import recall data… and File ▸ Undo the last data import: the GUI side of PackImporter and
// CatalogueSwitcher. A file dialog, a progress bar while the pack is checked and built on a worker thread,
// then a message with the summary of what changed or every problem found.
// The running window keeps the data it opened; the new data is used from the next start (offered at once).
class DataImport : public QObject
{
    Q_OBJECT

public:
    // What one import or undo did, in words for a message box.
    struct Outcome
    {
        bool changed = false;    // the active data changed: a restart uses it
        bool olderData = false;  // refused only because the pack is older: may be imported anyway
        QString text;            // the headline
        QStringList details;     // the summary, or each problem
    };

    DataImport(QWidget *window, QString dataDirectory, recall::PackKeyring trusted, bool acceptUnsigned);

    QAction *importAction() const { return m_import; }
    QAction *undoAction() const { return m_undo; }

    // The steps without dialogs (importPack on the calling thread).
    Outcome importPack(const QString &path, bool force) const;
    Outcome undoLastImport() const;

    // Imports on a worker thread behind a progress dialog; the outcome is shown (see setPresenter) and
    // importFinished is emitted.
    void startImport(const QString &path, bool force);
    // The message box that shows an outcome (not yet shown); the caller owns it.
    QMessageBox *outcomeBox(const Outcome &outcome, bool offerForce) const;
    // Test seam: what shows an outcome instead of a message box.
    using Presenter = std::function<void(const Outcome &outcome, bool offerForce, const QString &path)>;
    void setPresenter(Presenter presenter) { m_present = std::move(presenter); }

signals:
    void importFinished(const DataImport::Outcome &outcome);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void chooseAndImport();
    void confirmAndUndo();
    void show(const Outcome &outcome, bool offerForce, const QString &path);
    void retranslate();
    Outcome describe(const recall::Result<recall::ImportReport, recall::ImportFailure> &imported) const;
    recall::ImportOptions options(bool force) const;
    static QString stageText(recall::ImportStage stage);

    QWidget *m_window;
    QString m_dataDirectory;
    recall::PackKeyring m_trusted;
    bool m_acceptUnsigned;
    QAction *m_import;
    QAction *m_undo;
    Presenter m_present;
    QProgressDialog *m_progress = nullptr; // while an import runs
};
