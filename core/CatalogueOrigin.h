#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace recall {

// Where a catalogue in the app-data folder came from, kept in a small JSON file beside it
// (catalogue.origin): the copy built into the app, or an imported data pack.
struct CatalogueOrigin
{
    enum class Kind { BuiltIn, Import };

    Kind kind = Kind::BuiltIn;
    // BuiltIn: the SHA-256 of the built-in copy it is. Import: of the built-in copy it was last compared
    // with, so the built-in copy is only opened again when the app brings another one.
    QString builtInDigest;
    int dataVersion = 0;
    QDate asOf;
    QString catalogueDigest; // Import: the SHA-256 of the catalogue file as it was imported
    QString pack;         // Import: the pack's file name
    QDateTime importedAt; // Import, UTC
    bool signedPack = true;

    // Reads a marker; also the bare digest that older versions wrote. Nothing for a missing or unreadable file.
    static std::optional<CatalogueOrigin> read(const QString &path);
    QByteArray toJson() const;
};

// The SHA-256 of `bytes` as the markers keep it: 64 lower-case hexadecimal digits.
QString sha256Hex(const QByteArray &bytes);
// The SHA-256 a file holds alone (64 lower-case hexadecimal digits, blank space around it allowed); empty
// when it holds anything else.
QString bareSha256(const QByteArray &bytes);

} // namespace recall
