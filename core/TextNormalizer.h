#pragma once

#include <QString>

namespace recall {

// Folds text for matching: NFKC (full-width letters and digits, half-width katakana), case, hiragana to
// katakana, and drops spaces, punctuation, hyphens and long vowel marks. The catalogue stores its search
// terms in this form, so the generator and every query must use this one function.
namespace TextNormalizer {

// Bump when the folding changes: catalogues built with another version must be regenerated.
inline constexpr int version = 1;

QString fold(const QString &text);

// Upper-case NFKC form with surrounding space removed, for codes (model numbers, variant codes, JANs).
QString foldCode(const QString &text);
// foldCode() without any spaces or hyphens inside: a JAN or code as scanned or typed in groups.
QString foldCodeWithoutSeparators(const QString &text);

} // namespace TextNormalizer
} // namespace recall
