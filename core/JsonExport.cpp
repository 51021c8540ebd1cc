#include "JsonExport.h"

#include <QJsonArray>

namespace recall::JsonExport {

namespace {

QJsonValue orNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonValue orNull(const std::optional<QDate> &d)
{
    return d && d->isValid() ? QJsonValue(d->toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue textOrNull(const LocalizedText &t)
{
    return t.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text(t));
}

QJsonArray strings(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QJsonArray notes(const std::vector<Note> &items)
{
    QJsonArray out;
    for (const Note &n : items)
        out.append(QJsonObject{{QStringLiteral("id"), n.id},
                               {QStringLiteral("about"), n.about},
                               {QStringLiteral("text"), text(n.text)},
                               {QStringLiteral("sources"), strings(n.sources)}});
    return out;
}

QJsonObject source(const Source &s)
{
    return {{QStringLiteral("id"), s.id},
            {QStringLiteral("title"), s.title},
            {QStringLiteral("publisher"), orNull(s.publisher)},
            {QStringLiteral("url"), orNull(s.url)},
            {QStringLiteral("seed"), orNull(s.seed)},
            {QStringLiteral("reliability"), s.reliability},
            {QStringLiteral("date"), orNull(s.date)}};
}

QJsonValue phone(const Campaign &c)
{
    if (!c.phone)
        return QJsonValue(QJsonValue::Null);
    return QJsonObject{{QStringLiteral("number"), c.phone->number}, {QStringLiteral("hours"), textOrNull(c.phone->hours)}};
}

QJsonValue replacement(const Replacement *r)
{
    if (!r)
        return QJsonValue(QJsonValue::Null);
    return QJsonObject{{QStringLiteral("name"), text(r->name)},
                       {QStringLiteral("model"), orNull(r->model)},
                       {QStringLiteral("notes"), textOrNull(r->notes)}};
}

QJsonObject reason(const Reason &r)
{
    return {{QStringLiteral("code"), reasonKey(r.code)},
            {QStringLiteral("detail"), orNull(r.detail)},
            {QStringLiteral("notes"), strings(r.noteIds)}};
}

QJsonArray reasons(const std::vector<Reason> &items)
{
    QJsonArray out;
    for (const Reason &r : items)
        out.append(reason(r));
    return out;
}

} // namespace

QJsonObject text(const LocalizedText &t)
{
    return {{QStringLiteral("ja"), t.ja}, {QStringLiteral("en"), t.en}};
}

QJsonObject search(const SearchResponse &response)
{
    QJsonArray results;
    for (const SearchResult &r : response.results) {
        results.append(QJsonObject{{QStringLiteral("model"), r.model},
                                   {QStringLiteral("name"), text(r.name)},
                                   {QStringLiteral("category"), r.categoryId},
                                   {QStringLiteral("campaigns"), strings(r.campaigns)},
                                   {QStringLiteral("variant"), orNull(r.variant)},
                                   {QStringLiteral("variants"), strings(r.variants)},
                                   {QStringLiteral("matched_by"), matchKindKey(r.matchedBy)},
                                   {QStringLiteral("status"), recallStatusKey(r.status)},
                                   {QStringLiteral("rank"), r.rank}});
    }
    static const char *statuses[] = {"ok", "empty", "too_long"};
    return {{QStringLiteral("query"), response.query},
            {QStringLiteral("status"), QString::fromLatin1(statuses[int(response.status)])},
            {QStringLiteral("results"), results}};
}

QJsonObject show(const ProductDetails &d)
{
    QJsonArray variants;
    for (const Variant &v : d.product.variants) {
        const Colour *c = d.colour(v.colourId);
        const QStringList coveredBy = d.coveredBy(v);
        variants.append(QJsonObject{{QStringLiteral("code"), orNull(v.code)},
                                    {QStringLiteral("jan"), orNull(v.jan)},
                                    {QStringLiteral("colour_id"), v.colourId},
                                    {QStringLiteral("colour"), c ? text(c->name) : QJsonObject()},
                                    {QStringLiteral("swatch"), c ? c->swatch : QString()},
                                    {QStringLiteral("covered"), !coveredBy.isEmpty()},
                                    {QStringLiteral("covered_by"), strings(coveredBy)}});
    }
    QJsonArray campaigns;
    for (const ProductCampaign &pc : d.campaigns) {
        const Campaign &c = pc.campaign;
        const CampaignProduct &e = pc.entry();
        QJsonArray progress;
        for (const ProgressEntry &p : e.progress)
            progress.append(QJsonObject{{QStringLiteral("as_of"), p.asOf.toString(Qt::ISODate)},
                                        {QStringLiteral("rate_percent"), p.ratePercent}});
        QJsonArray steps;
        for (const Step &s : c.steps)
            steps.append(QJsonObject{{QStringLiteral("id"), s.id}, {QStringLiteral("text"), text(s.text)}});
        std::vector<Note> allNotes = c.notes;
        allNotes.insert(allNotes.end(), e.notes.begin(), e.notes.end());
        QJsonArray sources;
        for (const Source &s : d.sourcesOf(citedSources(c)))
            sources.append(source(s));
        campaigns.append(QJsonObject{
            {QStringLiteral("id"), c.id},
            {QStringLiteral("title"), text(c.title)},
            {QStringLiteral("manufacturer"), text(c.manufacturer)},
            {QStringLiteral("market"), c.market},
            {QStringLiteral("announced"), c.announced.toString(Qt::ISODate)},
            {QStringLiteral("hazard"), textOrNull(c.hazard)},
            {QStringLiteral("cause"), textOrNull(c.cause)},
            {QStringLiteral("sale_start"), orNull(e.saleStart)},
            {QStringLiteral("sale_end"), orNull(e.saleEnd)},
            {QStringLiteral("purchase_cutoff"), orNull(c.purchaseCutoff)},
            {QStringLiteral("units"), e.units ? QJsonValue(double(*e.units)) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("coverage"), coverageKey(e.coverage)},
            {QStringLiteral("excluded_colours"), strings(e.excludedColours)},
            {QStringLiteral("remedy"), strings(c.remedy)},
            {QStringLiteral("official_url"), orNull(c.officialUrl)},
            {QStringLiteral("phone"), phone(c)},
            {QStringLiteral("serial_location"), textOrNull(e.serialLocation)},
            {QStringLiteral("replacement"), replacement(e.replacement ? &*e.replacement : nullptr)},
            {QStringLiteral("progress"), progress},
            {QStringLiteral("steps"), steps},
            {QStringLiteral("notes"), notes(allNotes)},
            {QStringLiteral("sources"), sources}});
    }
    QJsonArray productSources;
    for (const Source &s : d.sourcesOf(citedSources(d.product)))
        productSources.append(source(s));
    QJsonObject category;
    if (d.category)
        category = {{QStringLiteral("id"), d.category->id}, {QStringLiteral("ja"), d.category->name.ja},
                     {QStringLiteral("en"), d.category->name.en}};
    return {{QStringLiteral("model"), d.product.model},
            {QStringLiteral("name"), text(d.product.name)},
            {QStringLiteral("reading"), orNull(d.product.reading)},
            {QStringLiteral("category"), category},
            {QStringLiteral("variants"), variants},
            {QStringLiteral("campaigns"), campaigns},
            {QStringLiteral("replacement"), replacement(d.replacement())},
            {QStringLiteral("notes"), notes(d.product.notes)},
            {QStringLiteral("sources"), productSources},
            {QStringLiteral("data_as_of"), d.dataAsOf.toString(Qt::ISODate)}};
}

QJsonObject serial(const SerialCheck &check)
{
    QJsonArray problems;
    for (const SerialProblem &p : check.problems) {
        QJsonObject o{{QStringLiteral("code"), SerialNumber::problemKey(p.kind)}};
        if (p.position > 0)
            o.insert(QStringLiteral("position"), p.position);
        if (!p.character.isNull())
            o.insert(QStringLiteral("character"), QString(p.character));
        if (p.length > 0)
            o.insert(QStringLiteral("length"), p.length);
        problems.append(o);
    }
    QJsonArray confusable;
    for (const ConfusableCharacter &c : check.confusable)
        confusable.append(QJsonObject{{QStringLiteral("position"), c.position},
                                      {QStringLiteral("character"), QString(c.character)},
                                      {QStringLiteral("lookalikes"), c.lookalikes}});
    return {{QStringLiteral("input"), check.input.left(1024)},
            {QStringLiteral("normalized"), check.normalized.left(1024)},
            {QStringLiteral("valid"), check.valid},
            {QStringLiteral("problems"), problems},
            {QStringLiteral("confusable"), confusable}};
}

QJsonObject check(const CheckResult &result)
{
    QJsonArray matches;
    for (const CampaignMatch &m : result.matches) {
        matches.append(QJsonObject{{QStringLiteral("campaign"), m.campaign.id},
                                   {QStringLiteral("verdict"), verdictKey(m.verdict)},
                                   {QStringLiteral("reasons"), reasons(m.reasons)},
                                   {QStringLiteral("official_url"), orNull(m.campaign.officialUrl)},
                                   {QStringLiteral("phone"), phone(m.campaign)},
                                   {QStringLiteral("notes"), notes(m.notes)}});
    }
    const CampaignMatch *decisive = result.decisive();
    const Variant *variant = result.product ? result.product->variant() : nullptr;
    return {{QStringLiteral("verdict"), verdictKey(result.verdict)},
            {QStringLiteral("model"), result.product ? QJsonValue(result.product->product.model) : QJsonValue()},
            {QStringLiteral("name"), result.product ? QJsonValue(text(result.product->product.name)) : QJsonValue()},
            {QStringLiteral("variant"), variant ? orNull(variant->code) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("colour"), orNull(result.colourId)},
            {QStringLiteral("purchased"), orNull(result.purchased)},
            {QStringLiteral("reasons"), reasons(result.reasons)},
            {QStringLiteral("matches"), matches},
            {QStringLiteral("serial"), result.serial ? QJsonValue(serial(*result.serial)) : QJsonValue()},
            {QStringLiteral("official_url"), decisive ? orNull(decisive->campaign.officialUrl) : QJsonValue()},
            {QStringLiteral("phone"), decisive ? phone(decisive->campaign) : QJsonValue()},
            {QStringLiteral("data_as_of"), result.dataAsOf.toString(Qt::ISODate)}};
}

} // namespace recall::JsonExport
