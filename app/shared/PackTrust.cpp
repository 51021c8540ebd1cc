#include "PackTrust.h"

#include "TrustedPackKeys.h"

recall::PackKeyring builtInPackKeys()
{
    recall::PackKeyring keys;
    for (const char *hex : recall::generated::trustedPackKeys)
        keys.push_back(QByteArray::fromHex(hex));
    return keys;
}
