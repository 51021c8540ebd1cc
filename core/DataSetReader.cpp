#include "DataSetReader.h"

#include "DataSetValidator.h"
#include "JsonRecord.h"
#include "Logging.h"

#include <spdlog/logger.h>
#include "RecordParsers.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>


namespace recall {

namespace {

int lineOfOffset(const QByteArray &bytes, int offset)
{
    return int(bytes.left(offset).count('\n')) + 1;
}

class FolderReader
{
public:
    FolderReader(DataSet &data, DataIssues &issues, std::vector<DataReference> &refs)
        : m_data(data), m_issues(issues), m_refs(refs)
    {
    }

    void readFolder(const QDir &dir, bool primary)
    {
        if (!dir.exists()) {
            m_issues.push_back({DataIssueKind::CannotRead, dir.path(), {}, {}, 0});
            return;
        }
        m_dir = dir;
        if (primary) {
            withObject(QStringLiteral("dataset.json"), [&](JsonRecord &r) {
                m_data.info = RecordParsers::readDataSetInfo(r);
                if (m_data.info.formatVersion != DataSetReader::supportedFormatVersion)
                    r.report(DataIssueKind::UnsupportedFormatVersion, QStringLiteral("format_version"),
                             QString::number(DataSetReader::supportedFormatVersion));
            });
        }
        readList(QStringLiteral("sources.json"), !primary, [&](JsonRecord &r) {
            m_data.sources.push_back(RecordParsers::readSource(r));
        });
        readList(QStringLiteral("colours.json"), !primary, [&](JsonRecord &r) {
            m_data.colours.push_back(RecordParsers::readColour(r));
        });
        readList(QStringLiteral("categories.json"), !primary, [&](JsonRecord &r) {
            m_data.categories.push_back(RecordParsers::readCategory(r));
        });
        const std::size_t firstProduct = m_data.products.size();
        for (const QString &file : jsonFilesIn(QStringLiteral("products"))) {
            withObject(file, [&](JsonRecord &r) {
                m_data.products.push_back(RecordParsers::readProduct(r));
                m_data.products.back().record = m_object;
                m_data.products.back().origin = file;
            });
        }
        for (const QString &file : jsonFilesIn(QStringLiteral("campaigns"))) {
            withObject(file, [&](JsonRecord &r) {
                m_data.campaigns.push_back(RecordParsers::readCampaign(r));
                m_data.campaigns.back().record = m_object;
                m_data.campaigns.back().origin = file;
            });
        }
        for (std::size_t n = firstProduct; n < m_data.products.size(); ++n) {
            const Product &p = m_data.products[n];
            for (std::size_t i = 0; i < p.variants.size(); ++i)
                loadPhoto(p.variants[i].photo, p.origin, QStringLiteral("variants[%1].photo").arg(i));
        }
        const QDir serialDir(m_dir.filePath(QStringLiteral("affected-serials")));
        for (const QString &campaign : serialDir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
            for (const QString &file : jsonFilesIn(QStringLiteral("affected-serials/") + campaign)) {
                withObject(file, [&](JsonRecord &r) {
                    m_data.serialLists.push_back(RecordParsers::readAffectedSerialList(r));
                    m_data.serialLists.back().origin = file;
                });
            }
        }
    }

private:
    static constexpr qint64 maxPhotoSize = 4 * 1024 * 1024;

    void loadPhoto(const QString &name, const QString &file, const QString &field)
    {
        if (name.isEmpty() || m_data.photos.contains(name))
            return;
        QFile f(m_dir.filePath(QStringLiteral("photos/") + name));
        if (!f.open(QIODevice::ReadOnly)) {
            m_issues.push_back({DataIssueKind::CannotRead, file, field, name, 0});
            return;
        }
        if (f.size() > maxPhotoSize) {
            m_issues.push_back({DataIssueKind::FileTooLarge, file, field, name, 0});
            return;
        }
        m_data.photos.insert(name, f.readAll());
    }

    QStringList jsonFilesIn(const QString &sub) const
    {
        QStringList files;
        const QDir d(m_dir.filePath(sub));
        for (const QString &name : d.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
            files << sub + u'/' + name;
        return files;
    }

    std::optional<QJsonDocument> load(const QString &file, bool mayBeAbsent)
    {
        QFile f(m_dir.filePath(file));
        if (!f.exists() && mayBeAbsent)
            return std::nullopt;
        if (!f.open(QIODevice::ReadOnly)) {
            m_issues.push_back({DataIssueKind::CannotRead, file, {}, f.errorString(), 0});
            return std::nullopt;
        }
        if (f.size() > DataSetReader::maxFileSize) {
            m_issues.push_back({DataIssueKind::FileTooLarge, file, {}, QString::number(f.size()), 0});
            return std::nullopt;
        }
        const QByteArray bytes = f.readAll();
        QJsonParseError error{};
        QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
        if (error.error != QJsonParseError::NoError) {
            m_issues.push_back({DataIssueKind::NotJson, file, {}, error.errorString(),
                                lineOfOffset(bytes, error.offset)});
            return std::nullopt;
        }
        return doc;
    }

    template <typename F>
    void withObject(const QString &file, F read)
    {
        const auto doc = load(file, false);
        if (!doc)
            return;
        if (!doc->isObject()) {
            m_issues.push_back({DataIssueKind::WrongType, file, {}, QStringLiteral("object"), 0});
            return;
        }
        m_object = doc->object();
        JsonRecord r(m_object, file, {}, m_issues, m_refs);
        read(r);
        r.finish();
    }

    template <typename F>
    void readList(const QString &file, bool mayBeAbsent, F read)
    {
        const auto doc = load(file, mayBeAbsent);
        if (!doc)
            return;
        if (!doc->isArray()) {
            m_issues.push_back({DataIssueKind::WrongType, file, {}, QStringLiteral("array"), 0});
            return;
        }
        const QJsonArray items = doc->array();
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QString path = u'[' + QString::number(i) + u']';
            if (!items.at(i).isObject()) {
                m_issues.push_back({DataIssueKind::WrongType, file, path, QStringLiteral("object"), 0});
                continue;
            }
            JsonRecord r(items.at(i).toObject(), file, path, m_issues, m_refs);
            read(r);
            r.finish();
        }
    }

    DataSet &m_data;
    DataIssues &m_issues;
    std::vector<DataReference> &m_refs;
    QDir m_dir;
    QJsonObject m_object;
};

} // namespace

DataSetReadResult DataSetReader::read(const QStringList &folders) const
{
    DataSetReadResult result;
    std::vector<DataReference> references;
    FolderReader reader(result.data, result.issues, references);
    for (qsizetype i = 0; i < folders.size(); ++i)
        reader.readFolder(QDir(folders.at(i)), i == 0);
    DataSetValidator::validate(result.data, references, result.issues);
    Logging::logger("data")->info("read {} folder(s): {} issue(s)", folders.size(), result.issues.size());
    return result;
}

} // namespace recall
