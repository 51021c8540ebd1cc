// Running lupdate over the sources into a copy of the .ts files finds nothing new or unfinished: every
// user-visible string of the front ends has a Japanese and an English translation.
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

TEST(TranslationsUpToDate, LupdateFindsNothingUntranslated)
{
    QTemporaryDir dir;
    for (const QString &lang : {QStringLiteral("ja"), QStringLiteral("en")}) {
        const QString name = QStringLiteral("recall-lookup_%1.ts").arg(lang);
        const QString copy = dir.filePath(name);
        ASSERT_TRUE(QFile::copy(testing_support::sourceDir() + QStringLiteral("/translations/") + name, copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        QProcess lupdate;
        lupdate.start(QStringLiteral(RECALL_LUPDATE), {testing_support::sourceDir() + QStringLiteral("/app"),
                                                        QStringLiteral("-extensions"), QStringLiteral("cpp,h"),
                                                        QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                                                        QStringLiteral("none"), QStringLiteral("-ts"), copy});
        ASSERT_TRUE(lupdate.waitForFinished(120000));
        ASSERT_EQ(lupdate.exitCode(), 0) << lupdate.readAllStandardError().toStdString();
        QFile f(copy);
        ASSERT_TRUE(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        EXPECT_FALSE(text.contains(QStringLiteral("type=\"unfinished\"")))
            << name.toStdString() << " has untranslated strings; run the update_translations target and translate them";
    }
}
