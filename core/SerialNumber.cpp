#include "SerialNumber.h"

#include <QRegularExpression>

#include <algorithm>

namespace recall::SerialNumber {

namespace {
// A label pasted along with the serial: "SN:", "S/N", "Serial No.", "シリアル番号：" and the like.
const QRegularExpression &labelPrefix()
{
    static const QRegularExpression re(
        QStringLiteral(R"(^\s*(?:S\s*/?\s*N(?:O\.?)?|SERIAL(?:\s*(?:NO\.?|NUMBER))?|シリアル(?:番号|ナンバー)?|製造番号)\s*[:.#]?\s*)"));
    return re;
}

bool isSeparator(QChar c)
{
    return c.isSpace() || c == u'-' || c == u'\u2010' || c == u'\u2011' || c == u'\u2012' || c == u'\u2013'
           || c == u'\u2014' || c == u'\u2212' || c == u'\u30FC';
}

bool isSerialCharacter(QChar c)
{
    return (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
}

QString lookalikesOf(QChar c)
{
    switch (c.unicode()) {
    case u'0': return QStringLiteral("O");
    case u'O': return QStringLiteral("0");
    case u'1': return QStringLiteral("IL");
    case u'I': return QStringLiteral("1L");
    case u'L': return QStringLiteral("1I");
    case u'2': return QStringLiteral("Z");
    case u'Z': return QStringLiteral("2");
    default: return {};
    }
}
} // namespace

SerialCheck check(const QString &input)
{
    SerialCheck result;
    result.input = input;
    if (input.size() > maxInputLength) {
        result.problems.push_back({SerialProblemKind::TooLong, 0, {}, int(input.size())});
        return result;
    }

    QString text = input.normalized(QString::NormalizationForm_KC).toUpper();
    // Every label starts with S, シ or 製 after any spaces: text starting with another letter or a digit (as
    // a serial does) cannot hold one, and the regular expression is the dearest step of a check.
    const QChar first = text.isEmpty() ? QChar() : text.at(0); // at(): front() on a shared text would copy it
    const bool mayHaveLabel =
        text.isEmpty() || !first.isLetterOrNumber() || first == u'S' || first == u'シ' || first == u'製';
    if (mayHaveLabel)
        text.remove(labelPrefix());
    QString serial;
    if (std::none_of(text.cbegin(), text.cend(), isSeparator)) {
        serial = text; // the usual case, without a copy
    } else {
        serial.reserve(text.size());
        for (QChar c : std::as_const(text)) {
            if (!isSeparator(c))
                serial.append(c);
        }
    }
    result.normalized = serial;

    if (serial.isEmpty()) {
        result.problems.push_back({SerialProblemKind::Empty, 0, {}, 0});
        return result;
    }
    if (serial.size() < length)
        result.problems.push_back({SerialProblemKind::TooShort, 0, {}, int(serial.size())});
    else if (serial.size() > length)
        result.problems.push_back({SerialProblemKind::TooLong, 0, {}, int(serial.size())});
    if (serial.at(0) != u'A')
        result.problems.push_back({SerialProblemKind::WrongFirstCharacter, 1, serial.at(0), 0});
    for (int i = 0; i < serial.size(); ++i) {
        const QChar c = serial.at(i);
        if (!isSerialCharacter(c)) {
            result.problems.push_back({SerialProblemKind::BadCharacter, i + 1, c, 0});
            continue;
        }
        if (i > 0) { // the first character is always A, never misread
            const QString alikes = lookalikesOf(c);
            if (alikes.isEmpty())
                continue;
            if (result.confusable.empty())
                result.confusable.reserve(std::size_t(serial.size())); // most serials have several
            result.confusable.push_back({i + 1, c, alikes});
        }
    }
    result.valid = result.problems.empty();
    return result;
}

QString problemKey(SerialProblemKind kind)
{
    switch (kind) {
    case SerialProblemKind::Empty: return QStringLiteral("empty");
    case SerialProblemKind::TooShort: return QStringLiteral("too_short");
    case SerialProblemKind::TooLong: return QStringLiteral("too_long");
    case SerialProblemKind::WrongFirstCharacter: return QStringLiteral("wrong_first_character");
    case SerialProblemKind::BadCharacter: return QStringLiteral("bad_character");
    }
    return {};
}

} // namespace recall::SerialNumber
