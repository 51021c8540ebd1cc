#pragma once

#include "Result.h"

#include <QDate>
#include <QStringList>

#include <optional>
#include <vector>

namespace recall {

struct ProgressPoint
{
    QDate asOf;
    double ratePercent = 0;

    bool operator==(const ProgressPoint &other) const = default;
};

// The latest collection progress of one product in one campaign, before and after.
struct ProgressChange
{
    QString campaign;
    QString model;
    std::optional<ProgressPoint> before;
    std::optional<ProgressPoint> after;
};

// What replacing one catalogue with another changes, for the summary an import shows.
struct CatalogueChanges
{
    int fromDataVersion = 0; // 0: there was no usable catalogue
    int toDataVersion = 0;
    QDate fromAsOf;
    QDate toAsOf;
    QStringList campaignsAdded, campaignsRemoved, campaignsChanged;
    QStringList productsAdded, productsRemoved, productsChanged;
    std::vector<ProgressChange> progressUpdated;
    QStringList serialListsChanged; // "CAMPAIGN/MODEL": a list of affected serials added, removed or changed

    bool nothingChanged() const;

    // `before` may be empty (nothing to compare with: everything in `after` is added).
    static Result<CatalogueChanges, QString> between(const QString &before, const QString &after);
};

} // namespace recall
