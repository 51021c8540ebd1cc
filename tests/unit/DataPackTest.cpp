// The data-pack container: every structural fault and every kind of tampering is caught, with where it is.
#include "DataPack.h"
#include "PackFixtures.h"
#include "PackKeys.h"

#include <QtEndian>

#include <gtest/gtest.h>

using namespace recall;
using Kind = PackProblem::Kind;

namespace {

DataPack smallPack()
{
    DataPack pack;
    pack.header = {1, 3, QDate(2026, 2, 1)};
    pack.entries = {{QStringLiteral("dataset.json"), QByteArrayLiteral("{}")},
                    {QStringLiteral("campaigns/JP-2026-01.json"), QByteArray(1000, 'c')},
                    {QStringLiteral("photos/a1263-black.png"), QByteArray(300, '\x89')}};
    return pack;
}

std::vector<Kind> kinds(const PackProblems &problems)
{
    std::vector<Kind> out;
    for (const PackProblem &p : problems)
        out.push_back(p.kind);
    return out;
}

std::vector<Kind> problemsOf(const QByteArray &file)
{
    auto parsed = DataPack::parse(file);
    return parsed ? std::vector<Kind>{} : kinds(parsed.error());
}

void putU32(QByteArray &file, int offset, quint32 value)
{
    qToBigEndian(value, file.data() + offset);
}

void putU64(QByteArray &file, int offset, quint64 value)
{
    qToBigEndian(value, file.data() + offset);
}

const PackKeyring trusted{pack_fixtures::testPublicKey()};

} // namespace

TEST(DataPackTest, SignedPackRoundTripsAndVerifies)
{
    const QByteArray file = smallPack().serialize(pack_fixtures::testSecretKey());
    auto parsed = DataPack::parse(file);
    ASSERT_TRUE(parsed.ok());
    EXPECT_EQ(parsed->header.dataVersion, 3);
    EXPECT_EQ(parsed->header.asOf, QDate(2026, 2, 1));
    ASSERT_EQ(parsed->entries.size(), 3u);
    EXPECT_EQ(parsed->entries[0].path, QStringLiteral("campaigns/JP-2026-01.json")); // sorted by name
    EXPECT_EQ(parsed->entries[0].bytes, QByteArray(1000, 'c'));
    EXPECT_TRUE(parsed->isSigned());
    EXPECT_EQ(parsed->signerKey(), pack_fixtures::testPublicKey());
    EXPECT_FALSE(parsed->checkSignature(trusted, false).has_value());
    // The same pack, serialised twice, is the same file: builds are reproducible.
    EXPECT_EQ(smallPack().serialize(pack_fixtures::testSecretKey()), file);
}

TEST(DataPackTest, UnsignedPackIsRefusedUnlessAcceptedForTesting)
{
    auto parsed = DataPack::parse(smallPack().serialize());
    ASSERT_TRUE(parsed.ok());
    EXPECT_FALSE(parsed->isSigned());
    const auto problem = parsed->checkSignature(trusted, false);
    ASSERT_TRUE(problem.has_value());
    EXPECT_EQ(problem->kind, Kind::Unsigned);
    EXPECT_FALSE(parsed->checkSignature(trusted, true).has_value());
}

TEST(DataPackTest, KeyNotInTheKeyringIsUntrustedEvenWithTheTestingSetting)
{
    const PackKeys::KeyPair stranger = PackKeys::generate();
    auto parsed = DataPack::parse(smallPack().serialize(stranger.secretKey));
    ASSERT_TRUE(parsed.ok());
    for (bool acceptUnsigned : {false, true}) {
        const auto problem = parsed->checkSignature(trusted, acceptUnsigned);
        ASSERT_TRUE(problem.has_value());
        EXPECT_EQ(problem->kind, Kind::UntrustedKey);
        EXPECT_EQ(problem->detail, PackKeys::fingerprint(stranger.publicKey));
    }
}

// Every byte the signature covers matters: one changed bit anywhere is caught, by the signature or earlier.
TEST(DataPackTest, AnyChangedByteIsCaught)
{
    const QByteArray file = smallPack().serialize(pack_fixtures::testSecretKey());
    for (qsizetype at = 0; at < file.size(); ++at) {
        QByteArray changed = file;
        changed[at] = char(changed[at] ^ 0x01);
        auto parsed = DataPack::parse(changed);
        if (!parsed)
            continue; // a structural fault: reported before the signature is even looked at
        const auto problem = parsed->checkSignature(trusted, true);
        ASSERT_TRUE(problem.has_value()) << "byte " << at << " changed and not caught";
        const bool inKey = at >= file.size() - 96 && at < file.size() - 64;
        EXPECT_EQ(problem->kind, inKey ? Kind::UntrustedKey : Kind::BadSignature) << "byte " << at;
    }
}

TEST(DataPackTest, ReSigningAnEditedPackWithAnotherKeyIsUntrusted)
{
    DataPack pack = smallPack();
    pack.entries[0].bytes = QByteArrayLiteral("{\"changed\": true}");
    auto parsed = DataPack::parse(pack.serialize(PackKeys::generate().secretKey));
    ASSERT_TRUE(parsed.ok());
    EXPECT_EQ(parsed->checkSignature(trusted, false)->kind, Kind::UntrustedKey);
}

TEST(DataPackTest, TruncatedAtAnyLengthIsRefused)
{
    const QByteArray file = smallPack().serialize(pack_fixtures::testSecretKey());
    for (qsizetype size = 0; size < file.size(); ++size) {
        const auto found = problemsOf(file.first(size));
        const Kind expected = size < 8 ? Kind::NotAPack : Kind::Truncated;
        ASSERT_EQ(found, std::vector<Kind>{expected}) << "cut at " << size;
    }
}

TEST(DataPackTest, BytesAfterTheEndAreRefused)
{
    const QByteArray file = smallPack().serialize(pack_fixtures::testSecretKey());
    auto parsed = DataPack::parse(file + "x");
    ASSERT_FALSE(parsed.ok());
    ASSERT_EQ(kinds(parsed.error()), std::vector<Kind>{Kind::TrailingBytes});
    EXPECT_EQ(parsed.error().front().detail, QStringLiteral("1"));
}

TEST(DataPackTest, ForeignFilesAreNotPacks)
{
    EXPECT_EQ(problemsOf(QByteArray()), std::vector<Kind>{Kind::NotAPack});
    EXPECT_EQ(problemsOf(QByteArray(4096, 'z')), std::vector<Kind>{Kind::NotAPack});
    EXPECT_EQ(problemsOf(QByteArrayLiteral("SQLite format 3")), std::vector<Kind>{Kind::NotAPack});
}

TEST(DataPackTest, OtherContainerVersionIsRefused)
{
    QByteArray file = smallPack().serialize();
    file[9] = 2;
    auto parsed = DataPack::parse(file);
    ASSERT_FALSE(parsed.ok());
    ASSERT_EQ(kinds(parsed.error()), std::vector<Kind>{Kind::UnsupportedVersion});
    EXPECT_EQ(parsed.error().front().detail, QStringLiteral("2"));
}

TEST(DataPackTest, HugeCountsAndSizesInTheHeaderAreRefusedWithoutReadingPastTheEnd)
{
    const QByteArray file = smallPack().serialize();
    QByteArray manyEntries = file;
    putU32(manyEntries, 32, 0xFFFFFFFFu);
    EXPECT_EQ(problemsOf(manyEntries), std::vector<Kind>{Kind::TooManyEntries});
    QByteArray hugeTable = file;
    putU64(hugeTable, 40, 0xFFFFFFFFFFFFFFFFull);
    EXPECT_EQ(problemsOf(hugeTable), std::vector<Kind>{Kind::Truncated});
    QByteArray moreEntries = file;
    putU32(moreEntries, 32, 4); // one more entry than the table holds
    auto parsed = DataPack::parse(moreEntries);
    ASSERT_FALSE(parsed.ok());
    EXPECT_EQ(kinds(parsed.error()), std::vector<Kind>{Kind::BadEntry});
    EXPECT_EQ(parsed.error().front().where, QStringLiteral("entry 4"));
    // The first entry's data length made larger than the table: refused, never read beyond it.
    QByteArray longEntry = file;
    const int nameLength = qFromBigEndian<quint16>(file.constData() + 48);
    putU32(longEntry, 48 + 2 + nameLength, 0x7FFFFFFFu);
    parsed = DataPack::parse(longEntry);
    ASSERT_FALSE(parsed.ok());
    EXPECT_EQ(kinds(parsed.error()), std::vector<Kind>{Kind::BadEntry});
    EXPECT_EQ(parsed.error().front().where, QStringLiteral("entry 1"));
}

TEST(DataPackTest, HeaderFieldsOutOfRangeAreNamed)
{
    QByteArray file = smallPack().serialize();
    putU32(file, 16, 0);                 // data version 0
    file.replace(20, 10, "2026-02-30"); // no such day
    auto parsed = DataPack::parse(file);
    ASSERT_FALSE(parsed.ok());
    ASSERT_EQ(kinds(parsed.error()), (std::vector<Kind>{Kind::BadHeader, Kind::BadHeader}));
    EXPECT_EQ(parsed.error()[0].where, QStringLiteral("header.data_version"));
    EXPECT_EQ(parsed.error()[1].where, QStringLiteral("header.as_of"));
}

TEST(DataPackTest, EntriesOutsideTheDataLayoutAreRefusedByName)
{
    DataPack pack = smallPack();
    pack.entries.push_back({QStringLiteral("../../.bashrc"), QByteArrayLiteral("evil")});
    pack.entries.push_back({QStringLiteral("/etc/passwd"), QByteArrayLiteral("evil")});
    pack.entries.push_back({QStringLiteral("products/../../x.json"), QByteArrayLiteral("{}")});
    pack.entries.push_back({QStringLiteral("products/a.exe"), QByteArrayLiteral("MZ")});
    pack.entries.push_back({QStringLiteral("CAMPAIGNS/JP-2026-01.JSON"), QByteArrayLiteral("{}")});
    pack.entries.push_back({QStringLiteral("campaigns/jp-2026-01.json"), QByteArrayLiteral("{}")}); // same name on Windows
    auto parsed = DataPack::parse(pack.serialize(pack_fixtures::testSecretKey()));
    ASSERT_FALSE(parsed.ok());
    QStringList unexpected, duplicate;
    for (const PackProblem &p : parsed.error()) {
        if (p.kind == Kind::UnexpectedEntry)
            unexpected << p.where;
        else if (p.kind == Kind::DuplicateEntry)
            duplicate << p.where;
        else
            ADD_FAILURE() << packProblemKey(p.kind).toStdString();
    }
    unexpected.sort();
    EXPECT_EQ(unexpected, (QStringList{QStringLiteral("../../.bashrc"), QStringLiteral("/etc/passwd"),
                                       QStringLiteral("CAMPAIGNS/JP-2026-01.JSON"), QStringLiteral("products/../../x.json"),
                                       QStringLiteral("products/a.exe")}));
    EXPECT_EQ(duplicate.size(), 1);
}

TEST(DataPackTest, NamesThatAreNotUtf8AreRefused)
{
    DataPack pack = smallPack();
    QByteArray file = pack.serialize();
    const int nameLength = qFromBigEndian<quint16>(file.constData() + 48);
    file[48 + 2] = char(0xFF);
    auto parsed = DataPack::parse(file);
    ASSERT_FALSE(parsed.ok());
    ASSERT_FALSE(parsed.error().empty());
    EXPECT_EQ(parsed.error().front().kind, Kind::BadEntry);
    EXPECT_GT(nameLength, 0);
}

TEST(DataPackTest, DataLayoutPaths)
{
    for (const char *ok : {"dataset.json", "sources.json", "colours.json", "categories.json", "products/A1263.json",
                           "campaigns/JP-2025-10.json", "affected-serials/JP-2025-10/A1263.json", "photos/a1263-black.png",
                           "photos/x.jpeg"})
        EXPECT_TRUE(DataPack::isDataPath(QString::fromLatin1(ok))) << ok;
    for (const char *bad : {"", "README.md", "products/", "products/.json", "products/../a.json", "products/a/b.json",
                            "photos/a.gif", "affected-serials/A1263.json", "./dataset.json", "dataset.json/",
                            "products\\A1263.json", "campaigns/.hidden.json"})
        EXPECT_FALSE(DataPack::isDataPath(QString::fromLatin1(bad))) << bad;
}

TEST(DataPackTest, KeyFiles)
{
    const PackKeys::KeyPair pair = PackKeys::generate();
    EXPECT_EQ(PackKeys::parsePublicKey(PackKeys::publicKeyFile(pair.publicKey)), pair.publicKey);
    EXPECT_EQ(PackKeys::parseSecretKey(PackKeys::secretKeyFile(pair.secretKey)), pair.secretKey);
    EXPECT_EQ(PackKeys::publicKeyOf(pair.secretKey), pair.publicKey);
    EXPECT_FALSE(PackKeys::parsePublicKey(PackKeys::secretKeyFile(pair.secretKey)).has_value());
    EXPECT_FALSE(PackKeys::parsePublicKey(QByteArrayLiteral("# nothing\n")).has_value());
    EXPECT_FALSE(PackKeys::parsePublicKey(QByteArray(64, 'g')).has_value());
    EXPECT_TRUE(PackKeys::parsePublicKeys(QByteArrayLiteral("zz\n")).empty());
    const QByteArray two = PackKeys::publicKeyFile(pair.publicKey) + PackKeys::publicKeyFile(pack_fixtures::testPublicKey());
    EXPECT_EQ(PackKeys::parsePublicKeys(two).size(), 2u);
    EXPECT_EQ(PackKeys::fingerprint(pack_fixtures::testPublicKey()), QStringLiteral("83e1012c2dc532a4"));
}
