#include "Handout.h"

#include "Illustrations.h"
#include "QrCode.h"
#include "StatusStyle.h"
#include "Texts.h"
#include "Translations.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QAbstractTextDocumentLayout>
#include <QTextDocument>
#include <QUrl>

using namespace recall;

namespace {
const QUrl pictureUrl(QStringLiteral("handout://picture"));
const QUrl qrUrl(QStringLiteral("handout://qr"));
const QUrl badgeUrl(QStringLiteral("handout://badge"));

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QPageLayout a4Layout()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(14, 12, 14, 12), QPageLayout::Millimeter);
}
} // namespace

Handout::Handout(const ProductDetails &details, const CheckResult &result, Language language)
    : m_details(details), m_result(result), m_language(language)
{
}

QString Handout::t(const char *source) const
{
    return Translations::translate(m_language, "Handout", source);
}

const Campaign *Handout::guideCampaign() const
{
    if (const CampaignMatch *decisive = m_result.decisive(); decisive && !decisive->campaign.steps.empty())
        return &decisive->campaign;
    for (const ProductCampaign &pc : m_details.campaigns) {
        if (!pc.campaign.steps.empty())
            return &pc.campaign;
    }
    return m_details.campaigns.empty() ? nullptr : &m_details.campaigns.front().campaign;
}

QString Handout::html() const
{
    const Texts texts(m_language);
    const Product &p = m_details.product;
    const StatusLook look = StatusStyle::forVerdict(m_result.verdict, texts);
    const Campaign *campaign = guideCampaign();
    const Campaign *contact = m_result.decisive() ? &m_result.decisive()->campaign : campaign;

    QString colour = m_result.colourId.isEmpty() ? t(QT_TRANSLATE_NOOP("Handout", "not given"))
                                                 : texts.colourName(m_result.colourId, m_details.colours);
    QString html = QStringLiteral("<html><body style=\"font-size:9.5pt;\">");
    html += QStringLiteral("<h1 style=\"font-size:17pt; margin:0;\">%1</h1>")
                .arg(esc(t(QT_TRANSLATE_NOOP("Handout", "Recall check result"))));
    html += QStringLiteral("<table width=\"100%\" cellpadding=\"4\"><tr>"
                           "<td width=\"130\" valign=\"top\"><img src=\"%1\" width=\"120\" height=\"120\"></td>"
                           "<td valign=\"top\"><p style=\"font-size:13pt; margin:0;\"><b>%2</b></p>"
                           "<p style=\"margin:2px 0;\">%3: <b>%4</b> &nbsp; %5: <b>%6</b></p>")
                .arg(pictureUrl.toString(), esc(texts.pick(p.name)), esc(t(QT_TRANSLATE_NOOP("Handout", "Model number"))),
                     esc(p.model), esc(t(QT_TRANSLATE_NOOP("Handout", "Colour"))), esc(colour));
    if (m_result.purchased)
        html += QStringLiteral("<p style=\"margin:2px 0;\">%1: %2</p>")
                    .arg(esc(t(QT_TRANSLATE_NOOP("Handout", "Purchase date"))), esc(texts.date(*m_result.purchased)));
    if (m_result.serial)
        html += QStringLiteral("<p style=\"margin:2px 0;\">%1: %2</p>")
                    .arg(esc(t(QT_TRANSLATE_NOOP("Handout", "Serial number"))), esc(m_result.serial->normalized.left(32)));
    // The verdict: colour, symbol and words together, so it reads on a black-and-white printer too.
    html += QStringLiteral("<table width=\"100%\" cellpadding=\"6\" style=\"margin-top:6px;\" bgcolor=\"%1\"><tr>"
                           "<td width=\"44\"><img src=\"%2\" width=\"36\" height=\"36\"></td>"
                           "<td><span style=\"font-size:14pt; color:%3;\"><b>%4</b></span></td></tr></table>")
                .arg(StatusStyle::tint(look.background).name(), badgeUrl.toString(), look.background.darker(115).name(),
                     esc(look.label));
    html += QStringLiteral("</td></tr></table>");

    html += QStringLiteral("<h2 style=\"font-size:11.5pt;\">%1</h2><ul>").arg(esc(t(QT_TRANSLATE_NOOP("Handout", "Why"))));
    for (const Reason &r : m_result.reasons)
        html += QStringLiteral("<li>%1</li>").arg(esc(texts.reason(r)));
    for (const CampaignMatch &m : m_result.matches) {
        for (const Reason &r : m.reasons)
            html += QStringLiteral("<li>%1: %2</li>").arg(esc(m.campaign.id), esc(texts.reason(r)));
        for (const Note &n : m.notes)
            html += QStringLiteral("<li><i>%1</i></li>").arg(esc(texts.pick(n.text)));
    }
    if (m_result.matches.empty() && m_result.reasons.empty())
        html += QStringLiteral("<li>%1</li>").arg(esc(texts.noRecordStatement(m_result.dataAsOf)));
    html += QStringLiteral("</ul><h2 style=\"font-size:11.5pt;\">%1</h2><p>%2</p>")
                .arg(esc(t(QT_TRANSLATE_NOOP("Handout", "What to do now"))), esc(texts.verdictNextStep(m_result.verdict)));

    if (campaign && !campaign->steps.empty()) {
        html += QStringLiteral("<h2 style=\"font-size:11.5pt;\">%1</h2><ol>")
                    .arg(esc(t(QT_TRANSLATE_NOOP("Handout", "How the free exchange works"))));
        for (const Step &s : campaign->steps)
            html += QStringLiteral("<li>%1</li>").arg(esc(texts.pick(s.text)));
        html += QStringLiteral("</ol>");
    }

    html += QStringLiteral("<table width=\"100%\" cellpadding=\"4\"><tr><td valign=\"top\">");
    html += QStringLiteral("<h2 style=\"font-size:11.5pt;\">%1</h2>").arg(esc(t(QT_TRANSLATE_NOOP("Handout", "Contact"))));
    if (contact && !contact->officialUrl.isEmpty())
        html += QStringLiteral("<p>%1<br><b>%2</b></p>")
                    .arg(esc(t(QT_TRANSLATE_NOOP("Handout", "Official page (check and apply):"))), esc(contact->officialUrl));
    else
        html += QStringLiteral("<p>%1</p>").arg(esc(t(QT_TRANSLATE_NOOP("Handout", "The sources give no official page for this recall."))));
    if (contact && contact->phone)
        html += QStringLiteral("<p>%1 <b>%2</b><br>%3</p>")
                    .arg(esc(t(QT_TRANSLATE_NOOP("Handout", "Phone:"))), esc(contact->phone->number),
                         esc(texts.pick(contact->phone->hours)));
    html += QStringLiteral("</td>");
    if (contact && !contact->officialUrl.isEmpty())
        html += QStringLiteral("<td width=\"130\" align=\"center\" valign=\"top\"><img src=\"%1\" width=\"110\" height=\"110\"><br>%2</td>")
                    .arg(qrUrl.toString(), esc(t(QT_TRANSLATE_NOOP("Handout", "Scan to open the official page"))));
    html += QStringLiteral("</tr></table>");

    QStringList sourceLines;
    for (const Source &s : m_details.sourcesOf(contact ? citedSources(*contact) : QStringList()))
        sourceLines << esc(s.title);
    html += QStringLiteral("<p style=\"font-size:7.5pt; color:#4A5568;\">%1<br>%2 %3</p>")
                .arg(esc(t(QT_TRANSLATE_NOOP("Handout", "Recall data as of %1.")).arg(texts.date(m_result.dataAsOf))),
                     esc(t(QT_TRANSLATE_NOOP("Handout", "Sources:"))), sourceLines.join(QStringLiteral("; ")));
    html += QStringLiteral("<p style=\"font-size:7.5pt; color:#4A5568;\">%1</p></body></html>")
                .arg(esc(t(QT_TRANSLATE_NOOP("Handout", "Made with Recall Lookup. Only the maker's official check confirms "
                                                        "whether a unit is covered."))));
    return html;
}

void Handout::fillDocument(QTextDocument &document) const
{
    const Texts texts(m_language);
    const Variant *variant = nullptr;
    for (const Variant &v : m_details.product.variants) {
        if (v.colourId == m_result.colourId)
            variant = &v;
    }
    const Colour *colour = variant ? m_details.colour(variant->colourId) : nullptr;
    document.addResource(QTextDocument::ImageResource, pictureUrl,
                         Illustrations::productImage(m_details.product.illustration,
                                                     colour ? QColor(colour->swatch) : QColor(0x8A, 0x8D, 0x91), 480));
    document.addResource(QTextDocument::ImageResource, badgeUrl,
                         StatusStyle::badgeImage(StatusStyle::forVerdict(m_result.verdict, texts), 144));
    const Campaign *contact = m_result.decisive() ? &m_result.decisive()->campaign : guideCampaign();
    if (contact && !contact->officialUrl.isEmpty())
        document.addResource(QTextDocument::ImageResource, qrUrl, qrCodeImage(contact->officialUrl, 8));
    document.setHtml(html());
}

// Lays the document out for `device` and draws it into `area`, shrunk to fit if needed: a handout is
// always exactly one page.
void Handout::paint(QPainter &painter, QPaintDevice &device, const QRectF &area) const
{
    QTextDocument document;
    document.documentLayout()->setPaintDevice(&device);
    fillDocument(document);
    document.setDocumentMargin(0);
    qreal scale = 1.0;
    for (int attempt = 0; attempt < 4; ++attempt) {
        document.setTextWidth(area.width() / scale);
        const qreal height = document.size().height() * scale;
        if (height <= area.height())
            break;
        scale *= area.height() / height * 0.99;
    }
    painter.save();
    painter.translate(area.topLeft());
    painter.scale(scale, scale);
    document.drawContents(&painter, QRectF(0, 0, area.width() / scale, area.height() / scale));
    painter.restore();
}

void Handout::print(QPagedPaintDevice &device) const
{
    device.setPageLayout(a4Layout());
    QPainter painter(&device);
    const QRect area = device.pageLayout().paintRectPixels(device.logicalDpiX());
    paint(painter, device, QRectF(QPointF(0, 0), area.size()));
}

QString Handout::savePdf(const QString &path) const
{
    {
        QPdfWriter writer(path);
        writer.setResolution(300);
        writer.setTitle(t(QT_TRANSLATE_NOOP("Handout", "Recall check result")) + QStringLiteral(" — ") + m_details.product.model);
        writer.setCreator(QStringLiteral("Recall Lookup"));
        print(writer);
    } // the file is complete once the writer is gone
    const QFileInfo written(path);
    return written.exists() && written.size() > 0 ? QString() : path;
}

QImage Handout::renderPage(int dotsPerInch) const
{
    const QPageLayout layout = a4Layout();
    QImage image(layout.fullRectPixels(dotsPerInch).size(), QImage::Format_RGB32);
    image.fill(Qt::white);
    image.setDotsPerMeterX(qRound(dotsPerInch / 0.0254));
    image.setDotsPerMeterY(qRound(dotsPerInch / 0.0254));
    QPainter painter(&image);
    paint(painter, image, layout.paintRectPixels(dotsPerInch));
    return image;
}
