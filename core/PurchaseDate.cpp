#include "PurchaseDate.h"

#include <QRegularExpression>

namespace recall {

PurchaseDateParse parsePurchaseDate(const QString &text, const QDate &today)
{
    PurchaseDateParse result;
    const QString s = text.normalized(QString::NormalizationForm_KC).trimmed();
    if (s.isEmpty())
        return result;
    static const QRegularExpression re(QStringLiteral(R"(^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$)"));
    const auto m = re.match(s);
    if (s.size() > 32 || !m.hasMatch()) {
        result.status = PurchaseDateParse::Status::BadFormat;
        return result;
    }
    result.date = QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    if (!result.date.isValid())
        result.status = PurchaseDateParse::Status::Impossible;
    else if (result.date > today)
        result.status = PurchaseDateParse::Status::InFuture;
    else
        result.status = PurchaseDateParse::Status::Valid;
    return result;
}

} // namespace recall
