// File ▸ Import recall data… and Undo the last data import: in the File menu, translated, and wired to the
// importer (the steps behind the dialogs are driven directly; the dialogs themselves are Qt's).
#include "CatalogueStore.h"
#include "DataImport.h"
#include "GuiFixture.h"
#include "PackFixtures.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QMenu>
#include <QMenuBar>
#include <QProgressDialog>
#include <QSignalSpy>

#include <optional>

using namespace recall;

TEST_F(GuiFixture, FileMenuOffersImportAndUndo)
{
    QMenu *file = m_window->menuBar()->actions().at(0)->menu();
    ASSERT_NE(file, nullptr);
    QStringList names;
    for (QAction *action : file->actions())
        names << action->objectName();
    const qsizetype import = names.indexOf(QStringLiteral("importData"));
    ASSERT_GE(import, 0);
    EXPECT_EQ(names.value(import + 1), QStringLiteral("undoDataImport"));
    auto *action = m_window->findChild<QAction *>(QStringLiteral("importData"));
    ASSERT_NE(action, nullptr);
    EXPECT_EQ(action->text(), QStringLiteral("&Import recall data…"));
    // Retranslated with the window (whatever the translation files hold).
    action->setText(QStringLiteral("stale"));
    QEvent change(QEvent::LanguageChange);
    QApplication::sendEvent(m_window.get(), &change);
    EXPECT_EQ(action->text(), QStringLiteral("&Import recall data…"));
}

namespace {
class DataImportTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(CatalogueStore(testing_support::shippedCatalogue(), dataDir()).open().ok());
    }
    QString dataDir() const { return m_dir.filePath(QStringLiteral("app-data")); }

    QTemporaryDir m_dir;
    QWidget m_window;
};
} // namespace

TEST_F(DataImportTest, ImportShowsTheSummaryAndUndoGoesBack)
{
    testing_support::DataFolderCopy data;
    pack_fixtures::makeNewer(data);
    const QString pack = m_dir.filePath(QStringLiteral("newer.rlpack"));
    pack_fixtures::writeAll(pack, pack_fixtures::signedPackOf(data.path()));
    DataImport import(&m_window, dataDir(), {pack_fixtures::testPublicKey()}, false);

    const DataImport::Outcome imported = import.importPack(pack, false);
    EXPECT_TRUE(imported.changed);
    EXPECT_TRUE(imported.details.contains(QStringLiteral("Campaigns added: JP-2026-01"))) << imported.details.join(u'\n').toStdString();
    EXPECT_EQ(CatalogueStore(testing_support::shippedCatalogue(), dataDir()).activeOrigin()->dataVersion, 2);

    const DataImport::Outcome undone = import.undoLastImport();
    EXPECT_TRUE(undone.changed);
    EXPECT_TRUE(undone.text.contains(QStringLiteral("version 1"))) << undone.text.toStdString();
    EXPECT_EQ(CatalogueStore(testing_support::shippedCatalogue(), dataDir()).activeOrigin()->dataVersion, 1);
}

TEST_F(DataImportTest, BadPackListsEachProblemAndChangesNothing)
{
    testing_support::DataFolderCopy data;
    pack_fixtures::makeNewer(data);
    data.set(QStringLiteral("colours.json"), {0, QStringLiteral("swatch")}, QStringLiteral("black"));
    const QString pack = m_dir.filePath(QStringLiteral("bad.rlpack"));
    pack_fixtures::writeAll(pack, pack_fixtures::packOf(data.path()).serialize());
    const QByteArray before = pack_fixtures::folderDigest(dataDir());
    DataImport import(&m_window, dataDir(), {pack_fixtures::testPublicKey()}, false);

    const DataImport::Outcome refused = import.importPack(pack, false);
    EXPECT_FALSE(refused.changed);
    EXPECT_FALSE(refused.olderData);
    EXPECT_TRUE(refused.text.contains(QStringLiteral("2 problems"))) << refused.text.toStdString();
    ASSERT_EQ(refused.details.size(), 2);
    EXPECT_TRUE(refused.details.at(0).contains(QStringLiteral("not signed")));
    EXPECT_TRUE(refused.details.at(1).startsWith(QStringLiteral("colours.json: [0].swatch:")));
    EXPECT_EQ(pack_fixtures::folderDigest(dataDir()), before);
}

TEST_F(DataImportTest, TestingSettingAcceptsUnsignedPacksAndSaysSo)
{
    testing_support::DataFolderCopy data;
    pack_fixtures::makeNewer(data);
    const QString pack = m_dir.filePath(QStringLiteral("unsigned.rlpack"));
    pack_fixtures::writeAll(pack, pack_fixtures::packOf(data.path()).serialize());
    DataImport import(&m_window, dataDir(), {pack_fixtures::testPublicKey()}, true);
    const DataImport::Outcome imported = import.importPack(pack, false);
    EXPECT_TRUE(imported.changed);
    ASSERT_FALSE(imported.details.isEmpty());
    EXPECT_TRUE(imported.details.front().startsWith(QStringLiteral("TESTING SETTING ON")));
}

TEST_F(DataImportTest, ImportRunsBehindAProgressBarAndThenShowsTheOutcome)
{
    testing_support::DataFolderCopy data;
    pack_fixtures::makeNewer(data);
    const QString pack = m_dir.filePath(QStringLiteral("newer.rlpack"));
    pack_fixtures::writeAll(pack, pack_fixtures::signedPackOf(data.path()));
    DataImport import(&m_window, dataDir(), {pack_fixtures::testPublicKey()}, false);
    std::optional<DataImport::Outcome> shown;
    import.setPresenter([&](const DataImport::Outcome &outcome, bool, const QString &) { shown = outcome; });
    QSignalSpy finished(&import, &DataImport::importFinished);

    import.startImport(pack, false);
    auto *progress = m_window.findChild<QProgressDialog *>(QStringLiteral("importProgress"));
    ASSERT_NE(progress, nullptr);
    EXPECT_EQ(progress->maximum(), importStageCount);
    EXPECT_FALSE(progress->labelText().isEmpty());
    import.startImport(pack, false); // a second import while one runs is ignored
    ASSERT_TRUE(finished.wait(10000));
    EXPECT_EQ(finished.size(), 1);
    ASSERT_TRUE(shown.has_value());
    EXPECT_TRUE(shown->changed);
    EXPECT_TRUE(shown->details.contains(QStringLiteral("Campaigns added: JP-2026-01")));
    EXPECT_EQ(CatalogueStore(testing_support::shippedCatalogue(), dataDir()).activeOrigin()->dataVersion, 2);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    EXPECT_EQ(m_window.findChild<QProgressDialog *>(QStringLiteral("importProgress")), nullptr);
}
