#pragma once

#include "Model.h"
#include "Result.h"
#include "SearchTerms.h"

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

// A product found by model, variant code or JAN, with the variant when the key named one.
struct ProductMatch
{
    Product product;
    int variantIndex = -1;

    const Variant *variant() const { return variantIndex < 0 ? nullptr : &product.variants[variantIndex]; }
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

// The read-only recall catalogue: the only code that reads it. One instance per thread (QtSql connections
// belong to the thread that opened them).
class Catalogue
{
public:
    using Error = CatalogueError;
    template <typename T>
    using Expected = Result<T, CatalogueError>;

    static Expected<std::unique_ptr<Catalogue>> open(const QString &path);
    ~Catalogue();

    const CatalogueInfo &info() const { return m_info; }
    const QString &path() const;

    // PRAGMA quick_check plus the counts a catalogue must have; slow on very large catalogues.
    Expected<bool> verify();

    Expected<std::optional<ProductMatch>> productByModel(const QString &model);
    Expected<std::optional<ProductMatch>> productByVariantCode(const QString &code);
    Expected<std::optional<ProductMatch>> productByJan(const QString &jan);
    Expected<std::optional<ProductMatch>> productById(qint64 productId);
    Expected<std::vector<ProductCampaign>> campaignsFor(const QString &model);
    Expected<QStringList> campaignIdsFor(qint64 productId);
    // Every campaign, newest first (for "where else to look" when nothing matched).
    Expected<std::vector<Campaign>> campaigns();
    Expected<SerialListStatus> serialStatus(const QString &campaignId, const QString &model, const QString &serial);

    Expected<std::vector<Source>> sources(const QStringList &ids);
    Expected<std::vector<Colour>> colours();
    Expected<std::vector<Category>> categories();

    // Search support: terms equal to, starting with, or containing the folded text.
    Expected<std::vector<TermHit>> termsEqual(const QString &folded);
    Expected<std::vector<TermHit>> termsWithPrefix(const QString &folded, int limit);
    Expected<std::vector<TermHit>> termsContaining(const QString &folded, int limit);
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
    Error queryError() const;
    Expected<std::optional<ProductMatch>> productWhere(const QString &sql, const QVariant &key, bool keyIsVariant);
    Expected<std::vector<TermHit>> hits(const QString &sql, const QVariantList &values);

    std::unique_ptr<SqlDatabase> m_db;
    CatalogueInfo m_info;
};

} // namespace recall
