#include "CatalogueOrigin.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace recall {

std::optional<CatalogueOrigin> CatalogueOrigin::read(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly) || f.size() > 64 * 1024)
        return std::nullopt;
    const QByteArray bytes = f.readAll();
    if (QString digest = bareSha256(bytes); !digest.isEmpty()) {
        CatalogueOrigin origin;
        origin.builtInDigest = std::move(digest);
        return origin;
    }
    const QJsonObject o = QJsonDocument::fromJson(bytes).object();
    const QString kind = o.value(QStringLiteral("origin")).toString();
    if (kind != u"builtin" && kind != u"import")
        return std::nullopt;
    CatalogueOrigin origin;
    origin.kind = kind == u"import" ? Kind::Import : Kind::BuiltIn;
    origin.builtInDigest = o.value(QStringLiteral("builtin_digest")).toString();
    origin.dataVersion = o.value(QStringLiteral("data_version")).toInt();
    origin.asOf = QDate::fromString(o.value(QStringLiteral("as_of")).toString(), Qt::ISODate);
    origin.catalogueDigest = o.value(QStringLiteral("catalogue_digest")).toString();
    origin.pack = o.value(QStringLiteral("pack")).toString();
    origin.importedAt = QDateTime::fromString(o.value(QStringLiteral("imported")).toString(), Qt::ISODateWithMs);
    origin.signedPack = o.value(QStringLiteral("signed")).toBool(true);
    return origin;
}

QByteArray CatalogueOrigin::toJson() const
{
    QJsonObject o{{QStringLiteral("origin"), kind == Kind::Import ? QStringLiteral("import") : QStringLiteral("builtin")},
                  {QStringLiteral("builtin_digest"), builtInDigest},
                  {QStringLiteral("data_version"), dataVersion},
                  {QStringLiteral("as_of"), asOf.toString(Qt::ISODate)}};
    if (kind == Kind::Import) {
        o.insert(QStringLiteral("catalogue_digest"), catalogueDigest);
        o.insert(QStringLiteral("pack"), pack);
        o.insert(QStringLiteral("imported"), importedAt.toUTC().toString(Qt::ISODateWithMs));
        o.insert(QStringLiteral("signed"), signedPack);
    }
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QString bareSha256(const QByteArray &bytes)
{
    static const QRegularExpression digest(QStringLiteral("^[0-9a-f]{64}$"));
    const QString text = QString::fromLatin1(bytes).trimmed();
    return digest.match(text).hasMatch() ? text : QString();
}

} // namespace recall
