#pragma once

#include "DataIssue.h"
#include "Model.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

#include <optional>

namespace recall {

// A reference from one record to another (a source, colour, category, note or product), checked once
// every file has been read.
struct DataReference
{
    enum class Kind { Source, Colour, Category, Product };
    Kind kind;
    QString id;
    QString file;
    QString field;
};

// Reads the fields of one JSON object, recording a DataIssue with file and field path for every missing,
// mistyped or unknown field, so one pass reports every problem of a record.
class JsonRecord
{
public:
    enum Need { Required, Optional };

    JsonRecord(QJsonObject object, QString file, QString path, DataIssues &issues,
               std::vector<DataReference> &references);

    // For records already validated (those stored in a catalogue): problems with values are still reported,
    // but unknown fields and references to other records are not looked for, which makes reading several
    // times faster.
    void setTrusted() { m_trusted = true; }

    QString string(const QString &key, Need need = Required);
    std::optional<QDate> date(const QString &key, Need need = Required);
    LocalizedText text(const QString &key, Need need = Required);
    std::optional<double> number(const QString &key, Need need = Required);
    std::optional<qint64> integer(const QString &key, Need need = Required);
    std::optional<bool> boolean(const QString &key, Need need = Required);
    QStringList stringList(const QString &key, Need need = Required);
    QJsonArray array(const QString &key, Need need = Required);
    std::optional<JsonRecord> object(const QString &key, Need need = Required);
    // Calls `read` with a JsonRecord for each object of the array `key`.
    template <typename F>
    void eachObject(const QString &key, Need need, F read);

    // "src" (required, non-empty) and "src_by_field".
    Citations citations();
    SourceIds sources(const QString &key = QStringLiteral("src"));
    void reference(DataReference::Kind kind, const QString &id, const QString &key);

    // Reports the keys no reader asked for.
    void finish();

    QString pathOf(const QString &key) const;
    const QString &file() const { return m_file; }
    void report(DataIssueKind kind, const QString &key, const QString &detail = {});

private:
    QJsonValue take(const QString &key, Need need);
    JsonRecord child(const QJsonObject &object, const QString &path) const;

    QJsonObject m_object;
    QString m_file;
    QString m_path;
    DataIssues *m_issues;
    std::vector<DataReference> *m_references;
    QSet<QString> m_seen;
    QStringList m_citedFields;
    bool m_trusted = false;
};

template <typename F>
void JsonRecord::eachObject(const QString &key, Need need, F read)
{
    const QJsonArray items = array(key, need);
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString itemPath = m_trusted ? QString() : pathOf(key) + u'[' + QString::number(i) + u']';
        if (!items.at(i).isObject()) {
            m_issues->push_back({DataIssueKind::WrongType, m_file, itemPath, QStringLiteral("object"), 0});
            continue;
        }
        JsonRecord item = child(items.at(i).toObject(), itemPath);
        read(item);
        item.finish();
    }
}

} // namespace recall
