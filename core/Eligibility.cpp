#include "Eligibility.h"

#include "Clock.h"
#include "Jan.h"
#include "Logging.h"
#include "PurchaseDate.h"
#include "TextNormalizer.h"

#include <spdlog/logger.h>

#include <algorithm>

namespace recall {

namespace {

// Higher is more serious; the overall verdict is the most serious campaign verdict.
int severity(Verdict v)
{
    switch (v) {
    case Verdict::Affected: return 3;
    case Verdict::LikelyAffected: return 2;
    case Verdict::NotAffected: return 1;
    default: return 0;
    }
}

QString isoDate(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

QStringList notesAbout(const Campaign &c, const QString &about)
{
    QStringList ids;
    for (const Note &n : c.notes) {
        if (n.about == about)
            ids << n.id;
    }
    for (const CampaignProduct &cp : c.products) {
        for (const Note &n : cp.notes) {
            if (n.about == about)
                ids << n.id;
        }
    }
    return ids;
}

// The dates from which sources say purchases are in scope: the sale start, other sources' sale starts, and
// the day after a purchase cut-off.
struct StartBoundaries
{
    std::vector<QDate> dates;
    QStringList noteIds;

    bool empty() const { return dates.empty(); }
    QDate earliest() const { return *std::min_element(dates.begin(), dates.end()); }
    QDate latest() const { return *std::max_element(dates.begin(), dates.end()); }
};

StartBoundaries startBoundaries(const Campaign &campaign, const CampaignProduct &entry)
{
    StartBoundaries b;
    if (entry.saleStart)
        b.dates.push_back(*entry.saleStart);
    for (const DateAlternative &alt : entry.saleStartAlternatives) {
        b.dates.push_back(alt.date);
        b.noteIds << alt.noteId;
    }
    if (campaign.purchaseCutoff) {
        b.dates.push_back(campaign.purchaseCutoff->addDays(1));
        b.noteIds << notesAbout(campaign, QStringLiteral("purchase_cutoff"));
    }
    b.noteIds.removeDuplicates();
    return b;
}

} // namespace

QString verdictKey(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Affected: return QStringLiteral("affected");
    case Verdict::LikelyAffected: return QStringLiteral("likely_affected");
    case Verdict::NotAffected: return QStringLiteral("not_affected");
    case Verdict::NoRecord: return QStringLiteral("no_record");
    case Verdict::InvalidInput: return QStringLiteral("invalid_input");
    }
    return {};
}

QString reasonKey(ReasonCode code)
{
    switch (code) {
    case ReasonCode::SerialOnAffectedList: return QStringLiteral("serial_on_affected_list");
    case ReasonCode::AllUnitsCovered: return QStringLiteral("all_units_covered");
    case ReasonCode::OfficialCheckRequired: return QStringLiteral("official_check_required");
    case ReasonCode::SerialNotOnPartialList: return QStringLiteral("serial_not_on_partial_list");
    case ReasonCode::ColourNotGiven: return QStringLiteral("colour_not_given");
    case ReasonCode::ColourNotInData: return QStringLiteral("colour_not_in_data");
    case ReasonCode::PurchaseDateNotGiven: return QStringLiteral("purchase_date_not_given");
    case ReasonCode::PurchaseDateDisputed: return QStringLiteral("purchase_date_disputed");
    case ReasonCode::PurchasedAfterSalePeriod: return QStringLiteral("purchased_after_sale_period");
    case ReasonCode::ColourNotCovered: return QStringLiteral("colour_not_covered");
    case ReasonCode::PurchasedOnOrBeforeCutoff: return QStringLiteral("purchased_on_or_before_cutoff");
    case ReasonCode::PurchasedBeforeSalePeriod: return QStringLiteral("purchased_before_sale_period");
    case ReasonCode::SerialNotOnCompleteList: return QStringLiteral("serial_not_on_complete_list");
    case ReasonCode::ProductNotInData: return QStringLiteral("product_not_in_data");
    case ReasonCode::NoCampaignNamesProduct: return QStringLiteral("no_campaign_names_product");
    case ReasonCode::NoProductGiven: return QStringLiteral("no_product_given");
    case ReasonCode::InvalidJan: return QStringLiteral("invalid_jan");
    case ReasonCode::InvalidSerial: return QStringLiteral("invalid_serial");
    case ReasonCode::InvalidPurchaseDate: return QStringLiteral("invalid_purchase_date");
    case ReasonCode::ImpossiblePurchaseDate: return QStringLiteral("impossible_purchase_date");
    case ReasonCode::PurchaseDateInFuture: return QStringLiteral("purchase_date_in_future");
    case ReasonCode::ColourNotOfProduct: return QStringLiteral("colour_not_of_product");
    case ReasonCode::ColourDiffersFromVariant: return QStringLiteral("colour_differs_from_variant");
    }
    return {};
}

bool isMoreSerious(Verdict verdict, Verdict than)
{
    return severity(verdict) > severity(than);
}

const CampaignMatch *CheckResult::decisive() const
{
    const CampaignMatch *best = nullptr;
    for (const CampaignMatch &m : matches) {
        if (!best || isMoreSerious(m.verdict, best->verdict))
            best = &m;
    }
    return best;
}

EligibilityChecker::EligibilityChecker(Catalogue &catalogue, const Clock &clock, ProductDetail detail)
    : m_catalogue(catalogue), m_clock(clock), m_detail(detail)
{
}

CampaignMatch EligibilityChecker::evaluate(const Product &product, const QString &colourId,
                                           const ProductCampaign &pc, const std::optional<QDate> &purchased,
                                           SerialListStatus serialStatus, bool serialGiven)
{
    CampaignRuling ruling = rule(product, colourId, pc, purchased, serialStatus, serialGiven);
    CampaignMatch match{pc.campaign, ruling.verdict, std::move(ruling.reasons), {}};
    for (const Reason &r : match.reasons) {
        for (const QString &id : r.noteIds) {
            const Note *note = pc.campaign.noteById(id);
            const bool known =
                std::any_of(match.notes.begin(), match.notes.end(), [&](const Note &n) { return n.id == id; });
            if (note && !known)
                match.notes.push_back(*note);
        }
    }
    return match;
}

CampaignRuling EligibilityChecker::rule(const Product &product, const QString &colourId, const ProductCampaign &pc,
                                        const std::optional<QDate> &purchased, SerialListStatus serialStatus,
                                        bool serialGiven)
{
    const Campaign &campaign = pc.campaign;
    const CampaignProduct &entry = pc.entry();
    CampaignRuling ruling{Verdict::LikelyAffected, {}};
    ruling.reasons.reserve(4); // at most three, and the conclusion
    const auto conclude = [&](Verdict v, Reason reason) {
        ruling.verdict = v;
        ruling.reasons.push_back(std::move(reason));
        return std::move(ruling);
    };

    // A published list of affected serials is the strongest evidence there is.
    if (serialGiven && serialStatus == SerialListStatus::Listed)
        return conclude(Verdict::Affected, {ReasonCode::SerialOnAffectedList, {}, {}});

    bool uncertain = false;
    if (!colourId.isEmpty()) {
        if (entry.excludedColours.contains(colourId))
            return conclude(Verdict::NotAffected, {ReasonCode::ColourNotCovered, colourId, {}});
    } else if (!entry.excludedColours.isEmpty()) {
        ruling.reasons.push_back({ReasonCode::ColourNotGiven, entry.excludedColours.join(u','), {}});
        uncertain = true;
    } else if (product.variants.empty()) {
        ruling.reasons.push_back({ReasonCode::ColourNotInData, {}, {}});
    }

    const StartBoundaries starts = startBoundaries(campaign, entry);
    if (purchased) {
        if (!starts.empty() && *purchased < starts.earliest()) {
            if (campaign.purchaseCutoff && *purchased <= *campaign.purchaseCutoff)
                return conclude(Verdict::NotAffected,
                                {ReasonCode::PurchasedOnOrBeforeCutoff, isoDate(*campaign.purchaseCutoff), {}});
            return conclude(Verdict::NotAffected,
                            {ReasonCode::PurchasedBeforeSalePeriod, isoDate(starts.earliest()), {}});
        }
        if (!starts.empty() && *purchased < starts.latest()) {
            ruling.reasons.push_back({ReasonCode::PurchaseDateDisputed, isoDate(starts.latest()), starts.noteIds});
            uncertain = true;
        }
        if (entry.saleEnd && *purchased > *entry.saleEnd) {
            ruling.reasons.push_back({ReasonCode::PurchasedAfterSalePeriod, isoDate(*entry.saleEnd), {}});
            uncertain = true;
        }
    } else if (!starts.empty()) {
        ruling.reasons.push_back({ReasonCode::PurchaseDateNotGiven, {}, {}});
        uncertain = true;
    }

    if (serialGiven && serialStatus == SerialListStatus::NotListedCompleteList)
        return conclude(Verdict::NotAffected, {ReasonCode::SerialNotOnCompleteList, {}, {}});
    if (serialGiven && serialStatus == SerialListStatus::NotListedPartialList)
        return conclude(Verdict::LikelyAffected, {ReasonCode::SerialNotOnPartialList, {}, {}});
    if (entry.coverage == Coverage::AllUnits && !uncertain)
        return conclude(Verdict::Affected, {ReasonCode::AllUnitsCovered, {}, {}});
    return conclude(Verdict::LikelyAffected, {ReasonCode::OfficialCheckRequired, {}, {}});
}

Result<std::optional<ProductMatch>, CatalogueError> EligibilityChecker::findProduct(const CheckRequest &request,
                                                                                    CheckResult &result)
{
    switch (request.key) {
    case CheckRequest::Key::Model:
        return m_catalogue.productByModel(TextNormalizer::foldCode(request.product), m_detail);
    case CheckRequest::Key::VariantCode:
        return m_catalogue.productByVariantCode(TextNormalizer::foldCode(request.product), m_detail);
    case CheckRequest::Key::Jan: {
        const QString jan = TextNormalizer::foldCodeWithoutSeparators(request.product);
        if (!Jan::isValid(jan)) {
            result.reasons.push_back({ReasonCode::InvalidJan, request.product.left(64), {}});
            return std::optional<ProductMatch>();
        }
        return m_catalogue.productByJan(jan, m_detail);
    }
    }
    return std::optional<ProductMatch>();
}

std::optional<QString> EligibilityChecker::resolveColour(const QString &typed, const Product &product,
                                                         const std::vector<Colour> &colours)
{
    if (m_colourWords.size() != colours.size()) { // folded once: the catalogue's colours do not change
        m_colourWords.clear();
        for (const Colour &c : colours) {
            QStringList words = c.aliases;
            words << c.id << c.name.ja << c.name.en;
            for (QString &w : words)
                w = TextNormalizer::fold(w);
            m_colourWords.push_back(words);
        }
    }
    const QString folded = TextNormalizer::fold(typed);
    for (std::size_t i = 0; i < colours.size(); ++i) {
        const Colour &c = colours[i];
        if (m_colourWords[i].contains(folded) && product.colourIds().contains(c.id))
            return c.id;
    }
    return std::nullopt;
}

Result<CheckResult, CatalogueError> EligibilityChecker::check(const CheckRequest &request)
{
    CheckResult result;
    result.dataAsOf = m_catalogue.info().asOf;

    if (request.product.trimmed().isEmpty())
        result.reasons.push_back({ReasonCode::NoProductGiven, {}, {}});
    if (!request.serial.trimmed().isEmpty()) {
        result.serial = SerialNumber::check(request.serial);
        if (!result.serial->valid)
            result.reasons.push_back({ReasonCode::InvalidSerial, result.serial->normalized.left(64), {}});
    }
    const PurchaseDateParse date = parsePurchaseDate(request.purchased, m_clock.today());
    switch (date.status) {
    case PurchaseDateParse::Status::Empty: break;
    case PurchaseDateParse::Status::Valid: result.purchased = date.date; break;
    case PurchaseDateParse::Status::BadFormat:
        result.reasons.push_back({ReasonCode::InvalidPurchaseDate, request.purchased.left(64), {}});
        break;
    case PurchaseDateParse::Status::Impossible:
        result.reasons.push_back({ReasonCode::ImpossiblePurchaseDate, request.purchased.left(64), {}});
        break;
    case PurchaseDateParse::Status::InFuture:
        result.reasons.push_back({ReasonCode::PurchaseDateInFuture, isoDate(date.date), {}});
        break;
    }

    if (!request.product.trimmed().isEmpty()) {
        auto found = findProduct(request, result);
        if (!found)
            return found.error();
        result.product = std::move(*found);
    }
    if (!result.reasons.empty()) {
        result.verdict = Verdict::InvalidInput;
        return result;
    }
    if (!result.product) {
        result.verdict = Verdict::NoRecord;
        result.reasons.push_back({ReasonCode::ProductNotInData, TextNormalizer::foldCode(request.product).left(64), {}});
        return result;
    }

    const Product &product = result.product->product;
    if (const Variant *variant = result.product->variant())
        result.colourId = variant->colourId;
    if (!request.colour.trimmed().isEmpty()) {
        auto colours = m_catalogue.colours();
        if (!colours)
            return colours.error();
        const auto typed = resolveColour(request.colour, product, *colours);
        if (!typed && !product.variants.empty()) {
            result.reasons.push_back({ReasonCode::ColourNotOfProduct, request.colour.left(64), {}});
        } else if (typed && !result.colourId.isEmpty() && *typed != result.colourId) {
            result.reasons.push_back({ReasonCode::ColourDiffersFromVariant, *typed, {}});
        } else if (typed) {
            result.colourId = *typed;
        }
        if (!result.reasons.empty()) {
            result.verdict = Verdict::InvalidInput;
            return result;
        }
    }

    auto campaigns = m_catalogue.campaignsFor(*result.product);
    if (!campaigns)
        return campaigns.error();
    const bool serialGiven = result.serial && result.serial->valid;
    for (const ProductCampaign &pc : *campaigns) {
        SerialListStatus status = SerialListStatus::NoList;
        if (serialGiven) {
            auto s = m_catalogue.serialStatus(pc.campaign.id, product.model, result.serial->normalized);
            if (!s)
                return s.error();
            status = *s;
        }
        result.matches.push_back(evaluate(product, result.colourId, pc, result.purchased, status, serialGiven));
    }
    const CampaignMatch *decisive = result.decisive();
    result.verdict = decisive ? decisive->verdict : Verdict::NoRecord;
    if (!decisive)
        result.reasons.push_back({ReasonCode::NoCampaignNamesProduct, product.model, {}});
    // Each check at debug level only: a batch makes 100k of them, which would rotate the recovery events out of
    // the log (and cost more than the check).
    static const auto log = Logging::logger("eligibility");
    if (log->should_log(spdlog::level::debug))
        log->debug("check {}: {}", product.model.toStdString(), verdictKey(result.verdict).toStdString());
    return result;
}

} // namespace recall
