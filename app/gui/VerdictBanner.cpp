#include "VerdictBanner.h"

#include "StatusStyle.h"
#include "Texts.h"
#include "UiLanguage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace recall;


VerdictBanner::VerdictBanner(QWidget *parent)
    : QFrame(parent), m_badge(new QLabel(this)), m_headline(new QLabel(this)), m_body(new QLabel(this))
{
    setObjectName(QStringLiteral("verdict"));
    setFrameShape(QFrame::StyledPanel);
    m_headline->setWordWrap(true);
    m_headline->setObjectName(QStringLiteral("verdictHeadline"));
    m_body->setWordWrap(true);
    m_body->setOpenExternalLinks(true);
    m_body->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_badge->setAlignment(Qt::AlignTop);
    auto *text = new QVBoxLayout;
    text->addWidget(m_headline);
    text->addWidget(m_body);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_badge, 0, Qt::AlignTop);
    layout->addLayout(text, 1);
}

QString VerdictBanner::headline() const
{
    return m_headline->text();
}

void VerdictBanner::show(const CheckResult &result, const std::vector<Colour> &colours)
{
    Q_UNUSED(colours)
    const Texts texts(uiLanguage());
    const StatusLook look = StatusStyle::forVerdict(result.verdict, texts);
    m_badge->setPixmap(StatusStyle::badge(look, 56, devicePixelRatioF()));
    m_headline->setText(look.label);
    setStyleSheet(QStringLiteral("#verdict { border: 3px solid %1; border-radius: 8px; background: %2; }"
                                 "#verdictHeadline { color: %1; font-weight: bold; }")
                      .arg(look.background.name(), StatusStyle::tint(look.background).name()));
    setAccessibleName(look.label);

    QString html = QStringLiteral("<ul>");
    for (const Reason &r : result.reasons)
        html += QStringLiteral("<li>%1</li>").arg(texts.reason(r).toHtmlEscaped());
    if (result.serial) {
        for (const SerialProblem &p : result.serial->problems)
            html += QStringLiteral("<li>%1</li>").arg(Texts(uiLanguage()).serialProblem(p).toHtmlEscaped());
    }
    for (const CampaignMatch &m : result.matches) {
        for (const Reason &r : m.reasons) {
            const QString prefix = result.matches.size() > 1 ? m.campaign.id + QStringLiteral(": ") : QString();
            html += QStringLiteral("<li>%1%2</li>").arg(prefix.toHtmlEscaped(), texts.reason(r).toHtmlEscaped());
        }
        for (const Note &n : m.notes)
            html += QStringLiteral("<li><i>%1</i></li>").arg(texts.pick(n.text).toHtmlEscaped());
    }
    html += QStringLiteral("</ul><p><b>%1</b> %2</p>")
                .arg(tr("What to do:").toHtmlEscaped(), Texts(uiLanguage()).verdictNextStep(result.verdict).toHtmlEscaped());
    const CampaignMatch *decisive = result.decisive();
    if (decisive && (result.verdict == Verdict::Affected || result.verdict == Verdict::LikelyAffected)) {
        const Campaign &c = decisive->campaign;
        if (!c.officialUrl.isEmpty())
            html += QStringLiteral("<p>%1 <a href=\"%2\">%2</a></p>").arg(tr("Official page:").toHtmlEscaped(), c.officialUrl);
        if (c.phone)
            html += QStringLiteral("<p>%1 <b>%2</b> %3</p>")
                        .arg(tr("Phone:").toHtmlEscaped(), c.phone->number.toHtmlEscaped(),
                             texts.pick(c.phone->hours).toHtmlEscaped());
    }
    if (result.verdict == Verdict::NoRecord)
        html += QStringLiteral("<p>%1</p>").arg(Texts(uiLanguage()).noRecordStatement(result.dataAsOf).toHtmlEscaped());
    m_body->setText(html);
}
