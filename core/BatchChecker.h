#pragma once

#include "Clock.h"
#include "CsvReader.h"
#include "Eligibility.h"
#include "PurchaseDate.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace recall {

struct BatchBlock;

// Why a row was not checked as it stands (the row's verdict is then invalid_input).
enum class RowProblem {
    None,
    WrongFieldCount,     // the row has more or fewer fields than the header
    NoCurrentProduct,    // scanner flow: a serial before any JAN, model or variant code
    ProductKeysDisagree, // the model or variant code names another product than the JAN or variant code
};

QString rowProblemKey(RowProblem problem); // "" for None

// The values of the columns the checker understands, trimmed.
struct BatchInput
{
    QString model, variant, jan, colour, purchased, serial;

    QString value(BatchField field) const;
    static BatchInput fromRow(const CsvTable &table, const CsvRow &row);
};

// What a row's check concluded, kept small because a batch can hold many rows. For every detail of one row
// (campaign pages, notes), run EligibilityChecker::check on the row's request again.
struct RowCheck
{
    Verdict verdict = Verdict::InvalidInput;
    std::vector<Reason> reasons; // the result's own reasons, then those of the decisive campaign
    QString model;               // the product checked, when it was found
    QString colourId;
    QString campaign; // the decisive campaign, if any
    std::optional<SerialCheck> serial;

    static RowCheck from(const CheckResult &result);
    QStringList reasonKeys() const;
    // Calls `take` with each of reasonKeys() in order, without making the list.
    template <typename Take> void forEachReasonKey(Take take) const
    {
        for (std::size_t i = 0; i < reasons.size(); ++i) {
            const ReasonCode code = reasons[i].code;
            const auto earlier = reasons.begin() + std::ptrdiff_t(i);
            if (std::none_of(reasons.begin(), earlier, [code](const Reason &r) { return r.code == code; }))
                take(reasonKey(code));
        }
    }
};

struct BatchRow
{
    int line = 0;       // 1-based line in the file, or the number of the scan in a session
    QStringList fields; // every field as read, unknown columns included
    BatchInput input;
    RowProblem problem = RowProblem::None;
    bool duplicate = false; // the serial appeared in an earlier row
    RowCheck check;

    QString normalizedSerial() const { return check.serial ? check.serial->normalized : QString(); }
};

struct BatchSummary
{
    int rows = 0;
    int affected = 0;
    int likelyAffected = 0;
    int notAffected = 0;
    int noRecord = 0;
    int invalidInput = 0; // rows with a problem included
    int duplicates = 0;

    int count(Verdict verdict) const;
    void add(const BatchRow &row);
};

// Marks repeated serials and counts the verdicts as a batch's rows come, in order.
class BatchTally
{
public:
    void add(BatchRow &row); // sets row.duplicate
    void reserve(qsizetype rows) { m_serials.reserve(rows); } // room for as many serials, grown once
    const BatchSummary &summary() const { return m_summary; }

private:
    BatchSummary m_summary;
    QSet<QString> m_serials;
};

// The rows of a batch in order, with repeated serials marked and the summary kept as rows are added.
class BatchReport
{
public:
    BatchReport(QStringList header, std::vector<BatchField> columns);

    void reserve(qsizetype rows)
    {
        m_rows.reserve(std::size_t(rows));
        m_tally.reserve(rows);
    }
    void append(BatchRow row);
    const QStringList &header() const { return m_header; }
    const std::vector<BatchField> &columns() const { return m_columns; }
    const std::vector<BatchRow> &rows() const { return m_rows; }
    const BatchSummary &summary() const { return m_tally.summary(); }
    bool cancelled() const { return m_cancelled; }
    void setCancelled(bool cancelled) { m_cancelled = cancelled; }

private:
    QStringList m_header;
    std::vector<BatchField> m_columns;
    std::vector<BatchRow> m_rows;
    BatchTally m_tally;
    bool m_cancelled = false;
};

// Checks many rows against one catalogue. The product and colour are looked up once per product and colour,
// reading only what a check needs of the product (ProductDetail::ForCheck); per row only the rules are
// applied to the purchase date and the affected-serial lists are consulted. Not
// thread-safe: use it on the thread that opened the catalogue (a worker thread opens its own). Rows are taken
// from their source a block at a time; in a large batch a second thread, with its own connection to the same
// catalogue file, checks whichever blocks this one has not taken yet (BatchQueue). The rows come out in
// order, and progress and cancelling are as for one thread.
class BatchChecker
{
public:
    using Progress = std::function<void(qsizetype done, qsizetype total)>;
    using Cancelled = std::function<bool()>;

    BatchChecker(Catalogue &catalogue, const Clock &clock);

    // Called every `every` rows and after the last one.
    void setProgress(Progress progress, qsizetype every = 1000);
    // Asked before each row; when it says yes the report ends there and is marked cancelled.
    void setCancelled(Cancelled cancelled) { m_cancelled = std::move(cancelled); }

    enum class End { Finished, Cancelled };
    // Checks every row of the source in order, handing each to `take` as soon as it and those before it are
    // checked: at most a few chunks of rows are held at once.
    Result<End, CatalogueError> run(CsvRowSource &rows, const std::function<void(BatchRow &&)> &take);
    // Checks every row of the table and keeps them all.
    Result<BatchReport, CatalogueError> run(const CsvTable &table);
    // From this many rows run() uses a second thread (below, opening a connection costs more than it saves).
    static constexpr qsizetype parallelFromRows = 20000;
    // Rows taken from the source at a time: a block, checked by one thread.
    static constexpr qsizetype blockRows = 1024;
    // Blocks read ahead for whichever thread is free first, and blocks held at most (read and not yet passed
    // on, as when one thread is slow with the front block while the other checks those after it).
    static constexpr qsizetype untakenBlocks = 4;
    static constexpr qsizetype heldBlocks = 12;
    void setParallel(bool allowed) { m_parallel = allowed; }
    // Checks one row from its input (sets check and problem). The key used is the JAN, else the variant
    // code, else the model; a key the data does not know falls back to the next one given.
    // Judged against the day of the last run() or startTask().
    std::optional<CatalogueError> checkRow(BatchRow &row);
    void startTask() { m_day.startTask(); }
    // Whether a code is a model number or variant code in the catalogue.
    Result<std::optional<CheckRequest::Key>, CatalogueError> productKey(const QString &code);

private:
    struct Plain
    {
        CheckResult result;                     // without the purchase date and the serial
        std::vector<ProductCampaign> campaigns; // the result's campaigns, for evaluating a date and a serial
        std::vector<Catalogue::SerialList> serialLists; // each campaign's list for the product (when found)
    };
    using Shared = std::shared_ptr<const Plain>;
    // The check of the product and colour alone: what every row naming them shares.
    Result<Shared, CatalogueError> withoutSerial(const CheckRequest &request);
    // The row's check, from `base`, the request's withoutSerial().
    Result<RowCheck, CatalogueError> check(const CheckRequest &request, const PurchaseDateParse &date,
                                           const Plain &base);
    struct RangeEnd
    {
        std::optional<CatalogueError> error;
        bool stopped = false; // `stop` said yes before the last row
    };
    // Checks rows [begin, end) of the table in order, handing each to `take`; asks `stop` before each row.
    RangeEnd checkRange(const CsvTable &table, qsizetype begin, qsizetype end, const std::function<bool()> &stop,
                        const std::function<void(BatchRow &&)> &take);
    class Helper;
    // Checks the block's rows into block.checked; asks `stop` before each row.
    void checkBlock(BatchBlock &block, const std::function<bool()> &stop);
    static bool keysDisagree(const BatchInput &input, CheckRequest::Key used, const ProductMatch &match);

    Catalogue &m_catalogue;
    TaskDayClock m_day; // before m_checker, which uses it
    EligibilityChecker m_checker;
    struct PlainKey
    {
        CheckRequest::Key key;
        QString product, colour;
        bool operator==(const PlainKey &) const = default;
        friend size_t qHash(const PlainKey &k, size_t seed = 0)
        {
            return qHashMulti(seed, int(k.key), k.product, k.colour);
        }
    };
    QHash<PlainKey, Shared> m_cache;
    Progress m_progress;
    qsizetype m_progressEvery = 1000;
    Cancelled m_cancelled;
    bool m_parallel = true;
};

} // namespace recall
