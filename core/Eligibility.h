#pragma once

#include "Catalogue.h"
#include "SerialNumber.h"

#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace recall {

class Clock;

enum class Verdict { Affected, LikelyAffected, NotAffected, NoRecord, InvalidInput };

enum class ReasonCode {
    // why a unit is (probably) covered
    SerialOnAffectedList,
    AllUnitsCovered,
    OfficialCheckRequired,
    SerialNotOnPartialList,
    ColourNotGiven,
    ColourNotInData,
    PurchaseDateNotGiven,
    PurchaseDateDisputed,
    PurchasedAfterSalePeriod,
    // why a unit is not covered
    ColourNotCovered,
    PurchasedOnOrBeforeCutoff,
    PurchasedBeforeSalePeriod,
    SerialNotOnCompleteList,
    // no record
    ProductNotInData,
    NoCampaignNamesProduct,
    // invalid input
    NoProductGiven,
    InvalidJan,
    InvalidSerial,
    InvalidPurchaseDate,
    ImpossiblePurchaseDate,
    PurchaseDateInFuture,
    ColourNotOfProduct,
    ColourDiffersFromVariant,
};

QString verdictKey(Verdict verdict);
// Affected, then likely affected, then not affected; the rest below.
bool isMoreSerious(Verdict verdict, Verdict than);
QString reasonKey(ReasonCode code);

struct Reason
{
    ReasonCode code;
    QString detail;      // the colour, date, code or serial concerned
    QStringList noteIds; // conflict notes that explain this reason
};

struct CampaignMatch
{
    Campaign campaign; // with `products` reduced to the checked product
    Verdict verdict = Verdict::NoRecord;
    std::vector<Reason> reasons;
    std::vector<Note> notes; // the notes the reasons refer to
};

// A campaign's rule applied, without the campaign (a batch applies it to many rows).
struct CampaignRuling
{
    Verdict verdict = Verdict::NoRecord;
    std::vector<Reason> reasons;
};

struct CheckRequest
{
    enum class Key { Model, VariantCode, Jan };
    Key key = Key::Model;
    QString product;
    QString colour;
    QString purchased;
    QString serial;
};

struct CheckResult
{
    Verdict verdict = Verdict::NoRecord;
    std::vector<Reason> reasons; // input problems and no-record reasons
    std::optional<ProductMatch> product;
    QString colourId; // the colour checked, from the variant or the typed colour
    std::optional<QDate> purchased;
    std::optional<SerialCheck> serial;
    std::vector<CampaignMatch> matches;
    QDate dataAsOf;

    // The campaign whose verdict decided the overall one (the most serious), if any.
    const CampaignMatch *decisive() const;
};

// Applies the recall rules of every campaign that names a product to one unit a person holds.
// Errs towards "check officially" wherever the data or the sources leave the answer open.
class EligibilityChecker
{
public:
    // With ProductDetail::ForCheck, a result's product may hold only its model and variants (all the check
    // reads of it): for callers that keep verdicts, not product pages, such as a batch.
    EligibilityChecker(Catalogue &catalogue, const Clock &clock, ProductDetail detail = ProductDetail::Full);

    Result<CheckResult, CatalogueError> check(const CheckRequest &request);

    // The rule for one campaign, without the catalogue (for tests and the batch checker).
    static CampaignMatch evaluate(const Product &product, const QString &colourId, const ProductCampaign &campaign,
                                  const std::optional<QDate> &purchased, SerialListStatus serialStatus,
                                  bool serialGiven);
    // The same verdict and reasons, without copying the campaign or its notes.
    static CampaignRuling rule(const Product &product, const QString &colourId, const ProductCampaign &campaign,
                               const std::optional<QDate> &purchased, SerialListStatus serialStatus, bool serialGiven);

private:
    Result<std::optional<ProductMatch>, CatalogueError> findProduct(const CheckRequest &request,
                                                                    CheckResult &result);
    std::optional<QString> resolveColour(const QString &typed, const Product &product,
                                         const std::vector<Colour> &colours);

    Catalogue &m_catalogue;
    const Clock &m_clock;
    ProductDetail m_detail;
    std::vector<QStringList> m_colourWords; // per colour of the catalogue, folded
};

} // namespace recall
