#pragma once

#include <QString>

namespace recall::Jan {

// JAN (EAN-13) codes: 13 digits, the last a check digit.
bool hasValidFormat(const QString &code);
int expectedCheckDigit(const QString &code); // of the first 12 digits; -1 when they are not 12 digits
bool isValid(const QString &code);

} // namespace recall::Jan
