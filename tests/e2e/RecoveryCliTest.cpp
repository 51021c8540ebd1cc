// Damaged or missing databases and two instances at once, through the built recall-lookup-cli: what it
// says, where the damaged file went, and that no case and no answer is lost.
#include "PackFixtures.h"
#include "SqlCaseStore.h"
#include "SqlDatabase.h"
#include "TestSupport.h"
#include "UserDatabase.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

using namespace pack_fixtures;

namespace {

using testing_support::CliRun;
using testing_support::IsolatedCli;

class RecoveryCli : public ::testing::Test
{
protected:
    static void SetUpTestSuite() { s_cli = new IsolatedCli; }
    static void TearDownTestSuite()
    {
        delete s_cli;
        s_cli = nullptr;
    }

    std::unique_ptr<QProcess> start(QStringList arguments, const QString &dataHome = {})
    {
        return IsolatedCli::start(s_cli->binary(), arguments << QStringLiteral("--lang") << QStringLiteral("en"),
                                  {dataHome.isEmpty() ? m_home.filePath(QStringLiteral("data")) : dataHome,
                                   m_home.filePath(QStringLiteral("config")), m_home.path()});
    }
    static CliRun finish(QProcess &p) { return IsolatedCli::finish(p); }
    CliRun run(const QStringList &arguments, const QString &dataHome = {}) { return finish(*start(arguments, dataHome)); }

    QString appData() const { return m_home.filePath(QStringLiteral("data/recall-lookup")); }
    QString userDatabase() const { return QDir(appData()).filePath(QStringLiteral("user.sqlite")); }
    QStringList addCase(const QString &note) const
    {
        return {QStringLiteral("cases"), QStringLiteral("add"), QStringLiteral("--model"), QStringLiteral("A1263"),
                QStringLiteral("--colour"), QStringLiteral("black"), QStringLiteral("--note"), note, QStringLiteral("--json")};
    }

    QTemporaryDir m_home;
    static IsolatedCli *s_cli;
};
IsolatedCli *RecoveryCli::s_cli = nullptr;

} // namespace

TEST_F(RecoveryCli, DamagedCaseLogIsMovedAsideAndANewOneStarted)
{
    const QByteArray garbage(20000, '\x42');
    writeAll(userDatabase(), garbage);
    const CliRun list = run({QStringLiteral("cases"), QStringLiteral("list"), QStringLiteral("--json")});
    ASSERT_EQ(list.exitCode, 0) << list.errors().toStdString();
    EXPECT_EQ(list.json().value(QStringLiteral("count")).toInt(), 0);
    static const QRegularExpression said(QStringLiteral("The case log was damaged\\. It was moved to (\\S+) \\(nothing was deleted\\)"));
    const auto match = said.match(list.errors());
    ASSERT_TRUE(match.hasMatch()) << list.errors().toStdString();
    const QString aside = match.captured(1);
    EXPECT_TRUE(aside.startsWith(userDatabase() + QStringLiteral(".damaged-"))) << aside.toStdString();
    EXPECT_EQ(readAll(aside), garbage);
    // Said once: the next run finds a sound case log and says nothing.
    const CliRun add = run(addCase(QStringLiteral("after the damage")));
    ASSERT_EQ(add.exitCode, 0) << add.errors().toStdString();
    EXPECT_TRUE(add.errors().isEmpty()) << add.errors().toStdString();
    EXPECT_EQ(QDir(appData()).entryList({QStringLiteral("user.sqlite.damaged-*")}, QDir::Files).size(), 1);
}

TEST_F(RecoveryCli, TwoInstancesWritingCasesAtOnceLoseNothing)
{
    constexpr int perProcess = 12;
    // Both start from an empty folder: they also race to install the catalogue and create the case log.
    std::unique_ptr<QProcess> running[2];
    int next[2] = {0, 0};
    int failures = 0;
    const auto launch = [&](int which) {
        running[which] = start(addCase(QStringLiteral("writer %1 case %2").arg(which).arg(next[which])));
        ++next[which];
    };
    launch(0);
    launch(1);
    for (int done = 0; done < 2 * perProcess;) {
        for (int which = 0; which < 2; ++which) {
            if (!running[which] || !running[which]->waitForFinished(10))
                continue;
            const CliRun r = finish(*running[which]);
            ++done;
            if (r.exitCode != 0) {
                ++failures;
                ADD_FAILURE() << "writer " << which << ": " << r.errors().toStdString();
            }
            running[which].reset();
            if (next[which] < perProcess)
                launch(which);
        }
    }
    EXPECT_EQ(failures, 0);
    const CliRun list = run({QStringLiteral("cases"), QStringLiteral("list"), QStringLiteral("--json")});
    ASSERT_EQ(list.exitCode, 0);
    QStringList notes;
    for (const QJsonValue &c : list.json().value(QStringLiteral("cases")).toArray())
        notes << c.toObject().value(QStringLiteral("note")).toString();
    EXPECT_EQ(notes.size(), 2 * perProcess);
    for (int which = 0; which < 2; ++which) {
        for (int i = 0; i < perProcess; ++i)
            EXPECT_TRUE(notes.contains(QStringLiteral("writer %1 case %2").arg(which).arg(i))) << which << ' ' << i;
    }
    auto db = recall::UserDatabase::open(userDatabase());
    ASSERT_TRUE(db.ok());
    auto intact = (*db)->verify();
    ASSERT_TRUE(intact.ok());
    EXPECT_TRUE(*intact);
    EXPECT_TRUE(QDir(appData()).entryList({QStringLiteral("*.unusable-*"), QStringLiteral("*.damaged-*")}, QDir::Files).isEmpty());
}

TEST_F(RecoveryCli, UnwritableAppDataFolderStillAnswersLookups)
{
    // A regular file where the data folder should be: nothing can be created there (not even by root).
    const QString blocked = m_home.filePath(QStringLiteral("data-is-a-file"));
    writeAll(blocked, "x");
    const CliRun search = run({QStringLiteral("search"), QStringLiteral("A1263"), QStringLiteral("--json")}, blocked);
    ASSERT_EQ(search.exitCode, 0) << search.errors().toStdString();
    EXPECT_EQ(search.json().value(QStringLiteral("results")).toArray().at(0).toObject().value(QStringLiteral("model")).toString(),
              QStringLiteral("A1263"));
    EXPECT_TRUE(search.errors().contains(QStringLiteral("The app's data folder cannot be written"))) << search.errors().toStdString();
    EXPECT_TRUE(search.errors().contains(QStringLiteral("temporary copy of the data built into the app")));
    // The case log cannot be kept there: a clear error naming the file, exit 1.
    const CliRun cases = run({QStringLiteral("cases"), QStringLiteral("list")}, blocked);
    EXPECT_EQ(cases.exitCode, 1);
    EXPECT_TRUE(cases.errors().contains(QStringLiteral("case log cannot be opened"))) << cases.errors().toStdString();
}

TEST_F(RecoveryCli, LockedCatalogueStillAnswersAndIsLeftAlone)
{
    ASSERT_EQ(run({QStringLiteral("search"), QStringLiteral("A1263")}).exitCode, 0);
    const QString active = QDir(appData()).filePath(QStringLiteral("catalogue.sqlite"));
    const QByteArray before = readAll(active);
    QString error;
    auto holder = recall::SqlDatabase::open(active, recall::SqlDatabase::Mode::ReadWrite, &error);
    ASSERT_TRUE(holder) << error.toStdString();
    ASSERT_TRUE(holder->exec(QStringLiteral("BEGIN EXCLUSIVE")));
    const CliRun check = run({QStringLiteral("check"), QStringLiteral("--model"), QStringLiteral("A3130"), QStringLiteral("--colour"),
                           QStringLiteral("white"), QStringLiteral("--json")});
    holder->rollback();
    holder.reset();
    ASSERT_EQ(check.exitCode, 0) << check.errors().toStdString();
    EXPECT_EQ(check.json().value(QStringLiteral("verdict")).toString(), QStringLiteral("not_affected"));
    EXPECT_TRUE(check.errors().contains(QStringLiteral("is locked by another program"))) << check.errors().toStdString();
    EXPECT_EQ(readAll(active), before);
    const CliRun after = run({QStringLiteral("search"), QStringLiteral("A1263")});
    EXPECT_EQ(after.exitCode, 0);
    EXPECT_TRUE(after.errors().isEmpty()) << after.errors().toStdString();
}

TEST_F(RecoveryCli, DamagedImportedCatalogueIsRestoredFromTheImport)
{
    testing_support::DataFolderCopy data;
    makeNewer(data);
    const QString pack = m_home.filePath(QStringLiteral("newer.rlpack"));
    writeAll(pack, packOf(data.path()).serialize());
    ASSERT_EQ(run({QStringLiteral("import"), pack, QStringLiteral("--allow-unsigned")}).exitCode, 0);
    const QString active = QDir(appData()).filePath(QStringLiteral("catalogue.sqlite"));
    QFile f(active);
    ASSERT_TRUE(f.open(QIODevice::ReadWrite));
    f.write(QByteArray(4096, '\0'));
    f.close();
    const CliRun check = run({QStringLiteral("check"), QStringLiteral("--model"), QStringLiteral("A1263"), QStringLiteral("--json")});
    ASSERT_EQ(check.exitCode, 0) << check.errors().toStdString();
    EXPECT_EQ(check.json().value(QStringLiteral("data_as_of")).toString(), QStringLiteral("2026-02-01"));
    EXPECT_TRUE(check.errors().contains(QStringLiteral("restored from your last data import"))) << check.errors().toStdString();
    EXPECT_EQ(QDir(appData()).entryList({QStringLiteral("catalogue.sqlite.unusable-*")}, QDir::Files).size(), 1);
}
