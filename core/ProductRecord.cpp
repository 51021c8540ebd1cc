#include "ProductRecord.h"

#include "RecordCodec.h"

namespace recall::ProductRecord {

namespace {

// Bumped whenever the layout below changes; a record of another version is not read.
constexpr char formatVersion = 1;

// Every field of a product, in record order, for record_codec::encode and decode (`P` is non-const when read).
// A variant is at least five empty texts and two empty lists (28 bytes).
template <typename Io, typename P> void productFields(Io &io, P &p)
{
    io.text(p.model);
    io.text(p.brand);
    io.localized(p.name);
    io.text(p.reading);
    io.texts(p.aliases);
    io.text(p.categoryId);
    io.text(p.illustration);
    io.items(p.variants, 28, [&io](auto &v) {
        io.text(v.code);
        io.text(v.jan);
        io.text(v.colourId);
        io.text(v.photo);
        io.text(v.photoCredit);
        io.citations(v.cite);
    });
    record_codec::notes(io, p.notes);
    io.citations(p.cite);
}

// Numbered apart from formatVersion, so that neither kind of record is ever read as the other.
constexpr char checkFormatVersion = 101;

// The fields a check record holds (a check reads no others). A variant is at least three empty texts (12 bytes).
template <typename Io, typename P> void checkFields(Io &io, P &p)
{
    io.text(p.model);
    io.items(p.variants, 12, [&io](auto &v) {
        io.text(v.code);
        io.text(v.jan);
        io.text(v.colourId);
    });
}

} // namespace

QByteArray encode(const Product &product)
{
    return record_codec::encode(formatVersion, product, [](auto &io, auto &p) { productFields(io, p); });
}

std::optional<Product> decode(QByteArrayView bytes)
{
    return record_codec::decode<Product>(formatVersion, bytes, [](auto &io, auto &p) { productFields(io, p); });
}

QByteArray encodeForCheck(const Product &product)
{
    return record_codec::encode(checkFormatVersion, product, [](auto &io, auto &p) { checkFields(io, p); });
}

std::optional<Product> decodeForCheck(QByteArrayView bytes)
{
    return record_codec::decode<Product>(checkFormatVersion, bytes, [](auto &io, auto &p) { checkFields(io, p); });
}

} // namespace recall::ProductRecord
