// Runs `recall-lookup-cli batch` as a process, as a service desk's scripts do: the result CSV, the JSON,
// the messages for broken files and the exit codes. The binary is copied alone into an empty folder first.
#include "CsvReader.h"
#include "CsvWriter.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace recall;

namespace {

using testing_support::CliRun;

class BatchCli : public ::testing::Test
{
protected:
    static void SetUpTestSuite() { s_cli = new testing_support::IsolatedCli; }
    static void TearDownTestSuite()
    {
        delete s_cli;
        s_cli = nullptr;
    }

    CliRun run(QStringList arguments)
    {
        // The fixture catalogue has the invented affected-serial lists; English messages.
        arguments << QStringLiteral("--catalogue") << testing_support::fixtureCatalogue() << QStringLiteral("--lang")
                  << QStringLiteral("en");
        return s_cli->run(arguments, m_home.path());
    }

    QString file(const QString &name, const QByteArray &bytes)
    {
        return testing_support::writeTemp(m_files, name, bytes);
    }

    QTemporaryDir m_home;
    QTemporaryDir m_files;
    static testing_support::IsolatedCli *s_cli;
};
testing_support::IsolatedCli *BatchCli::s_cli = nullptr;

const QByteArray sample = QStringLiteral("受付番号,型番,色,購入日,シリアル番号\r\n"
                                         "0001,A1263,black,2024-03-01,ATEST15555555555\r\n"
                                         "0002,A3130,ホワイト,,\r\n"
                                         "0003,A1263,black\r\n"
                                         "0004,A9999,,,\"SN: ATES-T155-5555-5555\"\r\n")
                              .toUtf8();

} // namespace

TEST_F(BatchCli, WritesTheResultCsvToStdout)
{
    const CliRun r = run({QStringLiteral("batch"), file(QStringLiteral("in.csv"), sample)});
    ASSERT_EQ(r.exitCode, 0) << r.errors().toStdString();
    ASSERT_TRUE(r.out.startsWith("\xEF\xBB\xBF"));
    auto table = CsvReader::read(r.out);
    ASSERT_TRUE(table.ok());
    EXPECT_EQ(table->header.mid(5), CsvWriter::addedColumns());
    EXPECT_EQ(table->header.first(), QStringLiteral("受付番号"));
    ASSERT_EQ(table->rows.size(), 4u);
    EXPECT_EQ(table->rows[0].fields.at(0), QStringLiteral("0001"));
    EXPECT_EQ(table->rows[0].fields.at(5), QStringLiteral("affected"));
    EXPECT_EQ(table->rows[1].fields.at(5), QStringLiteral("not_affected"));
    EXPECT_EQ(table->rows[1].fields.at(6), QStringLiteral("colour_not_covered"));
    EXPECT_EQ(table->rows[2].fields.at(9), QStringLiteral("wrong_field_count"));
    EXPECT_EQ(table->rows[3].fields.at(5), QStringLiteral("no_record"));
    EXPECT_EQ(table->rows[3].fields.at(8), QStringLiteral("true")); // the serial of row 0001 again
}

TEST_F(BatchCli, JsonShape)
{
    const CliRun r = run({QStringLiteral("batch"), file(QStringLiteral("in.csv"), sample), QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.errors().toStdString();
    const QJsonObject o = r.json();
    EXPECT_TRUE(o.value(QStringLiteral("file")).toString().endsWith(QStringLiteral("in.csv")));
    const QJsonArray rows = o.value(QStringLiteral("rows")).toArray();
    ASSERT_EQ(rows.size(), 4);
    const QJsonObject first = rows.at(0).toObject();
    EXPECT_EQ(first.value(QStringLiteral("line")).toInt(), 2);
    const QJsonObject input = first.value(QStringLiteral("input")).toObject();
    EXPECT_EQ(input.value(QStringLiteral("model")).toString(), QStringLiteral("A1263"));
    EXPECT_EQ(input.value(QStringLiteral("serial")).toString(), QStringLiteral("ATEST15555555555"));
    EXPECT_EQ(input.value(QStringLiteral("受付番号")).toString(), QStringLiteral("0001"));
    EXPECT_EQ(first.value(QStringLiteral("verdict")).toString(), QStringLiteral("affected"));
    EXPECT_EQ(first.value(QStringLiteral("reasons")).toArray().at(0).toString(), QStringLiteral("serial_on_affected_list"));
    EXPECT_FALSE(first.value(QStringLiteral("duplicate")).toBool());
    EXPECT_TRUE(first.value(QStringLiteral("problem")).isNull());
    const QJsonObject broken = rows.at(2).toObject();
    EXPECT_EQ(broken.value(QStringLiteral("line")).toInt(), 4);
    EXPECT_EQ(broken.value(QStringLiteral("problem")).toString(), QStringLiteral("wrong_field_count"));
    EXPECT_EQ(broken.value(QStringLiteral("verdict")).toString(), QStringLiteral("invalid_input"));
    EXPECT_TRUE(rows.at(3).toObject().value(QStringLiteral("duplicate")).toBool());

    const QJsonObject summary = o.value(QStringLiteral("summary")).toObject();
    EXPECT_EQ(summary.value(QStringLiteral("affected")).toInt(), 1);
    EXPECT_EQ(summary.value(QStringLiteral("likely_affected")).toInt(), 0);
    EXPECT_EQ(summary.value(QStringLiteral("not_affected")).toInt(), 1);
    EXPECT_EQ(summary.value(QStringLiteral("no_record")).toInt(), 1);
    EXPECT_EQ(summary.value(QStringLiteral("invalid_input")).toInt(), 1);
    EXPECT_EQ(summary.value(QStringLiteral("duplicates")).toInt(), 1);
}

TEST_F(BatchCli, OutWritesTheFileAndPrintsASummary)
{
    const QString out = m_files.filePath(QStringLiteral("out.csv"));
    const CliRun r = run({QStringLiteral("batch"), file(QStringLiteral("in.csv"), sample), QStringLiteral("--out"), out});
    ASSERT_EQ(r.exitCode, 0) << r.errors().toStdString();
    EXPECT_TRUE(r.text().contains(QStringLiteral("1 affected, 0 likely affected, 1 not affected, 1 no record, "
                                                 "1 invalid input, 1 duplicate serials")))
        << r.text().toStdString();
    QFile f(out);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    EXPECT_TRUE(bytes.startsWith("\xEF\xBB\xBF"));
    auto table = CsvReader::read(bytes);
    ASSERT_TRUE(table.ok());
    EXPECT_EQ(table->rows.size(), 4u);

    const CliRun unwritable = run({QStringLiteral("batch"), file(QStringLiteral("in.csv"), sample),
                                   QStringLiteral("--out"), m_files.filePath(QStringLiteral("no/such/dir/out.csv"))});
    EXPECT_EQ(unwritable.exitCode, 1);
    EXPECT_TRUE(unwritable.errors().contains(QStringLiteral("Cannot write"))) << unwritable.errors().toStdString();
}

// The log keeps what helps later (recoveries, imports): a batch adds one line, not one per row, so a large
// batch does not rotate the rest out of the log.
TEST_F(BatchCli, ABatchLogsOneLineNotOnePerRow)
{
    QByteArray rows = "model,colour,purchased\n";
    const QByteArray models[] = {"A1263", "A3130", "A3117", "A3305", "A9999"};
    for (int i = 0; i < 500; ++i)
        rows += models[i % 5] + ",black,2024-0" + QByteArray::number(1 + i % 9) + "-01\n";
    const CliRun r = run({QStringLiteral("batch"), file(QStringLiteral("many.csv"), rows), QStringLiteral("--out"),
                          m_files.filePath(QStringLiteral("out.csv"))});
    ASSERT_EQ(r.exitCode, 0) << r.errors().toStdString();
    QString log;
    QDir logs(QDir(m_home.path()).filePath(QStringLiteral("data/recall-lookup/logs")));
    for (const QString &name : logs.entryList({QStringLiteral("*.log")}, QDir::Files)) {
        QFile f(logs.filePath(name));
        ASSERT_TRUE(f.open(QIODevice::ReadOnly));
        log += QString::fromUtf8(f.readAll());
    }
    ASSERT_FALSE(log.isEmpty()) << "the CLI logs into its app-data folder";
    EXPECT_EQ(log.count(QStringLiteral("checked a batch of 500 row(s)")), 1) << log.toStdString();
    EXPECT_EQ(log.count(QStringLiteral("[eligibility]")), 0) << log.toStdString();
    EXPECT_LT(log.count(u'\n'), 20) << log.toStdString();
}

TEST_F(BatchCli, ShiftJisTabSeparatedFile)
{
    // 型番<TAB>色 / A3130<TAB>ホワイト / A3130<TAB>ブルー in Shift_JIS, as Japanese Excel saves "Unicode-less" text.
    const QByteArray bytes("\x8C\x5E\x94\xD4\t\x90\x46\r\n"
                           "A3130\t\x83\x7A\x83\x8F\x83\x43\x83\x67\r\n"
                           "A3130\t\x83\x75\x83\x8B\x81\x5B\r\n");
    const CliRun r = run({QStringLiteral("batch"), file(QStringLiteral("sjis.txt"), bytes), QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.errors().toStdString();
    const QJsonArray rows = r.json().value(QStringLiteral("rows")).toArray();
    ASSERT_EQ(rows.size(), 2);
    EXPECT_EQ(rows.at(0).toObject().value(QStringLiteral("input")).toObject().value(QStringLiteral("colour")).toString(),
              QStringLiteral("ホワイト"));
    EXPECT_EQ(rows.at(0).toObject().value(QStringLiteral("verdict")).toString(), QStringLiteral("not_affected"));
    EXPECT_EQ(rows.at(1).toObject().value(QStringLiteral("verdict")).toString(), QStringLiteral("likely_affected"));
}

TEST_F(BatchCli, BrokenFilesExitTwoWithTheLine)
{
    const CliRun quote = run({QStringLiteral("batch"),
                              file(QStringLiteral("quote.csv"), "model,memo\nA1263,ok\nA1263,\"open\nA3130,x\n")});
    EXPECT_EQ(quote.exitCode, 2);
    EXPECT_TRUE(quote.errors().contains(QStringLiteral("line 3"))) << quote.errors().toStdString();
    EXPECT_TRUE(quote.out.isEmpty());

    const CliRun header = run({QStringLiteral("batch"), file(QStringLiteral("header.csv"), "name,price\nx,1\n")});
    EXPECT_EQ(header.exitCode, 2);
    EXPECT_TRUE(header.errors().contains(QStringLiteral("line 1"))) << header.errors().toStdString();

    const CliRun bytes = run({QStringLiteral("batch"), file(QStringLiteral("bytes.csv"), "model\nA1263\n\xFF\xFE\x80\n")});
    EXPECT_EQ(bytes.exitCode, 2);
    EXPECT_TRUE(bytes.errors().contains(QStringLiteral("line 3"))) << bytes.errors().toStdString();

    const CliRun missing = run({QStringLiteral("batch"), m_files.filePath(QStringLiteral("missing.csv"))});
    EXPECT_EQ(missing.exitCode, 2);
    EXPECT_TRUE(missing.errors().contains(QStringLiteral("missing.csv")));

    EXPECT_EQ(run({QStringLiteral("batch")}).exitCode, 2);
}

TEST_F(BatchCli, UnreadableCatalogueIsAnInternalFailure)
{
    const QString bad = file(QStringLiteral("bad.sqlite"), QByteArray(4096, 'z'));
    const CliRun r = s_cli->run({QStringLiteral("batch"), file(QStringLiteral("in.csv"), sample), QStringLiteral("--catalogue"), bad},
                                m_home.path());
    EXPECT_EQ(r.exitCode, 1);
}
