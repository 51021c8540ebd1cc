#include "CampaignRecord.h"

#include "RecordCodec.h"

namespace recall::CampaignRecord {

namespace {

// Bumped whenever the layout below changes; a record of another version is not read.
constexpr char formatVersion = 1;

// The smallest each item can be written in (so a damaged count is caught before anything is reserved): a
// step is a text, two texts and a list; see the fields below for the others.
constexpr qsizetype stepBytes = 16;
constexpr qsizetype collectedBytes = 24;
constexpr qsizetype alternativeBytes = 16;
constexpr qsizetype progressBytes = 20;
constexpr qsizetype productBytes = 44;

template <typename Io, typename P> void productFields(Io &io, P &p)
{
    io.text(p.model);
    io.optional(p.saleStart, [&io](auto &d) { io.date(d); });
    io.optional(p.saleEnd, [&io](auto &d) { io.date(d); });
    io.items(p.saleStartAlternatives, alternativeBytes, [&io](auto &a) {
        io.date(a.date);
        io.texts(a.sources);
        io.text(a.noteId);
    });
    io.optional(p.units, [&io](auto &n) { io.number(n); });
    io.enumeration(p.coverage, Coverage::AllUnits);
    io.texts(p.excludedColours);
    io.localized(p.serialLocation);
    io.optional(p.replacement, [&io](auto &r) {
        io.localized(r.name);
        io.text(r.model);
        io.localized(r.notes);
        io.citations(r.cite);
    });
    io.items(p.progress, progressBytes, [&io](auto &e) {
        io.date(e.asOf);
        io.real(e.ratePercent);
        io.texts(e.sources);
    });
    record_codec::notes(io, p.notes);
    io.citations(p.cite);
}

// Every field of a campaign, in record order, for record_codec::encode and decode (`C` is non-const when read).
template <typename Io, typename C> void campaignFields(Io &io, C &c)
{
    io.text(c.id);
    io.localized(c.manufacturer);
    io.text(c.market);
    io.date(c.announced);
    io.text(c.kind);
    io.localized(c.title);
    io.localized(c.hazard);
    io.localized(c.cause);
    io.localized(c.background);
    io.localized(c.salesChannels);
    io.texts(c.remedy);
    io.text(c.officialUrl);
    io.optional(c.phone, [&io](auto &phone) {
        io.text(phone.number);
        io.localized(phone.hours);
    });
    io.optional(c.purchaseCutoff, [&io](auto &d) { io.date(d); });
    io.optional(c.approxTotalUnits, [&io](auto &n) { io.number(n); });
    io.items(c.collected, collectedBytes, [&io](auto &e) {
        io.date(e.asOf);
        io.text(e.categoryId);
        io.number(e.approxUnits);
        io.texts(e.sources);
    });
    io.items(c.steps, stepBytes, [&io](auto &s) {
        io.text(s.id);
        io.localized(s.text);
        io.texts(s.sources);
    });
    record_codec::notes(io, c.notes);
    io.items(c.products, productBytes, [&io](auto &p) { productFields(io, p); });
    io.citations(c.cite);
}

} // namespace

QByteArray encode(const Campaign &campaign)
{
    return record_codec::encode(formatVersion, campaign, [](auto &io, auto &c) { campaignFields(io, c); });
}

std::optional<Campaign> decode(QByteArrayView bytes)
{
    return record_codec::decode<Campaign>(formatVersion, bytes,
                                          [](auto &io, auto &c) { campaignFields(io, c); });
}

} // namespace recall::CampaignRecord
