#include "OverviewHtml.h"

#include <QLocale>

using namespace recall;

namespace {
QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}
} // namespace

QString OverviewHtml::row(const QString &label, const QString &value) const
{
    return QStringLiteral("<tr><td valign=\"top\" style=\"padding:4px 16px 4px 0;\"><b>%1</b></td>"
                          "<td valign=\"top\" style=\"padding:4px 0;\">%2</td></tr>")
        .arg(esc(label), value);
}

QString OverviewHtml::progressBar(const ProgressEntry &entry) const
{
    const int done = qBound(0, qRound(entry.ratePercent), 100);
    const QString label = tr("%1% collected (as of %2)")
                              .arg(QLocale().toString(entry.ratePercent, 'f', 1), m_texts.date(entry.asOf));
    QString bar = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\" style=\"margin-top:2px;\"><tr>");
    if (done > 0)
        bar += QStringLiteral("<td width=\"%1%\" bgcolor=\"#2B5CA8\" height=\"14\"></td>").arg(done);
    if (done < 100)
        bar += QStringLiteral("<td width=\"%1%\" bgcolor=\"#D5DCE6\" height=\"14\"></td>").arg(100 - done);
    return esc(label) + bar + QStringLiteral("</tr></table>");
}

QString OverviewHtml::sources(const std::vector<Source> &list) const
{
    QString html = QStringLiteral("<ol style=\"margin-top:0;\">");
    for (const Source &s : list) {
        QString where = s.url.isEmpty() ? esc(tr("document %1").arg(s.seed))
                                        : QStringLiteral("<a href=\"%1\">%2</a>").arg(esc(s.url), esc(s.url));
        const QString date = s.date ? m_texts.date(*s.date) : tr("date not given");
        html += QStringLiteral("<li>%1 — %2, %3</li>").arg(esc(s.title), date, where);
    }
    return html + QStringLiteral("</ol>");
}

QString OverviewHtml::campaign(const ProductDetails &d, const ProductCampaign &pc) const
{
    const Campaign &c = pc.campaign;
    const CampaignProduct &e = pc.entry();
    QString html = QStringLiteral("<h2>%1</h2><p style=\"color:#4A5568;\">%2</p><table>")
                       .arg(esc(m_texts.pick(c.title)), esc(tr("Recall %1, announced %2").arg(c.id, m_texts.date(c.announced))));
    if (!c.hazard.isEmpty())
        html += row(tr("Danger"), esc(m_texts.pick(c.hazard)));
    if (!c.cause.isEmpty())
        html += row(tr("Why"), esc(m_texts.pick(c.cause)));
    html += row(tr("Sold"), esc(tr("%1 to %2").arg(e.saleStart ? m_texts.date(*e.saleStart) : tr("start not given"),
                                                   e.saleEnd ? m_texts.date(*e.saleEnd) : tr("end not given"))));
    if (c.purchaseCutoff)
        html += row(tr("Not covered"), esc(tr("bought on or before %1").arg(m_texts.date(*c.purchaseCutoff))));
    if (e.units)
        html += row(tr("Units"), esc(tr("%1 units").arg(QLocale().toString(*e.units))));
    html += row(tr("Which units"), esc(m_texts.coverage(e.coverage)));
    if (!e.excludedColours.isEmpty()) {
        QStringList names;
        for (const QString &id : e.excludedColours)
            names << m_texts.colourName(id, d.colours);
        html += row(tr("Colours not covered"), esc(names.join(QStringLiteral(", "))));
    }
    QStringList remedies;
    for (const QString &r : c.remedy)
        remedies << m_texts.remedy(r);
    html += row(tr("If you own one"), esc(remedies.isEmpty() ? tr("The sources do not say (exchange or refund).")
                                                             : tr("Free %1. Stop using it and apply.").arg(remedies.join(tr(" or ")))));
    if (e.replacement) {
        QString text = esc(m_texts.pick(e.replacement->name));
        if (!e.replacement->notes.isEmpty())
            text += QStringLiteral("<br>") + esc(m_texts.pick(e.replacement->notes));
        html += row(tr("Replacement"), text);
    }
    for (const ProgressEntry &p : e.progress)
        html += row(tr("Progress"), progressBar(p));
    if (!c.officialUrl.isEmpty())
        html += row(tr("Official page"), QStringLiteral("<a href=\"%1\">%1</a>").arg(esc(c.officialUrl)));
    if (c.phone) {
        QString phone = esc(c.phone->number);
        if (!c.phone->hours.isEmpty())
            phone += QStringLiteral("<br>") + esc(m_texts.pick(c.phone->hours));
        html += row(tr("Phone"), phone);
    }
    html += QStringLiteral("</table>");
    std::vector<Note> notes = c.notes;
    notes.insert(notes.end(), e.notes.begin(), e.notes.end());
    if (!notes.empty()) {
        html += QStringLiteral("<h3>%1</h3><ul>").arg(esc(tr("Where the sources differ or are unclear")));
        for (const Note &n : notes)
            html += QStringLiteral("<li>%1</li>").arg(esc(m_texts.pick(n.text)));
        html += QStringLiteral("</ul>");
    }
    html += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Sources"))) + sources(d.sourcesOf(citedSources(c)));
    return html;
}

QString OverviewHtml::variants(const ProductDetails &d) const
{
    if (d.product.variants.empty())
        return QStringLiteral("<p>%1</p>").arg(esc(tr("The sources do not list the colours of this product.")));
    QString html = QStringLiteral("<h3>%1</h3><table cellpadding=\"3\"><tr><th align=\"left\">%2</th>"
                                  "<th align=\"left\">%3</th><th align=\"left\">%4</th><th align=\"left\">%5</th></tr>")
                       .arg(esc(tr("Colours")), esc(tr("Colour")), esc(tr("Variant code")), esc(tr("JAN")),
                            esc(tr("Covered?")));
    for (const Variant &v : d.product.variants) {
        const QStringList coveredBy = d.coveredBy(v);
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                    .arg(esc(m_texts.colourName(v.colourId, d.colours)),
                         esc(v.code.isEmpty() ? tr("not given in the sources") : v.code),
                         esc(v.jan.isEmpty() ? tr("not given in the sources") : v.jan),
                         coveredBy.isEmpty() ? QStringLiteral("<b>%1</b>").arg(esc(tr("Not covered")))
                                             : esc(tr("Covered (%1)").arg(coveredBy.join(QStringLiteral(", ")))));
    }
    return html + QStringLiteral("</table>");
}

QString OverviewHtml::build(const ProductDetails &d) const
{
    QString html;
    for (const Note &n : d.product.notes)
        html += QStringLiteral("<p><i>%1</i></p>").arg(esc(m_texts.pick(n.text)));
    if (d.campaigns.size() > 1)
        html += QStringLiteral("<p><b>%1</b></p>").arg(esc(tr("%n recall(s) name this product.", nullptr, int(d.campaigns.size()))));
    html += variants(d);
    for (const ProductCampaign &pc : d.campaigns)
        html += campaign(d, pc);
    html += QStringLiteral("<p style=\"color:#4A5568;\">%1</p>").arg(esc(tr("Data as of %1.").arg(m_texts.date(d.dataAsOf))));
    return html;
}
