#include "PackKeys.h"

#include <QCryptographicHash>
#include <QList>

#include <sodium.h>

#include <stdexcept>

namespace recall {

namespace {

void ensureSodium()
{
    // sodium_init() is safe to call more than once; the static makes it happen once per process.
    static const bool ready = sodium_init() >= 0;
    if (!ready)
        throw std::runtime_error("libsodium cannot be initialised");
}

// The key line of a key file: the only line that is neither empty nor a comment.
QList<QByteArray> keyLines(const QByteArray &text)
{
    QList<QByteArray> lines;
    for (const QByteArray &raw : text.split('\n')) {
        const QByteArray line = raw.trimmed();
        if (!line.isEmpty() && !line.startsWith('#'))
            lines << line;
    }
    return lines;
}

std::optional<QByteArray> fromHex(const QByteArray &line, int size)
{
    if (line.size() != size * 2)
        return std::nullopt;
    for (char c : line) {
        const bool hex = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
        if (!hex)
            return std::nullopt;
    }
    return QByteArray::fromHex(line);
}

} // namespace

PackKeys::KeyPair PackKeys::generate()
{
    ensureSodium();
    KeyPair pair{QByteArray(publicKeySize, '\0'), QByteArray(secretKeySize, '\0')};
    crypto_sign_keypair(reinterpret_cast<unsigned char *>(pair.publicKey.data()),
                        reinterpret_cast<unsigned char *>(pair.secretKey.data()));
    return pair;
}

QByteArray PackKeys::publicKeyOf(const QByteArray &secretKey)
{
    if (secretKey.size() != secretKeySize)
        return {};
    ensureSodium();
    QByteArray publicKey(publicKeySize, '\0');
    crypto_sign_ed25519_sk_to_pk(reinterpret_cast<unsigned char *>(publicKey.data()),
                                 reinterpret_cast<const unsigned char *>(secretKey.constData()));
    return publicKey;
}

std::optional<QByteArray> PackKeys::parsePublicKey(const QByteArray &fileText)
{
    const QList<QByteArray> lines = keyLines(fileText);
    if (lines.size() != 1)
        return std::nullopt;
    return fromHex(lines.front(), publicKeySize);
}

PackKeyring PackKeys::parsePublicKeys(const QByteArray &fileText)
{
    PackKeyring keys;
    for (const QByteArray &line : keyLines(fileText)) {
        auto key = fromHex(line, publicKeySize);
        if (!key)
            return {};
        keys.push_back(*key);
    }
    return keys;
}

std::optional<QByteArray> PackKeys::parseSecretKey(const QByteArray &fileText)
{
    const QList<QByteArray> lines = keyLines(fileText);
    if (lines.size() != 1)
        return std::nullopt;
    return fromHex(lines.front(), secretKeySize);
}

QByteArray PackKeys::publicKeyFile(const QByteArray &publicKey)
{
    return "# Recall Lookup data-pack public key (Ed25519), fingerprint " + fingerprint(publicKey).toLatin1() + '\n'
           + publicKey.toHex() + '\n';
}

QByteArray PackKeys::secretKeyFile(const QByteArray &secretKey)
{
    return "# Recall Lookup data-pack SECRET key (Ed25519), public key fingerprint "
           + fingerprint(publicKeyOf(secretKey)).toLatin1()
           + "\n# Whoever holds this file can publish recall data the app trusts. Keep it offline; never commit it.\n"
           + secretKey.toHex() + '\n';
}

QString PackKeys::fingerprint(const QByteArray &publicKey)
{
    return QString::fromLatin1(QCryptographicHash::hash(publicKey, QCryptographicHash::Sha256).toHex().left(16));
}

QByteArray PackKeys::sign(const QByteArray &message, const QByteArray &secretKey)
{
    if (secretKey.size() != secretKeySize)
        return {};
    ensureSodium();
    QByteArray signature(signatureSize, '\0');
    crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr,
                         reinterpret_cast<const unsigned char *>(message.constData()), quint64(message.size()),
                         reinterpret_cast<const unsigned char *>(secretKey.constData()));
    return signature;
}

bool PackKeys::verify(const QByteArray &message, const QByteArray &signature, const QByteArray &publicKey)
{
    if (signature.size() != signatureSize || publicKey.size() != publicKeySize)
        return false;
    ensureSodium();
    return crypto_sign_verify_detached(reinterpret_cast<const unsigned char *>(signature.constData()),
                                       reinterpret_cast<const unsigned char *>(message.constData()),
                                       quint64(message.size()),
                                       reinterpret_cast<const unsigned char *>(publicKey.constData()))
           == 0;
}

} // namespace recall
