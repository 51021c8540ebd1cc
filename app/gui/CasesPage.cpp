#include "CasesPage.h"

#include "CaseCsv.h"
#include "CasesModel.h"
#include "Eligibility.h"
#include "PurchaseDate.h"
#include "Texts.h"
#include "UiLanguage.h"

#include <QComboBox>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QTableView>
#include <QVBoxLayout>

using namespace recall;

namespace {
const CaseStatus statuses[] = {CaseStatus::Open, CaseStatus::KitRequested, CaseStatus::Returned, CaseStatus::Replaced,
                               CaseStatus::Closed};
const Verdict verdicts[] = {Verdict::Affected, Verdict::LikelyAffected, Verdict::NotAffected, Verdict::NoRecord,
                            Verdict::InvalidInput};
} // namespace

CasesPage::CasesPage(CaseStore *store, QString unavailableReason, std::vector<Colour> colours, QWidget *parent)
    : QWidget(parent), m_store(store), m_unavailable(std::move(unavailableReason)), m_model(new CasesModel(this)),
      m_status(new QLabel(this)), m_from(new QLineEdit(this)), m_to(new QLineEdit(this)), m_verdict(new QComboBox(this)),
      m_caseStatus(new QComboBox(this)), m_text(new QLineEdit(this)), m_table(new QTableView(this)),
      m_editStatus(new QComboBox(this)), m_editNote(new QPlainTextEdit(this)), m_save(new QPushButton(this)),
      m_export(new QPushButton(this))
{
    m_status->setWordWrap(true);
    m_from->setMaxLength(32);
    m_to->setMaxLength(32);
    m_text->setMaxLength(200);
    m_model->setColours(std::move(colours));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(CasesModel::Note, QHeaderView::Stretch);
    m_editNote->setMaximumHeight(90);

    auto *filters = new QHBoxLayout;
    for (QWidget *w : std::initializer_list<QWidget *>{m_from, m_to, m_verdict, m_caseStatus})
        filters->addWidget(w);
    filters->addWidget(m_text, 1);
    filters->addWidget(m_export);
    auto *editor = new QHBoxLayout;
    editor->addWidget(m_editStatus);
    editor->addWidget(m_editNote, 1);
    editor->addWidget(m_save, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addLayout(editor);

    for (QLineEdit *e : {m_from, m_to, m_text})
        connect(e, &QLineEdit::textChanged, this, &CasesPage::reload);
    for (QComboBox *c : {m_verdict, m_caseStatus})
        connect(c, &QComboBox::currentIndexChanged, this, &CasesPage::reload);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CasesPage::showSelected);
    connect(m_save, &QPushButton::clicked, this, [this] {
        saveSelected(m_editNote->toPlainText(), CaseStatus(m_editStatus->currentData().toInt()));
    });
    connect(m_export, &QPushButton::clicked, this, &CasesPage::chooseExport);
    retranslate();
    reload();
}

CaseFilter CasesPage::filter() const
{
    CaseFilter f;
    const QDate today = QDate::currentDate();
    const auto day = [&](const QLineEdit *edit) -> std::optional<QDate> {
        const PurchaseDateParse parsed = parsePurchaseDate(edit->text(), today.addYears(100));
        return parsed.status == PurchaseDateParse::Status::Valid ? std::optional<QDate>(parsed.date) : std::nullopt;
    };
    f.from = day(m_from);
    f.to = day(m_to);
    f.verdict = m_verdict->currentData().toString();
    if (m_caseStatus->currentData().toInt() >= 0)
        f.status = CaseStatus(m_caseStatus->currentData().toInt());
    f.text = m_text->text().trimmed();
    return f;
}

void CasesPage::reload()
{
    const Texts texts(uiLanguage());
    if (!m_store) {
        m_status->setText(m_unavailable);
        setEnabled(true);
        for (QWidget *w : findChildren<QWidget *>())
            w->setEnabled(w == m_status);
        return;
    }
    auto cases = m_store->list(filter());
    if (!cases) {
        report(cases.error());
        return;
    }
    m_status->setText(tr("%n case(s) shown. The case log holds no names or phone numbers unless you type them "
                         "into a note.",
                         nullptr, int(cases->size())));
    m_model->setCases(std::move(*cases));
}

qint64 CasesPage::addCase(const CaseRecord &record)
{
    if (!m_store) {
        QMessageBox::warning(this, tr("Case log"), m_unavailable);
        return 0;
    }
    auto id = m_store->add(record);
    if (!id) {
        report(id.error());
        return 0;
    }
    reload();
    return *id;
}

bool CasesPage::saveSelected(const QString &note, CaseStatus status)
{
    const CaseRecord *c = m_model->caseAt(m_table->currentIndex().row());
    if (!m_store || !c)
        return false;
    auto updated = m_store->update(c->id, note.left(CaseRecord::maxNoteLength), status);
    if (!updated) {
        report(updated.error());
        return false;
    }
    const int row = m_table->currentIndex().row();
    reload();
    m_table->selectRow(row);
    return true;
}

void CasesPage::showSelected()
{
    const CaseRecord *c = m_model->caseAt(m_table->currentIndex().row());
    m_save->setEnabled(c != nullptr);
    if (!c)
        return;
    m_editStatus->setCurrentIndex(m_editStatus->findData(int(c->status)));
    m_editNote->setPlainText(c->note);
}

bool CasesPage::exportTo(const QString &path, QString *error) const
{
    std::vector<CaseRecord> cases;
    for (int row = 0; row < m_model->rowCount(); ++row)
        cases.push_back(*m_model->caseAt(row));
    QSaveFile file(path);
    const QByteArray bytes = CaseCsv::encode(cases);
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit())
        return true;
    if (error)
        *error = file.errorString();
    return false;
}

void CasesPage::chooseExport()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the case log"), QStringLiteral("cases.csv"),
                                                      tr("CSV files (*.csv)"));
    QString error;
    if (!path.isEmpty() && !exportTo(path, &error))
        QMessageBox::warning(this, tr("Export the case log"), tr("Cannot write %1: %2").arg(path, error));
}

void CasesPage::report(const CaseStoreError &error)
{
    const QString text = Texts(uiLanguage()).caseStoreError(error);
    m_status->setText(text);
    QMessageBox::warning(this, tr("Case log"), text);
}

void CasesPage::retranslate()
{
    const Texts texts(uiLanguage());
    m_from->setPlaceholderText(tr("from YYYY-MM-DD"));
    m_to->setPlaceholderText(tr("to YYYY-MM-DD"));
    m_from->setAccessibleName(tr("First day"));
    m_to->setAccessibleName(tr("Last day"));
    m_text->setPlaceholderText(tr("Search model, serial or note"));
    m_text->setAccessibleName(tr("Search the case log"));
    const QSignalBlocker a(m_verdict), b(m_caseStatus), c(m_editStatus);
    const QString verdict = m_verdict->currentData().toString();
    const int status = m_caseStatus->currentData().isValid() ? m_caseStatus->currentData().toInt() : -1;
    m_verdict->clear();
    m_verdict->addItem(tr("Any result"), QString());
    for (Verdict v : verdicts)
        m_verdict->addItem(texts.verdictHeadline(v), verdictKey(v));
    m_verdict->setCurrentIndex(std::max(0, m_verdict->findData(verdict)));
    m_caseStatus->clear();
    m_editStatus->clear();
    m_caseStatus->addItem(tr("Any status"), -1);
    for (CaseStatus s : statuses) {
        m_caseStatus->addItem(texts.caseStatus(s), int(s));
        m_editStatus->addItem(texts.caseStatus(s), int(s));
    }
    m_caseStatus->setCurrentIndex(std::max(0, m_caseStatus->findData(status)));
    m_editNote->setPlaceholderText(tr("Note (no names or phone numbers unless needed)"));
    m_save->setText(tr("Save changes"));
    m_export->setText(tr("Export CSV…"));
}

void CasesPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        reload();
    }
    QWidget::changeEvent(event);
}
