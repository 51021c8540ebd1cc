// A damaged user database is moved aside with a timestamp (never deleted) and a fresh one started; a file
// that is busy, healthy or from a newer version is never moved.
#include "PackFixtures.h"
#include "SqlCaseStore.h"
#include "SqlDatabase.h"
#include "UserDatabaseRecovery.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace recall;
using pack_fixtures::readAll;
using pack_fixtures::writeAll;

namespace {

class UserDatabaseRecoveryTest : public ::testing::Test
{
protected:
    QString path() const { return m_dir.filePath(QStringLiteral("user.sqlite")); }

    QStringList damagedFiles() const
    {
        return QDir(m_dir.path()).entryList({QStringLiteral("user.sqlite.damaged-*")}, QDir::Files, QDir::Name);
    }

    qint64 addCase(UserDatabase &db, const QString &note)
    {
        SqlCaseStore store(db);
        CaseRecord record;
        record.model = QStringLiteral("A1263");
        record.verdict = QStringLiteral("likely_affected");
        record.note = note;
        auto id = store.add(record);
        EXPECT_TRUE(id.ok());
        return id.ok() ? *id : 0;
    }

    QTemporaryDir m_dir;
};

} // namespace

TEST_F(UserDatabaseRecoveryTest, DamagedFileIsMovedAsideAndAFreshOneStarted)
{
    const QByteArray garbage(16384, '\x3C');
    writeAll(path(), garbage);
    auto opened = UserDatabaseRecovery::openOrRecover(path());
    ASSERT_TRUE(opened.ok()) << opened.error().detail.toStdString();
    ASSERT_TRUE(opened->damage.has_value());
    EXPECT_EQ(opened->damage->kind, CaseStoreError::Kind::Damaged);
    static const QRegularExpression name(QStringLiteral("^user\\.sqlite\\.damaged-\\d{8}-\\d{6}$"));
    EXPECT_TRUE(name.match(QFileInfo(opened->keptAside).fileName()).hasMatch()) << opened->keptAside.toStdString();
    EXPECT_EQ(readAll(opened->keptAside), garbage); // kept exactly as it was
    EXPECT_GT(addCase(*opened->db, QStringLiteral("after recovery")), 0);
    ASSERT_TRUE(opened->db->verify().ok());
    EXPECT_TRUE(*opened->db->verify());
}

TEST_F(UserDatabaseRecoveryTest, DamageFoundByTheQuickCheckIsRecovered)
{
    {
        auto db = UserDatabase::open(path());
        ASSERT_TRUE(db.ok());
        for (int i = 0; i < 200; ++i)
            addCase(**db, QString(200, u'x') + QString::number(i));
    }
    // Pages in the middle overwritten: still SQLite, but its b-trees are broken.
    QByteArray bytes = readAll(path());
    ASSERT_GT(bytes.size(), 8 * 4096);
    for (qsizetype i = 3 * 4096; i < 5 * 4096; ++i)
        bytes[i] = char((i * 131) & 0xff);
    writeAll(path(), bytes);
    auto opened = UserDatabaseRecovery::openOrRecover(path());
    ASSERT_TRUE(opened.ok()) << opened.error().detail.toStdString();
    ASSERT_FALSE(opened->keptAside.isEmpty());
    EXPECT_EQ(readAll(opened->keptAside), bytes);
    SqlCaseStore store(*opened->db);
    auto cases = store.list({});
    ASSERT_TRUE(cases.ok());
    EXPECT_TRUE(cases->empty());
}

TEST_F(UserDatabaseRecoveryTest, HealthyFileIsNeverMoved)
{
    {
        auto db = UserDatabase::open(path());
        ASSERT_TRUE(db.ok());
        addCase(**db, QStringLiteral("keep me"));
    }
    auto refused = UserDatabaseRecovery::recover(path(), {CaseStoreError::Kind::Damaged, path(), QStringLiteral("claimed")});
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(damagedFiles().isEmpty());
    auto opened = UserDatabaseRecovery::openOrRecover(path());
    ASSERT_TRUE(opened.ok());
    EXPECT_FALSE(opened->damage.has_value());
    EXPECT_TRUE(opened->keptAside.isEmpty());
    auto cases = SqlCaseStore(*opened->db).list({});
    ASSERT_TRUE(cases.ok());
    ASSERT_EQ(cases->size(), 1u);
    EXPECT_EQ(cases->front().note, QStringLiteral("keep me"));
}

TEST_F(UserDatabaseRecoveryTest, FileFromANewerVersionIsNeverMoved)
{
    {
        QString error;
        auto db = SqlDatabase::open(path(), SqlDatabase::Mode::ReadWrite, &error);
        ASSERT_TRUE(db);
        ASSERT_TRUE(db->exec(QStringLiteral("PRAGMA user_version = 99")));
    }
    auto opened = UserDatabaseRecovery::openOrRecover(path());
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().kind, CaseStoreError::Kind::SchemaTooNew);
    EXPECT_TRUE(damagedFiles().isEmpty());
    QString error;
    auto still = SqlDatabase::open(path(), SqlDatabase::Mode::ReadOnly, &error);
    ASSERT_TRUE(still);
    QSqlQuery *version = still->run(QStringLiteral("PRAGMA user_version"));
    ASSERT_TRUE(version && version->next());
    EXPECT_EQ(version->value(0).toInt(), 99); // neither moved nor migrated
}

TEST_F(UserDatabaseRecoveryTest, BusyFileIsNeverMoved)
{
    {
        auto db = UserDatabase::open(path());
        ASSERT_TRUE(db.ok());
        addCase(**db, QStringLiteral("busy"));
    }
    QString error;
    auto holder = SqlDatabase::open(path(), SqlDatabase::Mode::ReadWrite, &error);
    ASSERT_TRUE(holder);
    // Exclusive locking mode keeps every other connection out, even readers of a WAL database.
    ASSERT_TRUE(holder->exec(QStringLiteral("PRAGMA locking_mode = EXCLUSIVE")));
    ASSERT_TRUE(holder->exec(QStringLiteral("BEGIN EXCLUSIVE")));
    EXPECT_FALSE(UserDatabaseRecovery::isDamaged(path()));
    auto opened = UserDatabaseRecovery::openOrRecover(path());
    EXPECT_FALSE(opened.ok());
    EXPECT_TRUE(damagedFiles().isEmpty());
    holder->rollback();
    holder.reset();
    auto again = UserDatabaseRecovery::openOrRecover(path());
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(SqlCaseStore(*again->db).list({})->size(), 1u);
}

TEST_F(UserDatabaseRecoveryTest, TwoRecoveriesInTheSameSecondKeepBothFiles)
{
    writeAll(path(), QByteArray(8192, '\x01'));
    auto first = UserDatabaseRecovery::openOrRecover(path());
    ASSERT_TRUE(first.ok());
    first->db.reset();
    writeAll(path(), QByteArray(8192, '\x02'));
    auto second = UserDatabaseRecovery::openOrRecover(path());
    ASSERT_TRUE(second.ok());
    ASSERT_NE(first->keptAside, second->keptAside);
    EXPECT_EQ(readAll(first->keptAside), QByteArray(8192, '\x01'));
    EXPECT_EQ(readAll(second->keptAside), QByteArray(8192, '\x02'));
}

TEST_F(UserDatabaseRecoveryTest, WriteAheadLogAndSharedMemoryMoveWithTheFile)
{
    writeAll(path(), QByteArray(8192, '\x7E'));
    writeAll(path() + QStringLiteral("-wal"), QByteArrayLiteral("the log"));
    writeAll(path() + QStringLiteral("-shm"), QByteArrayLiteral("the index"));
    auto opened = UserDatabaseRecovery::recover(path(), {CaseStoreError::Kind::Damaged, path(), {}});
    ASSERT_TRUE(opened.ok()) << opened.error().detail.toStdString();
    EXPECT_EQ(readAll(opened->keptAside), QByteArray(8192, '\x7E'));
    EXPECT_EQ(readAll(opened->keptAside + QStringLiteral("-wal")), QByteArrayLiteral("the log"));
    // The shared-memory index is rebuilt by SQLite from the log whenever the file is looked at; it moves too.
    EXPECT_TRUE(QFile::exists(opened->keptAside + QStringLiteral("-shm")));
    EXPECT_FALSE(QFile::exists(path() + QStringLiteral("-wal")) && readAll(path() + QStringLiteral("-wal")) == "the log");
    // The fresh database did not pick up the old log.
    auto cases = SqlCaseStore(*opened->db).list({});
    ASSERT_TRUE(cases.ok());
    EXPECT_TRUE(cases->empty());
}
