// The case log through the built recall-lookup-cli, as a script would use it: cases add, list and export,
// date filters, exit codes. Each test has its own empty app-data folder, so its own user.sqlite.
#include "SqlDatabase.h"
#include "TestSupport.h"
#include "UserDatabase.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

using testing_support::CliRun;

class CasesCli : public ::testing::Test
{
protected:
    static void SetUpTestSuite() { s_cli = new testing_support::IsolatedCli; }
    static void TearDownTestSuite()
    {
        delete s_cli;
        s_cli = nullptr;
    }

    CliRun run(const QStringList &arguments)
    {
        return s_cli->run(arguments, m_home.path());
    }

    QString userDatabase() const { return m_home.filePath(QStringLiteral("data/recall-lookup/user.sqlite")); }

    // Two cases: a likely affected A1263 and a white (not covered) Motion X600 with a Japanese note.
    void addTwo()
    {
        const CliRun first = run({QStringLiteral("cases"), QStringLiteral("add"), QStringLiteral("--model"),
                                  QStringLiteral("A1263"), QStringLiteral("--colour"), QStringLiteral("ホワイト"),
                                  QStringLiteral("--purchased"), QStringLiteral("2024-01-10"), QStringLiteral("--serial"),
                                  QStringLiteral("SN: A1B2-C3D4 E5F6 G7H8"), QStringLiteral("--json")});
        ASSERT_EQ(first.exitCode, 0) << first.errors().toStdString();
        EXPECT_EQ(first.json().value(QStringLiteral("verdict")).toString(), QStringLiteral("likely_affected"));
        const CliRun second = run({QStringLiteral("cases"), QStringLiteral("add"), QStringLiteral("--model"),
                                   QStringLiteral("a3130"), QStringLiteral("--colour"), QStringLiteral("white"),
                                   QStringLiteral("--note"), QStringLiteral("白, \"対象外\"と説明\n済み"), QStringLiteral("--json")});
        ASSERT_EQ(second.exitCode, 0) << second.errors().toStdString();
        EXPECT_EQ(second.json().value(QStringLiteral("verdict")).toString(), QStringLiteral("not_affected"));
        EXPECT_GT(second.json().value(QStringLiteral("id")).toInteger(), first.json().value(QStringLiteral("id")).toInteger());
    }

    QJsonArray listed(const QStringList &extra = {})
    {
        const CliRun r = run(QStringList{QStringLiteral("cases"), QStringLiteral("list"), QStringLiteral("--json")} + extra);
        EXPECT_EQ(r.exitCode, 0) << r.errors().toStdString();
        const QJsonArray cases = r.json().value(QStringLiteral("cases")).toArray();
        EXPECT_EQ(r.json().value(QStringLiteral("count")).toInt(), cases.size());
        return cases;
    }

    QTemporaryDir m_home;
    static testing_support::IsolatedCli *s_cli;
};
testing_support::IsolatedCli *CasesCli::s_cli = nullptr;

QString day(int offset)
{
    return QDate::currentDate().addDays(offset).toString(Qt::ISODate);
}

} // namespace

TEST_F(CasesCli, EmptyLogListsNothing)
{
    EXPECT_TRUE(listed().isEmpty());
    EXPECT_TRUE(QFile::exists(userDatabase()));
    EXPECT_FALSE(QFile::exists(QDir(s_cli->folder()).filePath(QStringLiteral("user.sqlite"))));
}

TEST_F(CasesCli, AddedCasesAreListedWithTheirVerdicts)
{
    addTwo();
    const QJsonArray cases = listed();
    ASSERT_EQ(cases.size(), 2);
    const QJsonObject newest = cases.at(0).toObject();
    const QJsonObject oldest = cases.at(1).toObject();
    EXPECT_EQ(newest.value(QStringLiteral("model")).toString(), QStringLiteral("A3130"));
    EXPECT_EQ(newest.value(QStringLiteral("verdict")).toString(), QStringLiteral("not_affected"));
    EXPECT_TRUE(newest.value(QStringLiteral("reasons")).toArray().contains(QStringLiteral("colour_not_covered")));
    EXPECT_EQ(newest.value(QStringLiteral("colour")).toString(), QStringLiteral("white"));
    EXPECT_EQ(newest.value(QStringLiteral("note")).toString(), QStringLiteral("白, \"対象外\"と説明\n済み"));
    EXPECT_TRUE(newest.value(QStringLiteral("serial")).isNull());
    EXPECT_EQ(oldest.value(QStringLiteral("model")).toString(), QStringLiteral("A1263"));
    EXPECT_EQ(oldest.value(QStringLiteral("verdict")).toString(), QStringLiteral("likely_affected"));
    EXPECT_TRUE(oldest.value(QStringLiteral("reasons")).toArray().contains(QStringLiteral("official_check_required")));
    EXPECT_EQ(oldest.value(QStringLiteral("serial")).toString(), QStringLiteral("A1B2C3D4E5F6G7H8"));
    EXPECT_EQ(oldest.value(QStringLiteral("purchased")).toString(), QStringLiteral("2024-01-10"));
    EXPECT_EQ(oldest.value(QStringLiteral("data_as_of")).toString(), QStringLiteral("2026-01-07"));
    for (const QJsonValue &v : cases) {
        const QJsonObject c = v.toObject();
        EXPECT_EQ(c.value(QStringLiteral("status")).toString(), QStringLiteral("open"));
        EXPECT_EQ(c.value(QStringLiteral("role")).toString(), QStringLiteral("service_desk"));
        EXPECT_TRUE(QDateTime::fromString(c.value(QStringLiteral("created")).toString(), Qt::ISODateWithMs).isValid());
    }

    const CliRun text = run({QStringLiteral("cases"), QStringLiteral("list"), QStringLiteral("--lang"), QStringLiteral("en")});
    EXPECT_EQ(text.exitCode, 0);
    EXPECT_TRUE(text.text().contains(QStringLiteral("Probably covered by a recall"))) << text.text().toStdString();
    EXPECT_TRUE(text.text().contains(QStringLiteral("A3130"))) << text.text().toStdString();
}

TEST_F(CasesCli, ExportWritesCsvWithBomAndRows)
{
    addTwo();
    const QString file = m_home.filePath(QStringLiteral("cases.csv"));
    const CliRun r = run({QStringLiteral("cases"), QStringLiteral("export"), QStringLiteral("--out"), file});
    ASSERT_EQ(r.exitCode, 0) << r.errors().toStdString();
    QFile f(file);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    ASSERT_TRUE(bytes.startsWith("\xEF\xBB\xBF"));
    const QString csv = QString::fromUtf8(bytes.mid(3));
    EXPECT_TRUE(csv.startsWith(QStringLiteral("id,created,updated,role,status,model,")));
    const QStringList rows = csv.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    ASSERT_EQ(rows.size(), 3) << csv.toStdString();
    EXPECT_TRUE(rows.at(1).contains(QStringLiteral(",A3130,"))) << rows.at(1).toStdString();
    EXPECT_TRUE(rows.at(1).contains(QStringLiteral(",not_affected,")));
    EXPECT_TRUE(rows.at(1).endsWith(QStringLiteral("\"白, \"\"対象外\"\"と説明\n済み\"")));
    EXPECT_TRUE(rows.at(2).contains(QStringLiteral(",A1263,")));
    EXPECT_TRUE(rows.at(2).contains(QStringLiteral(",A1B2C3D4E5F6G7H8,likely_affected,")));

    const CliRun noOut = run({QStringLiteral("cases"), QStringLiteral("export")});
    EXPECT_EQ(noOut.exitCode, 2);
}

TEST_F(CasesCli, FromAndToPickCalendarDays)
{
    addTwo();
    EXPECT_EQ(listed({QStringLiteral("--from"), day(0), QStringLiteral("--to"), day(0)}).size(), 2);
    EXPECT_EQ(listed({QStringLiteral("--from"), day(-3)}).size(), 2);
    EXPECT_EQ(listed({QStringLiteral("--to"), day(1)}).size(), 2);
    EXPECT_TRUE(listed({QStringLiteral("--to"), day(-1)}).isEmpty());
    EXPECT_TRUE(listed({QStringLiteral("--from"), day(1)}).isEmpty());

    const QString file = m_home.filePath(QStringLiteral("none.csv"));
    ASSERT_EQ(run({QStringLiteral("cases"), QStringLiteral("export"), QStringLiteral("--from"), day(1), QStringLiteral("--out"),
                   file})
                  .exitCode,
              0);
    QFile f(file);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll().count("\r\n"), 1); // the header only
}

TEST_F(CasesCli, BadInputExitsTwoAndSavesNothing)
{
    const CliRun badDate = run({QStringLiteral("cases"), QStringLiteral("list"), QStringLiteral("--from"),
                                QStringLiteral("2025-02-30"), QStringLiteral("--lang"), QStringLiteral("en")});
    EXPECT_EQ(badDate.exitCode, 2);
    EXPECT_TRUE(badDate.errors().contains(QStringLiteral("--from"))) << badDate.errors().toStdString();
    EXPECT_EQ(run({QStringLiteral("cases"), QStringLiteral("export"), QStringLiteral("--to"), QStringLiteral("yesterday"),
                   QStringLiteral("--out"), m_home.filePath(QStringLiteral("x.csv"))})
                  .exitCode,
              2);
    EXPECT_FALSE(QFile::exists(m_home.filePath(QStringLiteral("x.csv"))));
    EXPECT_EQ(run({QStringLiteral("cases"), QStringLiteral("list"), QStringLiteral("--from"), QStringLiteral("2026-01-10"),
                   QStringLiteral("--to"), QStringLiteral("2026-01-01")})
                  .exitCode,
              2);
    EXPECT_EQ(run({QStringLiteral("cases")}).exitCode, 2);
    EXPECT_EQ(run({QStringLiteral("cases"), QStringLiteral("frobnicate")}).exitCode, 2);
    EXPECT_EQ(run({QStringLiteral("cases"), QStringLiteral("list"), QStringLiteral("extra")}).exitCode, 2);
    EXPECT_EQ(run({QStringLiteral("cases"), QStringLiteral("add")}).exitCode, 2);
    EXPECT_EQ(run({QStringLiteral("cases"), QStringLiteral("add"), QStringLiteral("--model"), QStringLiteral("A1263"),
                   QStringLiteral("--note"), QString(5000, u'x')})
                  .exitCode,
              2);
    const CliRun badSerial = run({QStringLiteral("cases"), QStringLiteral("add"), QStringLiteral("--model"),
                                  QStringLiteral("A1263"), QStringLiteral("--serial"), QStringLiteral("B12"),
                                  QStringLiteral("--lang"), QStringLiteral("en")});
    EXPECT_EQ(badSerial.exitCode, 2);
    EXPECT_TRUE(badSerial.errors().contains(QStringLiteral("starts with the letter A"))) << badSerial.errors().toStdString();
    EXPECT_TRUE(listed().isEmpty());
}

// Issue 7: a damaged case log is moved aside with a timestamp (never deleted) and a fresh one started.
TEST_F(CasesCli, DamagedLogIsMovedAsideNamingWhereItWent)
{
    ASSERT_TRUE(QDir().mkpath(QFileInfo(userDatabase()).path()));
    QFile f(userDatabase());
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(4096, 'z'));
    f.close();
    const CliRun r = run({QStringLiteral("cases"), QStringLiteral("list"), QStringLiteral("--lang"), QStringLiteral("en")});
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_TRUE(r.errors().contains(userDatabase() + QStringLiteral(".damaged-"))) << r.errors().toStdString();
    EXPECT_TRUE(r.errors().contains(QStringLiteral("damaged"))) << r.errors().toStdString();
    const QStringList aside =
        QDir(QFileInfo(userDatabase()).path()).entryList({QStringLiteral("user.sqlite.damaged-*")}, QDir::Files);
    ASSERT_EQ(aside.size(), 1);
    QFile kept(QDir(QFileInfo(userDatabase()).path()).filePath(aside.front()));
    ASSERT_TRUE(kept.open(QIODevice::ReadOnly));
    EXPECT_EQ(kept.readAll(), QByteArray(4096, 'z'));
}

TEST_F(CasesCli, LogFromANewerVersionIsAFailure)
{
    ASSERT_TRUE(QDir().mkpath(QFileInfo(userDatabase()).path()));
    {
        QString error;
        auto db = recall::SqlDatabase::open(userDatabase(), recall::SqlDatabase::Mode::ReadWrite, &error);
        ASSERT_NE(db, nullptr);
        ASSERT_TRUE(db->exec(QStringLiteral("PRAGMA user_version = %1").arg(recall::UserDatabase::schemaVersion + 1)));
    }
    const CliRun r = run({QStringLiteral("cases"), QStringLiteral("add"), QStringLiteral("--model"), QStringLiteral("A1263"),
                          QStringLiteral("--lang"), QStringLiteral("en")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.errors().contains(QStringLiteral("newer version"))) << r.errors().toStdString();
    EXPECT_TRUE(r.errors().contains(userDatabase()));
}

TEST_F(CasesCli, HelpNamesTheCommand)
{
    const CliRun help = run({QStringLiteral("--help"), QStringLiteral("--lang"), QStringLiteral("en")});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.text().contains(QStringLiteral("cases list|export|add")));
    EXPECT_TRUE(help.text().contains(QStringLiteral("--note")));
}
