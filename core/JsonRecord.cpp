#include "JsonRecord.h"

#include <cmath>

namespace recall {

JsonRecord::JsonRecord(QJsonObject object, QString file, QString path, DataIssues &issues,
                       std::vector<DataReference> &references)
    : m_object(std::move(object)), m_file(std::move(file)), m_path(std::move(path)), m_issues(&issues),
      m_references(&references)
{
}

QString JsonRecord::pathOf(const QString &key) const
{
    return m_path.isEmpty() ? key : m_path + u'.' + key;
}

void JsonRecord::report(DataIssueKind kind, const QString &key, const QString &detail)
{
    m_issues->push_back({kind, m_file, key.isEmpty() ? m_path : pathOf(key), detail, 0});
}

JsonRecord JsonRecord::child(const QJsonObject &object, const QString &path) const
{
    JsonRecord r(object, m_file, path, *m_issues, *m_references);
    r.m_trusted = m_trusted;
    return r;
}

QJsonValue JsonRecord::take(const QString &key, Need need)
{
    if (!m_trusted)
        m_seen.insert(key);
    const QJsonValue value = m_object.value(key);
    if ((value.isUndefined() || value.isNull()) && need == Required)
        report(DataIssueKind::MissingField, key);
    return value;
}

QString JsonRecord::string(const QString &key, Need need)
{
    const QJsonValue value = take(key, need);
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isString()) {
        report(DataIssueKind::WrongType, key, QStringLiteral("string"));
        return {};
    }
    const QString s = value.toString().trimmed();
    if (s.isEmpty() && need == Required)
        report(DataIssueKind::MissingField, key);
    return s;
}

std::optional<QDate> JsonRecord::date(const QString &key, Need need)
{
    const QString s = string(key, need);
    if (s.isEmpty())
        return std::nullopt;
    const QDate d = QDate::fromString(s, Qt::ISODate);
    if (!d.isValid() || s.size() != 10) {
        report(DataIssueKind::BadDate, key, s);
        return std::nullopt;
    }
    return d;
}

LocalizedText JsonRecord::text(const QString &key, Need need)
{
    const QJsonValue value = take(key, need);
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isObject()) {
        report(DataIssueKind::WrongType, key, QStringLiteral("{\"ja\", \"en\"}"));
        return {};
    }
    JsonRecord r = child(value.toObject(), m_trusted ? m_path : pathOf(key));
    LocalizedText t{r.string(QStringLiteral("ja"), Optional), r.string(QStringLiteral("en"), Optional)};
    if (t.ja.isEmpty() != t.en.isEmpty())
        r.report(DataIssueKind::EmptyText, t.ja.isEmpty() ? QStringLiteral("ja") : QStringLiteral("en"));
    else if (t.isEmpty() && need == Required)
        report(DataIssueKind::MissingField, key);
    r.finish();
    return t;
}

std::optional<double> JsonRecord::number(const QString &key, Need need)
{
    const QJsonValue value = take(key, need);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (!value.isDouble()) {
        report(DataIssueKind::WrongType, key, QStringLiteral("number"));
        return std::nullopt;
    }
    return value.toDouble();
}

std::optional<qint64> JsonRecord::integer(const QString &key, Need need)
{
    const std::optional<double> n = number(key, need);
    if (!n)
        return std::nullopt;
    // Checked before converting: a double outside qint64 (2^63 included) makes the conversion undefined.
    constexpr double limit = 9223372036854775808.0; // 2^63
    if (!(*n >= -limit && *n < limit) || std::trunc(*n) != *n) {
        report(DataIssueKind::WrongType, key, QStringLiteral("integer"));
        return std::nullopt;
    }
    return qint64(*n);
}

std::optional<bool> JsonRecord::boolean(const QString &key, Need need)
{
    const QJsonValue value = take(key, need);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (!value.isBool()) {
        report(DataIssueKind::WrongType, key, QStringLiteral("true or false"));
        return std::nullopt;
    }
    return value.toBool();
}

QJsonArray JsonRecord::array(const QString &key, Need need)
{
    const QJsonValue value = take(key, need);
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isArray()) {
        report(DataIssueKind::WrongType, key, QStringLiteral("array"));
        return {};
    }
    return value.toArray();
}

QStringList JsonRecord::stringList(const QString &key, Need need)
{
    QStringList list;
    const QJsonArray items = array(key, need);
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString s = items.at(i).toString().trimmed();
        if (!items.at(i).isString() || s.isEmpty()) {
            report(DataIssueKind::WrongType, key + u'[' + QString::number(i) + u']', QStringLiteral("string"));
            continue;
        }
        list << s;
    }
    return list;
}

std::optional<JsonRecord> JsonRecord::object(const QString &key, Need need)
{
    const QJsonValue value = take(key, need);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (!value.isObject()) {
        report(DataIssueKind::WrongType, key, QStringLiteral("object"));
        return std::nullopt;
    }
    return child(value.toObject(), m_trusted ? m_path : pathOf(key));
}

void JsonRecord::reference(DataReference::Kind kind, const QString &id, const QString &key)
{
    if (!id.isEmpty() && !m_trusted)
        m_references->push_back({kind, id, m_file, pathOf(key)});
}

SourceIds JsonRecord::sources(const QString &key)
{
    const QStringList ids = stringList(key, Optional);
    if (ids.isEmpty())
        report(DataIssueKind::MissingSource, key);
    for (qsizetype i = 0; i < ids.size() && !m_trusted; ++i)
        reference(DataReference::Kind::Source, ids.at(i), key + u'[' + QString::number(i) + u']');
    return ids;
}

Citations JsonRecord::citations()
{
    Citations c;
    c.record = sources();
    if (auto byField = object(QStringLiteral("src_by_field"), Optional)) {
        for (const QString &field : byField->m_object.keys()) {
            c.byField.insert(field, byField->sources(field));
            m_citedFields << field;
        }
        byField->finish();
    }
    return c;
}

void JsonRecord::finish()
{
    if (m_trusted)
        return;
    for (const QString &key : m_object.keys()) {
        if (!m_seen.contains(key))
            report(DataIssueKind::UnknownField, key);
    }
    // A citation for a field the record does not have is a typo that would leave the real field uncited.
    for (const QString &field : std::as_const(m_citedFields)) {
        if (!m_object.contains(field))
            report(DataIssueKind::UnknownField, QStringLiteral("src_by_field.") + field);
    }
}

} // namespace recall
