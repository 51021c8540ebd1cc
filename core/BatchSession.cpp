#include "BatchSession.h"

#include "SerialNumber.h"
#include "TextNormalizer.h"

#include <QRegularExpression>

namespace recall {

namespace {

bool matches(const QRegularExpression &anchored, const QString &text)
{
    return anchored.match(text).hasMatch();
}

const QRegularExpression &janShape()
{
    static const QRegularExpression re(QRegularExpression::anchoredPattern(QStringLiteral("[0-9]{13}")));
    return re;
}

const QRegularExpression &modelShape()
{
    static const QRegularExpression re(QRegularExpression::anchoredPattern(QStringLiteral("[A-Z][0-9]{4}")));
    return re;
}

const QRegularExpression &variantShape()
{
    static const QRegularExpression re(QRegularExpression::anchoredPattern(QStringLiteral("[A-Z][0-9]{7}")));
    return re;
}

} // namespace

BatchSession::BatchSession(Catalogue &catalogue, const Clock &clock)
    : m_checker(catalogue, clock),
      m_report(header(), {BatchField::Extra, BatchField::Jan, BatchField::VariantCode, BatchField::Model,
                          BatchField::Colour, BatchField::Purchased, BatchField::Serial})
{
}

QStringList BatchSession::header()
{
    return {QStringLiteral("scanned"), QStringLiteral("jan"),       QStringLiteral("variant"), QStringLiteral("model"),
            QStringLiteral("colour"),  QStringLiteral("purchased"), QStringLiteral("serial")};
}

void BatchSession::setProduct(CheckRequest::Key key, const QString &code, const QString &colour)
{
    m_current = Current{key, TextNormalizer::foldCodeWithoutSeparators(code), colour.trimmed()};
}

Result<int, CatalogueError> BatchSession::scan(const QString &line)
{
    const QString text = line.trimmed();
    if (text.isEmpty())
        return -1;
    ++m_scans;
    const QString code = TextNormalizer::foldCodeWithoutSeparators(text);
    if (matches(janShape(), code)) {
        m_current = Current{CheckRequest::Key::Jan, code, {}}; // the JAN names the colour
        return add(text, {});
    }
    if (SerialNumber::check(text).valid)
        return add(text, text);
    auto key = m_checker.productKey(code);
    if (!key)
        return key.error();
    // Codes shaped like a model number or variant code but not in the data set the product too (no record).
    std::optional<CheckRequest::Key> product = *key;
    if (!product && matches(modelShape(), code))
        product = CheckRequest::Key::Model;
    else if (!product && matches(variantShape(), code))
        product = CheckRequest::Key::VariantCode;
    if (product) {
        m_current = Current{*product, code, {}};
        return add(text, {});
    }
    return add(text, text); // anything else is taken for a serial (a mistyped one is reported as such)
}

Result<int, CatalogueError> BatchSession::paste(const QString &text)
{
    int added = 0;
    for (const QString &line : text.split(QRegularExpression(QStringLiteral("\r\n|\n|\r")))) {
        auto index = scan(line);
        if (!index)
            return index.error();
        added += *index >= 0 ? 1 : 0;
    }
    return added;
}

Result<int, CatalogueError> BatchSession::add(const QString &scanned, const QString &serial)
{
    BatchRow row;
    row.line = m_scans;
    BatchInput &in = row.input;
    if (m_current) {
        switch (m_current->key) {
        case CheckRequest::Key::Jan: in.jan = m_current->code; break;
        case CheckRequest::Key::VariantCode: in.variant = m_current->code; break;
        case CheckRequest::Key::Model: in.model = m_current->code; break;
        }
        in.colour = m_current->colour;
    }
    in.purchased = m_purchased.trimmed();
    in.serial = serial;
    row.fields = QStringList{scanned, in.jan, in.variant, in.model, in.colour, in.purchased, in.serial};
    if (!m_current) {
        row.problem = RowProblem::NoCurrentProduct;
        row.check.verdict = Verdict::InvalidInput;
        row.check.reasons.push_back({ReasonCode::NoProductGiven, {}, {}});
        row.check.serial = SerialNumber::check(serial);
    } else {
        m_checker.startTask(); // a scanning session may run past midnight
        if (auto error = m_checker.checkRow(row))
            return *error;
    }
    m_report.append(std::move(row));
    return int(m_report.rows().size()) - 1;
}

} // namespace recall
