#include "CheckPanel.h"

#include "HandoutBar.h"
#include "SerialNumber.h"
#include "Texts.h"
#include "UiLanguage.h"
#include "VerdictBanner.h"

#include <QCalendarWidget>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace recall;

CheckPanel::CheckPanel(Catalogue &catalogue, const Clock &clock, QWidget *parent)
    : QWidget(parent), m_catalogue(catalogue), m_clock(clock), m_intro(new QLabel(this)),
      m_colourLabel(new QLabel(this)), m_colour(new QComboBox(this)), m_dateLabel(new QLabel(this)),
      m_date(new QLineEdit(this)), m_calendar(new QPushButton(this)), m_dateHint(new QLabel(this)),
      m_serialLabel(new QLabel(this)), m_serial(new QLineEdit(this)), m_serialWhere(new QLabel(this)),
      m_serialFeedback(new QLabel(this)), m_verdict(new VerdictBanner(this)),
      m_handout(new HandoutBar([this] { return std::make_pair(m_details, m_details ? &m_result : nullptr); }, this))
{
    for (QLabel *l : {m_intro, m_dateHint, m_serialWhere, m_serialFeedback})
        l->setWordWrap(true);
    m_dateHint->setObjectName(QStringLiteral("hint"));
    m_serialWhere->setObjectName(QStringLiteral("hint"));
    m_serialFeedback->setObjectName(QStringLiteral("hint"));
    m_colourLabel->setBuddy(m_colour);
    m_dateLabel->setBuddy(m_date);
    m_serialLabel->setBuddy(m_serial);
    m_date->setMaxLength(32);
    m_serial->setMaxLength(SerialNumber::maxInputLength);
    m_date->setObjectName(QStringLiteral("purchaseDate"));
    m_serial->setObjectName(QStringLiteral("serial"));
    m_colour->setObjectName(QStringLiteral("colour"));

    auto *dateRow = new QHBoxLayout;
    dateRow->addWidget(m_date, 1);
    dateRow->addWidget(m_calendar);
    auto *dateField = new QVBoxLayout;
    dateField->addLayout(dateRow);
    dateField->addWidget(m_dateHint);
    auto *serialField = new QVBoxLayout;
    serialField->addWidget(m_serial);
    serialField->addWidget(m_serialWhere);
    serialField->addWidget(m_serialFeedback);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(m_colourLabel, m_colour);
    form->addRow(m_dateLabel, dateField);
    form->addRow(m_serialLabel, serialField);
    auto *inputs = new QVBoxLayout;
    inputs->addWidget(m_intro);
    inputs->addLayout(form);
    inputs->addStretch();
    // The answer sits beside the questions, so it is in view while the person types.
    auto *layout = new QHBoxLayout(this);
    layout->addLayout(inputs, 1);
    layout->addSpacing(12);
    auto *answer = new QVBoxLayout;
    answer->addWidget(m_verdict);
    answer->addWidget(m_handout);
    answer->addStretch();
    layout->addLayout(answer, 1);

    connect(m_colour, &QComboBox::currentIndexChanged, this, [this] {
        const int row = m_colour->currentData().toInt();
        if (row >= 0)
            emit colourChosen(row);
        runCheck();
    });
    connect(m_date, &QLineEdit::textChanged, this, &CheckPanel::runCheck);
    connect(m_serial, &QLineEdit::textChanged, this, [this] {
        showSerialFeedback();
        runCheck();
    });
    connect(m_calendar, &QPushButton::clicked, this, &CheckPanel::pickDate);
    retranslate();
}

void CheckPanel::setProduct(const ProductDetails *details)
{
    m_details = details;
    m_date->clear();
    m_serial->clear();
    fillColours();
    retranslate();
    runCheck();
}

void CheckPanel::fillColours()
{
    const QSignalBlocker block(m_colour);
    const int previous = m_colour->currentData().toInt();
    m_colour->clear();
    m_colour->addItem(tr("I don't know the colour"), -1);
    if (!m_details)
        return;
    const Texts texts(uiLanguage());
    const auto &variants = m_details->product.variants;
    for (std::size_t i = 0; i < variants.size(); ++i) {
        QString label = texts.colourName(variants[i].colourId, m_details->colours);
        if (!variants[i].code.isEmpty())
            label += QStringLiteral(" (%1)").arg(variants[i].code);
        m_colour->addItem(label, int(i));
    }
    const int index = m_colour->findData(previous);
    m_colour->setCurrentIndex(index < 0 ? 0 : index);
}

void CheckPanel::setColourRow(int variantRow)
{
    const int index = m_colour->findData(variantRow);
    if (index >= 0 && index != m_colour->currentIndex())
        m_colour->setCurrentIndex(index);
}

void CheckPanel::setSerial(const QString &serial)
{
    m_serial->setText(serial);
}

void CheckPanel::setPurchaseDate(const QString &date)
{
    m_date->setText(date);
}

QString CheckPanel::verdictHeadline() const
{
    return m_verdict->headline();
}

void CheckPanel::pickDate()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Purchase date"));
    auto *calendar = new QCalendarWidget(&dialog);
    calendar->setMaximumDate(m_clock.today());
    const QDate typed = QDate::fromString(m_date->text(), Qt::ISODate);
    calendar->setSelectedDate(typed.isValid() ? typed : m_clock.today());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(calendar, &QCalendarWidget::activated, &dialog, &QDialog::accept);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(calendar);
    layout->addWidget(buttons);
    if (dialog.exec() == QDialog::Accepted)
        m_date->setText(calendar->selectedDate().toString(Qt::ISODate));
}

void CheckPanel::showSerialFeedback()
{
    const QString typed = m_serial->text();
    if (typed.trimmed().isEmpty()) {
        m_serialFeedback->clear();
        return;
    }
    const SerialCheck check = SerialNumber::check(typed);
    QStringList lines;
    if (check.valid)
        lines << tr("Serial number format OK: %1").arg(check.normalized);
    for (const SerialProblem &p : check.problems)
        lines << Texts(uiLanguage()).serialProblem(p);
    for (const ConfusableCharacter &c : check.confusable)
        lines << Texts(uiLanguage()).confusableHint(c);
    m_serialFeedback->setText(lines.join(u'\n'));
}

void CheckPanel::runCheck()
{
    if (!m_details)
        return;
    CheckRequest request;
    const int row = m_colour->currentData().toInt();
    const Variant *variant = row >= 0 ? &m_details->product.variants[std::size_t(row)] : nullptr;
    request.key = CheckRequest::Key::Model;
    request.product = m_details->product.model;
    if (variant)
        request.colour = variant->colourId;
    request.purchased = m_date->text();
    request.serial = m_serial->text();
    auto result = EligibilityChecker(m_catalogue, m_clock).check(request);
    if (!result)
        return;
    m_request = request;
    m_result = std::move(*result);
    m_verdict->show(m_result, m_details->colours);
}

void CheckPanel::retranslate()
{
    m_intro->setText(tr("Tell us about the unit you have. Only the colour is needed; the purchase date and the serial "
                        "number make the answer more certain."));
    m_colourLabel->setText(tr("&Colour"));
    m_dateLabel->setText(tr("&Purchase date"));
    m_date->setPlaceholderText(tr("optional, for example 2024-05-31"));
    m_date->setAccessibleName(tr("Purchase date, year-month-day"));
    m_calendar->setText(tr("Calendar…"));
    m_calendar->setAccessibleName(tr("Choose the purchase date from a calendar"));
    m_dateHint->setText(tr("If you do not remember the exact day, leave it empty."));
    m_serialLabel->setText(tr("&Serial number"));
    m_serial->setPlaceholderText(tr("optional, 16 characters starting with A"));
    m_serial->setAccessibleName(tr("Serial number"));
    m_colour->setAccessibleName(tr("Colour of your product"));
    QString where;
    if (m_details) {
        const Texts texts(uiLanguage());
        for (const ProductCampaign &pc : m_details->campaigns) {
            if (!pc.entry().serialLocation.isEmpty()) {
                where = texts.pick(pc.entry().serialLocation);
                break;
            }
        }
    }
    m_serialWhere->setText(where.isEmpty() ? tr("The sources do not say where the serial number is on this product.")
                                           : tr("Where to find it: %1").arg(where));
    m_colour->setItemText(0, tr("I don't know the colour"));
}

void CheckPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        fillColours();
        retranslate();
        showSerialFeedback();
        runCheck();
    }
    QWidget::changeEvent(event);
}
