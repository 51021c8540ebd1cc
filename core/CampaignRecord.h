#pragma once

#include "Model.h"

#include <QByteArray>
#include <QByteArrayView>
#include <optional>

namespace recall::CampaignRecord {

// A campaign in a compact binary form that is read several times faster than its JSON record: the
// catalogue's campaign_records table (see CatalogueSchema.h). Holds every field a catalogue's Campaign has
// (not the source record or the file it came from). The same campaign always gives the same bytes.
QByteArray encode(const Campaign &campaign);

// The campaign, or nothing when the bytes are not a whole record of this format (cut short, another version,
// bytes left over): the caller then reads the campaign's JSON record instead.
std::optional<Campaign> decode(QByteArrayView bytes);

} // namespace recall::CampaignRecord
