// Serial-number normalisation: recall::SerialNumber::check on anything a person could paste.
#include "FuzzSupport.h"

#include "SerialNumber.h"

using namespace recall;

namespace {

bool isSerialCharacter(QChar c)
{
    return (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
}

void checkOne(const QString &input)
{
    const SerialCheck check = SerialNumber::check(input);
    FUZZ_CHECK(check.input == input);
    FUZZ_CHECK(check.valid == check.problems.empty());
    for (const SerialProblem &p : check.problems) {
        FUZZ_CHECK(!SerialNumber::problemKey(p.kind).isEmpty());
        switch (p.kind) {
        case SerialProblemKind::Empty:
            FUZZ_CHECK(check.normalized.isEmpty());
            break;
        case SerialProblemKind::TooShort:
            FUZZ_CHECK(p.length == check.normalized.size() && p.length < SerialNumber::length);
            break;
        case SerialProblemKind::TooLong:
            FUZZ_CHECK(p.length > SerialNumber::length);
            break;
        case SerialProblemKind::WrongFirstCharacter:
        case SerialProblemKind::BadCharacter:
            FUZZ_CHECK(p.position >= 1 && p.position <= check.normalized.size());
            FUZZ_CHECK(check.normalized.at(p.position - 1) == p.character);
            break;
        }
    }
    for (const ConfusableCharacter &c : check.confusable) {
        FUZZ_CHECK(c.position >= 2 && c.position <= check.normalized.size());
        FUZZ_CHECK(check.normalized.at(c.position - 1) == c.character);
        FUZZ_CHECK(!c.lookalikes.isEmpty());
    }
    if (check.valid) {
        FUZZ_CHECK(check.normalized.size() == SerialNumber::length);
        FUZZ_CHECK(check.normalized.front() == u'A');
        for (QChar c : check.normalized)
            FUZZ_CHECK(isSerialCharacter(c));
        // What the app stores and compares must check the same way again.
        const SerialCheck again = SerialNumber::check(check.normalized);
        FUZZ_CHECK(again.valid && again.normalized == check.normalized);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    checkOne(fuzz::asUtf8(data, size));
    checkOne(fuzz::asUtf16(data, size));
    return 0;
}
