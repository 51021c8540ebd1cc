#pragma once

#include "Model.h"
#include "ParsedCampaigns.h"
#include "Result.h"
#include "SearchTerms.h"
#include "SqliteReader.h"

#include <QCache>
#include <QHash>
#include <QSet>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace recall {

class SqlDatabase;

struct CatalogueError
{
    enum class Kind {
        Missing,        // no file at the path
        CannotOpen,     // the file exists but cannot be opened
        NotACatalogue,  // not SQLite, damaged, or without our tables
        SchemaTooOld,
        SchemaTooNew,
        QueryFailed,
        Locked,         // another program holds a lock on the file that keeps us from reading it
    };
    Kind kind;
    QString path;
    QString detail;
};

QString catalogueErrorKey(CatalogueError::Kind kind);

struct CatalogueInfo
{
    int schemaVersion = 0;
    int dataVersion = 0;
    QDate asOf;
    LocalizedText title;
};

// How much of a product a lookup reads. ForCheck: the model and the variants' codes, JANs and colours (a check
// reads no more; see ProductRecord::encodeForCheck), every other field empty. From a catalogue's small check
// records when it has them (and then not kept, unlike whole products): a batch that looks up thousands of
// products reads a few times fewer pages. Otherwise, or once a check record cannot be read, the whole product.
enum class ProductDetail { Full, ForCheck };

// A product found by model, variant code or JAN, with the variant when the key named one.
struct ProductMatch
{
    Product product;
    int variantIndex = -1;
    qint64 productId = 0; // the product's row in the catalogue that found it

    // Null also when the product's record lists fewer variants than the catalogue's variants table (a damaged
    // catalogue): the record and the table are stored apart.
    const Variant *variant() const
    {
        const bool listed = variantIndex >= 0 && std::size_t(variantIndex) < product.variants.size();
        return listed ? &product.variants[std::size_t(variantIndex)] : nullptr;
    }
};

// One campaign as it applies to one product: the campaign with `products` reduced to that product.
struct ProductCampaign
{
    Campaign campaign;

    const CampaignProduct &entry() const { return campaign.products.front(); }
};

enum class SerialListStatus { NoList, Listed, NotListedCompleteList, NotListedPartialList };

struct TermHit
{
    qint64 productId = 0;
    qint64 variantId = 0; // 0: the term names the product
    MatchKind kind;
};

// A term of a product that holds a word: equal to it (rank 1), starting with it (2) or containing it (3).
struct RankedHit
{
    TermHit hit;
    int rank = 3;
};

// What a search result shows of a product, read without parsing the product's record.
struct ProductSummary
{
    struct VariantSummary
    {
        qint64 id = 0;
        QString code;
        QString swatch;
        bool covered = false; // a campaign names the product and does not exclude the variant's colour
    };
    qint64 id = 0;
    QString model;
    LocalizedText name;
    QString categoryId;
    QString illustration;
    QStringList campaigns;               // newest first
    std::vector<VariantSummary> variants; // in the product's order
};

// How much one search step may read: rows of the products' own terms, and products for each category or
// colour word that matches.
struct TermLimits
{
    int rows = 0;
    int products = 0;
};

// The hits of one search step; complete is false when a limit may have left some out.
struct TermHits
{
    std::vector<TermHit> hits;
    bool complete = true;
};

class SearchVocabulary;
enum class TextMatch;

// The read-only recall catalogue: the only code that reads it. One instance per thread (QtSql connections
// belong to the thread that opened them).
class Catalogue
{
public:
    using Error = CatalogueError;
    template <typename T>
    using Expected = Result<T, CatalogueError>;

    static Expected<std::unique_ptr<Catalogue>> open(const QString &path,
                                                     PageAccess access = PageAccess::Mapped);
    ~Catalogue();

    // Keeps one read transaction open while it lives, so many queries share one file lock and one check that
    // the file is unchanged (SQLite otherwise takes both for every statement). Nested ones do nothing.
    class ReadTransaction
    {
    public:
        explicit ReadTransaction(Catalogue &catalogue);
        ~ReadTransaction();
        ReadTransaction(const ReadTransaction &) = delete;
        ReadTransaction &operator=(const ReadTransaction &) = delete;

    private:
        Catalogue &m_catalogue;
    };

    const CatalogueInfo &info() const { return m_info; }
    const QString &path() const;
    // The campaigns this connection has parsed. Another connection to the same data (the same file and data
    // version, on another thread) can use them instead of parsing its own.
    const std::shared_ptr<ParsedCampaigns> &parsedCampaigns() const { return m_campaigns; }
    void shareParsedCampaigns(std::shared_ptr<ParsedCampaigns> campaigns)
    {
        m_campaigns = std::move(campaigns);
    }

    // PRAGMA quick_check plus the counts a catalogue must have; slow on very large catalogues.
    Expected<bool> verify();

    Expected<std::optional<ProductMatch>> productByModel(const QString &model,
                                                        ProductDetail detail = ProductDetail::Full);
    Expected<std::optional<ProductMatch>> productByVariantCode(const QString &code,
                                                              ProductDetail detail = ProductDetail::Full);
    Expected<std::optional<ProductMatch>> productByJan(const QString &jan, ProductDetail detail = ProductDetail::Full);
    Expected<std::optional<ProductMatch>> productById(qint64 productId);
    Expected<std::vector<ProductCampaign>> campaignsFor(const QString &model);
    // The same for a product this catalogue found: its campaigns are found by its row, without looking its
    // model up again.
    Expected<std::vector<ProductCampaign>> campaignsFor(const ProductMatch &match);
    // Every campaign, newest first (for "where else to look" when nothing matched).
    Expected<std::vector<Campaign>> campaigns(int limit = -1); // -1: all of them
    Expected<int> campaignCount();
    Expected<SerialListStatus> serialStatus(const QString &campaignId, const QString &model, const QString &serial);
    // A campaign's affected-serial list for one model, found once to look up many serials (a batch).
    struct SerialList
    {
        qint64 campaignProductId = 0; // 0: the campaign has no list for the model
        bool complete = false;
    };
    Expected<SerialList> serialList(const QString &campaignId, const QString &model);
    Expected<SerialListStatus> serialStatus(const SerialList &list, const QString &serial);
    Expected<std::vector<Source>> sources(const QStringList &ids);
    Expected<std::vector<Colour>> colours();
    Expected<std::vector<Category>> categories();

    // Search support: terms equal to, starting with, or containing the folded text: the products' own terms,
    // and the category and colour words expanded to the first products (and their variants) they name.
    Expected<TermHits> termsEqual(const QString &folded, TermLimits limits);
    Expected<TermHits> termsWithPrefix(const QString &folded, TermLimits limits);
    // `foundProducts` (for a text of 3 characters or more): products whose terms need not be read, as they
    // are found already by a better match; left out, they leave `limits.rows` for others.
    Expected<TermHits> termsContaining(const QString &folded, TermLimits limits,
                                       const std::vector<qint64> &foundProducts = {});
    // Every term of these products that contains the folded text, category and colour words included.
    Expected<std::vector<RankedHit>> termsOfProductsContaining(const std::vector<qint64> &productIds,
                                                               const QString &folded);
    // The products in the order asked for (ids not in the catalogue are left out): a few queries for all.
    Expected<std::vector<ProductSummary>> summaries(const std::vector<qint64> &productIds);
    Expected<QString> variantCode(qint64 variantId);
    // The product's variants that at least one campaign covers (their colour is not excluded).
    Expected<QSet<qint64>> coveredVariantIds(qint64 productId);
    Expected<QSet<qint64>> variantIds(qint64 productId);
    Expected<QByteArray> photo(const QString &name);
    // The swatch of a variant, or of the product's first variant when variantId is 0; empty if none.
    Expected<QString> swatch(qint64 productId, qint64 variantId);
    Expected<int> variantIndex(qint64 variantId);

private:
    explicit Catalogue(std::unique_ptr<SqlDatabase> db);
    Error queryError() const;  // of the last statement through m_db
    Error lookupError() const; // of the last statement through m_reader
    // `sql` selects the product's id (and the variant's ordinal when keyIsVariant).
    Expected<std::optional<ProductMatch>> productWhere(const char *sql, const SqliteReader::Value &key,
                                                       bool keyIsVariant, ProductDetail detail);
    // Stored records parsed once (whole products and campaigns; check records are read each time, the batch
    // keeping its own answers): the catalogue never changes while open, and a batch or a page asks for the
    // same products and campaigns again and again. Each is read from its compact record when the catalogue
    // has one that can be read, else from its JSON record.
    Expected<Product> productRecord(qint64 productId, ProductDetail detail = ProductDetail::Full);
    Expected<ParsedCampaigns::Kept> cachedCampaign(const QString &campaignId);
    // A compact form of one kind of record (in an optional table), and where the record is stored as JSON.
    template <typename T> struct CompactForm;
    template <typename T> struct StoredForms;
    // The record in compact form for `key`, with its size; nothing when the catalogue has no such table or no
    // readable record for the key.
    template <typename T>
    Expected<std::optional<std::pair<T, qsizetype>>> compactRecord(const CompactForm<T> &form,
                                                                   const SqliteReader::Value &key);
    // The record stored for `key`, with the size of what was read: from its compact form when the catalogue
    // has a readable one, else from its JSON record.
    template <typename T>
    Expected<std::pair<T, qsizetype>> storedRecord(const StoredForms<T> &forms,
                                                   const SqliteReader::Value &key);
    // The ids of the campaigns naming a model (folded), newest first; `productId`, when known (else 0), is
    // the model's row in products.
    Expected<QStringList> campaignIdsForModel(const QString &folded, qint64 productId);
    Expected<std::vector<ProductCampaign>> campaignsForModel(const QString &folded, qint64 productId);
    void keepSerialList(const QString &campaignId, const QString &foldedModel, const SerialList &list);
    // The summaries of products not yet kept, by id.
    Expected<QHash<qint64, ProductSummary>> readSummaries(const std::vector<qint64> &productIds);
    // The one value `sql` selects for `key` as bytes (a stored record or photo); empty when there is no row.
    Expected<QByteArray> storedBytes(const QString &sql, const QVariant &key);
    // Whether the catalogue has the optional table or index `name` (given `column`: that optional column of
    // table `name`); `known` keeps the answer.
    Expected<bool> hasOptional(std::optional<bool> &known, const QString &name, const QString &column = {});
    // Whether search_grams says of each term what a search reads (its optional columns), and term ids say
    // whose term it is (m_termIdShift): its terms are then found without reading their rows.
    Expected<bool> gramsDescribeTerms();
    // For a statement joining search_fts f to search_terms t: that the term is (`among`) or is not one of the
    // products in `ids` (a JSON array), appending its values. By the term's id alone when ids say whose term it
    // is, so a term left out costs no row read; else by the row's product_id.
    QString termOfProducts(bool among, const QString &ids, QVariantList &values) const;
    // What to ask the trigram index for a text of 3 or more characters: its rarest trigrams when the catalogue
    // counts them (search_trigrams), else trigrams covering the text. `rarest` (if given): how many terms hold
    // the rarest one, -1 when not counted.
    Expected<QString> ftsMatchFor(const QString &folded, qint64 *rarest = nullptr);
    static constexpr qsizetype rarestTrigrams = 3;
    // A query whose one row packs many: the first column, or the first `columns` (see hits()).
    Expected<QString> packed(const QString &sql, const QVariantList &values);
    Expected<QStringList> packedColumns(const QString &sql, const QVariantList &values, int columns);
    Expected<std::vector<TermHit>> hits(const QString &sql, const QVariantList &values);
    Expected<const SearchVocabulary *> vocabulary();
    // `own` plus the products and variants of the category and colour words matching `folded`.
    Expected<TermHits> ownTerms(const QString &sql, const QVariantList &values, int rows);
    Expected<TermHits> withVocabulary(Expected<TermHits> own, const QString &folded, TextMatch how, int products);

    std::unique_ptr<SqlDatabase> m_db;
    std::unique_ptr<SqliteReader> m_reader; // the most frequent exact lookups (see SqliteReader)
    CatalogueInfo m_info;
    std::unique_ptr<SearchVocabulary> m_vocabulary; // loaded by the first search
    int m_readTransactions = 0;
    // Optional tables and indexes (CatalogueSchema.h), looked up when first needed.
    std::optional<bool> m_hasTrigramCounts;
    std::optional<bool> m_hasProductRecords;
    std::optional<bool> m_hasProductCheckRecords; // false also once one could not be read (productRecord)
    std::optional<bool> m_hasCampaignRecords;
    std::optional<bool> m_hasJanIndex;
    std::optional<bool> m_hasCodeIndex;
    std::optional<bool> m_hasGramColumns;
    // meta term_id_shift (CatalogueSchema::termIdShift); 0: the catalogue numbers terms one after another.
    int m_termIdShift = 0;

    // Parsed records kept, by the size of their stored form: a batch over thousands of products parses each
    // once; the memory goes with the catalogue (a batch's own is closed when it ends).
    static constexpr qsizetype cachedCampaignBytes = 32 * 1024 * 1024;
    // Fewer for products (~14k of the synthetic 1M catalogue's): a parsed product takes several times its
    // stored size in new memory, and on the VM in docs/performance.md each new 4 KiB costs a page fault of
    // ~10 µs. Kept up to 32 MiB, a first JAN lookup in the 1M catalogue took 25 µs (median) while the cache
    // grew; up to 8 MiB, 15 µs, and a batch took as long as before. A product looked up again after many
    // others is then read again (~10 µs) instead of found kept (~4 µs).
    static constexpr qsizetype cachedProductBytes = 8 * 1024 * 1024;
    // Campaign-id lists and serial-list entries kept: each is small, and a batch names many products.
    static constexpr int cachedModels = 65536;
    QCache<qint64, Product> m_products;
    // Each keystroke of a word shows mostly the products the one before it showed: their summaries are kept.
    // A few pages of results; fewer than one person's whole session of searches touches.
    static constexpr int cachedSummaries = 512;
    QCache<qint64, ProductSummary> m_summaries;
    std::shared_ptr<ParsedCampaigns> m_campaigns;
    QHash<QString, SerialList> m_serialLists; // by campaign and model
    QHash<QString, QStringList> m_campaignIdsByModel; // by folded model, newest first
    std::optional<std::vector<Colour>> m_colours;
    std::optional<std::vector<Category>> m_categories;
};

} // namespace recall
