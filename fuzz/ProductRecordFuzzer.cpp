// The compact product records a catalogue stores (ProductRecord::decode), as a damaged catalogue file could
// hand them over: refused or read, never a crash, a hang or a huge allocation.
#include "FuzzSupport.h"
#include "ProductRecord.h"

using namespace recall;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const std::optional<Product> product = ProductRecord::decode(bytes);
    if (product) {
        // What was read writes out as a record that reads back to the same bytes again.
        const QByteArray written = ProductRecord::encode(*product);
        const std::optional<Product> again = ProductRecord::decode(written);
        FUZZ_CHECK(again.has_value());
        FUZZ_CHECK(ProductRecord::encode(*again) == written);
        FUZZ_CHECK(again->variants.size() == product->variants.size() && again->model == product->model);
    }
    return 0;
}
