#include "RecordParsers.h"

#include "Jan.h"
#include "SerialNumber.h"
#include "TextNormalizer.h"

#include <QRegularExpression>
#include <QUrl>

#include <limits>

namespace recall::RecordParsers {

namespace {
using Kind = DataReference::Kind;
const QString kSrc = QStringLiteral("src");

bool isIdentifier(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$"));
    return re.match(s).hasMatch();
}

QString readId(JsonRecord &r, const QString &key)
{
    const QString id = r.string(key);
    if (!id.isEmpty() && !isIdentifier(id))
        r.report(DataIssueKind::BadValue, key, id);
    return id;
}

// A required int field, 0 when missing; std::nullopt (reported) when out of range: never cut to its low
// 32 bits (a format_version of 4294967297 is not 1).
std::optional<int> smallInteger(JsonRecord &r, const QString &key)
{
    const qint64 value = r.integer(key).value_or(0);
    if (value < std::numeric_limits<int>::min() || value > std::numeric_limits<int>::max()) {
        r.report(DataIssueKind::OutOfRange, key, QString::number(value));
        return std::nullopt;
    }
    return int(value);
}

QString readUrl(JsonRecord &r, const QString &key, JsonRecord::Need need)
{
    const QString s = r.string(key, need);
    if (s.isEmpty())
        return s;
    const QUrl url(s, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"https" && url.scheme() != u"http") || url.host().isEmpty())
        r.report(DataIssueKind::BadUrl, key, s);
    return s;
}

std::vector<Note> readNotes(JsonRecord &r)
{
    std::vector<Note> notes;
    r.eachObject(QStringLiteral("notes"), JsonRecord::Optional, [&](JsonRecord &n) {
        notes.push_back({readId(n, QStringLiteral("id")), n.string(QStringLiteral("about")),
                         n.text(QStringLiteral("text")), n.sources()});
    });
    return notes;
}

Variant readVariant(JsonRecord &r)
{
    Variant v;
    v.code = TextNormalizer::foldCode(r.string(QStringLiteral("code"), JsonRecord::Optional));
    v.jan = r.string(QStringLiteral("jan"), JsonRecord::Optional);
    if (!v.jan.isEmpty()) {
        if (!Jan::hasValidFormat(v.jan))
            r.report(DataIssueKind::BadJan, QStringLiteral("jan"), v.jan);
        else if (!Jan::isValid(v.jan))
            r.report(DataIssueKind::BadJanCheckDigit, QStringLiteral("jan"),
                     QString::number(Jan::expectedCheckDigit(v.jan)));
    }
    v.colourId = r.string(QStringLiteral("colour"));
    r.reference(Kind::Colour, v.colourId, QStringLiteral("colour"));
    v.photo = r.string(QStringLiteral("photo"), JsonRecord::Optional);
    v.photoCredit = r.string(QStringLiteral("photo_credit"), JsonRecord::Optional);
    if (!v.photo.isEmpty() && v.photoCredit.isEmpty())
        r.report(DataIssueKind::MissingField, QStringLiteral("photo_credit"));
    static const QRegularExpression photoName(QStringLiteral("^[A-Za-z0-9_.-]+\\.(png|jpg|jpeg)$"));
    if (!v.photo.isEmpty() && !photoName.match(v.photo).hasMatch())
        r.report(DataIssueKind::BadValue, QStringLiteral("photo"), QStringLiteral("a .png or .jpg file name in photos/"));
    v.cite = r.citations();
    return v;
}

CampaignProduct readCampaignProduct(JsonRecord &r)
{
    CampaignProduct cp;
    cp.model = TextNormalizer::foldCode(r.string(QStringLiteral("model")));
    r.reference(Kind::Product, cp.model, QStringLiteral("model"));
    cp.saleStart = r.date(QStringLiteral("sale_start"), JsonRecord::Optional);
    cp.saleEnd = r.date(QStringLiteral("sale_end"), JsonRecord::Optional);
    if (cp.saleStart && cp.saleEnd && *cp.saleStart > *cp.saleEnd)
        r.report(DataIssueKind::PeriodReversed, QStringLiteral("sale_end"), cp.saleEnd->toString(Qt::ISODate));
    r.eachObject(QStringLiteral("sale_start_alternatives"), JsonRecord::Optional, [&](JsonRecord &a) {
        DateAlternative alt;
        alt.date = a.date(QStringLiteral("date")).value_or(QDate());
        alt.sources = a.sources();
        alt.noteId = a.string(QStringLiteral("note"));
        cp.saleStartAlternatives.push_back(alt);
    });
    cp.units = r.integer(QStringLiteral("units"), JsonRecord::Optional);
    if (cp.units && *cp.units <= 0)
        r.report(DataIssueKind::OutOfRange, QStringLiteral("units"), QString::number(*cp.units));
    const QString coverage = r.string(QStringLiteral("coverage"));
    if (auto c = coverageFromKey(coverage))
        cp.coverage = *c;
    else if (!coverage.isEmpty())
        r.report(DataIssueKind::BadValue, QStringLiteral("coverage"), QStringLiteral("serial_checked, all_units"));
    cp.excludedColours = r.stringList(QStringLiteral("excluded_colours"), JsonRecord::Optional);
    for (const QString &colour : std::as_const(cp.excludedColours))
        r.reference(Kind::Colour, colour, QStringLiteral("excluded_colours"));
    cp.serialLocation = r.text(QStringLiteral("serial_location"), JsonRecord::Optional);
    if (auto rep = r.object(QStringLiteral("replacement"), JsonRecord::Optional)) {
        Replacement replacement;
        replacement.name = rep->text(QStringLiteral("name"));
        replacement.model = TextNormalizer::foldCode(rep->string(QStringLiteral("model"), JsonRecord::Optional));
        replacement.notes = rep->text(QStringLiteral("notes"), JsonRecord::Optional);
        replacement.cite = rep->citations();
        rep->finish();
        cp.replacement = replacement;
    }
    r.eachObject(QStringLiteral("progress"), JsonRecord::Optional, [&](JsonRecord &p) {
        ProgressEntry e;
        e.asOf = p.date(QStringLiteral("as_of")).value_or(QDate());
        e.ratePercent = p.number(QStringLiteral("rate_percent")).value_or(0);
        if (e.ratePercent < 0 || e.ratePercent > 100)
            p.report(DataIssueKind::OutOfRange, QStringLiteral("rate_percent"), QString::number(e.ratePercent));
        e.sources = p.sources();
        cp.progress.push_back(e);
    });
    cp.notes = readNotes(r);
    cp.cite = r.citations();
    return cp;
}
} // namespace

DataSetInfo readDataSetInfo(JsonRecord &r)
{
    DataSetInfo info;
    info.formatVersion = smallInteger(r, QStringLiteral("format_version")).value_or(0);
    const std::optional<int> dataVersion = smallInteger(r, QStringLiteral("data_version"));
    info.dataVersion = dataVersion.value_or(0);
    if (dataVersion && info.dataVersion < 1)
        r.report(DataIssueKind::OutOfRange, QStringLiteral("data_version"), QString::number(info.dataVersion));
    info.asOf = r.date(QStringLiteral("as_of")).value_or(QDate());
    info.title = r.text(QStringLiteral("title"));
    return info;
}

Source readSource(JsonRecord &r)
{
    Source s;
    s.id = readId(r, QStringLiteral("id"));
    s.title = r.string(QStringLiteral("title"));
    s.publisher = r.string(QStringLiteral("publisher"), JsonRecord::Optional);
    s.url = readUrl(r, QStringLiteral("url"), JsonRecord::Optional);
    s.seed = r.string(QStringLiteral("seed"), JsonRecord::Optional);
    if (s.url.isEmpty() && s.seed.isEmpty())
        r.report(DataIssueKind::MissingField, QStringLiteral("url"));
    s.reliability = r.string(QStringLiteral("reliability"));
    static const QStringList reliabilities{QStringLiteral("P"), QStringLiteral("N"), QStringLiteral("S"),
                                           QStringLiteral("L"), QStringLiteral("T")};
    if (!s.reliability.isEmpty() && !reliabilities.contains(s.reliability))
        r.report(DataIssueKind::BadValue, QStringLiteral("reliability"), reliabilities.join(u", "));
    s.comment = r.string(QStringLiteral("comment"), JsonRecord::Optional);
    s.date = r.date(QStringLiteral("date"), JsonRecord::Optional);
    return s;
}

Colour readColour(JsonRecord &r)
{
    Colour c;
    c.id = readId(r, QStringLiteral("id"));
    c.name = r.text(QStringLiteral("name"));
    c.aliases = r.stringList(QStringLiteral("aliases"), JsonRecord::Optional);
    c.swatch = r.string(QStringLiteral("swatch"));
    static const QRegularExpression swatch(QStringLiteral("^#[0-9A-Fa-f]{6}$"));
    if (!c.swatch.isEmpty() && !swatch.match(c.swatch).hasMatch())
        r.report(DataIssueKind::BadSwatch, QStringLiteral("swatch"), c.swatch);
    return c;
}

Category readCategory(JsonRecord &r)
{
    Category c;
    c.id = readId(r, QStringLiteral("id"));
    c.name = r.text(QStringLiteral("name"));
    c.synonyms = r.stringList(QStringLiteral("synonyms"), JsonRecord::Optional);
    return c;
}

Product readProduct(JsonRecord &r)
{
    Product p;
    p.model = TextNormalizer::foldCode(readId(r, QStringLiteral("model")));
    p.brand = r.string(QStringLiteral("brand"), JsonRecord::Optional);
    p.name = r.text(QStringLiteral("name"));
    p.reading = r.string(QStringLiteral("reading"), JsonRecord::Optional);
    p.aliases = r.stringList(QStringLiteral("aliases"), JsonRecord::Optional);
    p.categoryId = r.string(QStringLiteral("category"));
    r.reference(Kind::Category, p.categoryId, QStringLiteral("category"));
    p.illustration = r.string(QStringLiteral("illustration"), JsonRecord::Optional);
    static const QStringList shapes{QStringLiteral("power_bank"), QStringLiteral("magnetic_battery"),
                                    QStringLiteral("speaker"), QStringLiteral("handle_speaker"),
                                    QStringLiteral("conference_speaker")};
    if (!p.illustration.isEmpty() && !shapes.contains(p.illustration))
        r.report(DataIssueKind::BadValue, QStringLiteral("illustration"), shapes.join(QStringLiteral(", ")));
    r.eachObject(QStringLiteral("variants"), JsonRecord::Required,
                 [&](JsonRecord &v) { p.variants.push_back(readVariant(v)); });
    p.notes = readNotes(r);
    p.cite = r.citations();
    return p;
}

Campaign readCampaign(JsonRecord &r)
{
    Campaign c;
    c.id = readId(r, QStringLiteral("id"));
    c.manufacturer = r.text(QStringLiteral("manufacturer"));
    c.market = r.string(QStringLiteral("market"));
    c.announced = r.date(QStringLiteral("announced")).value_or(QDate());
    c.kind = r.string(QStringLiteral("kind"), JsonRecord::Optional);
    c.title = r.text(QStringLiteral("title"));
    c.hazard = r.text(QStringLiteral("hazard"), JsonRecord::Optional);
    c.cause = r.text(QStringLiteral("cause"), JsonRecord::Optional);
    c.background = r.text(QStringLiteral("background"), JsonRecord::Optional);
    c.salesChannels = r.text(QStringLiteral("sales_channels"), JsonRecord::Optional);
    c.remedy = r.stringList(QStringLiteral("remedy"), JsonRecord::Optional);
    for (const QString &remedy : std::as_const(c.remedy)) {
        if (remedy != u"exchange" && remedy != u"refund")
            r.report(DataIssueKind::BadValue, QStringLiteral("remedy"), QStringLiteral("exchange, refund"));
    }
    c.officialUrl = readUrl(r, QStringLiteral("official_url"), JsonRecord::Optional);
    if (auto phone = r.object(QStringLiteral("phone"), JsonRecord::Optional)) {
        c.phone = Phone{phone->string(QStringLiteral("number")), phone->text(QStringLiteral("hours"), JsonRecord::Optional)};
        phone->finish();
    }
    c.purchaseCutoff = r.date(QStringLiteral("purchase_cutoff"), JsonRecord::Optional);
    if (auto total = r.object(QStringLiteral("total_units"), JsonRecord::Optional)) {
        c.approxTotalUnits = total->integer(QStringLiteral("approx"));
        total->finish();
    }
    r.eachObject(QStringLiteral("collected"), JsonRecord::Optional, [&](JsonRecord &e) {
        CollectedEntry entry;
        entry.asOf = e.date(QStringLiteral("as_of")).value_or(QDate());
        entry.categoryId = e.string(QStringLiteral("category"));
        e.reference(Kind::Category, entry.categoryId, QStringLiteral("category"));
        entry.approxUnits = e.integer(QStringLiteral("approx_units")).value_or(0);
        entry.sources = e.sources();
        c.collected.push_back(entry);
    });
    r.eachObject(QStringLiteral("steps"), JsonRecord::Optional, [&](JsonRecord &s) {
        c.steps.push_back({readId(s, QStringLiteral("id")), s.text(QStringLiteral("text")), s.sources()});
    });
    c.notes = readNotes(r);
    r.eachObject(QStringLiteral("products"), JsonRecord::Required,
                 [&](JsonRecord &p) { c.products.push_back(readCampaignProduct(p)); });
    c.cite = r.citations();
    return c;
}

AffectedSerialList readAffectedSerialList(JsonRecord &r)
{
    AffectedSerialList list;
    list.campaignId = r.string(QStringLiteral("campaign"));
    list.model = TextNormalizer::foldCode(r.string(QStringLiteral("model")));
    list.complete = r.boolean(QStringLiteral("complete")).value_or(false);
    list.sources = r.sources();
    const auto normalizedSerial = [](JsonRecord &record, const QString &raw, const QString &key) {
        const SerialCheck check = SerialNumber::check(raw);
        if (!check.valid)
            record.report(DataIssueKind::BadSerial, key, raw);
        return check.normalized;
    };
    const QStringList serials = r.stringList(QStringLiteral("serials"), JsonRecord::Optional);
    for (qsizetype i = 0; i < serials.size(); ++i)
        list.serials << normalizedSerial(r, serials.at(i), QStringLiteral("serials[%1]").arg(i));
    r.eachObject(QStringLiteral("ranges"), JsonRecord::Optional, [&](JsonRecord &range) {
        SerialRange sr;
        sr.from = normalizedSerial(range, range.string(QStringLiteral("from")), QStringLiteral("from"));
        sr.to = normalizedSerial(range, range.string(QStringLiteral("to")), QStringLiteral("to"));
        if (sr.from > sr.to)
            range.report(DataIssueKind::PeriodReversed, QStringLiteral("to"), sr.to);
        list.ranges.push_back(sr);
    });
    return list;
}

} // namespace recall::RecordParsers
