#include "CatalogueWriter.h"

#include "CampaignRecord.h"
#include "CatalogueSchema.h"
#include "ProductRecord.h"
#include "SearchTerms.h"
#include "SqlDatabase.h"
#include "TextNormalizer.h"

#include <QFile>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace recall {

namespace {

QVariant orNull(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

// A row's id, or NULL for 0 (none).
QVariant idOrNull(qint64 id)
{
    return id == 0 ? QVariant() : QVariant(id);
}

QVariant orNull(const std::optional<QDate> &d)
{
    return d ? QVariant(d->toString(Qt::ISODate)) : QVariant();
}

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

// The first CatalogueSchema::shortGramTermLimit terms holding each one- and two-character piece of the terms,
// with what a search reads of each (so it need not read the term's row).
class ShortGrams
{
public:
    void add(qint64 termId, qint64 variantId, MatchKind kind, const QString &term)
    {
        QSet<QStringView> seen;
        for (qsizetype i = 0; i < term.size(); ++i) {
            for (qsizetype length = 1; length <= 2 && i + length <= term.size(); ++length) {
                const QStringView gram = QStringView(term).mid(i, length);
                if (seen.contains(gram))
                    continue;
                seen.insert(gram);
                std::vector<Entry> &entries = m_entries[gram.toString()];
                if (entries.size() < std::size_t(CatalogueSchema::shortGramTermLimit)) {
                    const int place = gram == term ? 1 : term.startsWith(gram) ? 2 : 3;
                    entries.push_back({termId, variantId, int(kind), place});
                }
            }
        }
    }

    bool write(SqlDatabase &db) const
    {
        QStringList grams = m_entries.keys();
        grams.sort(); // the same file for the same data
        for (const QString &gram : std::as_const(grams)) {
            for (const Entry &e : m_entries.value(gram)) {
                if (!db.exec(QStringLiteral("INSERT INTO search_grams VALUES(?, ?, ?, ?, ?)"),
                             {gram, e.termId, idOrNull(e.variantId), e.kind, e.place}))
                    return false;
            }
        }
        return true;
    }

private:
    struct Entry
    {
        qint64 termId;
        qint64 variantId; // 0: the term names the product
        int kind;
        int place;
    };
    QHash<QString, std::vector<Entry>> m_entries;
};

class Writer
{
public:
    Writer(SqlDatabase &db, const DataSet &data) : m_db(db), m_data(data) {}

    const QString &problem() const { return m_problem; }

    bool writeAll()
    {
        // Indexes are built after the rows are in: much faster than updating them row by row.
        QStringList indexes;
        for (const QString &sql : CatalogueSchema::statements()) {
            if (sql.startsWith(QStringLiteral("CREATE INDEX"))) {
                indexes << sql;
                continue;
            }
            if (!m_db.exec(sql))
                return false;
        }
        if (!(writeMeta() && writeVocabulary() && writeProducts() && writeCampaigns() && writeSerialLists()
              && writePhotos()))
            return false;
        for (const QString &sql : indexes) {
            if (!m_db.exec(sql))
                return false;
        }
        return true;
    }

private:
    bool writeMeta()
    {
        const DataSetInfo &info = m_data.info;
        const std::pair<QString, QString> rows[] = {
            {QStringLiteral("schema_version"), QString::number(CatalogueSchema::version)},
            {QStringLiteral("normalizer_version"), QString::number(TextNormalizer::version)},
            {QStringLiteral("format_version"), QString::number(info.formatVersion)},
            {QStringLiteral("data_version"), QString::number(info.dataVersion)},
            {QStringLiteral("as_of"), info.asOf.toString(Qt::ISODate)},
            {QStringLiteral("title_ja"), info.title.ja},
            {QStringLiteral("title_en"), info.title.en},
            {QStringLiteral("term_id_shift"), QString::number(CatalogueSchema::termIdShift)},
        };
        for (const auto &[key, value] : rows) {
            if (!m_db.exec(QStringLiteral("INSERT INTO meta(key, value) VALUES(?, ?)"), {key, value}))
                return false;
        }
        return true;
    }

    bool writeVocabulary()
    {
        for (const Source &s : m_data.sources) {
            if (!m_db.exec(QStringLiteral("INSERT INTO sources VALUES(?, ?, ?, ?, ?, ?, ?, ?)"),
                           {s.id, s.title, orNull(s.publisher), orNull(s.url), orNull(s.seed), s.reliability,
                            orNull(s.date), orNull(s.comment)}))
                return false;
        }
        for (const Colour &c : m_data.colours) {
            if (!m_db.exec(QStringLiteral("INSERT INTO colours VALUES(?, ?, ?, ?, ?)"),
                           {c.id, c.name.ja, c.name.en, c.swatch, c.aliases.join(u'\n')}))
                return false;
        }
        for (const Category &c : m_data.categories) {
            if (!m_db.exec(QStringLiteral("INSERT INTO categories VALUES(?, ?, ?, ?)"),
                           {c.id, c.name.ja, c.name.en, c.synonyms.join(u'\n')}))
                return false;
        }
        return true;
    }

    bool writeProducts()
    {
        std::vector<const Product *> products;
        for (const Product &p : m_data.products)
            products.push_back(&p);
        std::sort(products.begin(), products.end(), [](auto *a, auto *b) { return a->model < b->model; });
        qint64 productId = 0;
        qint64 variantId = 0;
        qint64 termId = 0;
        ShortGrams grams;
        for (const Product *p : products) {
            ++productId;
            m_productIds.insert(p->model, productId);
            std::vector<SearchTerm> terms = searchTermsFor(*p, m_data.colours, m_data.categories);
            terms.erase(std::remove_if(terms.begin(), terms.end(), [](const SearchTerm &t) { return isVocabularyKind(t.kind); }),
                        terms.end());
            if (qint64(terms.size()) > CatalogueSchema::maxTermsPerProduct) {
                m_problem = QStringLiteral("%1 has %2 search terms, more than a catalogue can number")
                              .arg(p->model)
                              .arg(terms.size());
                return false;
            }
            termId = productId << CatalogueSchema::termIdShift;
            const qint64 firstTerm = termId + 1;
            if (!m_db.exec(QStringLiteral("INSERT INTO products VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                           {productId, p->model, p->name.ja, p->name.en, p->categoryId, p->illustration,
                            firstTerm, termId + qint64(terms.size()), compact(p->record)})
                || !m_db.exec(QStringLiteral("INSERT INTO product_records VALUES(?, ?)"),
                              {productId, ProductRecord::encode(*p)})
                || !m_db.exec(QStringLiteral("INSERT INTO product_check_records VALUES(?, ?)"),
                              {productId, ProductRecord::encodeForCheck(*p)}))
                return false;
            std::vector<qint64> variantIds;
            for (std::size_t i = 0; i < p->variants.size(); ++i) {
                const Variant &v = p->variants[i];
                variantIds.push_back(++variantId);
                if (!m_db.exec(QStringLiteral("INSERT INTO variants VALUES(?, ?, ?, ?, ?, ?)"),
                               {variantId, productId, qint64(i), orNull(v.code), orNull(v.jan), v.colourId}))
                    return false;
            }
            for (const SearchTerm &t : terms) {
                const qint64 variant = t.variantIndex < 0 ? 0 : variantIds[t.variantIndex];
                if (!m_db.exec(QStringLiteral("INSERT INTO search_terms(id, product_id, variant_id, kind, term) "
                                              "VALUES(?, ?, ?, ?, ?)"),
                               {++termId, productId, idOrNull(variant), int(t.kind), t.term}))
                    return false;
                grams.add(termId, variant, t.kind, t.term);
            }
        }
        return grams.write(m_db) && m_db.exec(QStringLiteral("INSERT INTO search_fts(search_fts) VALUES('rebuild')"))
               && writeTrigramCounts();
    }

    // Counted by the index itself (fts5vocab), so the trigrams are exactly those the tokenizer wrote.
    bool writeTrigramCounts()
    {
        return m_db.exec(QStringLiteral("CREATE VIRTUAL TABLE temp.search_fts_vocab USING fts5vocab(main, search_fts, 'row')"))
               && m_db.exec(QStringLiteral("INSERT INTO search_trigrams(trigram, terms) SELECT term, doc FROM temp.search_fts_vocab"))
               && m_db.exec(QStringLiteral("DROP TABLE temp.search_fts_vocab"));
    }

    bool writeCampaigns()
    {
        qint64 cpId = 0;
        for (const Campaign &c : m_data.campaigns) {
            const QVariantList row{c.id, c.announced.toString(Qt::ISODate), orNull(c.officialUrl), compact(c.record)};
            if (!m_db.exec(QStringLiteral("INSERT INTO campaigns VALUES(?, ?, ?, ?)"), row)
                || !m_db.exec(QStringLiteral("INSERT INTO campaign_records VALUES(?, ?)"),
                              {c.id, CampaignRecord::encode(c)}))
                return false;
            for (const CampaignProduct &cp : c.products) {
                ++cpId;
                m_campaignProductIds.insert(c.id + u'/' + cp.model, cpId);
                const QVariant units = cp.units ? QVariant(*cp.units) : QVariant();
                if (!m_db.exec(QStringLiteral("INSERT INTO campaign_products VALUES(?, ?, ?, ?, ?, ?, ?, NULL)"),
                               {cpId, c.id, m_productIds.value(cp.model), orNull(cp.saleStart),
                                orNull(cp.saleEnd), units, coverageKey(cp.coverage)}))
                    return false;
                for (const QString &colour : cp.excludedColours) {
                    if (!m_db.exec(QStringLiteral("INSERT INTO campaign_excluded_colours VALUES(?, ?)"), {cpId, colour}))
                        return false;
                }
            }
        }
        return true;
    }

    bool writeSerialLists()
    {
        for (const AffectedSerialList &list : m_data.serialLists) {
            const qint64 cpId = m_campaignProductIds.value(list.campaignId + u'/' + list.model);
            if (!m_db.exec(QStringLiteral("UPDATE campaign_products SET serial_list_complete = ? WHERE id = ?"),
                           {list.complete ? 1 : 0, cpId}))
                return false;
            const QString insert = QStringLiteral("INSERT INTO affected_serials VALUES(?, ?, ?)");
            for (const QString &serial : list.serials) {
                if (!m_db.exec(insert, {cpId, serial, serial}))
                    return false;
            }
            for (const SerialRange &range : list.ranges) {
                if (!m_db.exec(insert, {cpId, range.from, range.to}))
                    return false;
            }
        }
        return true;
    }

    bool writePhotos()
    {
        QStringList names = m_data.photos.keys();
        names.sort();
        for (const QString &name : names) {
            if (!m_db.exec(QStringLiteral("INSERT INTO photos VALUES(?, ?)"), {name, m_data.photos.value(name)}))
                return false;
        }
        return true;
    }

    SqlDatabase &m_db;
    const DataSet &m_data;
    QString m_problem; // what failed when it was not a statement
    QHash<QString, qint64> m_productIds;
    QHash<QString, qint64> m_campaignProductIds;
};

} // namespace

QString CatalogueWriter::write(const DataSet &data, const QString &path) const
{
    if (QFile::exists(path) && !QFile::remove(path))
        return QStringLiteral("cannot replace ") + path;
    QString error;
    {
        auto db = SqlDatabase::open(path, SqlDatabase::Mode::ReadWrite, &error);
        if (!db)
            return error;
        db->exec(QStringLiteral("PRAGMA journal_mode=OFF"));
        // Without a journal an interrupted write leaves an unusable file anyway (it is written again), so
        // waiting for the disk buys nothing.
        db->exec(QStringLiteral("PRAGMA synchronous=OFF"));
        db->exec(QStringLiteral("PRAGMA cache_size=-262144")); // 256 MiB: large catalogues build much faster
        if (!db->transaction())
            return db->lastError();
        Writer writer(*db, data);
        if (!writer.writeAll()) {
            error = writer.problem().isEmpty() ? db->lastError() : writer.problem();
            db->rollback();
            return error;
        }
        if (!db->commit())
            return db->lastError();
        const bool finished = db->exec(QStringLiteral("PRAGMA user_version=%1").arg(CatalogueSchema::version))
                              && db->exec(QStringLiteral("INSERT INTO search_fts(search_fts) VALUES('optimize')"))
                              && db->exec(QStringLiteral("ANALYZE")) && db->exec(QStringLiteral("VACUUM"));
        if (!finished)
            return db->lastError();
    }
    return {};
}

} // namespace recall
