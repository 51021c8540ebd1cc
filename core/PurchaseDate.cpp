#include "PurchaseDate.h"

#include <optional>

namespace recall {

namespace {

struct DateParts
{
    int year = 0, month = 0, day = 0;
};

// YYYY, a separator (- / or .), M or MM, a separator, D or DD, and nothing else; ASCII digits only (full-width
// ones are ASCII after NFKC). Read by hand: a batch reads a date per row, and a regular expression was a
// twentieth of a batch's time.
std::optional<DateParts> dateParts(QStringView s)
{
    qsizetype pos = 0;
    const auto number = [&](int minDigits, int maxDigits) {
        int value = 0;
        int digits = 0;
        while (digits < maxDigits && pos < s.size() && s[pos] >= u'0' && s[pos] <= u'9') {
            value = value * 10 + (s[pos].unicode() - u'0');
            ++pos;
            ++digits;
        }
        return digits >= minDigits ? std::optional<int>(value) : std::nullopt;
    };
    const auto separator = [&] {
        const bool found = pos < s.size() && (s[pos] == u'-' || s[pos] == u'/' || s[pos] == u'.');
        pos += found ? 1 : 0;
        return found;
    };
    const std::optional<int> year = number(4, 4);
    if (!year || !separator())
        return std::nullopt;
    const std::optional<int> month = number(1, 2);
    if (!month || !separator())
        return std::nullopt;
    const std::optional<int> day = number(1, 2);
    if (!day || pos != s.size())
        return std::nullopt;
    return DateParts{*year, *month, *day};
}

} // namespace

PurchaseDateParse parsePurchaseDate(const QString &text, const QDate &today)
{
    PurchaseDateParse result;
    const QString s = text.normalized(QString::NormalizationForm_KC).trimmed();
    if (s.isEmpty())
        return result;
    const std::optional<DateParts> parts = dateParts(s);
    if (!parts) {
        result.status = PurchaseDateParse::Status::BadFormat;
        return result;
    }
    result.date = QDate(parts->year, parts->month, parts->day);
    if (!result.date.isValid())
        result.status = PurchaseDateParse::Status::Impossible;
    else if (result.date > today)
        result.status = PurchaseDateParse::Status::InFuture;
    else
        result.status = PurchaseDateParse::Status::Valid;
    return result;
}

} // namespace recall
