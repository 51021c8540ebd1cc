// Runs the built recall-lookup-cli as a process, as scripts and other tools do, and checks its JSON,
// text and exit codes. The binary is copied alone into an empty folder first: it must need no files.
#include "TestSupport.h"

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

class Cli : public ::testing::Test
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

    QTemporaryDir m_home;
    static testing_support::IsolatedCli *s_cli;
};
testing_support::IsolatedCli *Cli::s_cli = nullptr;

} // namespace

TEST_F(Cli, VersionAndHelp)
{
    const CliRun version = run({QStringLiteral("--version")});
    EXPECT_EQ(version.exitCode, 0);
    EXPECT_TRUE(version.text().startsWith(QStringLiteral("recall-lookup-cli ")));
    const CliRun help = run({QStringLiteral("--help"), QStringLiteral("--lang"), QStringLiteral("en")});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.text().contains(QStringLiteral("--purchased")));
}

TEST_F(Cli, SearchJsonShape)
{
    const CliRun r = run({QStringLiteral("search"), QStringLiteral("モバイルバッテリー"), QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.errors().toStdString();
    const QJsonObject o = r.json();
    EXPECT_EQ(o.value(QStringLiteral("query")).toString(), QStringLiteral("モバイルバッテリー"));
    const QJsonArray results = o.value(QStringLiteral("results")).toArray();
    ASSERT_FALSE(results.isEmpty());
    QStringList models;
    for (const QJsonValue &v : results) {
        const QJsonObject item = v.toObject();
        models << item.value(QStringLiteral("model")).toString();
        EXPECT_TRUE(item.value(QStringLiteral("name")).toObject().contains(QStringLiteral("ja")));
        EXPECT_TRUE(item.value(QStringLiteral("name")).toObject().contains(QStringLiteral("en")));
        EXPECT_TRUE(item.value(QStringLiteral("campaigns")).isArray());
        EXPECT_TRUE(item.contains(QStringLiteral("variant")));
        EXPECT_EQ(item.value(QStringLiteral("matched_by")).toString(), QStringLiteral("category"));
    }
    EXPECT_TRUE(models.contains(QStringLiteral("A1263")));
}

TEST_F(Cli, SearchByJanNamesTheVariant)
{
    const CliRun r = run({QStringLiteral("search"), QStringLiteral("4571411205170"), QStringLiteral("--json"),
                       QStringLiteral("--limit"), QStringLiteral("5")});
    ASSERT_EQ(r.exitCode, 0);
    const QJsonObject first = r.json().value(QStringLiteral("results")).toArray().at(0).toObject();
    EXPECT_EQ(first.value(QStringLiteral("model")).toString(), QStringLiteral("A1263"));
    EXPECT_EQ(first.value(QStringLiteral("variant")).toString(), QStringLiteral("A1263026"));
    EXPECT_EQ(first.value(QStringLiteral("matched_by")).toString(), QStringLiteral("jan"));
}

TEST_F(Cli, ShowJsonShape)
{
    const CliRun r = run({QStringLiteral("show"), QStringLiteral("A3130"), QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0);
    const QJsonObject o = r.json();
    EXPECT_EQ(o.value(QStringLiteral("model")).toString(), QStringLiteral("A3130"));
    EXPECT_TRUE(o.value(QStringLiteral("category")).isObject());
    bool sawWhite = false;
    for (const QJsonValue &v : o.value(QStringLiteral("variants")).toArray()) {
        const QJsonObject variant = v.toObject();
        EXPECT_TRUE(variant.value(QStringLiteral("swatch")).toString().startsWith(u'#'));
        const bool white = variant.value(QStringLiteral("colour")).toObject().value(QStringLiteral("en")).toString() == u"White";
        if (white) {
            sawWhite = true;
            EXPECT_FALSE(variant.value(QStringLiteral("covered")).toBool());
            EXPECT_TRUE(variant.value(QStringLiteral("code")).isNull());
            EXPECT_TRUE(variant.value(QStringLiteral("jan")).isNull());
        } else {
            EXPECT_TRUE(variant.value(QStringLiteral("covered")).toBool());
        }
    }
    EXPECT_TRUE(sawWhite);
    const QJsonObject campaign = o.value(QStringLiteral("campaigns")).toArray().at(0).toObject();
    EXPECT_EQ(campaign.value(QStringLiteral("id")).toString(), QStringLiteral("JP-2025-10"));
    EXPECT_EQ(campaign.value(QStringLiteral("announced")).toString(), QStringLiteral("2025-10-21"));
    EXPECT_EQ(campaign.value(QStringLiteral("sale_start")).toString(), QStringLiteral("2023-04-24"));
    EXPECT_EQ(campaign.value(QStringLiteral("units")).toInt(), 11200);
    EXPECT_EQ(campaign.value(QStringLiteral("coverage")).toString(), QStringLiteral("serial_checked"));
    EXPECT_EQ(campaign.value(QStringLiteral("official_url")).toString(),
              QStringLiteral("https://www.ankerjapan.com/pages/202510-support"));
    const QJsonObject progress = campaign.value(QStringLiteral("progress")).toArray().at(0).toObject();
    EXPECT_EQ(progress.value(QStringLiteral("as_of")).toString(), QStringLiteral("2026-01-07"));
    EXPECT_DOUBLE_EQ(progress.value(QStringLiteral("rate_percent")).toDouble(), 36.8);
    EXPECT_FALSE(campaign.value(QStringLiteral("notes")).toArray().isEmpty());
    EXPECT_FALSE(campaign.value(QStringLiteral("sources")).toArray().isEmpty());
    EXPECT_TRUE(o.contains(QStringLiteral("replacement")));
}

TEST_F(Cli, ShowUnknownProductIsAnsweredWithNoRecord)
{
    const CliRun r = run({QStringLiteral("show"), QStringLiteral("A0000"), QStringLiteral("--lang"), QStringLiteral("en")});
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_TRUE(r.text().contains(QStringLiteral("No recall on record in this data as of 7 January 2026")));
    EXPECT_FALSE(r.text().contains(QStringLiteral("safe."), Qt::CaseInsensitive));
}

TEST_F(Cli, CheckJsonShape)
{
    const CliRun r = run({QStringLiteral("check"), QStringLiteral("--model"), QStringLiteral("A1263"),
                       QStringLiteral("--colour"), QStringLiteral("ホワイト"), QStringLiteral("--purchased"),
                       QStringLiteral("2024-01-10"), QStringLiteral("--serial"), QStringLiteral("SN: A1B2-C3D4 E5F6 G7H8"),
                       QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.errors().toStdString();
    const QJsonObject o = r.json();
    EXPECT_EQ(o.value(QStringLiteral("verdict")).toString(), QStringLiteral("likely_affected"));
    EXPECT_EQ(o.value(QStringLiteral("model")).toString(), QStringLiteral("A1263"));
    EXPECT_TRUE(o.contains(QStringLiteral("variant")));
    EXPECT_EQ(o.value(QStringLiteral("official_url")).toString(),
              QStringLiteral("https://www.ankerjapan.com/pages/202510-support"));
    EXPECT_EQ(o.value(QStringLiteral("data_as_of")).toString(), QStringLiteral("2026-01-07"));
    const QJsonObject serial = o.value(QStringLiteral("serial")).toObject();
    EXPECT_EQ(serial.value(QStringLiteral("normalized")).toString(), QStringLiteral("A1B2C3D4E5F6G7H8"));
    EXPECT_TRUE(serial.value(QStringLiteral("valid")).toBool());
    EXPECT_FALSE(serial.value(QStringLiteral("confusable")).toArray().isEmpty());
    const QJsonObject match = o.value(QStringLiteral("matches")).toArray().at(0).toObject();
    EXPECT_EQ(match.value(QStringLiteral("campaign")).toString(), QStringLiteral("JP-2025-10"));
    EXPECT_EQ(match.value(QStringLiteral("verdict")).toString(), QStringLiteral("likely_affected"));
    QStringList codes;
    for (const QJsonValue &reason : match.value(QStringLiteral("reasons")).toArray())
        codes << reason.toObject().value(QStringLiteral("code")).toString();
    EXPECT_TRUE(codes.contains(QStringLiteral("official_check_required")));
}

TEST_F(Cli, CheckWhiteMotionX600IsNotAffected)
{
    const CliRun r = run({QStringLiteral("check"), QStringLiteral("--model"), QStringLiteral("a3130"),
                       QStringLiteral("--colour"), QStringLiteral("WHITE"), QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0);
    EXPECT_EQ(r.json().value(QStringLiteral("verdict")).toString(), QStringLiteral("not_affected"));
}

TEST_F(Cli, CheckUnknownProductIsNoRecordWithExitZero)
{
    const CliRun r = run({QStringLiteral("check"), QStringLiteral("--jan"), QStringLiteral("4901234567894"),
                       QStringLiteral("--json")});
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_EQ(r.json().value(QStringLiteral("verdict")).toString(), QStringLiteral("no_record"));
}

TEST_F(Cli, InvalidSerialExitsTwoWithTranslatedMessage)
{
    const CliRun en = run({QStringLiteral("check"), QStringLiteral("--model"), QStringLiteral("A1263"),
                        QStringLiteral("--serial"), QStringLiteral("B12"), QStringLiteral("--json"),
                        QStringLiteral("--lang"), QStringLiteral("en")});
    EXPECT_EQ(en.exitCode, 2);
    EXPECT_EQ(en.json().value(QStringLiteral("verdict")).toString(), QStringLiteral("invalid_input"));
    EXPECT_TRUE(en.errors().contains(QStringLiteral("starts with the letter A")));

    const CliRun ja = run({QStringLiteral("check"), QStringLiteral("--model"), QStringLiteral("A1263"),
                        QStringLiteral("--serial"), QStringLiteral("B12"), QStringLiteral("--lang"), QStringLiteral("ja")});
    EXPECT_EQ(ja.exitCode, 2);
    EXPECT_TRUE(ja.errors().contains(QStringLiteral("シリアル番号"))) << ja.errors().toStdString();
}

TEST_F(Cli, ImpossibleDateExitsTwo)
{
    const CliRun r = run({QStringLiteral("check"), QStringLiteral("--model"), QStringLiteral("A1263"),
                       QStringLiteral("--purchased"), QStringLiteral("2025-02-30"), QStringLiteral("--json")});
    EXPECT_EQ(r.exitCode, 2);
    const QJsonArray reasons = r.json().value(QStringLiteral("reasons")).toArray();
    ASSERT_FALSE(reasons.isEmpty());
    EXPECT_EQ(reasons.at(0).toObject().value(QStringLiteral("code")).toString(), QStringLiteral("impossible_purchase_date"));
}

TEST_F(Cli, UsageErrorsExitTwo)
{
    EXPECT_EQ(run({}).exitCode, 2);
    EXPECT_EQ(run({QStringLiteral("frobnicate")}).exitCode, 2);
    EXPECT_EQ(run({QStringLiteral("check")}).exitCode, 2);
    EXPECT_EQ(run({QStringLiteral("check"), QStringLiteral("--model"), QStringLiteral("A1263"), QStringLiteral("--jan"),
                   QStringLiteral("4571411205163")})
                  .exitCode,
              2);
    EXPECT_EQ(run({QStringLiteral("search")}).exitCode, 2);
    EXPECT_EQ(run({QStringLiteral("search"), QStringLiteral("x"), QStringLiteral("--limit"), QStringLiteral("0")}).exitCode,
              2);
    EXPECT_EQ(run({QStringLiteral("search"), QStringLiteral("x"), QStringLiteral("--bogus")}).exitCode, 2);
    const CliRun lang = run({QStringLiteral("search"), QStringLiteral("x"), QStringLiteral("--lang"), QStringLiteral("fr")});
    EXPECT_EQ(lang.exitCode, 2);
    EXPECT_TRUE(lang.errors().contains(QStringLiteral("ja or en")));
}

TEST_F(Cli, EmptyAndHugeQueriesAreUsageErrors)
{
    EXPECT_EQ(run({QStringLiteral("search"), QStringLiteral("  ")}).exitCode, 2);
    EXPECT_EQ(run({QStringLiteral("search"), QString(100000, u'x')}).exitCode, 2);
}

TEST_F(Cli, TextOutputIsReadableInBothLanguages)
{
    const CliRun ja = run({QStringLiteral("check"), QStringLiteral("--model"), QStringLiteral("A3130"),
                        QStringLiteral("--colour"), QStringLiteral("white"), QStringLiteral("--lang"), QStringLiteral("ja")});
    EXPECT_EQ(ja.exitCode, 0);
    EXPECT_TRUE(ja.text().contains(QStringLiteral("2026年1月7日"))) << ja.text().toStdString();
    EXPECT_TRUE(ja.text().contains(QStringLiteral("対象外"))) << ja.text().toStdString();
    const CliRun en = run({QStringLiteral("check"), QStringLiteral("--model"), QStringLiteral("A3130"),
                        QStringLiteral("--colour"), QStringLiteral("white"), QStringLiteral("--lang"), QStringLiteral("en")});
    EXPECT_TRUE(en.text().contains(QStringLiteral("This colour is not covered"))) << en.text().toStdString();
}

TEST_F(Cli, UnreadableCatalogueIsAnInternalFailure)
{
    QTemporaryDir dir;
    const QString bad = testing_support::writeTemp(dir, QStringLiteral("bad.sqlite"), QByteArray(4096, 'z'));
    const CliRun r = run({QStringLiteral("search"), QStringLiteral("A1263"), QStringLiteral("--catalogue"), bad,
                       QStringLiteral("--lang"), QStringLiteral("en")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.errors().contains(QStringLiteral("damaged")));
}

TEST_F(Cli, DamagedActiveCatalogueIsRestoredAndSaysSo)
{
    ASSERT_EQ(run({QStringLiteral("search"), QStringLiteral("A1263")}).exitCode, 0);
    const QString active = m_home.filePath(QStringLiteral("data/recall-lookup/catalogue.sqlite"));
    ASSERT_TRUE(QFile::exists(active));
    QFile f(active);
    ASSERT_TRUE(f.open(QIODevice::ReadWrite));
    f.write(QByteArray(2048, '\0'));
    f.close();
    const CliRun r = run({QStringLiteral("search"), QStringLiteral("A1263"), QStringLiteral("--json"),
                       QStringLiteral("--lang"), QStringLiteral("en")});
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_TRUE(r.errors().contains(QStringLiteral("restored"))) << r.errors().toStdString();
    EXPECT_EQ(r.json().value(QStringLiteral("results")).toArray().at(0).toObject().value(QStringLiteral("model")).toString(),
              QStringLiteral("A1263"));
}
