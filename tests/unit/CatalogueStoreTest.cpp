// The active catalogue in the app-data folder: installed, kept, upgraded and restored.
#include "CatalogueStore.h"
#include "PackFixtures.h"
#include "SqlDatabase.h"
#include "TestSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSysInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <csignal>
#include <sys/resource.h>

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

// The usual start changes nothing in the folder, so it does not take the folder's lock (QLockFile syncs its file
// to disk, which delays the first paint). A lock file left by an instance that has since died shows it: taking
// the lock would remove it.
TEST_F(CatalogueStoreTest, TheUsualStartLeavesTheFolderAloneWithoutTakingItsLock)
{
    open();
    const QString lockFile = QDir(dataDir()).filePath(QStringLiteral("catalogue.lock"));
    const QByteArray deadInstance = "2147483646\nrecall-lookup\n" + QSysInfo::machineHostName().toUtf8() + "\n";
    pack_fixtures::writeAll(lockFile, deadInstance);
    const auto opened = open();
    EXPECT_EQ(opened.event, CatalogueStore::Event::UsedActive);
    ASSERT_NE(opened.catalogue, nullptr);
    EXPECT_TRUE(opened.storageProblem.isEmpty());
    QFile left(lockFile);
    ASSERT_TRUE(left.open(QIODevice::ReadOnly));
    EXPECT_EQ(left.readAll(), deadInstance);
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
    ASSERT_TRUE(opened.replacedBecause.has_value());
    EXPECT_EQ(opened.replacedBecause->kind, CatalogueError::Kind::NotACatalogue);
    EXPECT_EQ(QFileInfo(opened.keptAside).size(), 1000);
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

namespace {
QString sha256Of(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly)
               ? QString::fromLatin1(QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex())
               : QString();
}
} // namespace

TEST_F(CatalogueStoreTest, TheBuildWritesTheBuiltInCopysDigestBesideIt)
{
    QFile digest(builtIn() + QStringLiteral(".sha256"));
    ASSERT_TRUE(digest.open(QIODevice::ReadOnly));
    EXPECT_EQ(QString::fromLatin1(digest.readAll()), sha256Of(builtIn()));
    open();
    EXPECT_EQ(CatalogueStore(builtIn(), dataDir()).activeOrigin()->builtInDigest, sha256Of(builtIn()));
}

// The digest beside the built-in copy is what the store compares and records: it does not hash the copy.
TEST_F(CatalogueStoreTest, TheDigestBesideTheBuiltInCopyIsTrusted)
{
    const QString copy = m_dir.filePath(QStringLiteral("builtin.sqlite"));
    ASSERT_TRUE(QFile::copy(builtIn(), copy));
    const QByteArray stated(64, 'a');
    QFile digest(copy + QStringLiteral(".sha256"));
    ASSERT_TRUE(digest.open(QIODevice::WriteOnly));
    digest.write(stated + '\n');
    digest.close();
    ASSERT_TRUE(CatalogueStore(copy, dataDir()).open().ok());
    EXPECT_EQ(CatalogueStore(copy, dataDir()).activeOrigin()->builtInDigest, QString::fromLatin1(stated));
}

TEST_F(CatalogueStoreTest, AMissingOrMalformedDigestIsComputedInstead)
{
    const QString copy = m_dir.filePath(QStringLiteral("builtin.sqlite"));
    ASSERT_TRUE(QFile::copy(builtIn(), copy));
    for (const QByteArray &malformed : {QByteArray(), QByteArray("not a digest"), QByteArray(64, 'A'), QByteArray(63, 'a')}) {
        SCOPED_TRACE(malformed.constData());
        if (!malformed.isEmpty()) {
            QFile digest(copy + QStringLiteral(".sha256"));
            ASSERT_TRUE(digest.open(QIODevice::WriteOnly | QIODevice::Truncate));
            digest.write(malformed);
        }
        ASSERT_TRUE(CatalogueStore(copy, dataDir()).open().ok());
        EXPECT_EQ(CatalogueStore(copy, dataDir()).activeOrigin()->builtInDigest, sha256Of(copy));
    }
}

// The damage cases of issue 7, each with its exact outcome: what the app uses, what it says, where the
// damaged file went, and that the file itself was kept as it was.
namespace {
class DamagedCatalogueTest : public CatalogueStoreTest
{
protected:
    QString active() const { return CatalogueStore(builtIn(), dataDir()).activePath(); }

    void expectRestoredFromBuiltIn(const CatalogueStore::Opened &opened, CatalogueError::Kind reason,
                                   const QByteArray &damaged)
    {
        EXPECT_EQ(opened.event, CatalogueStore::Event::Restored);
        EXPECT_EQ(opened.source, CatalogueStore::Source::BuiltIn);
        ASSERT_TRUE(opened.replacedBecause.has_value());
        EXPECT_EQ(opened.replacedBecause->kind, reason);
        ASSERT_NE(opened.catalogue, nullptr);
        EXPECT_EQ(opened.catalogue->info().asOf, QDate(2026, 1, 7));
        EXPECT_TRUE(opened.storageProblem.isEmpty());
        ASSERT_FALSE(opened.keptAside.isEmpty());
        EXPECT_TRUE(QFileInfo(opened.keptAside).fileName().startsWith(QStringLiteral("catalogue.sqlite.unusable-")));
        EXPECT_EQ(pack_fixtures::readAll(opened.keptAside), damaged);
        EXPECT_EQ(pack_fixtures::readAll(active()), pack_fixtures::readAll(builtIn()));
    }

    bool answers(Catalogue &catalogue)
    {
        auto product = catalogue.productByModel(QStringLiteral("A1263"));
        return product.ok() && product->has_value();
    }
};

// Limits the size of any file this process writes, as a full disk would (as root too, unlike permissions).
class DiskFull
{
public:
    explicit DiskFull(rlim_t bytes)
    {
        std::signal(SIGXFSZ, SIG_IGN);
        getrlimit(RLIMIT_FSIZE, &m_saved);
        rlimit limited = m_saved;
        limited.rlim_cur = bytes;
        setrlimit(RLIMIT_FSIZE, &limited);
    }
    ~DiskFull() { setrlimit(RLIMIT_FSIZE, &m_saved); }

private:
    rlimit m_saved{};
};
} // namespace

TEST_F(DamagedCatalogueTest, MissingCopyIsInstalledSilently)
{
    const auto opened = open();
    EXPECT_EQ(opened.event, CatalogueStore::Event::Installed);
    EXPECT_FALSE(opened.replacedBecause.has_value());
    EXPECT_TRUE(opened.keptAside.isEmpty());
}

TEST_F(DamagedCatalogueTest, EmptyCopyIsRestored)
{
    open();
    QFile f(active());
    ASSERT_TRUE(f.resize(0));
    expectRestoredFromBuiltIn(open(), CatalogueError::Kind::NotACatalogue, QByteArray());
}

TEST_F(DamagedCatalogueTest, RandomBytesInTheMiddleAreFoundAndRestored)
{
    open();
    QByteArray bytes = pack_fixtures::readAll(active());
    ASSERT_GT(bytes.size(), 16 * 4096);
    QRandomGenerator random(7);
    const qsizetype from = (bytes.size() / 4096 / 2) * 4096; // whole pages in the middle, header untouched
    for (qsizetype i = from; i < from + 3 * 4096; ++i)
        bytes[i] = char(random.bounded(256));
    pack_fixtures::writeAll(active(), bytes);
    expectRestoredFromBuiltIn(open(), CatalogueError::Kind::NotACatalogue, bytes);
}

TEST_F(DamagedCatalogueTest, CopyFromANewerSchemaIsRestoredAndKept)
{
    open();
    {
        QString error;
        auto db = SqlDatabase::open(active(), SqlDatabase::Mode::ReadWrite, &error);
        ASSERT_TRUE(db) << error.toStdString();
        ASSERT_TRUE(db->exec(QStringLiteral("UPDATE meta SET value = ? WHERE key = 'schema_version'"), {QStringLiteral("99")}));
    }
    const QByteArray newer = pack_fixtures::readAll(active());
    expectRestoredFromBuiltIn(open(), CatalogueError::Kind::SchemaTooNew, newer);
}

TEST_F(DamagedCatalogueTest, LockedCopyIsLeftAloneAndATemporaryCopyAnswers)
{
    open();
    const QByteArray before = pack_fixtures::readAll(active());
    QString error;
    auto holder = SqlDatabase::open(active(), SqlDatabase::Mode::ReadWrite, &error);
    ASSERT_TRUE(holder) << error.toStdString();
    ASSERT_TRUE(holder->exec(QStringLiteral("BEGIN EXCLUSIVE")));
    {
        auto opened = open();
        EXPECT_EQ(opened.event, CatalogueStore::Event::TemporaryCopy);
        ASSERT_TRUE(opened.replacedBecause.has_value());
        EXPECT_EQ(opened.replacedBecause->kind, CatalogueError::Kind::Locked);
        EXPECT_TRUE(opened.keptAside.isEmpty());
        ASSERT_NE(opened.catalogue, nullptr);
        ASSERT_NE(opened.scratch, nullptr);
        EXPECT_TRUE(opened.catalogue->path().startsWith(opened.scratch->path()));
        EXPECT_TRUE(answers(*opened.catalogue));
    }
    holder->rollback();
    holder.reset();
    EXPECT_EQ(pack_fixtures::readAll(active()), before);
    EXPECT_EQ(QDir(dataDir()).entryList({QStringLiteral("*.unusable-*")}, QDir::Files).size(), 0);
    EXPECT_EQ(open().event, CatalogueStore::Event::UsedActive); // free again: used as before
}

TEST_F(DamagedCatalogueTest, UnwritableAppDataFolderStillAnswersFromATemporaryCopy)
{
    // A regular file where the app-data folder's parent should be: nothing can be created there, even by root.
    const QString blocker = m_dir.filePath(QStringLiteral("not-a-folder"));
    pack_fixtures::writeAll(blocker, "x");
    auto opened = CatalogueStore(builtIn(), blocker + QStringLiteral("/app-data")).open();
    ASSERT_TRUE(opened.ok());
    EXPECT_EQ(opened->event, CatalogueStore::Event::TemporaryCopy);
    EXPECT_TRUE(opened->storageProblem.contains(QStringLiteral("cannot create"))) << opened->storageProblem.toStdString();
    EXPECT_FALSE(opened->replacedBecause.has_value());
    ASSERT_NE(opened->catalogue, nullptr);
    EXPECT_TRUE(answers(*opened->catalogue));
}

TEST_F(DamagedCatalogueTest, FullDiskDuringAnUpdateKeepsTheDataItHad)
{
    open();
    pack_fixtures::writeAll(QDir(dataDir()).filePath(QStringLiteral("catalogue.origin")), "an-older-build");
    const QByteArray before = pack_fixtures::readAll(active());
    CatalogueStore::Opened opened;
    {
        DiskFull full(16 * 1024);
        opened = open();
    }
    EXPECT_EQ(opened.event, CatalogueStore::Event::UsedActive);
    EXPECT_FALSE(opened.storageProblem.isEmpty());
    ASSERT_NE(opened.catalogue, nullptr);
    EXPECT_TRUE(answers(*opened.catalogue));
    EXPECT_EQ(pack_fixtures::readAll(active()), before);
    opened.catalogue.reset();
    EXPECT_EQ(open().event, CatalogueStore::Event::Upgraded); // tried again once there is room
}

TEST_F(DamagedCatalogueTest, FullDiskWhileRestoringKeepsTheDamagedFileAndSaysWhy)
{
    open();
    const QByteArray damaged(8192, '\x5A');
    pack_fixtures::writeAll(active(), damaged);
    Result<CatalogueStore::Opened, CatalogueError> opened = CatalogueError{CatalogueError::Kind::Missing, {}, {}};
    {
        DiskFull full(16 * 1024);
        opened = CatalogueStore(builtIn(), dataDir()).open();
    }
    // Nowhere to write a working copy (the temporary folder is on the same full disk here): an error that
    // says so, and the damaged file is kept.
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().kind, CatalogueError::Kind::CannotOpen);
    const QStringList aside = QDir(dataDir()).entryList({QStringLiteral("catalogue.sqlite.unusable-*")}, QDir::Files);
    ASSERT_EQ(aside.size(), 1);
    EXPECT_EQ(pack_fixtures::readAll(QDir(dataDir()).filePath(aside.front())), damaged);
    // With room again, the next start works.
    auto next = CatalogueStore(builtIn(), dataDir()).open();
    ASSERT_TRUE(next.ok());
    EXPECT_NE(next->catalogue, nullptr);
}
