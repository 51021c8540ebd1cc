#pragma once

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

namespace recall {

// The public keys whose data packs are trusted (32 bytes each). The app's own list is fixed at configure time.
using PackKeyring = std::vector<QByteArray>;

// Ed25519 keys and signatures for data packs (libsodium). Key files are text: '#' comment lines and one
// line of hexadecimal digits (64 for a public key, 128 for a secret key).
class PackKeys
{
public:
    static constexpr int publicKeySize = 32;
    static constexpr int secretKeySize = 64;
    static constexpr int signatureSize = 64;

    struct KeyPair
    {
        QByteArray publicKey;
        QByteArray secretKey;
    };

    static KeyPair generate();
    static QByteArray publicKeyOf(const QByteArray &secretKey);

    static std::optional<QByteArray> parsePublicKey(const QByteArray &fileText);
    // Every public key of a keyring file (one per line); empty if any key line is malformed.
    static PackKeyring parsePublicKeys(const QByteArray &fileText);
    static std::optional<QByteArray> parseSecretKey(const QByteArray &fileText);
    static QByteArray publicKeyFile(const QByteArray &publicKey);
    static QByteArray secretKeyFile(const QByteArray &secretKey);

    // A short name for a public key: the first 16 hexadecimal digits of its SHA-256.
    static QString fingerprint(const QByteArray &publicKey);

    static QByteArray sign(const QByteArray &message, const QByteArray &secretKey);
    static bool verify(const QByteArray &message, const QByteArray &signature, const QByteArray &publicKey);
};

} // namespace recall
