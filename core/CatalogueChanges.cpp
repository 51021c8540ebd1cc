#include "CatalogueChanges.h"

#include "SqlDatabase.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSqlQuery>

namespace recall {

namespace {

// The parts of one catalogue the summary compares, read straight from its tables.
struct Snapshot
{
    int dataVersion = 0;
    QDate asOf;
    QMap<QString, QString> products;  // model -> source record
    QMap<QString, QString> campaigns; // id -> source record
    QMap<QString, QByteArray> serialLists; // campaign/model -> digest of its rows
    QMap<QString, ProgressPoint> progress; // campaign/model -> latest entry
};

void readProgress(Snapshot &s, const QString &campaignId, const QString &doc)
{
    const QJsonArray products = QJsonDocument::fromJson(doc.toUtf8()).object().value(QStringLiteral("products")).toArray();
    for (const QJsonValue &p : products) {
        const QJsonObject product = p.toObject();
        std::optional<ProgressPoint> latest;
        for (const QJsonValue &e : product.value(QStringLiteral("progress")).toArray()) {
            const QJsonObject entry = e.toObject();
            const ProgressPoint point{QDate::fromString(entry.value(QStringLiteral("as_of")).toString(), Qt::ISODate),
                                      entry.value(QStringLiteral("rate_percent")).toDouble()};
            if (!latest || point.asOf >= latest->asOf)
                latest = point;
        }
        if (latest)
            s.progress.insert(campaignId + u'/' + product.value(QStringLiteral("model")).toString().toUpper(), *latest);
    }
}

Result<Snapshot, QString> snapshot(const QString &path)
{
    Snapshot s;
    QString error;
    auto db = SqlDatabase::open(path, SqlDatabase::Mode::ReadOnly, &error);
    if (!db)
        return error;
    QSqlQuery *q = db->run(QStringLiteral("SELECT key, value FROM meta WHERE key IN ('data_version', 'as_of')"));
    if (!q)
        return db->lastError();
    while (q->next()) {
        if (q->value(0).toString() == u"data_version")
            s.dataVersion = q->value(1).toInt();
        else
            s.asOf = QDate::fromString(q->value(1).toString(), Qt::ISODate);
    }
    q->finish();
    if (!(q = db->run(QStringLiteral("SELECT model, doc FROM products"))))
        return db->lastError();
    while (q->next())
        s.products.insert(q->value(0).toString(), q->value(1).toString());
    q->finish();
    if (!(q = db->run(QStringLiteral("SELECT id, doc FROM campaigns"))))
        return db->lastError();
    while (q->next()) {
        s.campaigns.insert(q->value(0).toString(), q->value(1).toString());
        readProgress(s, q->value(0).toString(), q->value(1).toString());
    }
    q->finish();
    q = db->run(QStringLiteral("SELECT cp.campaign_id, p.model, cp.serial_list_complete, a.serial_from, a.serial_to "
                               "FROM campaign_products cp JOIN products p ON p.id = cp.product_id "
                               "LEFT JOIN affected_serials a ON a.campaign_product_id = cp.id "
                               "WHERE cp.serial_list_complete IS NOT NULL ORDER BY 1, 2, 4"));
    if (!q)
        return db->lastError();
    QMap<QString, QCryptographicHash *> hashes;
    std::vector<std::unique_ptr<QCryptographicHash>> owners;
    while (q->next()) {
        const QString key = q->value(0).toString() + u'/' + q->value(1).toString();
        if (!hashes.contains(key)) {
            owners.push_back(std::make_unique<QCryptographicHash>(QCryptographicHash::Sha256));
            hashes.insert(key, owners.back().get());
            owners.back()->addData(q->value(2).toString().toUtf8());
        }
        hashes.value(key)->addData((u'\n' + q->value(3).toString() + u'-' + q->value(4).toString()).toUtf8());
    }
    q->finish();
    for (auto it = hashes.cbegin(); it != hashes.cend(); ++it)
        s.serialLists.insert(it.key(), it.value()->result());
    return s;
}

template <typename Map>
void compare(const Map &before, const Map &after, QStringList &added, QStringList &removed, QStringList *changed)
{
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        if (!before.contains(it.key()))
            added << it.key();
        else if (changed && before.value(it.key()) != it.value())
            *changed << it.key();
    }
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (!after.contains(it.key()))
            removed << it.key();
    }
}

} // namespace

bool CatalogueChanges::nothingChanged() const
{
    return campaignsAdded.isEmpty() && campaignsRemoved.isEmpty() && campaignsChanged.isEmpty() && productsAdded.isEmpty()
           && productsRemoved.isEmpty() && productsChanged.isEmpty() && progressUpdated.empty()
           && serialListsChanged.isEmpty();
}

Result<CatalogueChanges, QString> CatalogueChanges::between(const QString &before, const QString &after)
{
    Snapshot old;
    if (!before.isEmpty()) {
        auto read = snapshot(before);
        if (!read)
            return read.error();
        old = std::move(*read);
    }
    auto read = snapshot(after);
    if (!read)
        return read.error();
    const Snapshot &now = *read;

    CatalogueChanges changes;
    changes.fromDataVersion = old.dataVersion;
    changes.toDataVersion = now.dataVersion;
    changes.fromAsOf = old.asOf;
    changes.toAsOf = now.asOf;
    compare(old.campaigns, now.campaigns, changes.campaignsAdded, changes.campaignsRemoved, &changes.campaignsChanged);
    compare(old.products, now.products, changes.productsAdded, changes.productsRemoved, &changes.productsChanged);
    QStringList added, removed;
    compare(old.serialLists, now.serialLists, added, removed, &changes.serialListsChanged);
    changes.serialListsChanged << added << removed;
    changes.serialListsChanged.sort();
    // Progress of campaigns that were already there: a new campaign's figures are part of "added".
    for (auto it = now.progress.cbegin(); it != now.progress.cend(); ++it) {
        const QString campaign = it.key().section(u'/', 0, 0);
        if (!old.campaigns.contains(campaign))
            continue;
        const auto was = old.progress.contains(it.key()) ? std::optional<ProgressPoint>(old.progress.value(it.key()))
                                                          : std::nullopt;
        if (was != std::optional<ProgressPoint>(it.value()))
            changes.progressUpdated.push_back({campaign, it.key().section(u'/', 1), was, it.value()});
    }
    return changes;
}

} // namespace recall
