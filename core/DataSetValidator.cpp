#include "DataSetValidator.h"

#include <QSet>

#include <algorithm>

namespace recall::DataSetValidator {

namespace {

class Validator
{
public:
    Validator(const DataSet &data, DataIssues &issues) : m_data(data), m_issues(issues) {}

    void checkReferences(const std::vector<DataReference> &references)
    {
        QSet<QString> sources, colours, categories, products;
        for (const Source &s : m_data.sources)
            sources.insert(s.id);
        for (const Colour &c : m_data.colours)
            colours.insert(c.id);
        for (const Category &c : m_data.categories)
            categories.insert(c.id);
        for (const Product &p : m_data.products)
            products.insert(p.model);
        for (const DataReference &ref : references) {
            switch (ref.kind) {
            case DataReference::Kind::Source:
                if (!sources.contains(ref.id))
                    add(DataIssueKind::UnknownSource, ref.file, ref.field, ref.id);
                break;
            case DataReference::Kind::Colour:
                if (!colours.contains(ref.id))
                    add(DataIssueKind::UnknownColour, ref.file, ref.field, ref.id);
                break;
            case DataReference::Kind::Category:
                if (!categories.contains(ref.id))
                    add(DataIssueKind::UnknownCategory, ref.file, ref.field, ref.id);
                break;
            case DataReference::Kind::Product:
                if (!products.contains(ref.id))
                    add(DataIssueKind::UnknownProduct, ref.file, ref.field, ref.id);
                break;
            }
        }
    }

    void checkUniqueIds()
    {
        QSet<QString> seen;
        for (std::size_t i = 0; i < m_data.sources.size(); ++i)
            unique(seen, m_data.sources[i].id, QStringLiteral("sources.json"), indexed(i, u"id"));
        seen.clear();
        for (std::size_t i = 0; i < m_data.colours.size(); ++i)
            unique(seen, m_data.colours[i].id, QStringLiteral("colours.json"), indexed(i, u"id"));
        seen.clear();
        for (std::size_t i = 0; i < m_data.categories.size(); ++i)
            unique(seen, m_data.categories[i].id, QStringLiteral("categories.json"), indexed(i, u"id"));

        QSet<QString> models, codes, jans;
        for (const Product &p : m_data.products) {
            unique(models, p.model, p.origin, QStringLiteral("model"));
            for (std::size_t i = 0; i < p.variants.size(); ++i) {
                const Variant &v = p.variants[i];
                if (!v.code.isEmpty())
                    unique(codes, v.code, p.origin, QStringLiteral("variants[%1].code").arg(i));
                if (!v.jan.isEmpty())
                    unique(jans, v.jan, p.origin, QStringLiteral("variants[%1].jan").arg(i));
            }
            uniqueNoteIds(p.notes, p.origin, QStringLiteral("notes"));
        }
        QSet<QString> campaigns;
        for (const Campaign &c : m_data.campaigns) {
            unique(campaigns, c.id, c.origin, QStringLiteral("id"));
            QSet<QString> stepIds;
            for (std::size_t i = 0; i < c.steps.size(); ++i)
                unique(stepIds, c.steps[i].id, c.origin, QStringLiteral("steps[%1].id").arg(i));
        }
    }

    void checkCampaigns()
    {
        for (const Campaign &c : m_data.campaigns) {
            std::vector<Note> allNotes = c.notes;
            QSet<QString> models;
            for (std::size_t i = 0; i < c.products.size(); ++i) {
                const CampaignProduct &cp = c.products[i];
                const QString at = QStringLiteral("products[%1]").arg(i);
                unique(models, cp.model, c.origin, at + QStringLiteral(".model"));
                allNotes.insert(allNotes.end(), cp.notes.begin(), cp.notes.end());
                if (const Product *product = productByModel(cp.model)) {
                    const QStringList colours = product->colourIds();
                    for (const QString &colour : cp.excludedColours) {
                        if (!colours.contains(colour))
                            add(DataIssueKind::UnknownColour, c.origin, at + QStringLiteral(".excluded_colours"),
                                colour + QStringLiteral(" (not a colour of ") + cp.model + u')');
                    }
                }
            }
            uniqueNoteIds(allNotes, c.origin, QStringLiteral("notes"));
            for (std::size_t i = 0; i < c.products.size(); ++i) {
                const auto &alternatives = c.products[i].saleStartAlternatives;
                for (std::size_t j = 0; j < alternatives.size(); ++j) {
                    if (!c.noteById(alternatives[j].noteId))
                        add(DataIssueKind::UnknownNote, c.origin,
                            QStringLiteral("products[%1].sale_start_alternatives[%2].note").arg(i).arg(j),
                            alternatives[j].noteId);
                }
            }
        }
    }

    void checkSerialLists()
    {
        QSet<QString> listKeys;
        for (const AffectedSerialList &list : m_data.serialLists) {
            unique(listKeys, list.campaignId + u'/' + list.model, list.origin, QStringLiteral("campaign"));
            const Campaign *campaign = campaignById(list.campaignId);
            if (!campaign) {
                add(DataIssueKind::UnknownProduct, list.origin, QStringLiteral("campaign"), list.campaignId);
                continue;
            }
            const bool named = std::any_of(campaign->products.begin(), campaign->products.end(),
                                           [&](const CampaignProduct &cp) { return cp.model == list.model; });
            if (!named)
                add(DataIssueKind::UnknownProduct, list.origin, QStringLiteral("model"),
                    list.model + QStringLiteral(" (not named by ") + list.campaignId + u')');
            std::vector<SerialRange> spans = list.ranges;
            for (const QString &s : list.serials)
                spans.push_back({s, s});
            std::sort(spans.begin(), spans.end(),
                      [](const SerialRange &a, const SerialRange &b) { return a.from < b.from; });
            for (std::size_t i = 1; i < spans.size(); ++i) {
                if (spans[i].from <= spans[i - 1].to)
                    add(DataIssueKind::OverlappingSerialRanges, list.origin, QStringLiteral("serials"),
                        spans[i].from);
            }
        }
    }

private:
    static QString indexed(std::size_t i, QStringView field)
    {
        return u'[' + QString::number(i) + QStringLiteral("].") + field;
    }

    void add(DataIssueKind kind, const QString &file, const QString &field, const QString &detail)
    {
        m_issues.push_back({kind, file, field, detail, 0});
    }

    void unique(QSet<QString> &seen, const QString &id, const QString &file, const QString &field)
    {
        if (id.isEmpty())
            return;
        if (seen.contains(id))
            add(DataIssueKind::DuplicateId, file, field, id);
        seen.insert(id);
    }

    void uniqueNoteIds(const std::vector<Note> &notes, const QString &file, const QString &field)
    {
        QSet<QString> ids;
        for (const Note &n : notes)
            unique(ids, n.id, file, field);
    }

    const Product *productByModel(const QString &model) const
    {
        auto it = std::find_if(m_data.products.begin(), m_data.products.end(),
                               [&](const Product &p) { return p.model == model; });
        return it == m_data.products.end() ? nullptr : &*it;
    }

    const Campaign *campaignById(const QString &id) const
    {
        auto it = std::find_if(m_data.campaigns.begin(), m_data.campaigns.end(),
                               [&](const Campaign &c) { return c.id == id; });
        return it == m_data.campaigns.end() ? nullptr : &*it;
    }

    const DataSet &m_data;
    DataIssues &m_issues;
};

} // namespace

void validate(const DataSet &data, const std::vector<DataReference> &references, DataIssues &issues)
{
    Validator v(data, issues);
    v.checkReferences(references);
    v.checkUniqueIds();
    v.checkCampaigns();
    v.checkSerialLists();
}

} // namespace recall::DataSetValidator
