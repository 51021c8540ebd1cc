#pragma once

#include "CaseStore.h"
#include "Model.h"

#include <QWidget>

class CasesModel;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;

// The case log: saved checks, filtered by date, result, status and text; the selected case's status and
// note can be changed; the list can be exported as CSV. Without a case store (the user database could
// not be opened) the page says why and lookups go on working.
class CasesPage : public QWidget
{
    Q_OBJECT

public:
    CasesPage(recall::CaseStore *store, QString unavailableReason, std::vector<recall::Colour> colours,
              QWidget *parent = nullptr);

    // Saves a new case and shows it; returns its id, or 0 after telling the user why it failed.
    qint64 addCase(const recall::CaseRecord &record);
    void reload();
    CasesModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    bool exportTo(const QString &path, QString *error) const;
    bool saveSelected(const QString &note, recall::CaseStatus status);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    recall::CaseFilter filter() const;
    void showSelected();
    void chooseExport();
    void report(const recall::CaseStoreError &error);

    recall::CaseStore *m_store;
    QString m_unavailable;
    CasesModel *m_model;
    QLabel *m_status;
    QLineEdit *m_from;
    QLineEdit *m_to;
    QComboBox *m_verdict;
    QComboBox *m_caseStatus;
    QLineEdit *m_text;
    QTableView *m_table;
    QComboBox *m_editStatus;
    QPlainTextEdit *m_editNote;
    QPushButton *m_save;
    QPushButton *m_export;
};
