#pragma once

#include "SyntheticCatalogue.h"

#include <QStringList>

namespace recall::bench {

// What the search box holds after each keystroke while a person types real queries: every prefix of each
// query, character by character (Japanese as kana typed one by one, then the converted word, the harshest
// way an input method can deliver it), plus codes of the synthetic catalogue typed or scanned.
QStringList keystrokes(const synthetic::Samples &samples);

} // namespace recall::bench
