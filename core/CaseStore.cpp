#include "CaseStore.h"

#include "Eligibility.h"

namespace recall {

QString caseRoleKey(CaseRole role)
{
    switch (role) {
    case CaseRole::Consumer: return QStringLiteral("consumer");
    case CaseRole::ServiceDesk: return QStringLiteral("service_desk");
    case CaseRole::CallCentre: return QStringLiteral("call_centre");
    }
    return {};
}

QString caseStatusKey(CaseStatus status)
{
    switch (status) {
    case CaseStatus::Open: return QStringLiteral("open");
    case CaseStatus::KitRequested: return QStringLiteral("kit_requested");
    case CaseStatus::Returned: return QStringLiteral("returned");
    case CaseStatus::Replaced: return QStringLiteral("replaced");
    case CaseStatus::Closed: return QStringLiteral("closed");
    }
    return {};
}

std::optional<CaseRole> caseRoleFromKey(const QString &key)
{
    for (CaseRole role : {CaseRole::Consumer, CaseRole::ServiceDesk, CaseRole::CallCentre}) {
        if (caseRoleKey(role) == key)
            return role;
    }
    return std::nullopt;
}

std::optional<CaseStatus> caseStatusFromKey(const QString &key)
{
    for (CaseStatus status : {CaseStatus::Open, CaseStatus::KitRequested, CaseStatus::Returned, CaseStatus::Replaced,
                              CaseStatus::Closed}) {
        if (caseStatusKey(status) == key)
            return status;
    }
    return std::nullopt;
}

QString caseStoreErrorKey(CaseStoreError::Kind kind)
{
    switch (kind) {
    case CaseStoreError::Kind::CannotOpen: return QStringLiteral("cannot_open");
    case CaseStoreError::Kind::Damaged: return QStringLiteral("damaged");
    case CaseStoreError::Kind::ReadOnly: return QStringLiteral("read_only");
    case CaseStoreError::Kind::DiskFull: return QStringLiteral("disk_full");
    case CaseStoreError::Kind::SchemaTooNew: return QStringLiteral("schema_too_new");
    case CaseStoreError::Kind::QueryFailed: return QStringLiteral("query_failed");
    case CaseStoreError::Kind::NotFound: return QStringLiteral("not_found");
    }
    return {};
}

CaseRecord caseFromCheck(const CheckRequest &request, const CheckResult &result, CaseRole role, const QString &note)
{
    CaseRecord record;
    record.role = role;
    if (result.product) {
        record.model = result.product->product.model;
        if (const Variant *variant = result.product->variant())
            record.variantCode = variant->code;
    } else {
        record.model = request.product.trimmed().left(64);
    }
    record.colourId = result.colourId;
    record.purchased = result.purchased;
    if (result.serial && !result.serial->normalized.isEmpty())
        record.serial = result.serial->normalized;
    record.verdict = verdictKey(result.verdict);
    const auto addReasons = [&record](const std::vector<Reason> &reasons) {
        for (const Reason &reason : reasons) {
            const QString key = reasonKey(reason.code);
            if (!record.reasons.contains(key))
                record.reasons << key;
        }
    };
    addReasons(result.reasons);
    if (const CampaignMatch *decisive = result.decisive())
        addReasons(decisive->reasons);
    record.dataAsOf = result.dataAsOf;
    record.note = note;
    return record;
}

} // namespace recall
