// Data-pack parsing: DataPack::parse on the bytes of a pack file (structure, lengths, names, signature
// block), the signature check against the pack's own key (so libsodium's verification runs on hostile
// input), a serialize/parse round trip, and the whole check an import makes before it changes anything
// (PackImporter::check: size, structure, signature, format version, then every record through
// DataSetReader from the extracted files), with unsigned packs accepted so that mutated packs reach the
// records.
#include "FuzzSupport.h"

#include "DataPack.h"
#include "PackImporter.h"
#include "PackProblem.h"

#include <QByteArray>
#include <QFile>
#include <QTemporaryDir>

#include <algorithm>
#include <memory>

using namespace recall;

namespace {

std::unique_ptr<QTemporaryDir> workDir;

void checkRoundTrip(const DataPack &pack)
{
    const auto again = DataPack::parse(pack.serialize());
    FUZZ_CHECK(again.ok());
    FUZZ_CHECK(again->header.formatVersion == pack.header.formatVersion);
    FUZZ_CHECK(again->header.dataVersion == pack.header.dataVersion);
    FUZZ_CHECK(again->header.asOf == pack.header.asOf);
    FUZZ_CHECK(!again->isSigned());
    std::vector<DataPackEntry> expected = pack.entries;
    std::sort(expected.begin(), expected.end(), [](const auto &a, const auto &b) { return a.path < b.path; });
    FUZZ_CHECK(again->entries.size() == expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        FUZZ_CHECK(again->entries[i].path == expected[i].path);
        FUZZ_CHECK(again->entries[i].bytes == expected[i].bytes);
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::initQt();
    workDir = std::make_unique<QTemporaryDir>();
    if (!workDir->isValid()) {
        std::fprintf(stderr, "cannot create a temporary folder\n");
        std::exit(1);
    }
    std::atexit([] { workDir.reset(); });
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto parsed = DataPack::parse(bytes);
    if (!parsed) {
        FUZZ_CHECK(!parsed.error().empty());
        for (const PackProblem &problem : parsed.error())
            FUZZ_CHECK(!packProblemKey(problem.kind).isEmpty());
        return 0;
    }
    const DataPack &pack = *parsed;
    FUZZ_CHECK(pack.entries.size() <= std::size_t(DataPack::maxEntries));
    for (const DataPackEntry &entry : pack.entries) {
        FUZZ_CHECK(DataPack::isDataPath(entry.path));
        FUZZ_CHECK(entry.bytes.size() <= DataPack::maxEntrySize);
    }
    if (pack.isSigned()) {
        // With the key the pack names: valid (an unchanged signed seed) or a bad signature, nothing else.
        const auto problem = pack.checkSignature({pack.signerKey()}, false);
        FUZZ_CHECK(!problem || problem->kind == PackProblem::Kind::BadSignature);
    }
    checkRoundTrip(pack);

    const QString path = workDir->filePath(QStringLiteral("input.pack"));
    QFile file(path);
    FUZZ_CHECK(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    FUZZ_CHECK(file.write(bytes) == bytes.size());
    file.close();
    ImportOptions options;
    options.acceptUnsigned = true;
    const auto checked = PackImporter(workDir->filePath(QStringLiteral("app-data")), {}).check(path, options);
    if (checked) {
        FUZZ_CHECK(!checked->data.products.empty() && !checked->data.campaigns.empty());
        FUZZ_CHECK(checked->header.dataVersion == checked->data.info.dataVersion);
    } else {
        FUZZ_CHECK(!checked.error().problems.empty() || checked.error().storage.has_value());
    }
    return 0;
}
