// The compact product, product check and campaign records a catalogue stores (ProductRecord::decode and
// decodeForCheck, CampaignRecord::decode), as a damaged catalogue file could hand them over: refused or read,
// never a crash, a hang or a huge allocation. Each input is tried as every kind.
#include "CampaignRecord.h"
#include "FuzzSupport.h"
#include "ProductRecord.h"

using namespace recall;

namespace {

// What was read writes out as a record that reads back to the same bytes again.
template <typename Decode, typename Encode, typename Same>
void checkRoundTrip(QByteArrayView bytes, Decode decode, Encode encode, Same same)
{
    const auto read = decode(bytes);
    if (!read)
        return;
    const QByteArray written = encode(*read);
    const auto again = decode(written);
    FUZZ_CHECK(again.has_value());
    FUZZ_CHECK(encode(*again) == written);
    FUZZ_CHECK(same(*again, *read));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto sameProduct = [](const Product &a, const Product &b) {
        return a.variants.size() == b.variants.size() && a.model == b.model;
    };
    checkRoundTrip(bytes, ProductRecord::decode, ProductRecord::encode, sameProduct);
    checkRoundTrip(bytes, ProductRecord::decodeForCheck, ProductRecord::encodeForCheck, sameProduct);
    checkRoundTrip(
        bytes, CampaignRecord::decode, CampaignRecord::encode, [](const Campaign &a, const Campaign &b) {
            return a.products.size() == b.products.size() && a.id == b.id && a.announced == b.announced;
        });
    return 0;
}
