// core/ must stay free of GUI code: the CLI, tests and any future service use it without a display.
#include "TestSupport.h"

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>

#include <gtest/gtest.h>

namespace {
QString readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}
} // namespace

TEST(Architecture, CoreIncludesNoWidgetsOrGuiHeaders)
{
    static const QRegularExpression guiInclude(
        QStringLiteral(R"(#\s*include\s*[<"](QtWidgets|QtGui|QWidget|QMainWindow|QApplication|QGuiApplication|)"
                       R"(QColor|QPixmap|QImage|QPainter|QIcon|QFont)\b)"));
    QDirIterator it(testing_support::sourceDir() + QStringLiteral("/core"), {QStringLiteral("*.h"), QStringLiteral("*.cpp")},
                    QDir::Files, QDirIterator::Subdirectories);
    int files = 0;
    while (it.hasNext()) {
        const QString path = it.next();
        ++files;
        const auto match = guiInclude.match(readAll(path));
        EXPECT_FALSE(match.hasMatch()) << path.toStdString() << " includes " << match.captured(0).toStdString();
    }
    EXPECT_GT(files, 10);
}

TEST(Architecture, CoreLinksOnlyCoreSqlAndSpdlog)
{
    const QString cmake = readAll(testing_support::sourceDir() + QStringLiteral("/core/CMakeLists.txt"));
    ASSERT_FALSE(cmake.isEmpty());
    static const QRegularExpression qtModule(QStringLiteral(R"(Qt6?::(\w+))"));
    auto it = qtModule.globalMatch(cmake);
    while (it.hasNext()) {
        const QString module = it.next().captured(1);
        EXPECT_TRUE(module == u"Core" || module == u"Sql") << "core links Qt module " << module.toStdString();
    }
}

TEST(Architecture, FrontEndsWriteNoSql)
{
    QDirIterator it(testing_support::sourceDir() + QStringLiteral("/app"), {QStringLiteral("*.h"), QStringLiteral("*.cpp")},
                    QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString text = readAll(path);
        EXPECT_FALSE(text.contains(QStringLiteral("QSqlQuery"))) << path.toStdString();
        EXPECT_FALSE(text.contains(QStringLiteral("sqlite3"))) << path.toStdString(); // SQLite's C API
        EXPECT_FALSE(text.contains(QStringLiteral("SqliteReader"))) << path.toStdString();
    }
}
