#include "Catalogue.h"

#include "CampaignRecord.h"
#include "CatalogueSchema.h"
#include "Logging.h"
#include "ProductRecord.h"
#include "RecordParsers.h"
#include "SearchVocabulary.h"
#include "SqlDatabase.h"
#include "TextNormalizer.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlQuery>

#include <spdlog/logger.h>

#include <algorithm>

namespace recall {

namespace {

// `doc` as UTF-8: records are selected as CAST(doc AS BLOB), which hands over SQLite's own bytes instead of
// converting them to UTF-16 for a QString and back to UTF-8 for the JSON parser.
template <typename T, typename Parse>
T parseDoc(const QByteArray &doc, Parse parse)
{
    DataIssues issues;
    std::vector<DataReference> refs;
    JsonRecord record(QJsonDocument::fromJson(doc).object(), QStringLiteral("catalogue"), {}, issues, refs);
    record.setTrusted(); // validated when the catalogue was built
    T value = parse(record);
    if (!issues.empty())
        Logging::logger("catalogue")->warn("stored record has {} issue(s)", issues.size());
    return value;
}

// m_serialLists is keyed by campaign id and folded model.
QString serialListKey(const QString &campaignId, const QString &foldedModel)
{
    return campaignId + u'\x1f' + foldedModel;
}

// The list a campaign_products row names: cp.id at `column`, serial_list_complete next to it (NULL: the
// campaign has no list for the product).
Catalogue::SerialList serialListOf(const SqliteReader::Cursor &row, int column)
{
    if (row.isNull(column + 1))
        return {};
    return {row.int64(column), row.int64(column + 1) != 0};
}

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
    case CatalogueError::Kind::Locked: return QStringLiteral("locked");
    }
    return {};
}

Catalogue::Catalogue(std::unique_ptr<SqlDatabase> db)
    : m_db(std::move(db)), m_products(cachedProductBytes), m_summaries(cachedSummaries),
      m_campaigns(std::make_shared<ParsedCampaigns>(cachedCampaignBytes))
{
}

Catalogue::~Catalogue() = default;

Catalogue::ReadTransaction::ReadTransaction(Catalogue &catalogue) : m_catalogue(catalogue)
{
    if (m_catalogue.m_readTransactions++ == 0)
        m_catalogue.m_db->transaction(); // if it fails, each query still takes its own lock
}

Catalogue::ReadTransaction::~ReadTransaction()
{
    if (--m_catalogue.m_readTransactions == 0 && !m_catalogue.m_db->commit())
        m_catalogue.m_db->rollback();
}

const QString &Catalogue::path() const
{
    return m_db->path();
}

Catalogue::Expected<std::unique_ptr<Catalogue>> Catalogue::open(const QString &path, PageAccess access)
{
    const auto log = Logging::logger("catalogue");
    if (!QFileInfo(path).isFile())
        return Error{Error::Kind::Missing, path, {}};
    QString openError;
    auto db = SqlDatabase::open(path, SqlDatabase::Mode::ReadOnly, &openError);
    if (!db)
        return Error{Error::Kind::CannotOpen, path, openError};
    db->exec(QStringLiteral("PRAGMA query_only=1"));
    for (const QString &pragma : pageAccessPragmas(access))
        db->exec(pragma);
    // Keep the shared lock from the first read until the catalogue is closed: without it SQLite takes and
    // drops a file lock (and looks for a hot journal) around every statement, which is most of the cost of a
    // single lookup. The catalogue is never written in place (an import renames a new file over it), and
    // other readers share the lock; an exclusive lock held by someone else still stops the first read.
    db->exec(QStringLiteral("PRAGMA locking_mode=EXCLUSIVE"));

    std::unique_ptr<Catalogue> catalogue(new Catalogue(std::move(db)));
    QSqlQuery *meta = catalogue->m_db->run(QStringLiteral("SELECT key, value FROM meta"));
    if (!meta) {
        // SQLITE_BUSY or SQLITE_LOCKED: the file may be fine; someone else holds it.
        if (const int code = catalogue->m_db->lastErrorCode().toInt() & 0xff; code == 5 || code == 6) {
            log->warn("catalogue locked: {}", path.toStdString());
            return Error{Error::Kind::Locked, path, catalogue->m_db->lastError()};
        }
        log->warn("not a catalogue: {}", path.toStdString());
        return Error{Error::Kind::NotACatalogue, path, catalogue->m_db->lastError()};
    }
    QHash<QString, QString> values;
    while (meta->next())
        values.insert(meta->value(0).toString(), meta->value(1).toString());
    meta->finish();
    // Records are parsed from the stored bytes as UTF-8 (see parseDoc); our writer never changes the encoding.
    QSqlQuery *encoding = catalogue->m_db->run(QStringLiteral("PRAGMA encoding"));
    const bool utf8 = encoding && encoding->next() && encoding->value(0).toString() == u"UTF-8";
    if (encoding)
        encoding->finish();
    if (!utf8)
        return Error{Error::Kind::NotACatalogue, path, QStringLiteral("text not stored as UTF-8")};
    CatalogueInfo &info = catalogue->m_info;
    info.schemaVersion = values.value(QStringLiteral("schema_version")).toInt();
    info.dataVersion = values.value(QStringLiteral("data_version")).toInt();
    info.asOf = QDate::fromString(values.value(QStringLiteral("as_of")), Qt::ISODate);
    info.title = {values.value(QStringLiteral("title_ja")), values.value(QStringLiteral("title_en"))};
    const int normalizer = values.value(QStringLiteral("normalizer_version")).toInt();
    if (const int shift = values.value(QStringLiteral("term_id_shift")).toInt(); shift > 0 && shift < 32)
        catalogue->m_termIdShift = shift;
    if (info.schemaVersion == 0 || !info.asOf.isValid())
        return Error{Error::Kind::NotACatalogue, path, QStringLiteral("no schema version")};
    if (info.schemaVersion < CatalogueSchema::version || normalizer < TextNormalizer::version)
        return Error{Error::Kind::SchemaTooOld, path, QString::number(info.schemaVersion)};
    if (info.schemaVersion > CatalogueSchema::version || normalizer > TextNormalizer::version)
        return Error{Error::Kind::SchemaTooNew, path, QString::number(info.schemaVersion)};
    QString readerError;
    catalogue->m_reader = SqliteReader::open(path, access, &readerError);
    if (!catalogue->m_reader)
        return Error{Error::Kind::CannotOpen, path, readerError};
    log->info("opened {} (data version {}, as of {})", path.toStdString(), info.dataVersion,
              info.asOf.toString(Qt::ISODate).toStdString());
    return catalogue;
}

Catalogue::Error Catalogue::queryError() const
{
    return Error{Error::Kind::QueryFailed, m_db->path(), m_db->lastError()};
}

Catalogue::Error Catalogue::lookupError() const
{
    return Error{Error::Kind::QueryFailed, m_reader->path(), m_reader->lastError()};
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

template <typename T> struct Catalogue::CompactForm
{
    std::optional<bool> Catalogue::*hasTable; // whether the catalogue has the table, once known
    QLatin1StringView table;
    const char *sql; // the compact record of a key, through m_reader
    std::optional<T> (*decode)(QByteArrayView);
    const char *noun; // for the log
};

template <typename T> struct Catalogue::StoredForms
{
    CompactForm<T> compact;
    const char *jsonSql; // the JSON record of a key, as a BLOB
    T (*parse)(JsonRecord &);
};

template <typename T>
Catalogue::Expected<std::optional<std::pair<T, qsizetype>>> Catalogue::compactRecord(const CompactForm<T> &form,
                                                                                    const SqliteReader::Value &key)
{
    auto hasTable = hasOptional(this->*form.hasTable, form.table);
    if (!hasTable)
        return hasTable.error();
    if (!*hasTable)
        return std::optional<std::pair<T, qsizetype>>();
    std::optional<SqliteReader::Cursor> record = m_reader->run(form.sql, {key});
    const bool found = record && record->next();
    if (!record || record->failed())
        return lookupError();
    if (std::optional<T> decoded = found ? form.decode(record->bytes(0)) : std::nullopt)
        return std::optional(std::pair<T, qsizetype>(std::move(*decoded), record->bytes(0).size()));
    const QString named = std::visit([](const auto &v) { return QVariant(v).toString(); }, key);
    Logging::logger("catalogue")->warn("{} {} has no readable record in {}", form.noun, named.toStdString(),
                                       form.table.toString().toStdString());
    return std::optional<std::pair<T, qsizetype>>();
}

template <typename T>
Catalogue::Expected<std::pair<T, qsizetype>> Catalogue::storedRecord(const StoredForms<T> &forms,
                                                                     const SqliteReader::Value &key)
{
    auto compact = compactRecord(forms.compact, key);
    if (!compact)
        return compact.error();
    if (*compact)
        return std::move(**compact);
    const QVariant keyValue = std::visit([](const auto &v) { return QVariant(v); }, key);
    auto doc = storedBytes(QString::fromLatin1(forms.jsonSql), keyValue);
    if (!doc)
        return doc.error();
    return std::pair<T, qsizetype>(parseDoc<T>(*doc, forms.parse), doc->size());
}

Catalogue::Expected<Product> Catalogue::productRecord(qint64 productId, ProductDetail detail)
{
    if (detail == ProductDetail::ForCheck) {
        static const CompactForm<Product> checkForm{&Catalogue::m_hasProductCheckRecords,
                                                    QLatin1StringView("product_check_records"),
                                                    "SELECT record FROM product_check_records WHERE id = ?",
                                                    ProductRecord::decodeForCheck, "product"};
        auto forCheck = compactRecord(checkForm, productId);
        if (!forCheck)
            return forCheck.error();
        if (*forCheck)
            return std::move((*forCheck)->first);
        // The whole product has all a check reads. After one unreadable check record the rest are not tried:
        // one warning in the log, not one for each product of a batch.
        m_hasProductCheckRecords = false;
    }
    if (const Product *cached = m_products.object(productId))
        return *cached;
    static const StoredForms<Product> forms{{&Catalogue::m_hasProductRecords, QLatin1StringView("product_records"),
                                             "SELECT record FROM product_records WHERE id = ?",
                                             ProductRecord::decode, "product"},
                                            "SELECT CAST(doc AS BLOB) FROM products WHERE id = ?",
                                            RecordParsers::readProduct};
    auto stored = storedRecord(forms, productId);
    if (!stored)
        return stored.error();
    auto product = std::make_unique<Product>(std::move(stored->first));
    Product copy = *product;
    m_products.insert(productId, product.release(), std::max<qsizetype>(1, stored->second));
    return copy;
}

// The parsed campaign, parsed and kept if need be.
Catalogue::Expected<ParsedCampaigns::Kept> Catalogue::cachedCampaign(const QString &campaignId)
{
    if (ParsedCampaigns::Kept kept = m_campaigns->find(campaignId))
        return kept;
    static const StoredForms<Campaign> forms{{&Catalogue::m_hasCampaignRecords, QLatin1StringView("campaign_records"),
                                              "SELECT record FROM campaign_records WHERE id = ?",
                                              CampaignRecord::decode, "campaign"},
                                             "SELECT CAST(doc AS BLOB) FROM campaigns WHERE id = ?",
                                             RecordParsers::readCampaign};
    auto stored = storedRecord(forms, campaignId);
    if (!stored)
        return stored.error();
    return m_campaigns->keep(campaignId, std::move(stored->first), stored->second);
}

Catalogue::Expected<std::optional<ProductMatch>> Catalogue::productWhere(const char *sql,
                                                                          const SqliteReader::Value &key,
                                                                          bool keyIsVariant, ProductDetail detail)
{
    qint64 productId = 0;
    ProductMatch match;
    {
        std::optional<SqliteReader::Cursor> q = m_reader->run(sql, {key});
        const bool found = q && q->next();
        if (!q || q->failed())
            return lookupError();
        if (!found)
            return std::optional<ProductMatch>();
        productId = q->int64(0);
        match.productId = productId;
        if (keyIsVariant)
            match.variantIndex = int(q->int64(1));
    }
    auto product = productRecord(productId, detail);
    if (!product)
        return product.error();
    match.product = std::move(*product);
    return std::optional<ProductMatch>(std::move(match));
}

Catalogue::Expected<std::optional<ProductMatch>> Catalogue::productByModel(const QString &model, ProductDetail detail)
{
    return productWhere("SELECT id FROM products WHERE model = ?", TextNormalizer::foldCode(model), false, detail);
}

Catalogue::Expected<std::optional<ProductMatch>> Catalogue::productById(qint64 productId)
{
    return productWhere("SELECT id FROM products WHERE id = ?", productId, false, ProductDetail::Full);
}

Catalogue::Expected<std::optional<ProductMatch>> Catalogue::productByVariantCode(const QString &code,
                                                                                 ProductDetail detail)
{
    auto covering = hasOptional(m_hasCodeIndex, QStringLiteral("variants_by_code"));
    if (!covering)
        return covering.error();
    const char *sql = *covering ? "SELECT product_id, ordinal FROM variants INDEXED BY variants_by_code "
                                  "WHERE code = ?"
                                : "SELECT product_id, ordinal FROM variants WHERE code = ?";
    return productWhere(sql, TextNormalizer::foldCode(code), true, detail);
}

Catalogue::Expected<std::optional<ProductMatch>> Catalogue::productByJan(const QString &jan, ProductDetail detail)
{
    auto covering = hasOptional(m_hasJanIndex, QStringLiteral("variants_by_jan"));
    if (!covering)
        return covering.error();
    const char *sql = *covering ? "SELECT product_id, ordinal FROM variants INDEXED BY variants_by_jan "
                                  "WHERE jan = ?"
                                : "SELECT product_id, ordinal FROM variants WHERE jan = ?";
    return productWhere(sql, TextNormalizer::foldCode(jan), true, detail);
}

Catalogue::Expected<QStringList> Catalogue::campaignIdsForModel(const QString &folded, qint64 productId)
{
    if (const auto known = m_campaignIdsByModel.constFind(folded); known != m_campaignIdsByModel.cend())
        return *known;
    // Sorted here by the campaigns' parsed records (needed next anyway) rather than by an ORDER BY, which
    // joins the campaigns table and builds a sorter for each product. The same rows say which campaigns have
    // an affected-serial list for the model: kept for serialList(), which a check asks next.
    // By the product's row when known: most products have no campaign, and then the only page read is one of
    // the small campaign_products index, not one of the large model index.
    QStringList unsorted;
    {
        std::optional<SqliteReader::Cursor> q =
            productId > 0
                ? m_reader->run("SELECT campaign_id, id, serial_list_complete FROM campaign_products "
                                "WHERE product_id = ?",
                                {productId})
                : m_reader->run("SELECT cp.campaign_id, cp.id, cp.serial_list_complete FROM products p "
                                "JOIN campaign_products cp ON cp.product_id = p.id WHERE p.model = ?",
                                {folded});
        while (q && q->next()) {
            unsorted << q->text(0);
            keepSerialList(unsorted.constLast(), folded, serialListOf(*q, 1));
        }
        if (!q || q->failed())
            return lookupError();
    }
    std::vector<std::pair<QDate, QString>> found; // announced, id
    for (const QString &id : std::as_const(unsorted)) {
        auto cached = cachedCampaign(id);
        if (!cached)
            return cached.error();
        found.emplace_back((*cached)->shell.announced, id);
    }
    // Newest first, then by id: as "ORDER BY c.announced DESC, c.id" would.
    std::sort(found.begin(), found.end(), [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    QStringList ids;
    for (const auto &[announced, id] : found)
        ids << id;
    if (m_campaignIdsByModel.size() >= cachedModels)
        m_campaignIdsByModel.clear();
    m_campaignIdsByModel.insert(folded, ids);
    return ids;
}

Catalogue::Expected<std::vector<ProductCampaign>> Catalogue::campaignsFor(const QString &model)
{
    return campaignsForModel(TextNormalizer::foldCode(model), 0);
}

Catalogue::Expected<std::vector<ProductCampaign>> Catalogue::campaignsFor(const ProductMatch &match)
{
    return campaignsForModel(TextNormalizer::foldCode(match.product.model), match.productId);
}

Catalogue::Expected<std::vector<ProductCampaign>> Catalogue::campaignsForModel(const QString &folded,
                                                                               qint64 productId)
{
    auto ids = campaignIdsForModel(folded, productId);
    if (!ids)
        return ids.error();
    std::vector<ProductCampaign> result;
    for (const QString &id : std::as_const(*ids)) {
        auto cached = cachedCampaign(id);
        if (!cached)
            return cached.error();
        const auto named = (*cached)->productsByModel.constFind(folded);
        if (named == (*cached)->productsByModel.cend())
            continue;
        ProductCampaign pc{(*cached)->shell};
        for (const qsizetype i : *named)
            pc.campaign.products.push_back((*cached)->products[std::size_t(i)]);
        result.push_back(std::move(pc));
    }
    return result;
}

Catalogue::Expected<int> Catalogue::campaignCount()
{
    QSqlQuery *q = m_db->run(QStringLiteral("SELECT count(*) FROM campaigns"));
    if (!q)
        return queryError();
    const int count = q->next() ? q->value(0).toInt() : 0;
    q->finish();
    return count;
}

Catalogue::Expected<std::vector<Campaign>> Catalogue::campaigns(int limit)
{
    // LIMIT -1 is SQLite's "no limit".
    QSqlQuery *q = m_db->run(QStringLiteral("SELECT id FROM campaigns ORDER BY announced DESC, id LIMIT ?"), {limit});
    if (!q)
        return queryError();
    QStringList ids;
    while (q->next())
        ids << q->value(0).toString();
    q->finish();
    // Through the parsed set, so the home page at start-up reads compact records and the product pages opened
    // next find their campaigns parsed.
    std::vector<Campaign> result;
    for (const QString &id : std::as_const(ids)) {
        auto cached = cachedCampaign(id);
        if (!cached)
            return cached.error();
        Campaign &campaign = result.emplace_back((*cached)->shell);
        campaign.products = (*cached)->products;
    }
    return result;
}

Catalogue::Expected<Catalogue::SerialList> Catalogue::serialList(const QString &campaignId, const QString &model)
{
    const QString folded = TextNormalizer::foldCode(model);
    if (const auto known = m_serialLists.constFind(serialListKey(campaignId, folded));
        known != m_serialLists.cend())
        return *known;
    SerialList entry;
    {
        std::optional<SqliteReader::Cursor> list =
            m_reader->run("SELECT cp.id, cp.serial_list_complete FROM campaign_products cp "
                          "JOIN products p ON p.id = cp.product_id WHERE cp.campaign_id = ? AND p.model = ?",
                          {campaignId, folded});
        if (list && list->next())
            entry = serialListOf(*list, 0);
        if (!list || list->failed())
            return lookupError();
    }
    keepSerialList(campaignId, folded, entry);
    return entry;
}

void Catalogue::keepSerialList(const QString &campaignId, const QString &foldedModel, const SerialList &list)
{
    if (m_serialLists.size() >= cachedModels)
        m_serialLists.clear();
    m_serialLists.insert(serialListKey(campaignId, foldedModel), list);
}

Catalogue::Expected<SerialListStatus> Catalogue::serialStatus(const QString &campaignId, const QString &model,
                                                              const QString &serial)
{
    auto list = serialList(campaignId, model);
    if (!list)
        return list.error();
    return serialStatus(*list, serial);
}

Catalogue::Expected<SerialListStatus> Catalogue::serialStatus(const SerialList &list, const QString &serial)
{
    if (list.campaignProductId == 0)
        return SerialListStatus::NoList;
    // Ranges never overlap (the generator checks), so only the nearest range starting at or before the
    // serial can hold it. Compared in UTF-8, as SQLite orders the column.
    const QByteArray utf8 = serial.toUtf8();
    std::optional<SqliteReader::Cursor> q =
        m_reader->run("SELECT serial_to FROM affected_serials "
                      "WHERE campaign_product_id = ? AND serial_from <= ? ORDER BY serial_from DESC LIMIT 1",
                      {list.campaignProductId, utf8});
    const bool listed = q && q->next() && q->bytes(0) >= QByteArrayView(utf8);
    if (!q || q->failed())
        return lookupError();
    if (listed)
        return SerialListStatus::Listed;
    return list.complete ? SerialListStatus::NotListedCompleteList : SerialListStatus::NotListedPartialList;
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
    if (m_colours)
        return *m_colours;
    QSqlQuery *q = m_db->run(QStringLiteral("SELECT id, name_ja, name_en, swatch, aliases FROM colours ORDER BY id"));
    if (!q)
        return queryError();
    std::vector<Colour> result;
    while (q->next()) {
        result.push_back({q->value(0).toString(), {q->value(1).toString(), q->value(2).toString()},
                          q->value(4).toString().split(u'\n', Qt::SkipEmptyParts), q->value(3).toString()});
    }
    q->finish();
    m_colours = result;
    return result;
}

Catalogue::Expected<std::vector<Category>> Catalogue::categories()
{
    if (m_categories)
        return *m_categories;
    QSqlQuery *q = m_db->run(QStringLiteral("SELECT id, name_ja, name_en, synonyms FROM categories ORDER BY id"));
    if (!q)
        return queryError();
    std::vector<Category> result;
    while (q->next()) {
        result.push_back({q->value(0).toString(), {q->value(1).toString(), q->value(2).toString()},
                          q->value(3).toString().split(u'\n', Qt::SkipEmptyParts)});
    }
    q->finish();
    m_categories = result;
    return result;
}

Catalogue::Expected<bool> Catalogue::hasOptional(std::optional<bool> &known, const QString &name,
                                                 const QString &column)
{
    if (!known) {
        // Tables and indexes share one namespace.
        QSqlQuery *q = column.isEmpty()
                           ? m_db->run(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = ?"), {name})
                           : m_db->run(QStringLiteral("SELECT count(*) FROM pragma_table_info(?) WHERE name = ?"),
                                       {name, column});
        if (!q)
            return queryError();
        known = q->next() && q->value(0).toInt() > 0;
        q->finish();
    }
    return *known;
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
    return storedBytes(QStringLiteral("SELECT data FROM photos WHERE name = ?"), name);
}

Catalogue::Expected<QByteArray> Catalogue::storedBytes(const QString &sql, const QVariant &key)
{
    QSqlQuery *q = m_db->run(sql, {key});
    if (!q)
        return queryError();
    const QByteArray bytes = q->next() ? q->value(0).toByteArray() : QByteArray();
    q->finish();
    return bytes;
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
