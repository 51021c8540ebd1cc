// recall-lookup-cli import and rollback, and recall-pack-builder, run as processes the way a service desk
// or the data team would. Each test has its own empty app-data folder. The CLI trusts only the keys built
// into it, never the test key, so signed test packs are refused as untrusted and the successful imports
// here use unsigned packs with the testing flag; the signed path is covered by PackImporterTest.
#include "PackFixtures.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace pack_fixtures;

namespace {

using testing_support::CliRun;
using testing_support::IsolatedCli;

class ImportCli : public ::testing::Test
{
protected:
    static void SetUpTestSuite() { s_cli = new IsolatedCli; }
    static void TearDownTestSuite()
    {
        delete s_cli;
        s_cli = nullptr;
    }

    CliRun runProgram(const QString &program, const QStringList &arguments)
    {
        return IsolatedCli::finish(*IsolatedCli::start(
            program, arguments,
            {m_home.filePath(QStringLiteral("data")), m_home.filePath(QStringLiteral("config")), m_home.path()}));
    }
    CliRun run(QStringList arguments)
    {
        return runProgram(s_cli->binary(), arguments << QStringLiteral("--lang") << QStringLiteral("en"));
    }
    CliRun builder(const QStringList &arguments) { return runProgram(QStringLiteral(RECALL_PACK_BUILDER), arguments); }

    QString appData() const { return m_home.filePath(QStringLiteral("data/recall-lookup")); }
    QString pack(const QByteArray &bytes, const QString &name = QStringLiteral("update.rlpack"))
    {
        const QString path = m_home.filePath(name);
        writeAll(path, bytes);
        return path;
    }
    QString newerUnsignedPack(int dataVersion = 2, const QString &asOf = QStringLiteral("2026-02-01"))
    {
        testing_support::DataFolderCopy data;
        makeNewer(data, dataVersion, asOf);
        return pack(packOf(data.path()).serialize(), QStringLiteral("v%1.rlpack").arg(dataVersion));
    }
    // Starts the app once, so there is an active catalogue to protect; returns the folder's digest.
    QByteArray started()
    {
        EXPECT_EQ(run({QStringLiteral("search"), QStringLiteral("A1263")}).exitCode, 0);
        return folderDigest(appData());
    }
    QString dataAsOf()
    {
        const CliRun r = run({QStringLiteral("check"), QStringLiteral("--model"), QStringLiteral("A1263"), QStringLiteral("--json")});
        EXPECT_EQ(r.exitCode, 0) << r.errors().toStdString();
        return r.json().value(QStringLiteral("data_as_of")).toString();
    }

    QTemporaryDir m_home;
    static IsolatedCli *s_cli;
};
IsolatedCli *ImportCli::s_cli = nullptr;

} // namespace

TEST_F(ImportCli, PackSignedWithAKeyTheAppDoesNotTrustIsRefused)
{
    const QByteArray before = started();
    testing_support::DataFolderCopy data;
    makeNewer(data);
    const CliRun r = run({QStringLiteral("import"), pack(signedPackOf(data.path()))});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.errors().contains(QStringLiteral("the recall data in use is unchanged"))) << r.errors().toStdString();
    EXPECT_TRUE(r.errors().contains(QStringLiteral("a key this app does not trust (key 83e1012c2dc532a4)")))
        << r.errors().toStdString();
    EXPECT_TRUE(r.out.isEmpty());
    EXPECT_EQ(folderDigest(appData()), before);
}

TEST_F(ImportCli, UnsignedPackIsRefusedWithoutTheTestingFlag)
{
    const QByteArray before = started();
    const CliRun r = run({QStringLiteral("import"), newerUnsignedPack()});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.errors().contains(QStringLiteral("The data pack is not signed."))) << r.errors().toStdString();
    EXPECT_EQ(folderDigest(appData()), before);
    EXPECT_EQ(dataAsOf(), QStringLiteral("2026-01-07"));
}

TEST_F(ImportCli, ImportPrintsWhatChangedAndTheNewDataIsUsedFromThenOn)
{
    started();
    const CliRun r = run({QStringLiteral("import"), newerUnsignedPack(), QStringLiteral("--allow-unsigned")});
    ASSERT_EQ(r.exitCode, 0) << r.errors().toStdString();
    const QStringList lines = r.text().split(u'\n');
    EXPECT_EQ(lines.value(0), QStringLiteral("Recall data version 2 (as of 1 February 2026) is now in use, replacing "
                                             "version 1 (as of 7 January 2026)."));
    EXPECT_TRUE(lines.contains(QStringLiteral("Campaigns added: JP-2026-01"))) << r.text().toStdString();
    EXPECT_TRUE(lines.contains(QStringLiteral("Campaigns changed: JP-2025-10")));
    EXPECT_TRUE(lines.contains(QStringLiteral("Products changed: A1263")));
    EXPECT_TRUE(lines.contains(QStringLiteral("  JP-2025-10 A1263: 33.0% (as of 7 January 2026) → 41.5% (as of 1 February 2026)")));
    EXPECT_TRUE(r.errors().contains(QStringLiteral("TESTING SETTING ON")));
    // Every later run, a new process each time, answers from the imported data.
    EXPECT_EQ(dataAsOf(), QStringLiteral("2026-02-01"));
    const CliRun show = run({QStringLiteral("show"), QStringLiteral("A3102"), QStringLiteral("--json")});
    ASSERT_EQ(show.exitCode, 0);
    QStringList campaigns;
    for (const QJsonValue &c : show.json().value(QStringLiteral("campaigns")).toArray())
        campaigns << c.toObject().value(QStringLiteral("id")).toString();
    EXPECT_TRUE(campaigns.contains(QStringLiteral("JP-2026-01"))) << campaigns.join(u',').toStdString();
    EXPECT_TRUE(show.errors().isEmpty()) << show.errors().toStdString(); // nothing to say at start
}

TEST_F(ImportCli, ImportJson)
{
    started();
    const CliRun r = run({QStringLiteral("import"), newerUnsignedPack(), QStringLiteral("--allow-unsigned"), QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.errors().toStdString();
    const QJsonObject o = r.json();
    EXPECT_TRUE(o.value(QStringLiteral("imported")).toBool());
    EXPECT_FALSE(o.value(QStringLiteral("signed")).toBool());
    EXPECT_EQ(o.value(QStringLiteral("data_version")).toObject().value(QStringLiteral("from")).toInt(), 1);
    EXPECT_EQ(o.value(QStringLiteral("data_version")).toObject().value(QStringLiteral("to")).toInt(), 2);
    EXPECT_EQ(o.value(QStringLiteral("as_of")).toObject().value(QStringLiteral("to")).toString(), QStringLiteral("2026-02-01"));
    EXPECT_EQ(o.value(QStringLiteral("campaigns_added")).toArray(), QJsonArray{QStringLiteral("JP-2026-01")});
    EXPECT_EQ(o.value(QStringLiteral("products_changed")).toArray(), QJsonArray{QStringLiteral("A1263")});
    const QJsonObject progress = o.value(QStringLiteral("progress_updated")).toArray().at(0).toObject();
    EXPECT_EQ(progress.value(QStringLiteral("campaign")).toString(), QStringLiteral("JP-2025-10"));
    EXPECT_DOUBLE_EQ(progress.value(QStringLiteral("from")).toObject().value(QStringLiteral("rate_percent")).toDouble(), 33.0);
    EXPECT_DOUBLE_EQ(progress.value(QStringLiteral("to")).toObject().value(QStringLiteral("rate_percent")).toDouble(), 41.5);
}

TEST_F(ImportCli, RollbackBringsThePreviousDataBackAndCanItselfBeUndone)
{
    started();
    ASSERT_EQ(run({QStringLiteral("import"), newerUnsignedPack(), QStringLiteral("--allow-unsigned")}).exitCode, 0);
    const CliRun back = run({QStringLiteral("rollback")});
    ASSERT_EQ(back.exitCode, 0) << back.errors().toStdString();
    EXPECT_EQ(back.text(), QStringLiteral("Recall data version 1 (as of 7 January 2026) is in use again. Undoing again "
                                          "brings back version 2 (as of 1 February 2026).\n"));
    EXPECT_EQ(dataAsOf(), QStringLiteral("2026-01-07"));
    const CliRun again = run({QStringLiteral("rollback"), QStringLiteral("--json")});
    ASSERT_EQ(again.exitCode, 0);
    EXPECT_EQ(again.json().value(QStringLiteral("data_version")).toObject().value(QStringLiteral("to")).toInt(), 2);
    EXPECT_EQ(dataAsOf(), QStringLiteral("2026-02-01"));
}

TEST_F(ImportCli, RollbackWithNothingToGoBackTo)
{
    const QByteArray before = started();
    const CliRun r = run({QStringLiteral("rollback")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.errors().contains(QStringLiteral("no earlier recall data"))) << r.errors().toStdString();
    EXPECT_EQ(folderDigest(appData()), before);
}

TEST_F(ImportCli, BadPackListsEveryProblemAsJson)
{
    const QByteArray before = started();
    testing_support::DataFolderCopy data;
    makeNewer(data);
    data.set(QStringLiteral("products/A1263.json"), {QStringLiteral("variants"), 0, QStringLiteral("jan")},
             QStringLiteral("4571411205160"));
    data.writeRaw(QStringLiteral("campaigns/JP-2026-01.json"), QByteArrayLiteral("{\n  \"id\": \"JP-2026-01\",\n}\n"));
    const CliRun r = run({QStringLiteral("import"), pack(packOf(data.path()).serialize()), QStringLiteral("--json")});
    EXPECT_EQ(r.exitCode, 2);
    const QJsonObject o = r.json();
    EXPECT_FALSE(o.value(QStringLiteral("imported")).toBool(true));
    QStringList found;
    for (const QJsonValue &v : o.value(QStringLiteral("problems")).toArray()) {
        const QJsonObject p = v.toObject();
        const QString line = p.value(QStringLiteral("code")).toString() + u' ' + p.value(QStringLiteral("where")).toString()
                             + u' ' + p.value(QStringLiteral("issue")).toString() + u' '
                             + p.value(QStringLiteral("field")).toString();
        found << line.trimmed();
        EXPECT_FALSE(p.value(QStringLiteral("message")).toString().isEmpty());
    }
    found.sort();
    EXPECT_EQ(found, (QStringList{QStringLiteral("record campaigns/JP-2026-01.json not_json"),
                                  QStringLiteral("record products/A1263.json bad_jan_check_digit variants[0].jan"),
                                  QStringLiteral("unsigned")}));
    EXPECT_TRUE(r.errors().contains(QStringLiteral("3 problems:"))) << r.errors().toStdString();
    EXPECT_TRUE(r.errors().contains(QStringLiteral("  - products/A1263.json: variants[0].jan: has a wrong JAN check digit")))
        << r.errors().toStdString();
    EXPECT_TRUE(r.errors().contains(QStringLiteral("  - campaigns/JP-2026-01.json, line 3: is not valid JSON")))
        << r.errors().toStdString();
    EXPECT_EQ(folderDigest(appData()), before);
}

TEST_F(ImportCli, TruncatedAndHugeFilesAreRefused)
{
    const QByteArray before = started();
    testing_support::DataFolderCopy data;
    const QByteArray bytes = packOf(data.path()).serialize();
    const CliRun truncated = run({QStringLiteral("import"), pack(bytes.first(bytes.size() - 200)), QStringLiteral("--allow-unsigned")});
    EXPECT_EQ(truncated.exitCode, 2);
    EXPECT_TRUE(truncated.errors().contains(QStringLiteral("The file is incomplete"))) << truncated.errors().toStdString();

    const QString huge = m_home.filePath(QStringLiteral("huge.rlpack"));
    QFile f(huge);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    ASSERT_TRUE(f.resize(200LL * 1024 * 1024));
    f.close();
    const CliRun big = run({QStringLiteral("import"), huge});
    EXPECT_EQ(big.exitCode, 2);
    EXPECT_TRUE(big.errors().contains(QStringLiteral("too large to be a data pack"))) << big.errors().toStdString();
    EXPECT_EQ(folderDigest(appData()), before);
}

TEST_F(ImportCli, OlderDataNeedsForce)
{
    started();
    ASSERT_EQ(run({QStringLiteral("import"), newerUnsignedPack(5, QStringLiteral("2026-03-01")), QStringLiteral("--allow-unsigned")})
                  .exitCode,
              0);
    const QByteArray before = folderDigest(appData());
    const QString older = newerUnsignedPack(3, QStringLiteral("2026-02-01"));
    const CliRun refused = run({QStringLiteral("import"), older, QStringLiteral("--allow-unsigned")});
    EXPECT_EQ(refused.exitCode, 2);
    EXPECT_TRUE(refused.errors().contains(QStringLiteral("older recall data (version 3) than the data in use (version 5)")))
        << refused.errors().toStdString();
    EXPECT_TRUE(refused.errors().contains(QStringLiteral("--force")));
    EXPECT_EQ(folderDigest(appData()), before);
    const CliRun forced = run({QStringLiteral("import"), older, QStringLiteral("--allow-unsigned"), QStringLiteral("--force")});
    EXPECT_EQ(forced.exitCode, 0) << forced.errors().toStdString();
    EXPECT_TRUE(forced.text().contains(QStringLiteral("imported because you chose to")));
    EXPECT_EQ(dataAsOf(), QStringLiteral("2026-02-01"));
}

TEST_F(ImportCli, UsageErrors)
{
    const QByteArray before = started();
    EXPECT_EQ(run({QStringLiteral("import")}).exitCode, 2);
    EXPECT_EQ(run({QStringLiteral("import"), QStringLiteral("a.rlpack"), QStringLiteral("b.rlpack")}).exitCode, 2);
    const CliRun other = run({QStringLiteral("import"), newerUnsignedPack(), QStringLiteral("--allow-unsigned"),
                           QStringLiteral("--catalogue"), testing_support::shippedCatalogue()});
    EXPECT_EQ(other.exitCode, 2);
    EXPECT_TRUE(other.errors().contains(QStringLiteral("--catalogue cannot be used"))) << other.errors().toStdString();
    EXPECT_EQ(run({QStringLiteral("rollback"), QStringLiteral("now")}).exitCode, 2);
    const CliRun missing = run({QStringLiteral("import"), m_home.filePath(QStringLiteral("no-such.rlpack"))});
    EXPECT_EQ(missing.exitCode, 2);
    EXPECT_TRUE(missing.errors().contains(QStringLiteral("cannot be read"))) << missing.errors().toStdString();
    EXPECT_EQ(folderDigest(appData()), before);
}

TEST_F(ImportCli, StorageFailureExitsOneAndChangesNothing)
{
    started();
    ASSERT_TRUE(QDir().mkpath(appData() + QStringLiteral("/catalogue.previous.sqlite/blocker")));
    const QByteArray before = folderDigest(appData());
    const CliRun r = run({QStringLiteral("import"), newerUnsignedPack(), QStringLiteral("--allow-unsigned")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.errors().contains(QStringLiteral("could not be saved"))) << r.errors().toStdString();
    EXPECT_EQ(folderDigest(appData()), before);
    EXPECT_EQ(dataAsOf(), QStringLiteral("2026-01-07"));
}

TEST_F(ImportCli, PackBuilderMakesKeysAndPacks)
{
    const QString secret = m_home.filePath(QStringLiteral("keys/pack.secret"));
    const QString pub = m_home.filePath(QStringLiteral("keys/pack.pub"));
    QDir().mkpath(m_home.filePath(QStringLiteral("keys")));
    const CliRun keygen = builder({QStringLiteral("keygen"), QStringLiteral("--secret-key"), secret, QStringLiteral("--public-key"), pub});
    ASSERT_EQ(keygen.exitCode, 0) << keygen.errors().toStdString();
    EXPECT_EQ(QFile::permissions(secret) & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
              QFile::Permissions());
    const auto publicKey = recall::PackKeys::parsePublicKey(readAll(pub));
    ASSERT_TRUE(publicKey.has_value());
    EXPECT_EQ(builder({QStringLiteral("keygen"), QStringLiteral("--secret-key"), secret, QStringLiteral("--public-key"), pub}).exitCode,
              1); // never overwrites a key

    testing_support::DataFolderCopy data;
    makeNewer(data);
    const QString signedPack = m_home.filePath(QStringLiteral("signed.rlpack"));
    const CliRun build = builder({QStringLiteral("build"), QStringLiteral("--data"), data.path(), QStringLiteral("--secret-key"),
                               secret, QStringLiteral("--out"), signedPack});
    ASSERT_EQ(build.exitCode, 0) << build.errors().toStdString();
    const CliRun inspect = builder({QStringLiteral("inspect"), signedPack, QStringLiteral("--public-key"), pub});
    EXPECT_EQ(inspect.exitCode, 0);
    EXPECT_TRUE(inspect.text().contains(QStringLiteral("signature valid"))) << inspect.text().toStdString();

    // The app trusts only its built-in keys: a freshly made key is refused by name.
    started();
    const CliRun refused = run({QStringLiteral("import"), signedPack});
    EXPECT_EQ(refused.exitCode, 2);
    EXPECT_TRUE(refused.errors().contains(recall::PackKeys::fingerprint(*publicKey))) << refused.errors().toStdString();

    const QString unsignedPack = m_home.filePath(QStringLiteral("unsigned.rlpack"));
    ASSERT_EQ(builder({QStringLiteral("build"), QStringLiteral("--data"), data.path(), QStringLiteral("--unsigned"),
                       QStringLiteral("--out"), unsignedPack})
                  .exitCode,
              0);
    EXPECT_EQ(run({QStringLiteral("import"), unsignedPack, QStringLiteral("--allow-unsigned")}).exitCode, 0);
    EXPECT_EQ(dataAsOf(), QStringLiteral("2026-02-01"));

    // Data with a problem is never packed: the builder names the file and field, as the app would.
    data.set(QStringLiteral("colours.json"), {0, QStringLiteral("swatch")}, QStringLiteral("black"));
    const QString bad = m_home.filePath(QStringLiteral("bad.rlpack"));
    const CliRun refusedBuild = builder({QStringLiteral("build"), QStringLiteral("--data"), data.path(), QStringLiteral("--unsigned"),
                                      QStringLiteral("--out"), bad});
    EXPECT_EQ(refusedBuild.exitCode, 1);
    EXPECT_TRUE(refusedBuild.errors().contains(QStringLiteral("colours.json: [0].swatch: bad_swatch"))) << refusedBuild.errors().toStdString();
    EXPECT_FALSE(QFile::exists(bad));
}
