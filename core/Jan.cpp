#include "Jan.h"

namespace recall::Jan {

namespace {
bool allDigits(QStringView s)
{
    for (QChar c : s) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}
} // namespace

bool hasValidFormat(const QString &code)
{
    return code.size() == 13 && allDigits(code);
}

int expectedCheckDigit(const QString &code)
{
    if (code.size() < 12 || !allDigits(QStringView(code).left(12)))
        return -1;
    int sum = 0;
    for (int i = 0; i < 12; ++i)
        sum += (code.at(i).unicode() - u'0') * (i % 2 == 0 ? 1 : 3);
    return (10 - sum % 10) % 10;
}

bool isValid(const QString &code)
{
    return hasValidFormat(code) && expectedCheckDigit(code) == code.at(12).unicode() - u'0';
}

} // namespace recall::Jan
