// Data-record parsing: one JSON document read the way DataSetReader reads a file of the source data
// (resources/data/README.md). An object goes through every single-record parser (dataset.json, a product,
// a campaign, an affected-serial list), an array through every list parser (sources.json, colours.json,
// categories.json); then the cross-record checks of DataSetValidator run over what was read.
#include "FuzzSupport.h"

#include "DataIssue.h"
#include "DataSetValidator.h"
#include "JsonRecord.h"
#include "Model.h"
#include "RecordParsers.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace recall;

namespace {

template <typename F>
void withRecord(const QJsonObject &object, const QString &file, const QString &path, DataIssues &issues,
                std::vector<DataReference> &refs, F read)
{
    JsonRecord record(object, file, path, issues, refs);
    read(record);
    record.finish();
}

void readObject(const QJsonObject &object, DataSet &data, DataIssues &issues, std::vector<DataReference> &refs)
{
    withRecord(object, QStringLiteral("dataset.json"), {}, issues, refs,
               [&](JsonRecord &r) { data.info = RecordParsers::readDataSetInfo(r); });
    withRecord(object, QStringLiteral("products/fuzz.json"), {}, issues, refs, [&](JsonRecord &r) {
        data.products.push_back(RecordParsers::readProduct(r));
        data.products.back().record = object;
        data.products.back().origin = r.file();
    });
    withRecord(object, QStringLiteral("campaigns/fuzz.json"), {}, issues, refs, [&](JsonRecord &r) {
        data.campaigns.push_back(RecordParsers::readCampaign(r));
        data.campaigns.back().record = object;
        data.campaigns.back().origin = r.file();
    });
    withRecord(object, QStringLiteral("affected-serials/fuzz/fuzz.json"), {}, issues, refs, [&](JsonRecord &r) {
        data.serialLists.push_back(RecordParsers::readAffectedSerialList(r));
        data.serialLists.back().origin = r.file();
    });
}

void readArray(const QJsonArray &items, DataSet &data, DataIssues &issues, std::vector<DataReference> &refs)
{
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (!items.at(i).isObject())
            continue;
        const QJsonObject object = items.at(i).toObject();
        const QString path = u'[' + QString::number(i) + u']';
        withRecord(object, QStringLiteral("sources.json"), path, issues, refs,
                   [&](JsonRecord &r) { data.sources.push_back(RecordParsers::readSource(r)); });
        withRecord(object, QStringLiteral("colours.json"), path, issues, refs,
                   [&](JsonRecord &r) { data.colours.push_back(RecordParsers::readColour(r)); });
        withRecord(object, QStringLiteral("categories.json"), path, issues, refs,
                   [&](JsonRecord &r) { data.categories.push_back(RecordParsers::readCategory(r)); });
        // Records of a folder's other files may sit in a list too: products and campaigns check each other.
        readObject(object, data, issues, refs);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        return 0; // DataSetReader reports the line; Qt's offset may be one past the end (unterminated string)
    DataSet dataSet;
    DataIssues issues;
    std::vector<DataReference> refs;
    if (doc.isObject())
        readObject(doc.object(), dataSet, issues, refs);
    else if (doc.isArray())
        readArray(doc.array(), dataSet, issues, refs);
    DataSetValidator::validate(dataSet, refs, issues);
    for (const DataIssue &issue : issues) {
        FUZZ_CHECK(!issue.file.isEmpty());
        FUZZ_CHECK(!dataIssueKindKey(issue.kind).isEmpty());
    }
    return 0;
}
