#pragma once

#include "PackKeys.h"

// The public keys whose data packs this build trusts: fixed at configure time from RECALL_PACK_PUBLIC_KEYS
// (by default resources/keys/recall-pack-development.pub). Never the test-only key (the build refuses it).
recall::PackKeyring builtInPackKeys();
