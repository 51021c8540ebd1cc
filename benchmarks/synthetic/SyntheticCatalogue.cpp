#include "SyntheticCatalogue.h"

#include "DataIssue.h"
#include "Jan.h"
#include "JsonRecord.h"
#include "RecordParsers.h"
#include "Rng.h"
#include "Words.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace recall::synthetic {

namespace {

const QString sourceId = QStringLiteral("synthetic");
const QDate firstSaleDay(2019, 1, 1);
const QDate lastDay(2025, 12, 31);

// Streams of the generator: each item of a stream has its own Rng, so one product does not depend on how
// many random numbers the ones before it used.
enum Stream : quint64 { Products = 1, Campaigns, SerialLists, Batch, SampleSet };

// A bijection of [0, range) for index < range: spreads consecutive indexes over the range, so numbers look
// random but never repeat. `multiplier` must be coprime with `range`.
quint64 scatter(quint64 index, quint64 range, quint64 multiplier, quint64 offset)
{
    return (index * multiplier + offset) % range;
}

quint64 powerOf10(int digits)
{
    quint64 p = 1;
    while (digits-- > 0)
        p *= 10;
    return p;
}

QJsonValue orNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

QJsonObject text(const QString &ja, const QString &en)
{
    return {{QStringLiteral("ja"), ja}, {QStringLiteral("en"), en}};
}

QString isoDate(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

QString base36(quint64 value, int width)
{
    QString s = QString::number(value, 36).toUpper();
    return s.rightJustified(width, u'0');
}

struct ProductPlan
{
    QJsonObject record;
    int brand = 0;
};

class ProductMaker
{
public:
    ProductMaker(const Spec &spec, const DataSet &base) : m_spec(spec), m_base(base)
    {
        const quint64 synthetic = quint64(std::max(0, spec.products - int(base.products.size())));
        // Enough digits that numbers never collide with the shipped models (one letter and four digits).
        m_digits = 5;
        while (9 * powerOf10(m_digits - 1) < synthetic * 4)
            ++m_digits;
    }

    ProductPlan make(int index) const
    {
        using namespace words;
        Rng rng(m_spec.seed, Products, quint64(index));
        ProductPlan plan;
        plan.brand = int(rng.below(std::size(brands)));
        const Brand &brand = brands[plan.brand];
        const quint64 range = 9 * powerOf10(m_digits - 1);
        const QString model = brand.prefix.toString()
                              + QString::number(powerOf10(m_digits - 1) + scatter(quint64(index), range, 7919, 104729));

        const SeriesPart &a = rng.pick(seriesParts);
        const SeriesPart &b = rng.pick(seriesParts);
        const QString series = a.en.toString() + b.en.toString();
        const QString seriesKana = a.katakana.toString() + b.katakana.toString();
        const int kind = int(rng.below(10)); // 0-5 power bank, 6-8 speaker, 9 conference speaker
        QString category, illustration, nameJa, nameEn, detail;
        if (kind <= 5) {
            const int mAh = rng.pick(capacities);
            const Feature &f = rng.pick(batteryFeatures);
            category = QStringLiteral("mobile_battery");
            illustration = f.en == u"Magnetic" ? QStringLiteral("magnetic_battery") : QStringLiteral("power_bank");
            detail = QString::number(mAh);
            nameEn = QStringLiteral("%1 %2 %3mAh %4").arg(brand.en, series, detail, f.en);
            nameJa = rng.chance(50) ? QStringLiteral("%1 %2 %3mAh %4").arg(brand.ja, seriesKana, detail, f.ja)
                                    : QStringLiteral("%1 モバイルバッテリー %2 %3mAh（%4）").arg(brand.ja, series, detail, f.ja);
        } else if (kind <= 8) {
            const Feature &f = rng.pick(speakerFeatures);
            detail = rng.chance(40) ? QStringLiteral("X%1").arg(rng.between(100, 999)) : rng.pick(speakerSuffixes).toString();
            category = QStringLiteral("speaker");
            illustration = rng.chance(30) ? QStringLiteral("handle_speaker") : QStringLiteral("speaker");
            nameEn = QStringLiteral("%1 %2 %3 %4 Speaker").arg(brand.en, series, detail, f.en);
            nameJa = QStringLiteral("%1 %2 %3 %4スピーカー").arg(brand.ja, seriesKana, detail, f.ja);
        } else {
            const Feature &f = rng.pick(conferenceFeatures);
            detail = QStringLiteral("S%1").arg(rng.between(100, 999));
            category = QStringLiteral("conference_speaker");
            illustration = QStringLiteral("conference_speaker");
            nameEn = QStringLiteral("%1 %2 %3 %4 Speakerphone").arg(brand.en, series, detail, f.en);
            nameJa = QStringLiteral("%1 %2 %3 会議用スピーカーフォン %4").arg(brand.ja, seriesKana, detail, f.ja);
        }

        QJsonArray variants;
        const int share = int(rng.below(100));
        const int count = share < 30 ? 1 : share < 65 ? 2 : share < 85 ? 3 : 4;
        std::vector<int> colours(m_base.colours.size());
        for (std::size_t i = 0; i < colours.size(); ++i)
            colours[i] = int(i);
        for (int v = 0; v < count && v < int(colours.size()); ++v) {
            std::swap(colours[std::size_t(v)], colours[std::size_t(v) + rng.below(colours.size() - std::size_t(v))]);
            const int colour = colours[std::size_t(v)];
            const QString code = rng.chance(90)
                                     ? model + QString::number(v + 1) + QString::number(colour + 1).rightJustified(2, u'0')
                                     : QString();
            variants.append(QJsonObject{{QStringLiteral("code"), orNull(code)},
                                        {QStringLiteral("jan"), orNull(rng.chance(92) ? jan(index, v) : QString())},
                                        {QStringLiteral("colour"), m_base.colours[std::size_t(colour)].id},
                                        {QStringLiteral("src"), QJsonArray{sourceId}}});
        }
        const QJsonArray aliases{series, seriesKana, QString(series + u' ' + detail)};
        plan.record = QJsonObject{
            {QStringLiteral("model"), model},
            {QStringLiteral("brand"), brand.en.toString()},
            {QStringLiteral("name"), text(nameJa, nameEn)},
            {QStringLiteral("reading"), QString(brand.reading.toString() + u' ' + seriesKana)},
            {QStringLiteral("aliases"), aliases},
            {QStringLiteral("category"), category},
            {QStringLiteral("illustration"), illustration},
            {QStringLiteral("src"), QJsonArray{sourceId}},
            {QStringLiteral("notes"), QJsonArray{}},
            {QStringLiteral("variants"), variants},
        };
        return plan;
    }

private:
    // "49" (a Japanese prefix the shipped data does not use) + ten digits unique per product and variant
    // + the check digit.
    QString jan(int index, int variant) const
    {
        const quint64 body = scatter(quint64(index) * 4 + quint64(variant), 10000000000ULL, 999999937ULL, 31415926ULL);
        const QString twelve = QStringLiteral("49") + QString::number(body).rightJustified(10, u'0');
        return twelve + QString::number(Jan::expectedCheckDigit(twelve));
    }

    const Spec &m_spec;
    const DataSet &m_base;
    int m_digits = 5;
};

QDate dayAfter(const QDate &from, Rng &rng, int minDays, int maxDays)
{
    return std::min(from.addDays(rng.between(minDays, maxDays)), lastDay);
}

// A campaign for a few recalled products of one maker.
QJsonObject campaignRecord(const Spec &spec, int index, const words::Brand &brand,
                           const std::vector<const Product *> &products, std::vector<bool> &serialChecked)
{
    using namespace words;
    Rng rng(spec.seed, Campaigns, quint64(index));
    const QDate saleStart = firstSaleDay.addDays(rng.between(0, 1800));
    const QDate saleEnd = dayAfter(saleStart, rng, 90, 900);
    const QDate announced = dayAfter(saleEnd, rng, 0, 120);
    const QString id = QStringLiteral("SYN-%1-%2").arg(announced.year()).arg(index, 6, 10, QChar(u'0'));
    const Hazard &hazard = rng.pick(hazards);

    QJsonArray entries;
    serialChecked.clear();
    for (const Product *p : products) {
        const bool checked = rng.chance(60);
        serialChecked.push_back(checked);
        QJsonArray excluded;
        if (p->variants.size() >= 2 && rng.chance(15))
            excluded.append(p->variants[rng.below(p->variants.size())].colourId);
        entries.append(QJsonObject{
            {QStringLiteral("model"), p->model},
            {QStringLiteral("sale_start"), isoDate(saleStart)},
            {QStringLiteral("sale_end"), isoDate(saleEnd)},
            {QStringLiteral("units"), qint64(rng.between(500, 400000))},
            {QStringLiteral("coverage"), checked ? QStringLiteral("serial_checked") : QStringLiteral("all_units")},
            {QStringLiteral("excluded_colours"), excluded},
            {QStringLiteral("serial_location"), QJsonValue()},
            {QStringLiteral("progress"), QJsonArray{}},
            {QStringLiteral("src"), QJsonArray{sourceId}},
            {QStringLiteral("notes"), QJsonArray{}},
        });
    }
    const QString day = announced.toString(QStringLiteral("yyyy年M月d日"));
    QJsonObject record{
        {QStringLiteral("id"), id},
        {QStringLiteral("manufacturer"), text(brand.ja.toString() + QStringLiteral("株式会社"), brand.en.toString() + QStringLiteral(" Co., Ltd."))},
        {QStringLiteral("market"), QStringLiteral("JP")},
        {QStringLiteral("announced"), isoDate(announced)},
        {QStringLiteral("kind"), QStringLiteral("voluntary_recall")},
        {QStringLiteral("title"), text(QStringLiteral("%1製品の自主回収（%2発表）").arg(brand.ja, day),
                                       QStringLiteral("Recall of %1 products (announced %2)")
                                           .arg(brand.en, announced.toString(QStringLiteral("d MMMM yyyy"))))},
        {QStringLiteral("hazard"), text(hazard.ja.toString(), hazard.en.toString())},
        {QStringLiteral("remedy"), rng.chance(50) ? QJsonArray{QStringLiteral("exchange")}
                                                  : QJsonArray{QStringLiteral("exchange"), QStringLiteral("refund")}},
        {QStringLiteral("official_url"), QString(QStringLiteral("https://example.invalid/recalls/") + id)},
        {QStringLiteral("phone"),
         QJsonObject{{QStringLiteral("number"), QStringLiteral("0120-%1-%2").arg(rng.between(100, 999)).arg(rng.between(100, 999))},
                     {QStringLiteral("hours"), text(QStringLiteral("9:00〜18:00（土日祝を除く）"),
                                                    QStringLiteral("9:00 to 18:00 on weekdays"))}}},
        {QStringLiteral("purchase_cutoff"),
         rng.chance(10) ? QJsonValue(isoDate(std::min(saleStart.addDays(rng.between(30, 200)), saleEnd))) : QJsonValue()},
        {QStringLiteral("steps"),
         QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("stop_using")},
                                {QStringLiteral("text"), text(QStringLiteral("すぐに使うのをやめてください。"),
                                                              QStringLiteral("Stop using it at once."))},
                                {QStringLiteral("src"), QJsonArray{sourceId}}},
                    QJsonObject{{QStringLiteral("id"), QStringLiteral("apply")},
                                {QStringLiteral("text"), text(QStringLiteral("公式ページから交換を申し込みます。"),
                                                              QStringLiteral("Apply for an exchange on the official page."))},
                                {QStringLiteral("src"), QJsonArray{sourceId}}}}},
        {QStringLiteral("src"), QJsonArray{sourceId}},
        {QStringLiteral("notes"), QJsonArray{}},
        {QStringLiteral("products"), entries},
    };
    return record;
}

template <typename T, typename Parse>
bool parseRecord(const QJsonObject &object, const QString &origin, Parse parse, T &into, QString &error)
{
    DataIssues issues;
    std::vector<DataReference> references;
    JsonRecord r(object, origin, {}, issues, references);
    into = parse(r);
    r.finish();
    if (!issues.empty()) {
        error = origin + QStringLiteral(": ") + issues.front().field + u' ' + issues.front().detail + u' '
                + dataIssueKindKey(issues.front().kind);
        return false;
    }
    into.record = object;
    into.origin = origin;
    return true;
}

// Serial numbers of one list: 'A', three characters naming the list, twelve base-36 digits in increasing
// order with gaps of at least two, so "one more than a listed serial" is never listed.
class SerialList
{
public:
    SerialList(quint64 seed, int list) : m_rng(seed, SerialLists, quint64(list))
    {
        m_prefix = QStringLiteral("A") + base36(quint64(list) + 1296, 3); // 1296 = 36^2: three characters
        m_value = m_rng.below(1000000000000ULL);
    }

    QString next()
    {
        m_value += 2 + m_rng.below(500);
        return serial(m_value);
    }
    QString serial(quint64 value) const { return m_prefix + base36(value, 12); }
    quint64 last() const { return m_value; }

private:
    Rng m_rng;
    QString m_prefix;
    quint64 m_value = 0;
};

} // namespace

std::vector<Size> standardSizes()
{
    return {
        {QStringLiteral("1k"), Spec{1000, 1000000, 20260107}},
        {QStringLiteral("100k"), Spec{100000, 1000000, 20260107}},
        {QStringLiteral("1M"), Spec{1000000, 10000000, 20260107}},
    };
}

GenerateResult generate(const Spec &spec, const DataSet &base)
{
    GenerateResult result;
    Generated &g = result.generated;
    DataSet &data = g.data;
    data.info = base.info;
    data.sources = base.sources;
    data.colours = base.colours;
    data.categories = base.categories;
    data.products = base.products;
    data.campaigns = base.campaigns;
    data.photos = base.photos;
    for (const QString &category : {QStringLiteral("mobile_battery"), QStringLiteral("speaker"),
                                   QStringLiteral("conference_speaker")}) {
        const bool known = std::any_of(base.categories.begin(), base.categories.end(),
                                       [&](const Category &c) { return c.id == category; });
        if (!known) {
            result.error = QStringLiteral("the base data has no category ") + category;
            return result;
        }
    }
    if (base.colours.size() < 4) {
        result.error = QStringLiteral("the base data needs at least four colours");
        return result;
    }
    data.sources.push_back({sourceId, QStringLiteral("Synthetic benchmark data (never shipped)"), {}, {},
                            QStringLiteral("benchmarks/synthetic"), QStringLiteral("T"),
                            QStringLiteral("Invented products, campaigns and serial lists for performance tests."),
                            std::nullopt});

    const ProductMaker maker(spec, base);
    const int firstSynthetic = int(data.products.size());
    const int synthetic = std::max(0, spec.products - firstSynthetic);
    data.products.reserve(std::size_t(firstSynthetic + synthetic));
    std::vector<int> brandOf;
    brandOf.reserve(std::size_t(synthetic));
    for (int i = 0; i < synthetic; ++i) {
        const ProductPlan plan = maker.make(i);
        Product p;
        const QString origin = QStringLiteral("synthetic/products/") + plan.record.value(QStringLiteral("model")).toString()
                               + QStringLiteral(".json");
        if (!parseRecord(plan.record, origin, RecordParsers::readProduct, p, result.error))
            return result;
        data.products.push_back(std::move(p));
        brandOf.push_back(plan.brand);
    }

    // One product in ten is recalled; a campaign names one to four recalled products of one maker.
    struct ListTarget
    {
        QString campaign;
        QString model;
    };
    std::vector<ListTarget> listTargets;
    struct Pending
    {
        std::vector<const Product *> products;
        int wanted = 0;
    };
    std::vector<Pending> pending(std::size(words::brands)); // per maker
    int campaignIndex = 0;
    std::vector<bool> serialChecked;
    const auto flush = [&](int brand) -> bool {
        Pending &group = pending[std::size_t(brand)];
        if (group.products.empty())
            return true;
        const QJsonObject record = campaignRecord(spec, campaignIndex, words::brands[brand], group.products, serialChecked);
        Campaign c;
        if (!parseRecord(record, QStringLiteral("synthetic/campaigns/%1.json").arg(campaignIndex),
                         RecordParsers::readCampaign, c, result.error))
            return false;
        for (std::size_t k = 0; k < group.products.size(); ++k) {
            if (serialChecked[k])
                listTargets.push_back({c.id, group.products[k]->model});
        }
        data.campaigns.push_back(std::move(c));
        ++campaignIndex;
        group.products.clear();
        return true;
    };
    for (int i = 0; i < synthetic; ++i) {
        Rng rng(spec.seed, Campaigns + 100, quint64(i));
        if (!rng.chance(10))
            continue;
        const int brand = brandOf[std::size_t(i)];
        Pending &group = pending[std::size_t(brand)];
        if (group.products.empty())
            group.wanted = rng.between(1, 4);
        group.products.push_back(&data.products[std::size_t(firstSynthetic + i)]);
        if (int(group.products.size()) == group.wanted && !flush(brand))
            return result;
    }
    for (int brand = 0; brand < int(pending.size()); ++brand) {
        if (!flush(brand))
            return result;
    }

    // Affected-serial lists of about 100,000 entries each (the size of one large published list), on the
    // first serial-checked campaign products; each ends with one range.
    if (spec.serials > 0 && !listTargets.empty()) {
        const qint64 perList = std::min<qint64>(100000, spec.serials);
        const int lists = int(std::min<qint64>(qint64(listTargets.size()), (spec.serials + perList - 1) / perList));
        qint64 left = spec.serials;
        Rng sampler(spec.seed, SampleSet, 0);
        for (int l = 0; l < lists; ++l) {
            AffectedSerialList list;
            list.campaignId = listTargets[std::size_t(l)].campaign;
            list.model = listTargets[std::size_t(l)].model;
            list.complete = l % 2 == 0;
            list.sources = {sourceId};
            list.origin = QStringLiteral("synthetic/affected-serials/%1/%2.json").arg(list.campaignId, list.model);
            const qint64 entries = l + 1 == lists ? left : std::min(left, perList);
            left -= entries;
            SerialList serials(spec.seed, l);
            list.serials.reserve(entries);
            for (qint64 k = 0; k + 1 < entries; ++k) {
                list.serials << serials.next();
                if (sampler.chance(1) && g.samples.serials.size() < 2000) {
                    g.samples.serials.push_back({list.campaignId, list.model, list.serials.back(), true});
                    g.samples.serials.push_back({list.campaignId, list.model, serials.serial(serials.last() + 1), false});
                }
            }
            list.ranges.push_back({serials.serial(serials.last() + 2), serials.serial(serials.last() + 2 + 999)});
            data.serialLists.push_back(std::move(list));
        }
    }

    Rng sampler(spec.seed, SampleSet, 1);
    for (int s = 0; s < 1000 && !data.products.empty(); ++s) {
        const Product &p = data.products[sampler.below(data.products.size())];
        g.samples.models << p.model;
        if (p.variants.empty())
            continue;
        const Variant &v = p.variants[sampler.below(p.variants.size())];
        if (!v.jan.isEmpty())
            g.samples.jans << v.jan;
        if (!v.code.isEmpty())
            g.samples.variantCodes << v.code;
    }
    return result;
}

namespace {

QString csvField(const QString &s)
{
    if (!s.contains(u',') && !s.contains(u'"') && !s.contains(u'\n'))
        return s;
    return u'"' + QString(s).replace(u'"', QStringLiteral("\"\"")) + u'"';
}

} // namespace

QByteArray batchCsv(const Generated &g, int rows, quint64 seed)
{
    const DataSet &data = g.data;
    QHash<QString, const Product *> byModel;
    for (const Product &p : data.products)
        byModel.insert(p.model, &p);
    std::vector<const Product *> recalled;
    for (const Campaign &c : data.campaigns) {
        for (const CampaignProduct &cp : c.products) {
            if (const Product *p = byModel.value(cp.model))
                recalled.push_back(p);
        }
    }
    static const QStringList stores{QStringLiteral("渋谷店"), QStringLiteral("梅田店"), QStringLiteral("Online"),
                                    QStringLiteral("札幌店"), QStringLiteral("博多店, 2F")};
    QString out = QStringLiteral("jan,model,variant,colour,purchased,serial,store\n");
    out.reserve(rows * 80);
    for (int row = 0; row < rows; ++row) {
        Rng rng(seed, Batch, quint64(row));
        QString serial;
        const Product *product = nullptr;
        const int kind = int(rng.below(100));
        if (kind < 70 && !data.serialLists.empty()) {
            // A unit of a product with a published list: a listed serial, or one that is not.
            const AffectedSerialList &list = data.serialLists[rng.below(data.serialLists.size())];
            product = byModel.value(list.model);
            const QString listed = list.serials.value(qsizetype(rng.below(quint64(list.serials.size()))));
            serial = rng.chance(60) ? listed : listed.left(15) + (listed.at(15) == u'Z' ? u'Y' : u'Z');
        } else if (kind < 95 && !recalled.empty()) {
            product = rng.pick(recalled);
        } else {
            product = &data.products[rng.below(data.products.size())];
        }
        if (serial.isEmpty() && rng.chance(70)) {
            serial = QStringLiteral("A");
            for (int c = 0; c < 15; ++c)
                serial += QChar(u"0123456789ABCDEFGHJKLMNPQRSTUVWXYZ"[rng.below(34)]);
        }
        if (!serial.isEmpty() && rng.chance(10))
            serial = QStringLiteral("SN: ") + serial.left(8) + u'-' + serial.mid(8); // pasted from a label
        if (rng.chance(2))
            serial = serial.left(10); // a typo: too short
        static const Variant none;
        const Variant &v = product->variants.empty() ? none : product->variants[rng.below(product->variants.size())];
        QString jan, model, variant, colour;
        const int key = int(rng.below(100));
        if (key < 50 && !v.jan.isEmpty()) {
            jan = rng.chance(1) ? v.jan.left(12) + QString::number((v.jan.at(12).digitValue() + 1) % 10) : v.jan;
        } else if (key < 80 || v.code.isEmpty()) {
            model = product->model;
            const auto colourIt = std::find_if(data.colours.begin(), data.colours.end(),
                                               [&](const Colour &c) { return c.id == v.colourId; });
            if (colourIt != data.colours.end() && rng.chance(80))
                colour = rng.chance(50) ? colourIt->name.ja : colourIt->name.en;
        } else {
            variant = v.code;
        }
        QString purchased;
        if (rng.chance(80)) {
            const QDate d = firstSaleDay.addDays(rng.between(0, int(firstSaleDay.daysTo(lastDay))));
            purchased = rng.chance(70) ? isoDate(d) : d.toString(QStringLiteral("yyyy/MM/dd"));
        }
        out += csvField(jan) + u',' + csvField(model) + u',' + csvField(variant) + u',' + csvField(colour) + u','
               + purchased + u',' + csvField(serial) + u',' + csvField(rng.pick(stores)) + u'\n';
    }
    return out.toUtf8();
}

} // namespace recall::synthetic
