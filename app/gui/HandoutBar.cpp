#include "HandoutBar.h"

#include "Handout.h"
#include "UiLanguage.h"

#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>

using namespace recall;

HandoutBar::HandoutBar(Source source, QWidget *parent)
    : QWidget(parent), m_source(std::move(source)), m_language(new QComboBox(this)), m_print(new QPushButton(this)),
      m_save(new QPushButton(this))
{
    m_language->addItem(QStringLiteral("日本語"), int(Language::Japanese));
    m_language->addItem(QStringLiteral("English"), int(Language::English));
    m_language->setCurrentIndex(uiLanguage() == Language::Japanese ? 0 : 1);
    m_print->setIcon(QIcon(QStringLiteral(":/icons/ui/print.svg")));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_language);
    layout->addWidget(m_print);
    layout->addWidget(m_save);
    layout->addStretch();
    connect(m_print, &QPushButton::clicked, this, &HandoutBar::printHandout);
    connect(m_save, &QPushButton::clicked, this, &HandoutBar::saveHandout);
    retranslate();
}

Language HandoutBar::handoutLanguage() const
{
    return Language(m_language->currentData().toInt());
}

void HandoutBar::printHandout()
{
    const auto [details, result] = m_source();
    if (!details || !result)
        return;
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print handout"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    Handout(*details, *result, handoutLanguage()).print(printer);
}

void HandoutBar::saveHandout()
{
    const auto [details, result] = m_source();
    if (!details || !result)
        return;
    QString path = m_savePath;
    if (path.isEmpty()) {
        path = QFileDialog::getSaveFileName(this, tr("Save handout as PDF"),
                                            QStringLiteral("recall-%1.pdf").arg(details->product.model),
                                            tr("PDF files (*.pdf)"));
        if (path.isEmpty())
            return;
    }
    const QString failure = Handout(*details, *result, handoutLanguage()).savePdf(path);
    if (!failure.isEmpty())
        QMessageBox::warning(this, tr("Save handout as PDF"), tr("The handout could not be saved to %1.").arg(failure));
}

void HandoutBar::retranslate()
{
    m_language->setToolTip(tr("Language of the handout"));
    m_language->setAccessibleName(tr("Language of the handout"));
    m_print->setText(tr("Print handout…"));
    m_save->setText(tr("Save handout as PDF…"));
}

void HandoutBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
