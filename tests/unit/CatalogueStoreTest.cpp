// The active catalogue in the app-data folder: installed, kept, upgraded and restored.
#include "CatalogueStore.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>

#include <gtest/gtest.h>

using namespace recall;

namespace {
class CatalogueStoreTest : public ::testing::Test
{
protected:
    QTemporaryDir m_dir;
    QString builtIn() const { return testing_support::shippedCatalogue(); }
    QString dataDir() const { return m_dir.filePath(QStringLiteral("app-data")); }

    CatalogueStore::Opened open()
    {
        auto opened = CatalogueStore(builtIn(), dataDir()).open();
        EXPECT_TRUE(opened.ok());
        return opened.ok() ? std::move(*opened) : CatalogueStore::Opened{};
    }

    void overwriteActive(const QByteArray &bytes, qint64 at = 0)
    {
        QFile f(CatalogueStore(builtIn(), dataDir()).activePath());
        ASSERT_TRUE(f.open(QIODevice::ReadWrite));
        ASSERT_TRUE(f.seek(at));
        f.write(bytes);
    }
};
} // namespace

TEST_F(CatalogueStoreTest, FirstStartInstallsTheBuiltInCopy)
{
    const auto opened = open();
    EXPECT_EQ(opened.event, CatalogueStore::Event::Installed);
    ASSERT_NE(opened.catalogue, nullptr);
    EXPECT_TRUE(QFile::exists(QDir(dataDir()).filePath(QStringLiteral("catalogue.sqlite"))));
}

TEST_F(CatalogueStoreTest, SecondStartUsesTheActiveCopy)
{
    open();
    EXPECT_EQ(open().event, CatalogueStore::Event::UsedActive);
}

TEST_F(CatalogueStoreTest, DeletedActiveCopyIsReinstalled)
{
    open();
    ASSERT_TRUE(QFile::remove(CatalogueStore(builtIn(), dataDir()).activePath()));
    const auto opened = open();
    EXPECT_EQ(opened.event, CatalogueStore::Event::Installed);
    EXPECT_NE(opened.catalogue, nullptr);
}

TEST_F(CatalogueStoreTest, CorruptedActiveCopyIsRestoredAndKeptAside)
{
    open();
    overwriteActive(QByteArray(4096, '\xA5'), 0);
    const auto opened = open();
    EXPECT_EQ(opened.event, CatalogueStore::Event::Restored);
    ASSERT_TRUE(opened.replacedBecause.has_value());
    ASSERT_NE(opened.catalogue, nullptr);
    EXPECT_EQ(opened.catalogue->info().asOf, QDate(2026, 1, 7));
    EXPECT_FALSE(opened.keptAside.isEmpty());
    EXPECT_TRUE(QFile::exists(opened.keptAside));
}

TEST_F(CatalogueStoreTest, TruncatedActiveCopyIsRestored)
{
    open();
    QFile f(CatalogueStore(builtIn(), dataDir()).activePath());
    ASSERT_TRUE(f.resize(1000));
    const auto opened = open();
    EXPECT_EQ(opened.event, CatalogueStore::Event::Restored);
    EXPECT_NE(opened.catalogue, nullptr);
}

TEST_F(CatalogueStoreTest, ANewBuiltInCopyReplacesTheOldOne)
{
    open();
    // Simulate an application update whose built-in catalogue differs from the installed one.
    QFile marker(QDir(dataDir()).filePath(QStringLiteral("catalogue.origin")));
    ASSERT_TRUE(marker.open(QIODevice::WriteOnly));
    marker.write("an-older-build");
    marker.close();
    EXPECT_EQ(open().event, CatalogueStore::Event::Upgraded);
    EXPECT_EQ(open().event, CatalogueStore::Event::UsedActive);
}

TEST_F(CatalogueStoreTest, MissingBuiltInCopyIsAnError)
{
    auto opened = CatalogueStore(QStringLiteral(":/no/such/catalogue"), dataDir()).open();
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().kind, CatalogueError::Kind::Missing);
}
