#include "BatchChecker.h"

#include "Clock.h"
#include "Logging.h"
#include "PurchaseDate.h"
#include "SerialNumber.h"
#include "TextNormalizer.h"

#include <QScopeGuard>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
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
    for (const Reason &r : reasons)
        keys << reasonKey(r.code);
    keys.removeDuplicates();
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

void BatchReport::append(BatchRow row)
{
    const QString serial = row.normalizedSerial();
    if (!serial.isEmpty()) {
        row.duplicate = m_serials.contains(serial);
        m_serials.insert(serial);
    }
    m_summary.add(row);
    m_rows.push_back(std::move(row));
}

BatchChecker::BatchChecker(Catalogue &catalogue, const Clock &clock)
    : m_catalogue(catalogue), m_day(clock), m_checker(catalogue, m_day)
{
}

void BatchChecker::setProgress(Progress progress, qsizetype every)
{
    m_progress = std::move(progress);
    m_progressEvery = std::max<qsizetype>(1, every);
}

// Rows [begin, end) of a batch, checked on a thread of their own. A catalogue connection belongs to the thread
// that opened it, so the thread opens its own on the same file, and has its own caches.
struct BatchChecker::Share
{
    std::vector<BatchRow> rows; // from the first row of the share; the first `ready` are done
    std::atomic<qsizetype> ready{0};
    std::atomic<bool> stop{false};
    std::mutex mutex;
    std::condition_variable changed; // `ready` grew or the thread ended
    bool ended = false;               // under `mutex`
    std::optional<CatalogueError> error; // read after join()
    std::thread thread;

    void join()
    {
        stop = true;
        if (thread.joinable())
            thread.join();
    }
    ~Share() { join(); }
};

std::unique_ptr<BatchChecker::Share> BatchChecker::startShare(const CsvTable &table, qsizetype begin, qsizetype end)
{
    auto share = std::make_unique<Share>();
    share->rows.resize(std::size_t(end - begin));
    auto work = [s = share.get(), &table, begin, end, path = m_catalogue.path(),
                 dataVersion = m_catalogue.info().dataVersion, asOf = m_catalogue.info().asOf, today = m_day.today()] {
        const auto finish = qScopeGuard([s] {
            {
                const std::lock_guard lock(s->mutex);
                s->ended = true;
            }
            s->changed.notify_all();
        });
        // Not the same data (an import may have replaced the file since): the calling thread checks these rows.
        auto catalogue = Catalogue::open(path);
        if (!catalogue || (*catalogue)->info().dataVersion != dataVersion || (*catalogue)->info().asOf != asOf)
            return;
        const FixedClock sameDay(today);
        BatchChecker checker(**catalogue, sameDay);
        qsizetype next = 0;
        const RangeEnd ended = checker.checkRange(
            table, begin, end, [s] { return s->stop.load(); },
            [s, &next](BatchRow &&row) {
                s->rows[std::size_t(next++)] = std::move(row);
                s->ready.store(next, std::memory_order_release);
                if (next % 256 == 0)
                    s->changed.notify_all();
            });
        s->error = ended.error;
    };
    try {
        share->thread = std::thread(std::move(work));
    } catch (const std::system_error &) {
        return nullptr; // no thread to be had: the calling thread checks every row
    }
    return share;
}

Result<BatchReport, CatalogueError> BatchChecker::run(const CsvTable &table)
{
    BatchReport report(table.header, table.columns);
    const qsizetype total = qsizetype(table.rows.size());
    report.reserve(total);
    m_day.startTask();
    const auto cancelled = [this] { return m_cancelled && m_cancelled(); };
    const auto take = [&](BatchRow &&row) {
        report.append(std::move(row));
        const qsizetype done = qsizetype(report.rows().size());
        if (m_progress && (done % m_progressEvery == 0 || done == total))
            m_progress(done, total);
    };
    const auto finished = [&] {
        Logging::logger("batch")->info("checked a batch of {} row(s){}", report.rows().size(),
                                       report.cancelled() ? " (cancelled)" : "");
        return std::move(report);
    };

    std::unique_ptr<Share> share = m_parallel && total >= parallelFromRows ? startShare(table, total / 2, total) : nullptr;
    const qsizetype split = share ? total / 2 : total;
    const RangeEnd mine = checkRange(table, 0, split, cancelled, take);
    if (mine.error)
        return *mine.error;
    if (mine.stopped) {
        report.setCancelled(true);
        return finished();
    }
    if (!share)
        return finished();

    // The other thread's rows, in order as they become ready: progress and cancelling as for one thread.
    qsizetype taken = 0;
    const qsizetype shared = total - split;
    while (taken < shared) {
        bool ended = false;
        {
            std::unique_lock lock(share->mutex);
            share->changed.wait_for(lock, std::chrono::milliseconds(50), [&] {
                return share->ended || share->ready.load(std::memory_order_acquire) > taken;
            });
            ended = share->ended;
        }
        // Read after `ended`: once the thread has ended, these are all the rows it checked.
        const qsizetype ready = share->ready.load(std::memory_order_acquire);
        for (; taken < ready; ++taken) {
            if (cancelled()) {
                share->join();
                report.setCancelled(true);
                return finished();
            }
            take(std::move(share->rows[std::size_t(taken)]));
        }
        if (ended)
            break;
    }
    share->join();
    if (share->error)
        return *share->error;
    if (taken < shared) {
        // The other thread could not open the catalogue (or stopped short): check the rest here.
        const RangeEnd rest = checkRange(table, split + taken, total, cancelled, take);
        if (rest.error)
            return *rest.error;
        report.setCancelled(rest.stopped);
    }
    return finished();
}

BatchChecker::RangeEnd BatchChecker::checkRange(const CsvTable &table, qsizetype begin, qsizetype end,
                                                const std::function<bool()> &stop,
                                                const std::function<void(BatchRow &&)> &take)
{
    const Catalogue::ReadTransaction oneLock(m_catalogue); // one file lock for the rows, not one per query
    if (auto error = prefetchSerials(table, begin, end))
        return {error, false};
    // What the prefetch learnt about serials serves these rows only.
    const auto forget = qScopeGuard([this] { m_listed.clear(); });
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
        auto checked = check(request, date);
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
    const QString key = QString::number(int(request.key)) + u'\x1f' + request.product + u'\x1f' + request.colour;
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
    for (const CampaignMatch &m : result->matches)
        entry->campaigns.push_back(ProductCampaign{m.campaign}); // the campaign as check() evaluated it
    entry->result = std::move(*result);
    Shared shared = std::move(entry);
    m_cache.insert(key, shared);
    return shared;
}

// The same answer as EligibilityChecker::check, from the cached answer for the product and colour: a valid
// purchase date and a valid serial change only how each campaign's rules conclude.
Result<RowCheck, CatalogueError> BatchChecker::check(const CheckRequest &request, const PurchaseDateParse &date)
{
    auto base = withoutSerial(request);
    if (!base)
        return base.error();
    const CheckResult &plain = (*base)->result;
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
    for (const ProductCampaign &pc : (*base)->campaigns) {
        SerialListStatus status = SerialListStatus::NoList;
        if (row.serial) {
            auto listed = serialStatus(pc.campaign.id, product.model, row.serial->normalized);
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

std::optional<CatalogueError> BatchChecker::prefetchSerials(const CsvTable &table, qsizetype begin, qsizetype end)
{
    // The rows' products and the lists they are on, found for all rows at once; then each list is asked once
    // for all the serials to look for. A row whose first key the data does not know may fall back to another:
    // every key is asked for. Anything missed here is simply looked up row by row.
    struct Wanted
    {
        QString jan, variant, model, serial;
    };
    std::vector<Wanted> rows;
    QSet<QString> jans, variants, models;
    for (qsizetype i = begin; i < end; ++i) {
        const CsvRow &source = table.rows[std::size_t(i)];
        if (!table.fieldCountMatches(source))
            continue;
        const BatchInput in = BatchInput::fromRow(table, source);
        if (in.serial.trimmed().isEmpty())
            continue;
        // Checked again when the row is: keeping the checks by input costs more than checking twice.
        const SerialCheck serial = SerialNumber::check(in.serial);
        if (!serial.valid)
            continue;
        Wanted w{TextNormalizer::foldCodeWithoutSeparators(in.jan), TextNormalizer::foldCode(in.variant),
                 TextNormalizer::foldCode(in.model), serial.normalized};
        if (!w.jan.isEmpty())
            jans.insert(w.jan);
        if (!w.variant.isEmpty())
            variants.insert(w.variant);
        if (!w.model.isEmpty())
            models.insert(w.model);
        rows.push_back(std::move(w));
    }
    if (rows.empty())
        return std::nullopt;
    auto lists = m_catalogue.serialListsByKey(jans.values(), variants.values(), models.values());
    if (!lists)
        return lists.error();
    QHash<QString, QStringList> wanted;
    for (const Wanted &w : rows) {
        for (const QString *key : {&w.jan, &w.variant, &w.model}) {
            for (const QString &pair : lists->value(*key))
                wanted[pair] << w.serial;
        }
    }
    for (auto it = wanted.cbegin(); it != wanted.cend(); ++it) {
        const qsizetype split = it.key().indexOf(u'\x1f');
        auto listed = m_catalogue.listedSerials(it.key().left(split), it.key().mid(split + 1), it.value());
        if (!listed)
            return listed.error();
        m_listed.insert(it.key(), std::move(*listed));
    }
    return std::nullopt;
}

// Whether a campaign has a list for a model does not depend on the serial: without one, no query per row.
Result<SerialListStatus, CatalogueError> BatchChecker::serialStatus(const QString &campaignId, const QString &model,
                                                                     const QString &serial)
{
    const QString pair = campaignId + u'\x1f' + model;
    if (m_withoutList.contains(pair))
        return SerialListStatus::NoList;
    if (const auto prefetched = m_listed.constFind(pair);
        prefetched != m_listed.cend() && (!prefetched->hasList || prefetched->asked.contains(serial)))
        return prefetched->statusOf(serial);
    auto status = m_catalogue.serialStatus(campaignId, model, serial);
    if (status && *status == SerialListStatus::NoList)
        m_withoutList.insert(pair);
    return status;
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
