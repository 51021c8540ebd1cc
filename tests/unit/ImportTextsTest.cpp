// The words for data packs, imports, damaged databases and the keys the app trusts.
#include "ImportTexts.h"
#include "PackFixtures.h"
#include "PackTrust.h"
#include "Texts.h"

#include <gtest/gtest.h>

using namespace recall;

TEST(ImportTextsTest, EveryPackProblemHasWordsThatSayWhere)
{
    for (Language language : {Language::English, Language::Japanese}) {
        const ImportTexts words(language);
        for (int kind = int(PackProblem::Kind::CannotRead); kind <= int(PackProblem::Kind::OlderData); ++kind) {
            const PackProblem p{PackProblem::Kind(kind), QStringLiteral("campaigns/X.json"), QStringLiteral("3/5"), {}};
            EXPECT_FALSE(words.packProblem(p).isEmpty()) << packProblemKey(p.kind).toStdString();
        }
    }
    const ImportTexts en(Language::English);
    EXPECT_EQ(en.packProblem({PackProblem::Kind::OlderData, {}, QStringLiteral("3/5"), {}}),
              QStringLiteral("The data pack holds older recall data (version 3) than the data in use (version 5)."));
    EXPECT_TRUE(en.packProblem({PackProblem::Kind::UnexpectedEntry, QStringLiteral("../x"), {}, {}}).contains(QStringLiteral("../x")));
    EXPECT_TRUE(en.packProblem({PackProblem::Kind::UntrustedKey, {}, QStringLiteral("83e1012c2dc532a4"), {}})
                    .contains(QStringLiteral("83e1012c2dc532a4")));
}

TEST(ImportTextsTest, RecordProblemsNameFileLineAndField)
{
    const ImportTexts en(Language::English);
    for (int kind = int(DataIssueKind::CannotRead); kind <= int(DataIssueKind::UnsupportedFormatVersion); ++kind) {
        const DataIssue issue{DataIssueKind(kind), QStringLiteral("products/A1263.json"), QStringLiteral("variants[0].jan"),
                              QStringLiteral("7"), 0};
        const QString text = en.dataIssue(issue);
        EXPECT_TRUE(text.startsWith(QStringLiteral("products/A1263.json: variants[0].jan: "))) << text.toStdString();
        EXPECT_TRUE(text.contains(u'7')) << dataIssueKindKey(issue.kind).toStdString();
    }
    const DataIssue json{DataIssueKind::NotJson, QStringLiteral("campaigns/JP-2026-01.json"), {}, QStringLiteral("missing comma"), 3};
    EXPECT_EQ(en.packProblem({PackProblem::Kind::Record, json.file, json.detail, json}),
              QStringLiteral("campaigns/JP-2026-01.json, line 3: is not valid JSON (missing comma)"));
}

TEST(ImportTextsTest, EveryStorageErrorHasWords)
{
    for (Language language : {Language::English, Language::Japanese}) {
        const ImportTexts words(language);
        for (int kind = int(StorageError::Kind::Busy); kind <= int(StorageError::Kind::PreviousUnusable); ++kind)
            EXPECT_FALSE(words.storageError({StorageError::Kind(kind), QStringLiteral("/x"), QStringLiteral("y")}).isEmpty());
    }
}

TEST(ImportTextsTest, SummarySaysWhatChanged)
{
    ImportReport report;
    report.changes.fromDataVersion = 1;
    report.changes.toDataVersion = 2;
    report.changes.fromAsOf = QDate(2026, 1, 7);
    report.changes.toAsOf = QDate(2026, 2, 1);
    report.changes.campaignsAdded = {QStringLiteral("JP-2026-01")};
    report.changes.productsChanged = {QStringLiteral("A1263")};
    report.changes.progressUpdated.push_back({QStringLiteral("JP-2025-10"), QStringLiteral("A1263"),
                                              ProgressPoint{QDate(2026, 1, 7), 33.0}, ProgressPoint{QDate(2026, 2, 1), 41.5}});
    const QStringList lines = ImportTexts(Language::English).summary(report);
    EXPECT_EQ(lines.value(0), QStringLiteral("Recall data version 2 (as of 1 February 2026) is now in use, replacing "
                                             "version 1 (as of 7 January 2026)."));
    EXPECT_TRUE(lines.contains(QStringLiteral("Campaigns added: JP-2026-01")));
    EXPECT_TRUE(lines.contains(QStringLiteral("Products changed: A1263")));
    EXPECT_TRUE(lines.contains(QStringLiteral("  JP-2025-10 A1263: 33.0% (as of 7 January 2026) → 41.5% (as of 1 February 2026)")))
        << lines.join(u'\n').toStdString();
    EXPECT_FALSE(lines.join(u' ').contains(QStringLiteral("TESTING")));
    report.signedPack = false;
    EXPECT_TRUE(ImportTexts(Language::English).summary(report).join(u' ').contains(QStringLiteral("TESTING SETTING ON")));
}

TEST(ImportTextsTest, EveryCatalogueEventIsSaidOnceInPlainWords)
{
    const Texts en(Language::English);
    CatalogueStore::Opened opened;
    opened.event = CatalogueStore::Event::Installed;
    EXPECT_TRUE(en.catalogueEvent(opened).isEmpty());
    opened.event = CatalogueStore::Event::UsedActive;
    EXPECT_TRUE(en.catalogueEvent(opened).isEmpty());
    opened.storageProblem = QStringLiteral("disk full");
    EXPECT_TRUE(en.catalogueEvent(opened).contains(QStringLiteral("could not be saved (disk full)")));

    opened = {};
    opened.event = CatalogueStore::Event::Restored;
    opened.source = CatalogueStore::Source::LastImport;
    opened.keptAside = QStringLiteral("/data/catalogue.sqlite.unusable-1");
    const QString restored = en.catalogueEvent(opened);
    EXPECT_TRUE(restored.contains(QStringLiteral("last data import"))) << restored.toStdString();
    EXPECT_TRUE(restored.contains(opened.keptAside));

    opened = {};
    opened.event = CatalogueStore::Event::TemporaryCopy;
    opened.replacedBecause = CatalogueError{CatalogueError::Kind::Locked, QStringLiteral("/data/catalogue.sqlite"), {}};
    EXPECT_EQ(en.catalogueEvent(opened),
              QStringLiteral("The recall data file /data/catalogue.sqlite is locked by another program. Until this is "
                             "fixed, the app answers from a temporary copy of the data built into the app."));

    opened = {};
    opened.event = CatalogueStore::Event::TemporaryCopy;
    opened.storageProblem = QStringLiteral("cannot create /data");
    const QString unwritable = en.catalogueEvent(opened);
    EXPECT_TRUE(unwritable.contains(QStringLiteral("cannot be written (cannot create /data)"))) << unwritable.toStdString();
    EXPECT_TRUE(unwritable.contains(QStringLiteral("temporary copy")));

    opened = {};
    opened.event = CatalogueStore::Event::Upgraded;
    opened.importKeptForRollback = true;
    EXPECT_TRUE(en.catalogueEvent(opened).contains(QStringLiteral("undoing the last data import brings it back")));
}

TEST(ImportTextsTest, RecoveredCaseLogSaysWhereTheOldFileIs)
{
    const QString aside = QStringLiteral("/home/a/.local/share/recall-lookup/user.sqlite.damaged-20260101-120000");
    EXPECT_TRUE(Texts(Language::English).caseLogRecovered(aside).contains(aside));
    EXPECT_TRUE(Texts(Language::Japanese).caseLogRecovered(aside).contains(aside));
}

// The key whose secret half is in the repository must never be one the app trusts.
TEST(ImportTextsTest, BuiltInKeysNeverIncludeTheTestKey)
{
    const PackKeyring keys = builtInPackKeys();
    ASSERT_FALSE(keys.empty());
    for (const QByteArray &key : keys) {
        EXPECT_EQ(key.size(), PackKeys::publicKeySize);
        EXPECT_NE(key, pack_fixtures::testPublicKey());
    }
    EXPECT_EQ(pack_fixtures::testPublicKey().size(), PackKeys::publicKeySize);
}

TEST(ImportTextsTest, SentencesAreJoinedAsEachLanguageWritesThem)
{
    const QString japanese = ImportTexts(Language::Japanese).refused(2);
    EXPECT_FALSE(japanese.contains(QStringLiteral("。 "))) << japanese.toStdString();
    EXPECT_TRUE(japanese.contains(QStringLiteral("。問題"))) << japanese.toStdString();
    const QString english = ImportTexts(Language::English).refused(2);
    EXPECT_TRUE(english.contains(QStringLiteral("unchanged. 2 problems:"))) << english.toStdString();
}
