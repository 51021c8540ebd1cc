// Importing data packs: every bad pack is refused with each of its problems and where they are, and the
// app-data folder stays byte for byte the same; a good pack is switched in, survives restarts, and rollback
// brings the previous data back.
#include "CatalogueFolder.h"
#include "CatalogueStore.h"
#include "CatalogueSwitcher.h"
#include "CatalogueWriter.h"
#include "DataSetReader.h"
#include "PackFixtures.h"
#include "PackImporter.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace recall;
using namespace pack_fixtures;
using Kind = PackProblem::Kind;

namespace {

class PackImporterTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        // A first start: the built-in catalogue is installed and active.
        auto opened = store().open();
        ASSERT_TRUE(opened.ok());
        ASSERT_EQ(opened->event, CatalogueStore::Event::Installed);
        m_before = folderDigest(dataDir());
    }

    QString dataDir() const { return m_dir.filePath(QStringLiteral("app-data")); }
    CatalogueStore store(const QString &builtIn = testing_support::shippedCatalogue()) const
    {
        return CatalogueStore(builtIn, dataDir());
    }
    PackImporter importer() const { return PackImporter(dataDir(), {testPublicKey()}); }

    QString writePack(const QByteArray &bytes, const QString &name = QStringLiteral("update.rlpack"))
    {
        const QString path = m_dir.filePath(name);
        writeAll(path, bytes);
        return path;
    }

    // Imports a pack that must be refused, and checks that nothing in the app-data folder changed.
    PackProblems refused(const QString &pack, const ImportOptions &options = {})
    {
        auto result = importer().import(pack, options);
        EXPECT_FALSE(result.ok());
        EXPECT_EQ(folderDigest(dataDir()), m_before) << "the app-data folder changed";
        EXPECT_FALSE(QFile::exists(CatalogueFolder(dataDir()).staging()));
        if (result.ok())
            return {};
        EXPECT_FALSE(result.error().storage.has_value());
        return result.error().problems;
    }

    int activeDataVersion()
    {
        auto opened = store().open();
        EXPECT_TRUE(opened.ok());
        return opened.ok() ? opened->catalogue->info().dataVersion : -1;
    }

    QTemporaryDir m_dir;
    QByteArray m_before;
};

std::vector<Kind> kinds(const PackProblems &problems)
{
    std::vector<Kind> out;
    for (const PackProblem &p : problems)
        out.push_back(p.kind);
    return out;
}

} // namespace

TEST_F(PackImporterTest, UnsignedPackIsRefused)
{
    testing_support::DataFolderCopy data;
    makeNewer(data);
    EXPECT_EQ(kinds(refused(writePack(packOf(data.path()).serialize()))), std::vector<Kind>{Kind::Unsigned});
}

TEST_F(PackImporterTest, TamperedPackIsRefused)
{
    testing_support::DataFolderCopy data;
    makeNewer(data);
    QByteArray bytes = signedPackOf(data.path());
    const qsizetype at = bytes.indexOf("41.5");
    ASSERT_GT(at, 0);
    bytes.replace(at, 4, "99.5"); // a progress figure changed after signing
    EXPECT_EQ(kinds(refused(writePack(bytes))), std::vector<Kind>{Kind::BadSignature});
}

TEST_F(PackImporterTest, PackSignedWithAnotherKeyIsRefused)
{
    testing_support::DataFolderCopy data;
    makeNewer(data);
    const PackProblems problems = refused(writePack(packOf(data.path()).serialize(PackKeys::generate().secretKey)));
    EXPECT_EQ(kinds(problems), std::vector<Kind>{Kind::UntrustedKey});
}

TEST_F(PackImporterTest, OtherFormatVersionIsRefusedBeforeItsRecordsAreRead)
{
    testing_support::DataFolderCopy data;
    data.set(QStringLiteral("dataset.json"), {QStringLiteral("format_version")}, 2);
    const PackProblems problems = refused(writePack(signedPackOf(data.path())));
    ASSERT_EQ(kinds(problems), std::vector<Kind>{Kind::WrongFormatVersion});
    EXPECT_EQ(problems[0].detail, QStringLiteral("2"));
}

TEST_F(PackImporterTest, FormatVersionInDatasetJsonDisagreeingWithTheHeaderIsARecordProblem)
{
    testing_support::DataFolderCopy data;
    DataPack pack = packOf(data.path());
    data.set(QStringLiteral("dataset.json"), {QStringLiteral("format_version")}, 7);
    pack.entries = DataPack::collect(data.path()).entries; // header still says 1
    const PackProblems problems = refused(writePack(pack.serialize(testSecretKey())));
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems[0].kind, Kind::Record);
    EXPECT_EQ(problems[0].issue->kind, DataIssueKind::UnsupportedFormatVersion);
    EXPECT_EQ(problems[0].issue->file, QStringLiteral("dataset.json"));
    EXPECT_EQ(problems[0].issue->field, QStringLiteral("format_version"));
}

TEST_F(PackImporterTest, MalformedJsonIsRefusedWithFileAndLine)
{
    testing_support::DataFolderCopy data;
    makeNewer(data);
    data.writeRaw(QStringLiteral("campaigns/JP-2026-01.json"), QByteArrayLiteral("{\n  \"id\": \"JP-2026-01\",\n  oops\n}\n"));
    const PackProblems problems = refused(writePack(signedPackOf(data.path())));
    ASSERT_EQ(problems.size(), 1u);
    ASSERT_EQ(problems[0].kind, Kind::Record);
    EXPECT_EQ(problems[0].issue->kind, DataIssueKind::NotJson);
    EXPECT_EQ(problems[0].issue->file, QStringLiteral("campaigns/JP-2026-01.json"));
    EXPECT_EQ(problems[0].issue->line, 3);
}

TEST_F(PackImporterTest, EveryBadRecordIsListedWithFileAndField)
{
    testing_support::DataFolderCopy data;
    makeNewer(data);
    data.set(QStringLiteral("products/A1263.json"), {QStringLiteral("variants"), 0, QStringLiteral("jan")},
             QStringLiteral("4571411205160"));
    data.set(QStringLiteral("campaigns/JP-2026-01.json"), {QStringLiteral("src")}, QJsonArray{QStringLiteral("no-such-source")});
    data.set(QStringLiteral("campaigns/JP-2025-10.json"), {QStringLiteral("products"), 0, QStringLiteral("sale_start")},
             QStringLiteral("2025-13-01"));
    const PackProblems problems = refused(writePack(signedPackOf(data.path())));
    QStringList found;
    for (const PackProblem &p : problems) {
        ASSERT_EQ(p.kind, Kind::Record);
        found << p.issue->file + u' ' + p.issue->field + u' ' + dataIssueKindKey(p.issue->kind);
    }
    found.sort();
    EXPECT_EQ(found.join(u'\n').toStdString(), "campaigns/JP-2025-10.json products[0].sale_start bad_date\n"
                                                "campaigns/JP-2026-01.json src[0] unknown_source\n"
                                                "products/A1263.json variants[0].jan bad_jan_check_digit");
}

TEST_F(PackImporterTest, EveryProblemIsListedNotJustTheFirst)
{
    testing_support::DataFolderCopy data;
    makeNewer(data);
    data.set(QStringLiteral("colours.json"), {0, QStringLiteral("swatch")}, QStringLiteral("black"));
    const PackProblems problems = refused(writePack(packOf(data.path()).serialize()));
    ASSERT_EQ(kinds(problems), (std::vector<Kind>{Kind::Unsigned, Kind::Record}));
    EXPECT_EQ(problems[1].issue->kind, DataIssueKind::BadSwatch);
    EXPECT_EQ(problems[1].issue->field, QStringLiteral("[0].swatch"));
}

TEST_F(PackImporterTest, TruncatedPackIsRefused)
{
    testing_support::DataFolderCopy data;
    makeNewer(data);
    const QByteArray bytes = signedPackOf(data.path());
    EXPECT_EQ(kinds(refused(writePack(bytes.first(bytes.size() / 2)))), std::vector<Kind>{Kind::Truncated});
    EXPECT_EQ(kinds(refused(writePack(bytes.first(bytes.size() - 1)))), std::vector<Kind>{Kind::Truncated});
}

TEST_F(PackImporterTest, HugeFileIsRefusedWithoutReadingIt)
{
    const QString path = m_dir.filePath(QStringLiteral("huge.rlpack"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(DataPack::magic);
    ASSERT_TRUE(f.resize(DataPack::maxSize + 1)); // sparse: no disk space used
    f.close();
    const PackProblems problems = refused(path);
    ASSERT_EQ(kinds(problems), std::vector<Kind>{Kind::TooLarge});
    EXPECT_EQ(problems[0].detail, QString::number(DataPack::maxSize + 1));
}

TEST_F(PackImporterTest, FilesThatAreNotPacksAreRefused)
{
    EXPECT_EQ(kinds(refused(writePack(QByteArray(10000, '\x5A')))), std::vector<Kind>{Kind::NotAPack});
    EXPECT_EQ(kinds(refused(testing_support::shippedCatalogue())), std::vector<Kind>{Kind::NotAPack});
    const PackProblems missing = refused(m_dir.filePath(QStringLiteral("no-such.rlpack")));
    EXPECT_EQ(kinds(missing), std::vector<Kind>{Kind::CannotRead});
}

TEST_F(PackImporterTest, UnexpectedFilesInThePackAreRefused)
{
    testing_support::DataFolderCopy data;
    makeNewer(data);
    DataPack pack = packOf(data.path());
    pack.entries.push_back({QStringLiteral("../catalogue.sqlite"), QByteArrayLiteral("not a catalogue")});
    const PackProblems problems = refused(writePack(pack.serialize(testSecretKey())));
    ASSERT_EQ(kinds(problems), std::vector<Kind>{Kind::UnexpectedEntry});
    EXPECT_EQ(problems[0].where, QStringLiteral("../catalogue.sqlite"));
}

TEST_F(PackImporterTest, HeaderThatDisagreesWithDatasetJsonIsRefused)
{
    testing_support::DataFolderCopy data;
    makeNewer(data);
    DataPack pack = packOf(data.path());
    pack.header.dataVersion = 9;
    const PackProblems problems = refused(writePack(pack.serialize(testSecretKey())));
    ASSERT_EQ(kinds(problems), std::vector<Kind>{Kind::HeaderMismatch});
    EXPECT_EQ(problems[0].where, QStringLiteral("data_version"));
    EXPECT_EQ(problems[0].detail, QStringLiteral("9 / 2"));
}

TEST_F(PackImporterTest, PackWithoutCampaignsIsRefused)
{
    testing_support::DataFolderCopy data;
    makeNewer(data);
    for (const QString &name : QDir(data.file(QStringLiteral("campaigns"))).entryList(QDir::Files))
        ASSERT_TRUE(QFile::remove(data.file(QStringLiteral("campaigns/") + name)));
    const PackProblems problems = refused(writePack(signedPackOf(data.path())));
    ASSERT_EQ(kinds(problems), std::vector<Kind>{Kind::NoRecords});
    EXPECT_EQ(problems[0].where, QStringLiteral("campaigns/"));
}

TEST_F(PackImporterTest, OlderDataIsRefusedUnlessForced)
{
    testing_support::DataFolderCopy newer;
    makeNewer(newer, 5, QStringLiteral("2026-03-01"));
    ASSERT_TRUE(importer().import(writePack(signedPackOf(newer.path()), QStringLiteral("v5.rlpack")), {}).ok());
    m_before = folderDigest(dataDir());

    testing_support::DataFolderCopy older;
    makeNewer(older, 3, QStringLiteral("2026-02-01"));
    const QString pack = writePack(signedPackOf(older.path()), QStringLiteral("v3.rlpack"));
    const PackProblems problems = refused(pack);
    ASSERT_EQ(kinds(problems), std::vector<Kind>{Kind::OlderData});
    EXPECT_EQ(problems[0].detail, QStringLiteral("3/5"));

    auto forced = importer().import(pack, {true, false, {}});
    ASSERT_TRUE(forced.ok());
    EXPECT_TRUE(forced->forced);
    EXPECT_EQ(activeDataVersion(), 3);
}

TEST_F(PackImporterTest, GoodPackIsSwitchedInWithASummaryOfTheChanges)
{
    testing_support::DataFolderCopy data;
    makeNewer(data);
    auto result = importer().import(writePack(signedPackOf(data.path())), {});
    ASSERT_TRUE(result.ok()) << (result.ok() ? std::string() : packProblemKey(result.error().problems.at(0).kind).toStdString());
    const CatalogueChanges &c = result->changes;
    EXPECT_EQ(c.fromDataVersion, 1);
    EXPECT_EQ(c.toDataVersion, 2);
    EXPECT_EQ(c.fromAsOf, QDate(2026, 1, 7));
    EXPECT_EQ(c.toAsOf, QDate(2026, 2, 1));
    EXPECT_EQ(c.campaignsAdded, QStringList{QStringLiteral("JP-2026-01")});
    EXPECT_EQ(c.campaignsChanged, QStringList{QStringLiteral("JP-2025-10")});
    EXPECT_TRUE(c.campaignsRemoved.isEmpty());
    EXPECT_EQ(c.productsChanged, QStringList{QStringLiteral("A1263")});
    EXPECT_TRUE(c.productsAdded.isEmpty());
    ASSERT_EQ(c.progressUpdated.size(), 1u);
    EXPECT_EQ(c.progressUpdated[0].campaign, QStringLiteral("JP-2025-10"));
    EXPECT_EQ(c.progressUpdated[0].model, QStringLiteral("A1263"));
    EXPECT_EQ(c.progressUpdated[0].before, (ProgressPoint{QDate(2026, 1, 7), 33.0}));
    EXPECT_EQ(c.progressUpdated[0].after, (ProgressPoint{QDate(2026, 2, 1), 41.5}));
    EXPECT_TRUE(result->signedPack);
    EXPECT_FALSE(result->forced);
    EXPECT_FALSE(QFile::exists(CatalogueFolder(dataDir()).staging()));

    // The next start keeps the imported data (the built-in copy is older) and answers from it.
    auto opened = store().open();
    ASSERT_TRUE(opened.ok());
    EXPECT_EQ(opened->event, CatalogueStore::Event::UsedActive);
    EXPECT_EQ(opened->catalogue->info().dataVersion, 2);
    auto campaigns = opened->catalogue->campaignsFor(QStringLiteral("A3102"));
    ASSERT_TRUE(campaigns.ok());
    EXPECT_EQ(campaigns->size(), 2u); // JP-2024-04 and the new JP-2026-01
    const auto origin = store().activeOrigin();
    ASSERT_TRUE(origin.has_value());
    EXPECT_EQ(origin->kind, CatalogueOrigin::Kind::Import);
    EXPECT_EQ(origin->pack, QStringLiteral("update.rlpack"));
    EXPECT_TRUE(origin->signedPack);
}

TEST_F(PackImporterTest, UnsignedPackIsImportedOnlyWithTheTestingSetting)
{
    testing_support::DataFolderCopy data;
    makeNewer(data);
    auto result = importer().import(writePack(packOf(data.path()).serialize()), {false, true, {}});
    ASSERT_TRUE(result.ok());
    EXPECT_FALSE(result->signedPack);
    EXPECT_FALSE(store().activeOrigin()->signedPack);
}

TEST_F(PackImporterTest, RollbackRestoresThePreviousCatalogueByteForByteAndCanBeUndone)
{
    const QByteArray builtInActive = readAll(store().activePath());
    testing_support::DataFolderCopy data;
    makeNewer(data);
    ASSERT_TRUE(importer().import(writePack(signedPackOf(data.path())), {}).ok());
    const QByteArray importedActive = readAll(store().activePath());
    ASSERT_NE(importedActive, builtInActive);

    auto back = CatalogueSwitcher(dataDir()).rollBack();
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(back->from.dataVersion, 2);
    EXPECT_EQ(back->to.dataVersion, 1);
    EXPECT_EQ(readAll(store().activePath()), builtInActive);
    EXPECT_EQ(store().activeOrigin()->kind, CatalogueOrigin::Kind::BuiltIn);
    EXPECT_EQ(store().open()->event, CatalogueStore::Event::UsedActive); // not replaced at the next start

    auto again = CatalogueSwitcher(dataDir()).rollBack();
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->to.dataVersion, 2);
    EXPECT_EQ(readAll(store().activePath()), importedActive);
}

TEST_F(PackImporterTest, RollbackWithNothingToGoBackToChangesNothing)
{
    auto back = CatalogueSwitcher(dataDir()).rollBack();
    ASSERT_FALSE(back.ok());
    EXPECT_EQ(back.error().kind, StorageError::Kind::NothingToRollBack);
    EXPECT_EQ(folderDigest(dataDir()), m_before);
}

TEST_F(PackImporterTest, DamagedPreviousCatalogueIsNotRolledBackTo)
{
    testing_support::DataFolderCopy data;
    makeNewer(data);
    ASSERT_TRUE(importer().import(writePack(signedPackOf(data.path())), {}).ok());
    writeAll(CatalogueFolder(dataDir()).previous(), QByteArray(8192, '\x11'));
    const QByteArray before = folderDigest(dataDir());
    auto back = CatalogueSwitcher(dataDir()).rollBack();
    ASSERT_FALSE(back.ok());
    EXPECT_EQ(back.error().kind, StorageError::Kind::PreviousUnusable);
    EXPECT_EQ(folderDigest(dataDir()), before);
    EXPECT_EQ(activeDataVersion(), 2);
}

TEST_F(PackImporterTest, FailureToWriteLeavesTheActiveCatalogueUnchanged)
{
    // The previous-catalogue slot is taken by a folder, so keeping the current catalogue fails.
    ASSERT_TRUE(QDir().mkpath(CatalogueFolder(dataDir()).previous() + QStringLiteral("/blocker")));
    m_before = folderDigest(dataDir());
    testing_support::DataFolderCopy data;
    makeNewer(data);
    auto result = importer().import(writePack(signedPackOf(data.path())), {});
    ASSERT_FALSE(result.ok());
    ASSERT_TRUE(result.error().storage.has_value());
    EXPECT_EQ(result.error().storage->kind, StorageError::Kind::CannotWrite);
    EXPECT_TRUE(result.error().problems.empty());
    EXPECT_EQ(folderDigest(dataDir()), m_before);
    EXPECT_FALSE(QFile::exists(CatalogueFolder(dataDir()).staging()));
    EXPECT_EQ(activeDataVersion(), 1);
}

TEST_F(PackImporterTest, FailureToBuildLeavesTheActiveCatalogueUnchanged)
{
    ASSERT_TRUE(QDir().mkpath(CatalogueFolder(dataDir()).staging() + QStringLiteral("/blocker")));
    m_before = folderDigest(dataDir());
    testing_support::DataFolderCopy data;
    makeNewer(data);
    auto result = importer().import(writePack(signedPackOf(data.path())), {});
    ASSERT_FALSE(result.ok());
    ASSERT_TRUE(result.error().storage.has_value());
    EXPECT_EQ(result.error().storage->kind, StorageError::Kind::BuildFailed);
    EXPECT_EQ(folderDigest(dataDir()), m_before);
    EXPECT_EQ(activeDataVersion(), 1);
}

TEST_F(PackImporterTest, NewerBuiltInDataReplacesAnImportWhichStaysAvailableForRollback)
{
    testing_support::DataFolderCopy imported;
    makeNewer(imported, 2, QStringLiteral("2026-02-01"));
    ASSERT_TRUE(importer().import(writePack(signedPackOf(imported.path())), {}).ok());

    // An app update whose built-in data is version 3.
    testing_support::DataFolderCopy shipped;
    makeNewer(shipped, 3, QStringLiteral("2026-03-01"));
    const QString newBuiltIn = m_dir.filePath(QStringLiteral("builtin-v3.sqlite"));
    const DataSetReadResult read = DataSetReader().read({shipped.path()});
    ASSERT_TRUE(read.ok());
    ASSERT_TRUE(CatalogueWriter().write(read.data, newBuiltIn).isEmpty());

    auto opened = store(newBuiltIn).open();
    ASSERT_TRUE(opened.ok());
    EXPECT_EQ(opened->event, CatalogueStore::Event::Upgraded);
    EXPECT_TRUE(opened->importKeptForRollback);
    EXPECT_EQ(opened->catalogue->info().dataVersion, 3);
    opened->catalogue.reset();
    EXPECT_EQ(store(newBuiltIn).open()->event, CatalogueStore::Event::UsedActive);

    auto back = CatalogueSwitcher(dataDir()).rollBack();
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(back->to.dataVersion, 2);
    EXPECT_EQ(store(newBuiltIn).activeOrigin()->kind, CatalogueOrigin::Kind::Import);
}

TEST_F(PackImporterTest, OlderBuiltInDataAfterAnAppUpdateKeepsTheImport)
{
    testing_support::DataFolderCopy imported;
    makeNewer(imported, 4, QStringLiteral("2026-02-01"));
    ASSERT_TRUE(importer().import(writePack(signedPackOf(imported.path())), {}).ok());
    // An app update with another built-in catalogue of data version 2 (older than the import).
    testing_support::DataFolderCopy shipped;
    makeNewer(shipped, 2, QStringLiteral("2026-01-20"));
    const QString otherBuiltIn = m_dir.filePath(QStringLiteral("builtin-v2.sqlite"));
    const DataSetReadResult read = DataSetReader().read({shipped.path()});
    ASSERT_TRUE(read.ok());
    ASSERT_TRUE(CatalogueWriter().write(read.data, otherBuiltIn).isEmpty());

    auto opened = store(otherBuiltIn).open();
    ASSERT_TRUE(opened.ok());
    EXPECT_EQ(opened->event, CatalogueStore::Event::UsedActive);
    EXPECT_EQ(opened->catalogue->info().dataVersion, 4);
}

TEST_F(PackImporterTest, DamagedImportedCatalogueIsRestoredFromTheLastImport)
{
    testing_support::DataFolderCopy data;
    makeNewer(data);
    ASSERT_TRUE(importer().import(writePack(signedPackOf(data.path())), {}).ok());
    const QByteArray imported = readAll(store().activePath());
    {
        QFile f(store().activePath());
        ASSERT_TRUE(f.open(QIODevice::ReadWrite));
        f.write(QByteArray(4096, '\xA5'));
    }
    const QByteArray damaged = readAll(store().activePath());

    auto opened = store().open();
    ASSERT_TRUE(opened.ok());
    EXPECT_EQ(opened->event, CatalogueStore::Event::Restored);
    EXPECT_EQ(opened->source, CatalogueStore::Source::LastImport);
    EXPECT_EQ(opened->catalogue->info().dataVersion, 2);
    EXPECT_EQ(readAll(opened->keptAside), damaged);
    opened->catalogue.reset();
    EXPECT_EQ(readAll(store().activePath()), imported);
    EXPECT_EQ(store().activeOrigin()->kind, CatalogueOrigin::Kind::Import);
}

TEST_F(PackImporterTest, StaleCopyOfAnEarlierImportIsNotRestored)
{
    testing_support::DataFolderCopy first;
    makeNewer(first, 2);
    ASSERT_TRUE(importer().import(writePack(signedPackOf(first.path())), {}).ok());
    const QString copy = CatalogueFolder(dataDir()).lastImport();
    const QByteArray firstCopy = readAll(copy);
    testing_support::DataFolderCopy second;
    makeNewer(second, 3);
    ASSERT_TRUE(importer().import(writePack(signedPackOf(second.path())), {}).ok());
    // The copy no longer matches the active import (as if refreshing it had failed).
    writeAll(copy, firstCopy);
    QFile::remove(store().activePath());

    auto opened = store().open();
    ASSERT_TRUE(opened.ok());
    EXPECT_EQ(opened->event, CatalogueStore::Event::Restored);
    EXPECT_EQ(opened->source, CatalogueStore::Source::BuiltIn);
    EXPECT_EQ(opened->catalogue->info().dataVersion, 1);
}

TEST_F(PackImporterTest, ProgressNamesEachStepInOrderAndStopsWhereAnImportStops)
{
    testing_support::DataFolderCopy data;
    makeNewer(data);
    std::vector<ImportStage> stages;
    ImportOptions options;
    options.progress = [&](ImportStage s) { stages.push_back(s); };
    ASSERT_TRUE(importer().import(writePack(signedPackOf(data.path())), options).ok());
    EXPECT_EQ(stages, (std::vector<ImportStage>{ImportStage::Verifying, ImportStage::ReadingRecords,
                                                ImportStage::Building, ImportStage::Checking,
                                                ImportStage::Switching}));
    EXPECT_EQ(int(stages.size()), importStageCount);

    // An unsigned pack is refused after the records were read: nothing is built or switched.
    stages.clear();
    ASSERT_FALSE(importer().import(writePack(packOf(data.path()).serialize(), QStringLiteral("u.rlpack")), options).ok());
    EXPECT_EQ(stages, (std::vector<ImportStage>{ImportStage::Verifying, ImportStage::ReadingRecords}));
}
