// recall-lookup --render-pages writes every main page in both languages as a real, non-blank picture.
#include "TestSupport.h"

#include <QDir>
#include <QImage>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>

#include <gtest/gtest.h>

TEST(RenderPages, EveryPageInBothLanguages)
{
    QTemporaryDir out;
    QTemporaryDir home;
    QProcess gui;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    gui.setProcessEnvironment(env);
    gui.start(QStringLiteral(RECALL_GUI), {QStringLiteral("--render-pages"), out.path()});
    ASSERT_TRUE(gui.waitForFinished(120000));
    ASSERT_EQ(gui.exitCode(), 0) << gui.readAllStandardError().toStdString();
    const QStringList expected{
        QStringLiteral("home-ja"),    QStringLiteral("home-en"),    QStringLiteral("results-ja"),
        QStringLiteral("results-en"), QStringLiteral("product-ja"), QStringLiteral("product-en"),
        QStringLiteral("product-x600-ja"), QStringLiteral("check-ja"), QStringLiteral("check-en"),
        QStringLiteral("guide-ja"),   QStringLiteral("guide-en"),   QStringLiteral("safety-ja"),
        QStringLiteral("safety-en"),  QStringLiteral("no-results-ja"), QStringLiteral("no-results-en"),
        QStringLiteral("batch-ja"),   QStringLiteral("batch-en"),   QStringLiteral("script-ja"),
        QStringLiteral("cases-ja"),   QStringLiteral("handout-ja"), QStringLiteral("handout-en")};
    for (const QString &name : expected) {
        const QImage image(QDir(out.path()).filePath(name + QStringLiteral(".png")));
        ASSERT_FALSE(image.isNull()) << name.toStdString();
        EXPECT_GE(image.width(), 800) << name.toStdString();
        EXPECT_GE(image.height(), 600) << name.toStdString();
        // A page that is one colour almost everywhere (a blank or failed render) has few distinct pixels.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7) {
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        }
        EXPECT_GT(colours.size(), 20) << name.toStdString() << " looks blank";
    }
    // The refused import is a message box, smaller than a page.
    for (const QString &name : {QStringLiteral("import-refused-ja"), QStringLiteral("import-refused-en")}) {
        const QImage image(QDir(out.path()).filePath(name + QStringLiteral(".png")));
        ASSERT_FALSE(image.isNull()) << name.toStdString();
        EXPECT_GE(image.width(), 300) << name.toStdString();
        EXPECT_GE(image.height(), 100) << name.toStdString();
    }
}
