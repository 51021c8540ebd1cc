#include "Catalogue.h"

#include "CatalogueSchema.h"
#include "Logging.h"
#include "RecordParsers.h"
#include "SqlDatabase.h"
#include "TextNormalizer.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlQuery>

#include <spdlog/logger.h>

namespace recall {

namespace {

template <typename T, typename Parse>
T parseDoc(const QString &doc, Parse parse)
{
    DataIssues issues;
    std::vector<DataReference> refs;
    JsonRecord record(QJsonDocument::fromJson(doc.toUtf8()).object(), QStringLiteral("catalogue"), {}, issues, refs);
    T value = parse(record);
    if (!issues.empty())
        Logging::logger("catalogue")->warn("stored record has {} issue(s)", issues.size());
    return value;
}

QString upperBoundAfterPrefix(const QString &prefix)
{
    return prefix + QString::fromUcs4(U"\U0010FFFF");
}

// FTS5 phrase syntax: the text in double quotes, inner quotes doubled. Never an operator.
QString ftsPhrase(QString text)
{
    return u'"' + text.replace(u'"', QStringLiteral("\"\"")) + u'"';
}

constexpr int ftsMinimumLength = 3; // the trigram tokenizer matches nothing shorter

} // namespace

QString catalogueErrorKey(CatalogueError::Kind kind)
{
    switch (kind) {
    case CatalogueError::Kind::Missing: return QStringLiteral("missing");
    case CatalogueError::Kind::CannotOpen: return QStringLiteral("cannot_open");
    case CatalogueError::Kind::NotACatalogue: return QStringLiteral("not_a_catalogue");
    case CatalogueError::Kind::SchemaTooOld: return QStringLiteral("schema_too_old");
    case CatalogueError::Kind::SchemaTooNew: return QStringLiteral("schema_too_new");
    case CatalogueError::Kind::QueryFailed: return QStringLiteral("query_failed");
    }
    return {};
}

Catalogue::Catalogue(std::unique_ptr<SqlDatabase> db) : m_db(std::move(db)) {}

Catalogue::~Catalogue() = default;

const QString &Catalogue::path() const
{
    return m_db->path();
}

Catalogue::Expected<std::unique_ptr<Catalogue>> Catalogue::open(const QString &path)
{
    const auto log = Logging::logger("catalogue");
    if (!QFileInfo(path).isFile())
        return Error{Error::Kind::Missing, path, {}};
    QString openError;
    auto db = SqlDatabase::open(path, SqlDatabase::Mode::ReadOnly, &openError);
    if (!db)
        return Error{Error::Kind::CannotOpen, path, openError};
    db->exec(QStringLiteral("PRAGMA query_only=1"));

    std::unique_ptr<Catalogue> catalogue(new Catalogue(std::move(db)));
    QSqlQuery *meta = catalogue->m_db->run(QStringLiteral("SELECT key, value FROM meta"));
    if (!meta) {
        log->warn("not a catalogue: {}", path.toStdString());
        return Error{Error::Kind::NotACatalogue, path, catalogue->m_db->lastError()};
    }
    QHash<QString, QString> values;
    while (meta->next())
        values.insert(meta->value(0).toString(), meta->value(1).toString());
    meta->finish();
    CatalogueInfo &info = catalogue->m_info;
    info.schemaVersion = values.value(QStringLiteral("schema_version")).toInt();
    info.dataVersion = values.value(QStringLiteral("data_version")).toInt();
    info.asOf = QDate::fromString(values.value(QStringLiteral("as_of")), Qt::ISODate);
    info.title = {values.value(QStringLiteral("title_ja")), values.value(QStringLiteral("title_en"))};
    const int normalizer = values.value(QStringLiteral("normalizer_version")).toInt();
    if (info.schemaVersion == 0 || !info.asOf.isValid())
        return Error{Error::Kind::NotACatalogue, path, QStringLiteral("no schema version")};
    if (info.schemaVersion < CatalogueSchema::version || normalizer < TextNormalizer::version)
        return Error{Error::Kind::SchemaTooOld, path, QString::number(info.schemaVersion)};
    if (info.schemaVersion > CatalogueSchema::version || normalizer > TextNormalizer::version)
        return Error{Error::Kind::SchemaTooNew, path, QString::number(info.schemaVersion)};
    log->info("opened {} (data version {}, as of {})", path.toStdString(), info.dataVersion,
              info.asOf.toString(Qt::ISODate).toStdString());
    return catalogue;
}

Catalogue::Error Catalogue::queryError() const
{
    return Error{Error::Kind::QueryFailed, m_db->path(), m_db->lastError()};
}

Catalogue::Expected<bool> Catalogue::verify()
{
    QSqlQuery *check = m_db->run(QStringLiteral("PRAGMA quick_check"));
    if (!check)
        return queryError();
    const bool intact = check->next() && check->value(0).toString() == u"ok";
    check->finish();
    if (!intact)
        return false;
    QSqlQuery *counts = m_db->run(QStringLiteral(
        "SELECT (SELECT count(*) FROM products), (SELECT count(*) FROM campaigns), (SELECT count(*) FROM sources)"));
    if (!counts)
        return queryError();
    const bool populated = counts->next() && counts->value(0).toLongLong() > 0 && counts->value(1).toLongLong() > 0
                           && counts->value(2).toLongLong() > 0;
    counts->finish();
    return populated;
}

Catalogue::Expected<std::optional<ProductMatch>> Catalogue::productWhere(const QString &sql, const QVariant &key,
                                                                          bool keyIsVariant)
{
    QSqlQuery *q = m_db->run(sql, {key});
    if (!q)
        return queryError();
    if (!q->next())
        return std::optional<ProductMatch>();
    ProductMatch match;
    match.product = parseDoc<Product>(q->value(0).toString(), RecordParsers::readProduct);
    if (keyIsVariant)
        match.variantIndex = q->value(1).toInt();
    q->finish();
    return std::optional<ProductMatch>(std::move(match));
}

Catalogue::Expected<std::optional<ProductMatch>> Catalogue::productByModel(const QString &model)
{
    return productWhere(QStringLiteral("SELECT doc FROM products WHERE model = ?"), TextNormalizer::foldCode(model),
                        false);
}

Catalogue::Expected<std::optional<ProductMatch>> Catalogue::productById(qint64 productId)
{
    return productWhere(QStringLiteral("SELECT doc FROM products WHERE id = ?"), productId, false);
}

Catalogue::Expected<std::optional<ProductMatch>> Catalogue::productByVariantCode(const QString &code)
{
    return productWhere(QStringLiteral("SELECT p.doc, v.ordinal FROM variants v JOIN products p ON p.id = v.product_id "
                                       "WHERE v.code = ?"),
                        TextNormalizer::foldCode(code), true);
}

Catalogue::Expected<std::optional<ProductMatch>> Catalogue::productByJan(const QString &jan)
{
    return productWhere(QStringLiteral("SELECT p.doc, v.ordinal FROM variants v JOIN products p ON p.id = v.product_id "
                                       "WHERE v.jan = ?"),
                        TextNormalizer::foldCode(jan), true);
}

Catalogue::Expected<std::vector<ProductCampaign>> Catalogue::campaignsFor(const QString &model)
{
    const QString folded = TextNormalizer::foldCode(model);
    QSqlQuery *q = m_db->run(QStringLiteral("SELECT c.doc FROM campaign_products cp "
                                            "JOIN campaigns c ON c.id = cp.campaign_id "
                                            "JOIN products p ON p.id = cp.product_id "
                                            "WHERE p.model = ? ORDER BY c.announced DESC, c.id"),
                             {folded});
    if (!q)
        return queryError();
    std::vector<ProductCampaign> result;
    while (q->next()) {
        ProductCampaign pc{parseDoc<Campaign>(q->value(0).toString(), RecordParsers::readCampaign)};
        auto &products = pc.campaign.products;
        products.erase(std::remove_if(products.begin(), products.end(),
                                      [&](const CampaignProduct &cp) { return cp.model != folded; }),
                       products.end());
        if (!products.empty())
            result.push_back(std::move(pc));
    }
    q->finish();
    return result;
}

Catalogue::Expected<std::vector<Campaign>> Catalogue::campaigns()
{
    QSqlQuery *q = m_db->run(QStringLiteral("SELECT doc FROM campaigns ORDER BY announced DESC, id"));
    if (!q)
        return queryError();
    std::vector<Campaign> result;
    while (q->next())
        result.push_back(parseDoc<Campaign>(q->value(0).toString(), RecordParsers::readCampaign));
    q->finish();
    return result;
}

Catalogue::Expected<QStringList> Catalogue::campaignIdsFor(qint64 productId)
{
    QSqlQuery *q = m_db->run(QStringLiteral("SELECT cp.campaign_id FROM campaign_products cp "
                                            "JOIN campaigns c ON c.id = cp.campaign_id "
                                            "WHERE cp.product_id = ? ORDER BY c.announced DESC, c.id"),
                             {productId});
    if (!q)
        return queryError();
    QStringList ids;
    while (q->next())
        ids << q->value(0).toString();
    q->finish();
    return ids;
}

Catalogue::Expected<SerialListStatus> Catalogue::serialStatus(const QString &campaignId, const QString &model,
                                                              const QString &serial)
{
    QSqlQuery *list = m_db->run(QStringLiteral("SELECT cp.id, cp.serial_list_complete FROM campaign_products cp "
                                               "JOIN products p ON p.id = cp.product_id "
                                               "WHERE cp.campaign_id = ? AND p.model = ?"),
                                {campaignId, TextNormalizer::foldCode(model)});
    if (!list)
        return queryError();
    if (!list->next() || list->value(1).isNull()) {
        list->finish();
        return SerialListStatus::NoList;
    }
    const qint64 cpId = list->value(0).toLongLong();
    const bool complete = list->value(1).toInt() != 0;
    list->finish();
    // Ranges never overlap (the generator checks), so only the nearest range starting at or before the
    // serial can hold it.
    QSqlQuery *q = m_db->run(QStringLiteral("SELECT serial_to FROM affected_serials WHERE campaign_product_id = ? "
                                            "AND serial_from <= ? ORDER BY serial_from DESC LIMIT 1"),
                             {cpId, serial});
    if (!q)
        return queryError();
    const bool listed = q->next() && q->value(0).toString() >= serial;
    q->finish();
    if (listed)
        return SerialListStatus::Listed;
    return complete ? SerialListStatus::NotListedCompleteList : SerialListStatus::NotListedPartialList;
}

Catalogue::Expected<std::vector<Source>> Catalogue::sources(const QStringList &ids)
{
    std::vector<Source> result;
    for (const QString &id : ids) {
        QSqlQuery *q = m_db->run(QStringLiteral("SELECT id, title, publisher, url, seed, reliability, date, comment "
                                                "FROM sources WHERE id = ?"),
                                 {id});
        if (!q)
            return queryError();
        if (q->next()) {
            Source s{q->value(0).toString(), q->value(1).toString(), q->value(2).toString(),
                     q->value(3).toString(), q->value(4).toString(), q->value(5).toString(),
                     q->value(7).toString(), std::nullopt};
            const QDate date = QDate::fromString(q->value(6).toString(), Qt::ISODate);
            if (date.isValid())
                s.date = date;
            result.push_back(s);
        }
        q->finish();
    }
    return result;
}

Catalogue::Expected<std::vector<Colour>> Catalogue::colours()
{
    QSqlQuery *q = m_db->run(QStringLiteral("SELECT id, name_ja, name_en, swatch, aliases FROM colours ORDER BY id"));
    if (!q)
        return queryError();
    std::vector<Colour> result;
    while (q->next()) {
        result.push_back({q->value(0).toString(), {q->value(1).toString(), q->value(2).toString()},
                          q->value(4).toString().split(u'\n', Qt::SkipEmptyParts), q->value(3).toString()});
    }
    q->finish();
    return result;
}

Catalogue::Expected<std::vector<Category>> Catalogue::categories()
{
    QSqlQuery *q = m_db->run(QStringLiteral("SELECT id, name_ja, name_en, synonyms FROM categories ORDER BY id"));
    if (!q)
        return queryError();
    std::vector<Category> result;
    while (q->next()) {
        result.push_back({q->value(0).toString(), {q->value(1).toString(), q->value(2).toString()},
                          q->value(3).toString().split(u'\n', Qt::SkipEmptyParts)});
    }
    q->finish();
    return result;
}

Catalogue::Expected<std::vector<TermHit>> Catalogue::hits(const QString &sql, const QVariantList &values)
{
    QSqlQuery *q = m_db->run(sql, values);
    if (!q)
        return queryError();
    std::vector<TermHit> result;
    while (q->next()) {
        const auto kind = matchKindFromKey(q->value(2).toString());
        if (kind)
            result.push_back({q->value(0).toLongLong(), q->value(1).toLongLong(), *kind});
    }
    q->finish();
    return result;
}

Catalogue::Expected<std::vector<TermHit>> Catalogue::termsEqual(const QString &folded)
{
    return hits(QStringLiteral("SELECT product_id, variant_id, kind FROM search_terms WHERE term = ?"), {folded});
}

Catalogue::Expected<std::vector<TermHit>> Catalogue::termsWithPrefix(const QString &folded, int limit)
{
    return hits(QStringLiteral("SELECT product_id, variant_id, kind FROM search_terms "
                               "WHERE term >= ? AND term < ? LIMIT ?"),
                {folded, upperBoundAfterPrefix(folded), limit});
}

Catalogue::Expected<std::vector<TermHit>> Catalogue::termsContaining(const QString &folded, int limit)
{
    if (folded.size() >= ftsMinimumLength) {
        return hits(QStringLiteral("SELECT t.product_id, t.variant_id, t.kind FROM search_fts f "
                                   "JOIN search_terms t ON t.id = f.rowid WHERE search_fts MATCH ? LIMIT ?"),
                    {ftsPhrase(folded), limit});
    }
    return hits(QStringLiteral("SELECT product_id, variant_id, kind FROM search_terms WHERE instr(term, ?) > 0 LIMIT ?"),
                {folded, limit});
}

Catalogue::Expected<QString> Catalogue::variantCode(qint64 variantId)
{
    QSqlQuery *q = m_db->run(QStringLiteral("SELECT code FROM variants WHERE id = ?"), {variantId});
    if (!q)
        return queryError();
    const QString code = q->next() ? q->value(0).toString() : QString();
    q->finish();
    return code;
}

Catalogue::Expected<QSet<qint64>> Catalogue::coveredVariantIds(qint64 productId)
{
    QSqlQuery *q = m_db->run(QStringLiteral(
        "SELECT v.id FROM variants v WHERE v.product_id = ? AND EXISTS ("
        "  SELECT 1 FROM campaign_products cp WHERE cp.product_id = v.product_id AND NOT EXISTS ("
        "    SELECT 1 FROM campaign_excluded_colours x WHERE x.campaign_product_id = cp.id AND x.colour_id = v.colour_id))"),
                             {productId});
    if (!q)
        return queryError();
    QSet<qint64> ids;
    while (q->next())
        ids.insert(q->value(0).toLongLong());
    q->finish();
    return ids;
}

Catalogue::Expected<QSet<qint64>> Catalogue::variantIds(qint64 productId)
{
    QSqlQuery *q = m_db->run(QStringLiteral("SELECT id FROM variants WHERE product_id = ?"), {productId});
    if (!q)
        return queryError();
    QSet<qint64> ids;
    while (q->next())
        ids.insert(q->value(0).toLongLong());
    q->finish();
    return ids;
}

Catalogue::Expected<QString> Catalogue::swatch(qint64 productId, qint64 variantId)
{
    QSqlQuery *q = variantId != 0
                       ? m_db->run(QStringLiteral("SELECT c.swatch FROM variants v JOIN colours c ON c.id = v.colour_id "
                                                  "WHERE v.id = ?"),
                                   {variantId})
                       : m_db->run(QStringLiteral("SELECT c.swatch FROM variants v JOIN colours c ON c.id = v.colour_id "
                                                  "WHERE v.product_id = ? ORDER BY v.ordinal LIMIT 1"),
                                   {productId});
    if (!q)
        return queryError();
    const QString swatch = q->next() ? q->value(0).toString() : QString();
    q->finish();
    return swatch;
}

Catalogue::Expected<QByteArray> Catalogue::photo(const QString &name)
{
    QSqlQuery *q = m_db->run(QStringLiteral("SELECT data FROM photos WHERE name = ?"), {name});
    if (!q)
        return queryError();
    const QByteArray data = q->next() ? q->value(0).toByteArray() : QByteArray();
    q->finish();
    return data;
}

Catalogue::Expected<int> Catalogue::variantIndex(qint64 variantId)
{
    QSqlQuery *q = m_db->run(QStringLiteral("SELECT ordinal FROM variants WHERE id = ?"), {variantId});
    if (!q)
        return queryError();
    const int index = q->next() ? q->value(0).toInt() : -1;
    q->finish();
    return index;
}

} // namespace recall
