#include "SqlCaseStore.h"

#include "SerialNumber.h"
#include "SqlDatabase.h"
#include "UserDatabase.h"

#include <QSqlError>
#include <QSqlQuery>

namespace recall {

namespace {

const QString columns = QStringLiteral(
    "id, created, updated, role, model, variant_code, colour_id, purchased, serial, verdict, reasons, data_as_of, "
    "note, status");

// Fixed-width UTC text: sorts and compares as text on any SQL server.
QString timestamp(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value); // NOT NULL columns: "" rather than NULL
}

QVariant optionalText(const QString &value)
{
    return value.isEmpty() ? QVariant() : QVariant(value);
}

QVariant optionalDate(const std::optional<QDate> &date)
{
    return date && date->isValid() ? QVariant(date->toString(Qt::ISODate)) : QVariant();
}

// A LIKE pattern that finds `needle` anywhere, with the wildcards in it taken literally (escape: '!').
QString containsPattern(QString needle)
{
    needle.replace(u'!', QStringLiteral("!!")).replace(u'%', QStringLiteral("!%")).replace(u'_', QStringLiteral("!_"));
    return u'%' + needle + u'%';
}

} // namespace

SqlCaseStore::SqlCaseStore(UserDatabase &database) : m_db(database) {}

CaseStore::Expected<qint64> SqlCaseStore::add(const CaseRecord &record)
{
    const QString now = timestamp(QDateTime::currentDateTimeUtc());
    QSqlQuery *query = m_db.sql().run(
        QStringLiteral("INSERT INTO cases (created, updated, role, model, variant_code, colour_id, purchased, serial, "
                       "verdict, reasons, data_as_of, note, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                       "RETURNING id"),
        {record.created.isValid() ? timestamp(record.created) : now, now, caseRoleKey(record.role), text(record.model),
         optionalText(record.variantCode), optionalText(record.colourId), optionalDate(record.purchased),
         record.serial ? optionalText(*record.serial) : QVariant(), text(record.verdict),
         text(record.reasons.join(u' ')), optionalDate(record.dataAsOf), text(record.note), caseStatusKey(record.status)});
    if (!query)
        return m_db.lastError();
    const qint64 id = query->next() ? query->value(0).toLongLong() : 0;
    // Step to the end: the statement (and its implicit transaction) commits there, so a failing commit is seen.
    while (query->next()) {
    }
    const QSqlError error = query->lastError();
    query->finish();
    if (error.isValid())
        return m_db.errorFrom(error);
    if (id <= 0)
        return CaseStoreError{CaseStoreError::Kind::QueryFailed, m_db.path(), QStringLiteral("no id returned")};
    return id;
}

CaseStore::Expected<bool> SqlCaseStore::update(qint64 id, const QString &note, CaseStatus status)
{
    QSqlQuery *query = m_db.sql().run(QStringLiteral("UPDATE cases SET note = ?, status = ?, updated = ? WHERE id = ?"),
                                      {text(note), caseStatusKey(status), timestamp(QDateTime::currentDateTimeUtc()), id});
    if (!query)
        return m_db.lastError();
    const int changed = query->numRowsAffected();
    query->finish();
    if (changed < 1)
        return CaseStoreError{CaseStoreError::Kind::NotFound, m_db.path(), QString::number(id)};
    return true;
}

CaseStore::Expected<bool> SqlCaseStore::remove(qint64 id)
{
    QSqlQuery *query = m_db.sql().run(QStringLiteral("DELETE FROM cases WHERE id = ?"), {id});
    if (!query)
        return m_db.lastError();
    const int changed = query->numRowsAffected();
    query->finish();
    if (changed < 1)
        return CaseStoreError{CaseStoreError::Kind::NotFound, m_db.path(), QString::number(id)};
    return true;
}

CaseStore::Expected<CaseRecord> SqlCaseStore::get(qint64 id)
{
    auto found = select(QStringLiteral("id = ?"), {id});
    if (!found)
        return found.error();
    if (found->empty())
        return CaseStoreError{CaseStoreError::Kind::NotFound, m_db.path(), QString::number(id)};
    return std::move(found->front());
}

CaseStore::Expected<std::vector<CaseRecord>> SqlCaseStore::list(const CaseFilter &filter)
{
    QStringList where;
    QVariantList values;
    if (filter.from) {
        where << QStringLiteral("created >= ?");
        values << timestamp(filter.from->startOfDay());
    }
    if (filter.to) {
        where << QStringLiteral("created < ?");
        values << timestamp(filter.to->addDays(1).startOfDay());
    }
    if (!filter.verdict.isEmpty()) {
        where << QStringLiteral("verdict = ?");
        values << filter.verdict;
    }
    if (filter.status) {
        where << QStringLiteral("status = ?");
        values << caseStatusKey(*filter.status);
    }
    if (const QString needle = filter.text.trimmed(); !needle.isEmpty()) {
        // A pasted serial ("SN: A1B2-C3D4") also finds the normalised one stored.
        const QString serial = SerialNumber::check(needle).normalized;
        where << QStringLiteral("(LOWER(model) LIKE LOWER(?) ESCAPE '!' OR LOWER(serial) LIKE LOWER(?) ESCAPE '!' "
                                "OR serial LIKE ? ESCAPE '!' OR LOWER(note) LIKE LOWER(?) ESCAPE '!')");
        values << containsPattern(needle) << containsPattern(needle)
               << containsPattern(serial.isEmpty() ? needle : serial) << containsPattern(needle);
    }
    return select(where.join(QStringLiteral(" AND ")), values);
}

CaseStore::Expected<std::vector<CaseRecord>> SqlCaseStore::select(const QString &where, const QVariantList &values)
{
    QSqlQuery *query = m_db.sql().run(QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM cases")
                                          + (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where)
                                          + QStringLiteral(" ORDER BY created DESC, id DESC"),
                                      values);
    if (!query)
        return m_db.lastError();
    std::vector<CaseRecord> records;
    while (query->next()) {
        auto record = fromRow(*query);
        if (!record) {
            query->finish();
            return record.error();
        }
        records.push_back(std::move(*record));
    }
    const QSqlError error = query->lastError();
    query->finish();
    if (error.isValid())
        return m_db.errorFrom(error);
    return records;
}

CaseStore::Expected<CaseRecord> SqlCaseStore::fromRow(const QSqlQuery &row) const
{
    CaseRecord r;
    r.id = row.value(0).toLongLong();
    r.created = QDateTime::fromString(row.value(1).toString(), Qt::ISODateWithMs);
    r.updated = QDateTime::fromString(row.value(2).toString(), Qt::ISODateWithMs);
    const auto role = caseRoleFromKey(row.value(3).toString());
    const auto status = caseStatusFromKey(row.value(13).toString());
    if (!role || !status || !r.created.isValid())
        return CaseStoreError{CaseStoreError::Kind::Damaged, m_db.path(),
                              QStringLiteral("case %1: unreadable role, status or time").arg(r.id)};
    r.role = *role;
    r.status = *status;
    r.model = row.value(4).toString();
    r.variantCode = row.value(5).toString();
    r.colourId = row.value(6).toString();
    if (!row.value(7).isNull())
        r.purchased = QDate::fromString(row.value(7).toString(), Qt::ISODate);
    if (!row.value(8).isNull())
        r.serial = row.value(8).toString();
    r.verdict = row.value(9).toString();
    r.reasons = row.value(10).toString().split(u' ', Qt::SkipEmptyParts);
    r.dataAsOf = QDate::fromString(row.value(11).toString(), Qt::ISODate);
    r.note = row.value(12).toString();
    return r;
}

} // namespace recall
