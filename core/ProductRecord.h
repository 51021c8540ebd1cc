#pragma once

#include "Model.h"

#include <QByteArray>
#include <QByteArrayView>
#include <optional>

namespace recall::ProductRecord {

// A product in a compact binary form that is read several times faster than its JSON record: the
// catalogue's product_records table (see CatalogueSchema.h). Holds every field a catalogue's Product has
// (not the source record or the file it came from). The same product always gives the same bytes.
QByteArray encode(const Product &product);

// The product, or nothing when the bytes are not a whole record of this format (cut short, another version,
// bytes left over): the caller then reads the product's JSON record instead.
std::optional<Product> decode(QByteArrayView bytes);

// A product's model and its variants' codes, JANs and colours (every other field is left empty): an
// eligibility check reads no more of a product. The catalogue's product_check_records table: a few times
// smaller than product_records, so a batch that looks up thousands of products reads far fewer pages.
QByteArray encodeForCheck(const Product &product);
// As decode(), for a record encodeForCheck() wrote.
std::optional<Product> decodeForCheck(QByteArrayView bytes);

} // namespace recall::ProductRecord
