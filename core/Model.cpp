#include "Model.h"

#include <algorithm>

namespace recall {

namespace {
template <typename Range, typename Pred>
auto findPtr(const Range &range, Pred pred) -> decltype(&*std::begin(range))
{
    auto it = std::find_if(std::begin(range), std::end(range), pred);
    return it == std::end(range) ? nullptr : &*it;
}
} // namespace

const Variant *Product::variantByCode(const QString &code) const
{
    return findPtr(variants, [&](const Variant &v) { return !v.code.isEmpty() && v.code == code; });
}

const Variant *Product::variantByJan(const QString &jan) const
{
    return findPtr(variants, [&](const Variant &v) { return !v.jan.isEmpty() && v.jan == jan; });
}

QStringList Product::colourIds() const
{
    QStringList ids;
    for (const Variant &v : variants) {
        if (!ids.contains(v.colourId))
            ids << v.colourId;
    }
    return ids;
}

const Note *Campaign::noteById(const QString &noteId) const
{
    if (const Note *n = findPtr(notes, [&](const Note &note) { return note.id == noteId; }))
        return n;
    for (const CampaignProduct &cp : products) {
        if (const Note *n = findPtr(cp.notes, [&](const Note &note) { return note.id == noteId; }))
            return n;
    }
    return nullptr;
}

QString coverageKey(Coverage coverage)
{
    return coverage == Coverage::AllUnits ? QStringLiteral("all_units") : QStringLiteral("serial_checked");
}

std::optional<Coverage> coverageFromKey(const QString &key)
{
    if (key == QLatin1String("all_units"))
        return Coverage::AllUnits;
    if (key == QLatin1String("serial_checked"))
        return Coverage::SerialChecked;
    return std::nullopt;
}

} // namespace recall
