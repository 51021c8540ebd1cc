// recall-lookup-cli handout writes a one-page PDF with real text whose QR code decodes to the official
// page. Checked with Debian's own tools: pdftotext, pdfinfo, pdftoppm (poppler-utils) and zbarimg (zbar-tools).
#include "TestSupport.h"

#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

struct Output
{
    int exitCode = -1;
    QString out;
    QString err;
};

Output run(const QString &program, const QStringList &arguments, const QString &home = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!home.isEmpty())
        env.insert(QStringLiteral("XDG_DATA_HOME"), home);
    p.setProcessEnvironment(env);
    p.start(program, arguments);
    if (!p.waitForFinished(60000))
        return {};
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

QString tool(const char *name)
{
    const QString path = QStandardPaths::findExecutable(QString::fromLatin1(name));
    EXPECT_FALSE(path.isEmpty()) << name << " is missing: install poppler-utils and zbar-tools (tools/dev.sh does)";
    return path;
}

class Handout : public ::testing::Test
{
protected:
    Output handout(const QStringList &arguments)
    {
        return run(QStringLiteral(RECALL_CLI), QStringList{QStringLiteral("handout")} + arguments, m_dir.filePath(QStringLiteral("home")));
    }
    QString pdf(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
};

} // namespace

TEST_F(Handout, JapanesePdfHasRealTextOnePageAndAQrCodeOfTheOfficialPage)
{
    const Output r = handout({QStringLiteral("--model"), QStringLiteral("A1263"), QStringLiteral("--colour"),
                              QStringLiteral("white"), QStringLiteral("--purchased"), QStringLiteral("2024-03-01"),
                              QStringLiteral("--serial"), QStringLiteral("A1B2C3D4E5F6G7H8"), QStringLiteral("--lang"),
                              QStringLiteral("ja"), QStringLiteral("--out"), pdf(QStringLiteral("ja.pdf"))});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();

    const Output text = run(tool("pdftotext"), {QStringLiteral("-layout"), pdf(QStringLiteral("ja.pdf")), QStringLiteral("-")});
    ASSERT_EQ(text.exitCode, 0);
    EXPECT_TRUE(text.out.contains(QStringLiteral("A1263")));
    EXPECT_TRUE(text.out.contains(QStringLiteral("https://www.ankerjapan.com/pages/202510-support")));
    EXPECT_TRUE(text.out.contains(QStringLiteral("0120-775-171")));
    EXPECT_TRUE(text.out.contains(QStringLiteral("ホワイト")));
    EXPECT_TRUE(text.out.contains(QStringLiteral("2026年1月7日"))) << "data as-of date";

    const Output info = run(tool("pdfinfo"), {pdf(QStringLiteral("ja.pdf"))});
    EXPECT_TRUE(info.out.contains(QStringLiteral("Pages:           1"))) << info.out.toStdString();
    EXPECT_TRUE(info.out.contains(QStringLiteral("A4"))) << info.out.toStdString();

    const QString png = pdf(QStringLiteral("ja-page"));
    ASSERT_EQ(run(tool("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("150"), QStringLiteral("-png"),
                                     QStringLiteral("-singlefile"), pdf(QStringLiteral("ja.pdf")), png})
                  .exitCode,
              0);
    const Output qr = run(tool("zbarimg"), {QStringLiteral("--raw"), QStringLiteral("-q"), png + QStringLiteral(".png")});
    EXPECT_EQ(qr.out.trimmed(), QStringLiteral("https://www.ankerjapan.com/pages/202510-support"));
}

TEST_F(Handout, EnglishHandoutOfANotCoveredColour)
{
    const Output r = handout({QStringLiteral("--model"), QStringLiteral("A3130"), QStringLiteral("--colour"),
                              QStringLiteral("white"), QStringLiteral("--lang"), QStringLiteral("en"),
                              QStringLiteral("--out"), pdf(QStringLiteral("en.pdf"))});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const Output text = run(tool("pdftotext"), {pdf(QStringLiteral("en.pdf")), QStringLiteral("-")});
    EXPECT_TRUE(text.out.contains(QStringLiteral("A3130")));
    EXPECT_TRUE(text.out.contains(QStringLiteral("Not covered by the recalls in this data")));
    EXPECT_TRUE(text.out.contains(QStringLiteral("Recall check result")));
}

TEST_F(Handout, InvalidInputWritesNoPdfAndExitsTwo)
{
    const Output r = handout({QStringLiteral("--model"), QStringLiteral("A1263"), QStringLiteral("--serial"),
                              QStringLiteral("B12"), QStringLiteral("--out"), pdf(QStringLiteral("bad.pdf"))});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_FALSE(QFile::exists(pdf(QStringLiteral("bad.pdf"))));
    EXPECT_EQ(handout({QStringLiteral("--model"), QStringLiteral("A1263")}).exitCode, 2) << "--out is required";
    EXPECT_EQ(handout({QStringLiteral("--model"), QStringLiteral("A0000"), QStringLiteral("--out"), pdf(QStringLiteral("x.pdf"))}).exitCode, 2);
}
