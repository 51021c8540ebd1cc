#include "BatchChecker.h"

#include "BatchQueue.h"
#include "Clock.h"
#include "Logging.h"
#include "PurchaseDate.h"
#include "SerialNumber.h"
#include "TextNormalizer.h"

#include <atomic>
#include <system_error>
#include <thread>

#include <spdlog/logger.h>

namespace recall {

namespace {

// Results without a serial kept at most; beyond this the cache starts again (memory stays bounded).
constexpr qsizetype maxCachedResults = 4096;

} // namespace

QString rowProblemKey(RowProblem problem)
{
    switch (problem) {
    case RowProblem::None: return {};
    case RowProblem::WrongFieldCount: return QStringLiteral("wrong_field_count");
    case RowProblem::NoCurrentProduct: return QStringLiteral("no_current_product");
    case RowProblem::ProductKeysDisagree: return QStringLiteral("product_keys_disagree");
    }
    return {};
}

QString BatchInput::value(BatchField field) const
{
    switch (field) {
    case BatchField::Model: return model;
    case BatchField::VariantCode: return variant;
    case BatchField::Jan: return jan;
    case BatchField::Colour: return colour;
    case BatchField::Purchased: return purchased;
    case BatchField::Serial: return serial;
    case BatchField::Extra: break;
    }
    return {};
}

BatchInput BatchInput::fromRow(const CsvTable &table, const CsvRow &row)
{
    BatchInput input;
    const auto take = [&](BatchField field, QString &into) {
        const int column = table.column(field);
        if (column >= 0)
            into = row.fields.value(column).trimmed();
    };
    take(BatchField::Model, input.model);
    take(BatchField::VariantCode, input.variant);
    take(BatchField::Jan, input.jan);
    take(BatchField::Colour, input.colour);
    take(BatchField::Purchased, input.purchased);
    take(BatchField::Serial, input.serial);
    return input;
}

RowCheck RowCheck::from(const CheckResult &result)
{
    RowCheck c;
    c.verdict = result.verdict;
    c.reasons = result.reasons;
    if (result.product)
        c.model = result.product->product.model;
    c.colourId = result.colourId;
    c.serial = result.serial;
    if (const CampaignMatch *decisive = result.decisive()) {
        c.campaign = decisive->campaign.id;
        c.reasons.insert(c.reasons.end(), decisive->reasons.begin(), decisive->reasons.end());
    }
    return c;
}

QStringList RowCheck::reasonKeys() const
{
    QStringList keys;
    forEachReasonKey([&keys](const QString &key) { keys << key; });
    return keys;
}

int BatchSummary::count(Verdict verdict) const
{
    switch (verdict) {
    case Verdict::Affected: return affected;
    case Verdict::LikelyAffected: return likelyAffected;
    case Verdict::NotAffected: return notAffected;
    case Verdict::NoRecord: return noRecord;
    case Verdict::InvalidInput: return invalidInput;
    }
    return 0;
}

void BatchSummary::add(const BatchRow &row)
{
    ++rows;
    switch (row.check.verdict) {
    case Verdict::Affected: ++affected; break;
    case Verdict::LikelyAffected: ++likelyAffected; break;
    case Verdict::NotAffected: ++notAffected; break;
    case Verdict::NoRecord: ++noRecord; break;
    case Verdict::InvalidInput: ++invalidInput; break;
    }
    if (row.duplicate)
        ++duplicates;
}

BatchReport::BatchReport(QStringList header, std::vector<BatchField> columns)
    : m_header(std::move(header)), m_columns(std::move(columns))
{
}

void BatchTally::add(BatchRow &row)
{
    const QString serial = row.normalizedSerial();
    if (!serial.isEmpty()) {
        const qsizetype before = m_serials.size();
        m_serials.insert(serial);
        row.duplicate = m_serials.size() == before;
    }
    m_summary.add(row);
}

void BatchReport::append(BatchRow row)
{
    m_tally.add(row);
    m_rows.push_back(std::move(row));
}

BatchChecker::BatchChecker(Catalogue &catalogue, const Clock &clock)
    : m_catalogue(catalogue), m_day(clock), m_checker(catalogue, m_day, ProductDetail::ForCheck)
{
}

void BatchChecker::setProgress(Progress progress, qsizetype every)
{
    m_progress = std::move(progress);
    m_progressEvery = std::max<qsizetype>(1, every);
}

// A second thread checking blocks of rows from the queue as long as there are any. A catalogue connection
// belongs to the thread that opened it, so the thread opens its own on the same file, and has its own caches.
class BatchChecker::Helper
{
public:
    // Null when no thread can be had.
    static std::unique_ptr<Helper> start(const Catalogue &catalogue, QDate today, BatchQueue &queue)
    {
        std::unique_ptr<Helper> helper(new Helper(queue));
        try {
            helper->m_thread = std::thread([h = helper.get(), path = catalogue.path(),
                                            info = catalogue.info(), campaigns = catalogue.parsedCampaigns(),
                                            today] {
                h->work(path, info, campaigns, today);
            });
        } catch (const std::system_error &) {
            return nullptr;
        }
        return helper;
    }

    ~Helper()
    {
        m_stop = true;
        m_queue.close();
        m_thread.join();
    }

private:
    explicit Helper(BatchQueue &queue) : m_queue(queue) {}

    void work(const QString &path, const CatalogueInfo &info, std::shared_ptr<ParsedCampaigns> campaigns,
              QDate today)
    {
        // Not the same data (an import may have replaced the file since): the calling thread checks the rows.
        auto catalogue = Catalogue::open(path);
        const bool same = catalogue && (*catalogue)->info().dataVersion == info.dataVersion &&
                          (*catalogue)->info().asOf == info.asOf;
        if (!same) {
            m_queue.secondThreadUnavailable();
            return;
        }
        (*catalogue)->shareParsedCampaigns(std::move(campaigns)); // each campaign parsed once for both
        const FixedClock sameDay(today);
        BatchChecker checker(**catalogue, sameDay);
        while (BatchQueue::Block *block = m_queue.waitToTake()) {
            checker.checkBlock(*block, [this] { return m_stop.load(); });
            m_queue.finish(*block);
        }
    }

    BatchQueue &m_queue;
    std::thread m_thread;
    std::atomic<bool> m_stop{false};
};

void BatchChecker::checkBlock(BatchBlock &block, const std::function<bool()> &stop)
{
    block.checked.reserve(block.rows.rows.size());
    const RangeEnd ended = checkRange(block.rows, 0, qsizetype(block.rows.rows.size()), stop,
                                      [&block](BatchRow &&row) { block.checked.push_back(std::move(row)); });
    block.error = ended.error;
    block.stopped = ended.stopped;
}

Result<BatchChecker::End, CatalogueError> BatchChecker::run(CsvRowSource &rows,
                                                            const std::function<void(BatchRow &&)> &take)
{
    const qsizetype total = rows.rowCount();
    m_day.startTask();
    qsizetype done = 0;
    const auto cancelled = [this] { return m_cancelled && m_cancelled(); };
    const auto ended = [&](End end) {
        Logging::logger("batch")->info("checked a batch of {} row(s){}", done,
                                       end == End::Cancelled ? " (cancelled)" : "");
        return end;
    };

    // The helper is declared after the queue so that, on every way out, it stops and ends before the queue
    // goes.
    BatchQueue queue;
    std::unique_ptr<Helper> helper =
        m_parallel && total >= parallelFromRows ? Helper::start(m_catalogue, m_day.today(), queue) : nullptr;
    bool sourceDone = false;
    const auto read = [&](bool forSecondThread) {
        BatchQueue::Block block{rows.shape().withoutRows(), {}, {}, false};
        if (rows.next(block.rows, blockRows)) {
            queue.add(std::move(block), forSecondThread);
        } else {
            sourceDone = true;
            queue.addingDone();
        }
    };
    read(false);
    if (helper)
        read(true); // the second thread's first block, so that it starts at once
    for (;;) {
        while (!sourceDone && queue.untaken() < untakenBlocks && queue.size() < heldBlocks)
            read(false);
        BatchQueue::Block *mine = queue.take();
        if (mine) {
            checkBlock(*mine, cancelled);
            queue.finish(*mine);
        }
        // Passes on the checked blocks at the front, in order; with nothing to check here, waits for the
        // second thread's.
        while (BatchQueue::Block *front = queue.checkedFront(!mine)) {
            if (front->error)
                return *front->error;
            for (BatchRow &row : front->checked) {
                if (cancelled())
                    return ended(End::Cancelled);
                take(std::move(row));
                ++done;
                if (m_progress && (done % m_progressEvery == 0 || done == total))
                    m_progress(done, total);
            }
            if (front->stopped)
                return ended(End::Cancelled);
            queue.popFront();
        }
        if (!mine && sourceDone && queue.size() == 0)
            return ended(End::Finished);
    }
}

Result<BatchReport, CatalogueError> BatchChecker::run(const CsvTable &table)
{
    BatchReport report(table.header, table.columns);
    report.reserve(qsizetype(table.rows.size()));
    CsvTableRows rows(table);
    auto ended = run(rows, [&report](BatchRow &&row) { report.append(std::move(row)); });
    if (!ended)
        return ended.error();
    report.setCancelled(*ended == End::Cancelled);
    return report;
}

BatchChecker::RangeEnd BatchChecker::checkRange(const CsvTable &table, qsizetype begin, qsizetype end,
                                                const std::function<bool()> &stop,
                                                const std::function<void(BatchRow &&)> &take)
{
    const Catalogue::ReadTransaction oneLock(m_catalogue); // one file lock for the rows, not one per query
    for (qsizetype i = begin; i < end; ++i) {
        if (stop())
            return {std::nullopt, true};
        const CsvRow &source = table.rows[std::size_t(i)];
        BatchRow row;
        row.line = source.line;
        row.fields = source.fields;
        row.input = BatchInput::fromRow(table, source);
        if (!table.fieldCountMatches(source)) {
            // The fields may be shifted: checking them could name the wrong product.
            row.problem = RowProblem::WrongFieldCount;
            row.check.verdict = Verdict::InvalidInput;
        } else if (auto error = checkRow(row)) {
            return {error, false};
        }
        take(std::move(row));
    }
    return {};
}

std::optional<CatalogueError> BatchChecker::checkRow(BatchRow &row)
{
    const BatchInput &in = row.input;
    std::vector<std::pair<CheckRequest::Key, QString>> keys;
    if (!in.jan.isEmpty())
        keys.emplace_back(CheckRequest::Key::Jan, in.jan);
    if (!in.variant.isEmpty())
        keys.emplace_back(CheckRequest::Key::VariantCode, in.variant);
    if (!in.model.isEmpty())
        keys.emplace_back(CheckRequest::Key::Model, in.model);
    if (keys.empty())
        keys.emplace_back(CheckRequest::Key::Model, QString()); // reported as no_product_given

    const PurchaseDateParse date = parsePurchaseDate(in.purchased, m_day.today());
    const bool dateFine = date.status == PurchaseDateParse::Status::Empty || date.status == PurchaseDateParse::Status::Valid;
    for (std::size_t i = 0; i < keys.size(); ++i) {
        const CheckRequest request{keys[i].first, keys[i].second, in.colour, in.purchased, in.serial};
        auto base = withoutSerial(request);
        if (!base)
            return base.error();
        const CheckResult &plain = (*base)->result;
        if (!plain.product && plain.verdict == Verdict::NoRecord && dateFine && i + 1 < keys.size())
            continue; // a JAN or code the data does not know: the model may still be in it
        auto checked = check(request, date, **base);
        if (!checked)
            return checked.error();
        row.check = std::move(*checked);
        row.problem = RowProblem::None;
        if (plain.product && keysDisagree(in, request.key, *plain.product)) {
            row.problem = RowProblem::ProductKeysDisagree;
            row.check.verdict = Verdict::InvalidInput;
            row.check.reasons.clear();
            row.check.campaign.clear();
        }
        break;
    }
    return std::nullopt;
}

bool BatchChecker::keysDisagree(const BatchInput &input, CheckRequest::Key used, const ProductMatch &match)
{
    if (used != CheckRequest::Key::Model && !input.model.isEmpty()
        && TextNormalizer::foldCode(input.model) != match.product.model)
        return true;
    const Variant *variant = match.variant();
    return used == CheckRequest::Key::Jan && !input.variant.isEmpty() && variant && !variant->code.isEmpty()
           && TextNormalizer::foldCode(input.variant) != variant->code;
}

Result<BatchChecker::Shared, CatalogueError> BatchChecker::withoutSerial(const CheckRequest &request)
{
    const PlainKey key{request.key, request.product, request.colour};
    if (const auto it = m_cache.constFind(key); it != m_cache.cend())
        return *it;
    CheckRequest plain = request;
    plain.purchased.clear();
    plain.serial.clear();
    auto result = m_checker.check(plain);
    if (!result)
        return result.error();
    if (m_cache.size() >= maxCachedResults)
        m_cache.clear();
    auto entry = std::make_shared<Plain>();
    for (const CampaignMatch &m : result->matches) {
        entry->campaigns.push_back(ProductCampaign{m.campaign}); // the campaign as check() evaluated it
        if (!result->product)
            continue;
        auto list = m_catalogue.serialList(m.campaign.id, result->product->product.model);
        if (!list)
            return list.error();
        entry->serialLists.push_back(*list);
    }
    entry->result = std::move(*result);
    Shared shared = std::move(entry);
    m_cache.insert(key, shared);
    return shared;
}

// The same answer as EligibilityChecker::check, from the cached answer for the product and colour: a valid
// purchase date and a valid serial change only how each campaign's rules conclude.
Result<RowCheck, CatalogueError> BatchChecker::check(const CheckRequest &request,
                                                     const PurchaseDateParse &date, const Plain &base)
{
    const CheckResult &plain = base.result;
    const bool serialGiven = !request.serial.trimmed().isEmpty();
    std::optional<SerialCheck> serial;
    if (serialGiven)
        serial = SerialNumber::check(request.serial);
    const bool dateFine = date.status == PurchaseDateParse::Status::Empty || date.status == PurchaseDateParse::Status::Valid;
    if ((serial && !serial->valid) || !dateFine) {
        // Rare; the full check orders the input problems exactly as a single check does.
        auto full = m_checker.check(request);
        if (!full)
            return full.error();
        return RowCheck::from(*full);
    }
    RowCheck row = RowCheck::from(plain);
    row.serial = std::move(serial);
    if (plain.matches.empty() || !plain.product || (!row.serial && date.status == PurchaseDateParse::Status::Empty))
        return row;
    const Product &product = plain.product->product;
    const std::optional<QDate> purchased =
        date.status == PurchaseDateParse::Status::Valid ? std::optional<QDate>(date.date) : std::nullopt;
    // The most serious ruling decides, the first of equals (as CheckResult::decisive() picks).
    std::optional<CampaignRuling> decisive;
    const ProductCampaign *decisiveCampaign = nullptr;
    for (std::size_t i = 0; i < base.campaigns.size(); ++i) {
        const ProductCampaign &pc = base.campaigns[i];
        SerialListStatus status = SerialListStatus::NoList;
        if (row.serial) {
            auto listed = m_catalogue.serialStatus(base.serialLists[i], row.serial->normalized);
            if (!listed)
                return listed.error();
            status = *listed;
        }
        CampaignRuling ruling =
            EligibilityChecker::rule(product, plain.colourId, pc, purchased, status, row.serial.has_value());
        if (!decisive || isMoreSerious(ruling.verdict, decisive->verdict)) {
            decisive = std::move(ruling);
            decisiveCampaign = &pc;
        }
    }
    row.verdict = decisive->verdict;
    row.reasons = plain.reasons;
    row.reasons.insert(row.reasons.end(), decisive->reasons.begin(), decisive->reasons.end());
    row.campaign = decisiveCampaign->campaign.id;
    return row;
}

Result<std::optional<CheckRequest::Key>, CatalogueError> BatchChecker::productKey(const QString &code)
{
    for (const CheckRequest::Key key : {CheckRequest::Key::VariantCode, CheckRequest::Key::Model}) {
        auto base = withoutSerial({key, code, {}, {}, {}});
        if (!base)
            return base.error();
        if ((*base)->result.product)
            return std::optional<CheckRequest::Key>(key);
    }
    return std::optional<CheckRequest::Key>();
}

} // namespace recall
