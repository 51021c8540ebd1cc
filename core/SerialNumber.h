#pragma once

#include <QString>

#include <vector>

namespace recall {

enum class SerialProblemKind {
    Empty,
    TooShort,
    TooLong,
    WrongFirstCharacter,
    BadCharacter,
};

struct SerialProblem
{
    SerialProblemKind kind;
    int position = 0; // 1-based position in the normalised serial, for character problems
    QChar character;
    int length = 0; // for TooShort / TooLong
};

// A character that is easily misread on a printed label (0/O, 1/I/L, 2/Z). Reported as a hint only.
struct ConfusableCharacter
{
    int position = 0; // 1-based
    QChar character;
    QString lookalikes;
};

struct SerialCheck
{
    QString input;
    QString normalized;
    bool valid = false;
    std::vector<SerialProblem> problems;
    std::vector<ConfusableCharacter> confusable;
};

// Anker serials as the sources describe them: after "SN:" on the label, 16 characters starting with A.
namespace SerialNumber {
inline constexpr int length = 16;
inline constexpr int maxInputLength = 1024;

SerialCheck check(const QString &input);
QString problemKey(SerialProblemKind kind);
} // namespace SerialNumber

} // namespace recall
