#include "CatalogueCheck.h"

#include "Catalogue.h"
#include "CatalogueSchema.h"
#include "SqlDatabase.h"

#include <QSqlQuery>

namespace recall {

CatalogueCounts CatalogueCounts::of(const DataSet &data)
{
    CatalogueCounts counts;
    counts.products = qint64(data.products.size());
    for (const Product &p : data.products)
        counts.variants += qint64(p.variants.size());
    counts.campaigns = qint64(data.campaigns.size());
    counts.sources = qint64(data.sources.size());
    for (const AffectedSerialList &list : data.serialLists)
        counts.affectedSerials += list.serials.size() + qint64(list.ranges.size());
    return counts;
}

QString CatalogueCheck::problemIn(const QString &path, const DataSet &data)
{
    {
        auto catalogue = Catalogue::open(path);
        if (!catalogue)
            return QStringLiteral("cannot be opened: ") + catalogueErrorKey(catalogue.error().kind) + u' '
                   + catalogue.error().detail;
        const CatalogueInfo &info = (*catalogue)->info();
        if (info.schemaVersion != CatalogueSchema::version)
            return QStringLiteral("schema version %1").arg(info.schemaVersion);
        if (info.dataVersion != data.info.dataVersion || info.asOf != data.info.asOf)
            return QStringLiteral("data version %1 as of %2").arg(info.dataVersion).arg(info.asOf.toString(Qt::ISODate));
    }
    QString error;
    auto db = SqlDatabase::open(path, SqlDatabase::Mode::ReadOnly, &error);
    if (!db)
        return error;
    QSqlQuery *check = db->run(QStringLiteral("PRAGMA integrity_check"));
    if (!check)
        return db->lastError();
    const QString verdict = check->next() ? check->value(0).toString() : QString();
    check->finish();
    if (verdict != u"ok")
        return QStringLiteral("integrity check: ") + verdict;
    QSqlQuery *version = db->run(QStringLiteral("PRAGMA user_version"));
    const int userVersion = version && version->next() ? version->value(0).toInt() : -1;
    if (version)
        version->finish();
    if (userVersion != CatalogueSchema::version)
        return QStringLiteral("user_version %1").arg(userVersion);
    QSqlQuery *rows = db->run(QStringLiteral(
        "SELECT (SELECT count(*) FROM products), (SELECT count(*) FROM variants), (SELECT count(*) FROM campaigns), "
        "(SELECT count(*) FROM sources), (SELECT count(*) FROM affected_serials)"));
    if (!rows || !rows->next())
        return db->lastError();
    const CatalogueCounts found{rows->value(0).toLongLong(), rows->value(1).toLongLong(), rows->value(2).toLongLong(),
                                rows->value(3).toLongLong(), rows->value(4).toLongLong()};
    rows->finish();
    const CatalogueCounts expected = CatalogueCounts::of(data);
    if (!(found == expected))
        return QStringLiteral("row counts %1/%2/%3/%4/%5, expected %6/%7/%8/%9/%10")
            .arg(found.products).arg(found.variants).arg(found.campaigns).arg(found.sources).arg(found.affectedSerials)
            .arg(expected.products).arg(expected.variants).arg(expected.campaigns).arg(expected.sources)
            .arg(expected.affectedSerials);
    if (expected.products == 0 || expected.campaigns == 0 || expected.sources == 0)
        return QStringLiteral("no products, campaigns or sources");
    return {};
}

} // namespace recall
