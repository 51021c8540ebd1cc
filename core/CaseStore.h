#pragma once

#include "Result.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace recall {

struct CheckRequest;
struct CheckResult;

// Who recorded a case: the person holding the product, a retail service desk or a call-centre operator.
enum class CaseRole { Consumer, ServiceDesk, CallCentre };

// Where a case stands after the check.
enum class CaseStatus { Open, KitRequested, Returned, Replaced, Closed };

QString caseRoleKey(CaseRole role);          // consumer, service_desk, call_centre
QString caseStatusKey(CaseStatus status);    // open, kit_requested, returned, replaced, closed
std::optional<CaseRole> caseRoleFromKey(const QString &key);
std::optional<CaseStatus> caseStatusFromKey(const QString &key);

// One checked unit, as the case log keeps it. Deliberately no name, phone or address fields: the only
// personal data is what the user types into the note.
struct CaseRecord
{
    static constexpr int maxNoteLength = 4000; // front ends refuse longer notes

    qint64 id = 0;      // assigned by the store
    QDateTime created;  // UTC; the store uses the current time when not valid
    QDateTime updated;  // UTC; set by the store
    CaseRole role = CaseRole::Consumer;
    QString model;       // the model checked, or what was typed when the product is not in the data
    QString variantCode; // empty when unknown
    QString colourId;    // empty when not given
    std::optional<QDate> purchased;
    std::optional<QString> serial; // normalised
    QString verdict;     // verdictKey()
    QStringList reasons; // reasonKey()s that explain the verdict
    QDate dataAsOf;      // the catalogue's "as of" date the verdict was based on
    QString note;
    CaseStatus status = CaseStatus::Open;
};

// Which cases to list; every part left empty matches everything.
struct CaseFilter
{
    std::optional<QDate> from; // first local calendar day of `created` to include
    std::optional<QDate> to;   // last local calendar day to include
    QString verdict;           // verdictKey()
    std::optional<CaseStatus> status;
    QString text; // found in the model, serial or note (case-insensitive)
};

struct CaseStoreError
{
    enum class Kind {
        CannotOpen,   // the file or its folder cannot be created or opened
        Damaged,      // not a database, or failed its integrity check
        ReadOnly,     // the file or the connection cannot be written
        DiskFull,
        SchemaTooNew, // written by a newer version of the app
        QueryFailed,
        NotFound,     // no case with that id
    };
    Kind kind;
    QString path;   // the database (file name or server)
    QString detail; // for logs and bug reports, not for display
};

QString caseStoreErrorKey(CaseStoreError::Kind kind);

// The case log. The app stores it in a local file (SqlCaseStore on UserDatabase); a call centre may later
// share one database server through another implementation of this interface.
class CaseStore
{
public:
    template <typename T>
    using Expected = Result<T, CaseStoreError>;

    virtual ~CaseStore() = default;

    // Stores a new case and returns its id once it is committed.
    virtual Expected<qint64> add(const CaseRecord &record) = 0;
    virtual Expected<bool> update(qint64 id, const QString &note, CaseStatus status) = 0;
    virtual Expected<CaseRecord> get(qint64 id) = 0;
    // Newest first.
    virtual Expected<std::vector<CaseRecord>> list(const CaseFilter &filter) = 0;
    virtual Expected<bool> remove(qint64 id) = 0;
};

// A case for one eligibility check: the product as checked (or as typed, when it is not in the data), the
// overall verdict and the reasons behind it (input problems plus the decisive campaign's reasons).
CaseRecord caseFromCheck(const CheckRequest &request, const CheckResult &result, CaseRole role,
                         const QString &note = {});

} // namespace recall
