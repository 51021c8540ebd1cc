#pragma once

#include "CaseStore.h"

class QSqlQuery;

namespace recall {

class UserDatabase;

// The case log in the user database. Plain, portable SQL with every value bound: each change is one
// statement, committed (and synced) before the call returns.
class SqlCaseStore final : public CaseStore
{
public:
    explicit SqlCaseStore(UserDatabase &database);

    Expected<qint64> add(const CaseRecord &record) override;
    Expected<bool> update(qint64 id, const QString &note, CaseStatus status) override;
    Expected<CaseRecord> get(qint64 id) override;
    Expected<std::vector<CaseRecord>> list(const CaseFilter &filter) override;
    Expected<bool> remove(qint64 id) override;

private:
    Expected<CaseRecord> fromRow(const QSqlQuery &row) const;
    Expected<std::vector<CaseRecord>> select(const QString &where, const QVariantList &values);

    UserDatabase &m_db;
};

} // namespace recall
