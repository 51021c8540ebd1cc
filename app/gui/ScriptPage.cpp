#include "ScriptPage.h"

#include "PhoneScript.h"
#include "Texts.h"
#include "UiLanguage.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace recall;

ScriptPage::ScriptPage(Catalogue &catalogue, const Clock &clock, QWidget *parent)
    : QWidget(parent), m_catalogue(catalogue), m_clock(clock), m_language(uiLanguage()), m_title(new QLabel(this)),
      m_colourLabel(new QLabel(this)), m_colour(new QComboBox(this)), m_dateLabel(new QLabel(this)),
      m_date(new QLineEdit(this)), m_serialLabel(new QLabel(this)), m_serial(new QLineEdit(this)),
      m_languageChoice(new QComboBox(this)), m_script(new QTextBrowser(this)), m_copy(new QPushButton(this)),
      m_save(new QPushButton(this))
{
    m_title->setObjectName(QStringLiteral("sectionTitle"));
    m_title->setWordWrap(true);
    m_colourLabel->setBuddy(m_colour);
    m_dateLabel->setBuddy(m_date);
    m_serialLabel->setBuddy(m_serial);
    m_date->setMaxLength(32);
    m_serial->setMaxLength(1024);
    m_script->setObjectName(QStringLiteral("script"));
    m_languageChoice->addItem(QStringLiteral("日本語"), int(Language::Japanese));
    m_languageChoice->addItem(QStringLiteral("English"), int(Language::English));

    auto *answers = new QFormLayout;
    answers->addRow(m_colourLabel, m_colour);
    answers->addRow(m_dateLabel, m_date);
    answers->addRow(m_serialLabel, m_serial);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_languageChoice);
    buttons->addStretch();
    buttons->addWidget(m_copy);
    buttons->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(answers);
    layout->addLayout(buttons);
    layout->addWidget(m_script, 1);

    connect(m_colour, &QComboBox::currentIndexChanged, this, &ScriptPage::refresh);
    connect(m_date, &QLineEdit::textChanged, this, &ScriptPage::refresh);
    connect(m_serial, &QLineEdit::textChanged, this, &ScriptPage::refresh);
    connect(m_languageChoice, &QComboBox::currentIndexChanged, this, [this] {
        m_language = Language(m_languageChoice->currentData().toInt());
        refresh();
    });
    connect(m_copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(summary()); });
    connect(m_save, &QPushButton::clicked, this, &ScriptPage::saveCaseRequested);
    setScriptLanguage(m_language);
    retranslate();
}

void ScriptPage::setProduct(const ProductDetails *details)
{
    if (details == m_details)
        return;
    m_details = details;
    m_date->clear();
    m_serial->clear();
    fillColours();
    retranslate();
    refresh();
}

void ScriptPage::setScriptLanguage(Language language)
{
    m_languageChoice->setCurrentIndex(m_languageChoice->findData(int(language)));
    m_language = language;
    refresh();
}

void ScriptPage::toggleScriptLanguage()
{
    setScriptLanguage(m_language == Language::Japanese ? Language::English : Language::Japanese);
}

void ScriptPage::fillColours()
{
    const QSignalBlocker block(m_colour);
    m_colour->clear();
    m_colour->addItem(tr("Not asked yet"), QString());
    if (!m_details)
        return;
    const Texts texts(uiLanguage());
    for (const QString &id : m_details->product.colourIds())
        m_colour->addItem(texts.colourName(id, m_details->colours), id);
}

void ScriptPage::refresh()
{
    const bool ready = m_details != nullptr;
    for (QWidget *w : std::initializer_list<QWidget *>{m_colour, m_date, m_serial, m_copy, m_save})
        w->setEnabled(ready);
    if (!ready) {
        m_script->setHtml(QStringLiteral("<p>%1</p>").arg(tr("Open a product on the Look up tab first: the script is "
                                                             "for the product open there.").toHtmlEscaped()));
        return;
    }
    CheckRequest request;
    request.product = m_details->product.model;
    request.colour = m_colour->currentData().toString();
    request.purchased = m_date->text();
    request.serial = m_serial->text();
    auto checked = EligibilityChecker(m_catalogue, m_clock).check(request);
    if (!checked)
        return;
    m_request = request;
    m_result = std::move(*checked);
    QString html = QStringLiteral("<ol>");
    for (const PhoneScript::Line &line : PhoneScript(*m_details, m_result, m_language).lines()) {
        const QString text = line.text.toHtmlEscaped();
        html += line.kind == PhoneScript::Line::Kind::Ask
                    ? QStringLiteral("<li style=\"margin-bottom:6px;\"><b style=\"color:#2B5CA8;\">%1</b></li>").arg(text)
                    : QStringLiteral("<li style=\"margin-bottom:6px;\">%1</li>").arg(text);
    }
    m_script->setHtml(html + QStringLiteral("</ol>"));
}

QString ScriptPage::scriptText() const
{
    return m_script->toPlainText();
}

QString ScriptPage::summary() const
{
    return m_details ? PhoneScript(*m_details, m_result, m_language).summary(QDateTime::currentDateTime()) : QString();
}

void ScriptPage::retranslate()
{
    m_title->setText(m_details ? tr("Phone script: %1 (%2)")
                                     .arg(Texts(uiLanguage()).pick(m_details->product.name), m_details->product.model)
                               : tr("Phone script"));
    m_colourLabel->setText(tr("Caller's &colour"));
    m_dateLabel->setText(tr("Caller's &purchase date"));
    m_date->setPlaceholderText(tr("optional, for example 2024-05-31"));
    m_serialLabel->setText(tr("Caller's &serial number"));
    m_serial->setPlaceholderText(tr("optional, 16 characters starting with A"));
    m_languageChoice->setToolTip(tr("Language of the script (F9 switches it)"));
    m_languageChoice->setAccessibleName(tr("Language of the script"));
    m_copy->setText(tr("Copy summary"));
    m_copy->setToolTip(tr("Put a plain-text case summary on the clipboard for your ticket system"));
    m_save->setText(tr("Save as case"));
    if (m_colour->count() > 0)
        m_colour->setItemText(0, tr("Not asked yet"));
    if (m_details) {
        const Texts texts(uiLanguage());
        for (int i = 1; i < m_colour->count(); ++i)
            m_colour->setItemText(i, texts.colourName(m_colour->itemData(i).toString(), m_details->colours));
    }
}

void ScriptPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();
    }
    QWidget::changeEvent(event);
}
