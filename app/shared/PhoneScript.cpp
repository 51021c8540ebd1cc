#include "PhoneScript.h"

#include "Texts.h"
#include "Translations.h"

using namespace recall;

PhoneScript::PhoneScript(const ProductDetails &details, const CheckResult &result, Language language)
    : m_details(details), m_result(result), m_language(language)
{
}

QString PhoneScript::t(const char *source) const
{
    return Translations::translate(m_language, "PhoneScript", source);
}

const Campaign *PhoneScript::mainCampaign() const
{
    if (const CampaignMatch *decisive = m_result.decisive())
        return &decisive->campaign;
    return m_details.campaigns.empty() ? nullptr : &m_details.campaigns.front().campaign;
}

std::vector<PhoneScript::Line> PhoneScript::lines() const
{
    const Texts texts(m_language);
    const Campaign *c = mainCampaign();
    std::vector<Line> out;
    const auto say = [&](const QString &text) { out.push_back({Line::Kind::Say, text}); };
    const auto ask = [&](const QString &text) { out.push_back({Line::Kind::Ask, text}); };
    const QString product = texts.pick(m_details.product.name) + QStringLiteral(" (") + m_details.product.model + u')';

    if (c) {
        say(t(QT_TRANSLATE_NOOP("PhoneScript", "Thank you for calling about the recall of the %1. %2 announced it on %3."))
                .arg(product, texts.pick(c->manufacturer), texts.date(c->announced)));
        if (!c->hazard.isEmpty())
            say(t(QT_TRANSLATE_NOOP("PhoneScript", "The reason: %1")).arg(texts.pick(c->hazard)));
    } else {
        say(t(QT_TRANSLATE_NOOP("PhoneScript", "Thank you for calling about the %1.")).arg(product));
    }
    say(t(QT_TRANSLATE_NOOP("PhoneScript",
                            "First, your safety: please stop using it for now. If it is hot, swollen, smoking or smells, "
                            "unplug it, put it on something that does not burn, such as a metal tray, and keep away from "
                            "it. If there is smoke or fire, call 119.")));

    if (m_result.colourId.isEmpty())
        ask(t(QT_TRANSLATE_NOOP("PhoneScript", "What colour is your unit?")));
    else
        say(t(QT_TRANSLATE_NOOP("PhoneScript", "Your unit's colour: %1.")).arg(texts.colourName(m_result.colourId, m_details.colours)));
    if (!m_result.purchased)
        ask(t(QT_TRANSLATE_NOOP("PhoneScript", "Do you remember when you bought it? The month and year are enough.")));
    else
        say(t(QT_TRANSLATE_NOOP("PhoneScript", "You bought it on %1.")).arg(texts.date(*m_result.purchased)));
    QString where;
    for (const ProductCampaign &pc : m_details.campaigns) {
        if (where.isEmpty() && !pc.entry().serialLocation.isEmpty())
            where = texts.pick(pc.entry().serialLocation);
    }
    if (!m_result.serial || !m_result.serial->valid) {
        ask(where.isEmpty() ? t(QT_TRANSLATE_NOOP("PhoneScript", "Could you read me the serial number on the product?"))
                            : t(QT_TRANSLATE_NOOP("PhoneScript", "Could you read me the serial number? %1")).arg(where));
    } else {
        say(t(QT_TRANSLATE_NOOP("PhoneScript", "Let me repeat the serial number: %1.")).arg(m_result.serial->normalized));
        for (const ConfusableCharacter &cc : m_result.serial->confusable)
            ask(texts.confusableHint(cc));
    }

    //: A verdict (%1) followed by what to do next (%2).
    say(t(QT_TRANSLATE_NOOP("PhoneScript", "%1. %2")).arg(texts.verdictHeadline(m_result.verdict), texts.verdictNextStep(m_result.verdict)));
    for (const CampaignMatch &m : m_result.matches) {
        for (const Reason &r : m.reasons)
            say(texts.reason(r));
    }
    const bool recalled = m_result.verdict == Verdict::Affected || m_result.verdict == Verdict::LikelyAffected;
    if (recalled && c) {
        for (const Step &s : c->steps) {
            if (s.id != u"stop_using" && s.id != u"find_serial")
                say(texts.pick(s.text));
        }
    }
    if (c) {
        if (!c->officialUrl.isEmpty())
            say(t(QT_TRANSLATE_NOOP("PhoneScript", "The official page for checking and applying is %1.")).arg(c->officialUrl));
        if (c->phone)
            say(t(QT_TRANSLATE_NOOP("PhoneScript", "The recall line is %1 (%2)")).arg(c->phone->number, texts.pick(c->phone->hours)));
    }
    say(t(QT_TRANSLATE_NOOP("PhoneScript", "Is there anything else I can help you with?")));
    return out;
}

QString PhoneScript::summary(const QDateTime &when) const
{
    const Texts texts(m_language);
    QStringList reasons;
    for (const Reason &r : m_result.reasons)
        reasons << reasonKey(r.code);
    for (const CampaignMatch &m : m_result.matches) {
        for (const Reason &r : m.reasons)
            reasons << m.campaign.id + u':' + reasonKey(r.code);
    }
    const Campaign *c = mainCampaign();
    QStringList lines{
        t(QT_TRANSLATE_NOOP("PhoneScript", "Recall Lookup case summary")),
        t(QT_TRANSLATE_NOOP("PhoneScript", "Time: %1")).arg(when.toString(Qt::ISODate)),
        t(QT_TRANSLATE_NOOP("PhoneScript", "Product: %1 (%2)")).arg(texts.pick(m_details.product.name), m_details.product.model),
        t(QT_TRANSLATE_NOOP("PhoneScript", "Colour: %1"))
            .arg(m_result.colourId.isEmpty() ? QStringLiteral("-") : texts.colourName(m_result.colourId, m_details.colours)),
        t(QT_TRANSLATE_NOOP("PhoneScript", "Purchased: %1"))
            .arg(m_result.purchased ? m_result.purchased->toString(Qt::ISODate) : QStringLiteral("-")),
        t(QT_TRANSLATE_NOOP("PhoneScript", "Serial: %1"))
            .arg(m_result.serial ? m_result.serial->normalized.left(32) : QStringLiteral("-")),
        t(QT_TRANSLATE_NOOP("PhoneScript", "Verdict: %1 (%2)")).arg(texts.verdictHeadline(m_result.verdict), verdictKey(m_result.verdict)),
        t(QT_TRANSLATE_NOOP("PhoneScript", "Reasons: %1")).arg(reasons.join(QStringLiteral(", "))),
        t(QT_TRANSLATE_NOOP("PhoneScript", "Official page: %1"))
            .arg(c && !c->officialUrl.isEmpty() ? c->officialUrl : QStringLiteral("-")),
        t(QT_TRANSLATE_NOOP("PhoneScript", "Data as of: %1")).arg(m_result.dataAsOf.toString(Qt::ISODate)),
    };
    return lines.join(u'\n') + u'\n';
}
