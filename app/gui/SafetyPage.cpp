#include "SafetyPage.h"

#include <QEvent>
#include <QGridLayout>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

namespace {
const char *const icons[] = {"hot", "swollen", "smoke", "smell", "no_recycling_box"};
} // namespace

SafetyPage::SafetyPage(QWidget *parent) : QWidget(parent), m_title(new QLabel(this))
{
    m_title->setObjectName(QStringLiteral("pageTitle"));
    m_title->setWordWrap(true);
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(16);
    grid->setVerticalSpacing(14);
    int row = 0;
    for (const char *icon : icons) {
        auto *picture = new QLabel(this);
        picture->setPixmap(QIcon(QStringLiteral(":/icons/safety/%1.svg").arg(QLatin1String(icon))).pixmap(56, 56));
        picture->setAlignment(Qt::AlignTop);
        auto *text = new QLabel(this);
        text->setWordWrap(true);
        m_texts << text;
        grid->addWidget(picture, row, 0, Qt::AlignTop);
        grid->addWidget(text, row, 1);
        ++row;
    }
    grid->setColumnStretch(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(grid);
    layout->addStretch();
    retranslate();
}

void SafetyPage::retranslate()
{
    m_title->setText(tr("Battery hot, swollen, smoking or smelling? Act now"));
    const QString texts[] = {
        tr("<b>Hot:</b> unplug it at once and stop charging. Do not touch it with bare hands if it is very hot. "
           "Put it on a non-flammable surface such as a metal tray or a tiled floor, away from anything that can burn."),
        tr("<b>Swollen:</b> stop using it and do not charge it again. Do not press, pierce or try to open it. Keep "
           "it away from heat and direct sunlight."),
        tr("<b>Smoke or fire:</b> get away from it and keep others away. If there is fire, call 119. Large "
           "amounts of water help cool a burning battery; do not pick it up."),
        tr("<b>Strange smell or noise:</b> stop using it, unplug it and keep it away from anything that can burn. "
           "Contact the maker before using it again."),
        tr("<b>Never put a recalled battery in a shop's battery recycling box.</b> A damaged battery can start a "
           "fire there. Follow the maker's recall instructions to send it back instead."),
    };
    for (int i = 0; i < m_texts.size(); ++i)
        m_texts[i]->setText(texts[i]);
}

void SafetyPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
