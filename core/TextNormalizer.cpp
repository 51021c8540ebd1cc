#include "TextNormalizer.h"

namespace recall::TextNormalizer {

namespace {
constexpr char16_t firstHiragana = 0x3041;
constexpr char16_t lastHiragana = 0x3096;
constexpr char16_t hiraganaToKatakana = 0x60;
constexpr char16_t prolongedSoundMark = 0x30FC; // ー

bool isDropped(QChar c)
{
    if (c.unicode() == prolongedSoundMark)
        return true;
    switch (c.category()) {
    case QChar::Letter_Uppercase:
    case QChar::Letter_Lowercase:
    case QChar::Letter_Titlecase:
    case QChar::Letter_Modifier:
    case QChar::Letter_Other:
    case QChar::Number_DecimalDigit:
    case QChar::Number_Letter:
    case QChar::Number_Other:
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
        return false;
    default:
        return true; // spaces, punctuation (hyphens, dots, brackets), symbols, controls
    }
}
} // namespace

QString fold(const QString &text)
{
    const QString folded = text.normalized(QString::NormalizationForm_KC).toCaseFolded();
    QString out;
    out.reserve(folded.size());
    for (QChar c : folded) {
        if (isDropped(c))
            continue;
        if (c.unicode() >= firstHiragana && c.unicode() <= lastHiragana)
            c = QChar(char16_t(c.unicode() + hiraganaToKatakana));
        out.append(c);
    }
    return out;
}

QString foldCode(const QString &text)
{
    return text.normalized(QString::NormalizationForm_KC).trimmed().toUpper();
}

QString foldCodeWithoutSeparators(const QString &text)
{
    QString code = foldCode(text);
    code.removeIf([](QChar c) { return c.isSpace() || c == u'-'; });
    return code;
}

} // namespace recall::TextNormalizer
