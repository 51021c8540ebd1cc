#include "TextReport.h"

#include <QLocale>

using namespace recall;

TextReport::TextReport(QTextStream &out, const Texts &texts, QDate dataAsOf)
    : m_out(out), m_texts(texts), m_asOf(dataAsOf)
{
}

void TextReport::search(const SearchResponse &response)
{
    if (response.results.empty()) {
        m_out << tr("Nothing found for \"%1\".").arg(response.query) << '\n'
              << m_texts.noRecordStatement(m_asOf) << '\n'
              << m_texts.verdictNextStep(Verdict::NoRecord) << '\n';
        return;
    }
    m_out << tr("%n product(s) found for \"%1\":", nullptr, int(response.results.size())).arg(response.query)
          << '\n';
    for (const SearchResult &r : response.results) {
        m_out << "  " << r.model << "  " << m_texts.pick(r.name);
        if (!r.variant.isEmpty())
            m_out << "  (" << r.variant << ')';
        m_out << "  [" << r.campaigns.join(QStringLiteral(", ")) << "]  "
              << tr("matched by %1").arg(m_texts.matchKind(r.matchedBy)) << '\n';
    }
    m_out << tr("Data as of %1.").arg(m_texts.date(m_asOf)) << '\n';
}

void TextReport::notFound(const QString &key)
{
    m_out << tr("\"%1\" is not in the recall data.").arg(key) << '\n'
          << m_texts.noRecordStatement(m_asOf) << '\n'
          << m_texts.verdictNextStep(Verdict::NoRecord) << '\n';
}

void TextReport::contacts(const Campaign &c)
{
    if (!c.officialUrl.isEmpty())
        m_out << "    " << tr("Official page: %1").arg(c.officialUrl) << '\n';
    else
        m_out << "    " << tr("Official page: not given in the sources") << '\n';
    if (c.phone) {
        m_out << "    " << tr("Phone: %1").arg(c.phone->number);
        if (!c.phone->hours.isEmpty())
            m_out << " (" << m_texts.pick(c.phone->hours) << ')';
        m_out << '\n';
    } else {
        m_out << "    " << tr("Phone: not given in the sources") << '\n';
    }
}

void TextReport::notes(const std::vector<Note> &items)
{
    for (const Note &n : items)
        m_out << "    " << tr("Note: %1").arg(m_texts.pick(n.text)) << '\n';
}

void TextReport::show(const ProductDetails &d)
{
    const Product &p = d.product;
    m_out << m_texts.pick(p.name) << "  (" << p.model << ")\n";
    if (d.category)
        m_out << tr("Type: %1").arg(m_texts.pick(d.category->name)) << '\n';
    m_out << tr("Colours:") << '\n';
    for (const Variant &v : p.variants) {
        const Colour *c = d.colour(v.colourId);
        const bool covered = !d.coveredBy(v).isEmpty();
        m_out << "  " << (covered ? tr("[covered]    ") : tr("[not covered]")) << ' '
              << (c ? m_texts.pick(c->name) : v.colourId) << "  "
              << tr("code %1").arg(v.code.isEmpty() ? tr("unknown") : v.code) << "  "
              << tr("JAN %1").arg(v.jan.isEmpty() ? tr("unknown") : v.jan) << '\n';
    }
    if (p.variants.empty())
        m_out << "  " << tr("The sources do not list the colours of this product.") << '\n';
    notes(p.notes);
    for (const ProductCampaign &pc : d.campaigns) {
        const Campaign &c = pc.campaign;
        const CampaignProduct &e = pc.entry();
        m_out << '\n' << c.id << "  " << m_texts.pick(c.title) << '\n';
        m_out << "    " << tr("Announced: %1").arg(m_texts.date(c.announced)) << '\n';
        if (!c.hazard.isEmpty())
            m_out << "    " << tr("Hazard: %1").arg(m_texts.pick(c.hazard)) << '\n';
        m_out << "    " << tr("Sold: %1 to %2")
                                 .arg(e.saleStart ? m_texts.date(*e.saleStart) : tr("start not given"),
                                      e.saleEnd ? m_texts.date(*e.saleEnd) : tr("end not given"))
              << '\n';
        if (e.units)
            m_out << "    " << tr("Units: %1").arg(QLocale().toString(*e.units)) << '\n';
        m_out << "    " << tr("Covered: %1").arg(m_texts.coverage(e.coverage)) << '\n';
        for (const ProgressEntry &pr : e.progress)
            m_out << "    " << tr("Collected so far: %1% (as of %2)")
                                   .arg(QLocale().toString(pr.ratePercent, 'f', 1), m_texts.date(pr.asOf))
                  << '\n';
        if (e.replacement) {
            m_out << "    " << tr("Replacement: %1").arg(m_texts.pick(e.replacement->name)) << '\n';
            if (!e.replacement->notes.isEmpty())
                m_out << "      " << m_texts.pick(e.replacement->notes) << '\n';
        }
        contacts(c);
        std::vector<Note> all = c.notes;
        all.insert(all.end(), e.notes.begin(), e.notes.end());
        notes(all);
        const std::vector<Source> sources = d.sourcesOf(citedSources(c));
        m_out << "    " << tr("Sources:") << '\n';
        for (const Source &s : sources)
            m_out << "      - " << s.title << "  " << (s.url.isEmpty() ? s.seed : s.url) << '\n';
    }
    m_out << '\n' << tr("Data as of %1.").arg(m_texts.date(m_asOf)) << '\n';
}

void TextReport::serial(const SerialCheck &s)
{
    if (s.valid)
        m_out << tr("Serial number: %1 (format OK)").arg(s.normalized) << '\n';
    else
        m_out << tr("Serial number: \"%1\" is not valid:").arg(s.normalized.left(64)) << '\n';
    for (const SerialProblem &p : s.problems)
        m_out << "  - " << m_texts.serialProblem(p) << '\n';
    for (const ConfusableCharacter &c : s.confusable)
        m_out << "  " << tr("Hint:") << ' ' << m_texts.confusableHint(c) << '\n';
}

void TextReport::check(const CheckResult &result, const std::vector<Colour> &colours)
{
    if (result.product) {
        const Product &p = result.product->product;
        m_out << m_texts.pick(p.name) << "  (" << p.model << ')';
        if (const Variant *v = result.product->variant(); v && !v->code.isEmpty())
            m_out << "  " << v->code;
        if (!result.colourId.isEmpty())
            m_out << "  " << m_texts.colourName(result.colourId, colours);
        m_out << '\n';
    }
    m_out << tr("Result: %1").arg(m_texts.verdictHeadline(result.verdict)) << '\n';
    for (const Reason &r : result.reasons)
        m_out << "  - " << m_texts.reason(r) << '\n';
    if (result.serial)
        serial(*result.serial);
    for (const CampaignMatch &m : result.matches) {
        m_out << "  " << m.campaign.id << ": " << m_texts.verdictHeadline(m.verdict) << '\n';
        for (const Reason &r : m.reasons)
            m_out << "    - " << m_texts.reason(r) << '\n';
        notes(m.notes);
    }
    if (result.verdict == Verdict::NoRecord)
        m_out << m_texts.noRecordStatement(m_asOf) << '\n';
    m_out << tr("What to do: %1").arg(m_texts.verdictNextStep(result.verdict)) << '\n';
    if (const CampaignMatch *decisive = result.decisive();
        decisive && (decisive->verdict == Verdict::Affected || decisive->verdict == Verdict::LikelyAffected))
        contacts(decisive->campaign);
    m_out << tr("Data as of %1.").arg(m_texts.date(m_asOf)) << '\n';
}
