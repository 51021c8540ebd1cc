#pragma once

#include <QDate>
#include <QString>

namespace recall {

struct PurchaseDateParse
{
    enum class Status { Empty, Valid, BadFormat, Impossible, InFuture };
    Status status = Status::Empty;
    QDate date;
};

// Reads a purchase date typed as YYYY-MM-DD (also with / or . and full-width digits). A date that does not
// exist (2025-02-30) or lies after `today` is reported, never corrected.
PurchaseDateParse parsePurchaseDate(const QString &text, const QDate &today);

} // namespace recall
