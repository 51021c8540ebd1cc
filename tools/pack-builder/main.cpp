// recall-pack-builder: builds a data pack from a data folder laid out like resources/data/ and signs it.
// A developer tool for the data team; its messages are English and name the file and field of each problem.
//
//   recall-pack-builder keygen --secret-key FILE --public-key FILE
//   recall-pack-builder build --data FOLDER (--secret-key FILE | --unsigned) --out PACK
//   recall-pack-builder inspect PACK [--public-key FILE]
#include "DataPack.h"
#include "DataSetReader.h"
#include "PackKeys.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTextStream>

using namespace recall;

namespace {

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

std::optional<QByteArray> readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        err() << "error: cannot read " << path << ": " << f.errorString() << '\n';
        return std::nullopt;
    }
    return f.readAll();
}

bool writeFile(const QString &path, const QByteArray &bytes, QFileDevice::Permissions permissions = {})
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit()) {
        err() << "error: cannot write " << path << ": " << f.errorString() << '\n';
        return false;
    }
    if (permissions && !QFile::setPermissions(path, permissions)) {
        err() << "error: cannot restrict the permissions of " << path << '\n';
        return false;
    }
    return true;
}

QString describe(const DataIssue &issue)
{
    QString where = issue.file;
    if (issue.line > 0)
        where += u':' + QString::number(issue.line);
    if (!issue.field.isEmpty())
        where += QStringLiteral(": ") + issue.field;
    return where + QStringLiteral(": ") + dataIssueKindKey(issue.kind)
           + (issue.detail.isEmpty() ? QString() : QStringLiteral(" (") + issue.detail + u')');
}

int keygen(const QCommandLineParser &parser, const QCommandLineOption &secret, const QCommandLineOption &pub)
{
    if (!parser.isSet(secret) || !parser.isSet(pub)) {
        err() << "usage: recall-pack-builder keygen --secret-key FILE --public-key FILE\n";
        return 2;
    }
    for (const QString &path : {parser.value(secret), parser.value(pub)}) {
        if (QFileInfo::exists(path)) {
            err() << "error: " << path << " exists; keys are never overwritten\n";
            return 1;
        }
    }
    const PackKeys::KeyPair pair = PackKeys::generate();
    if (!writeFile(parser.value(secret), PackKeys::secretKeyFile(pair.secretKey), QFile::ReadOwner | QFile::WriteOwner)
        || !writeFile(parser.value(pub), PackKeys::publicKeyFile(pair.publicKey)))
        return 1;
    out() << "public key fingerprint " << PackKeys::fingerprint(pair.publicKey) << '\n'
          << "secret key: " << parser.value(secret) << " (keep it offline; never commit it)\n";
    return 0;
}

int build(const QCommandLineParser &parser, const QCommandLineOption &data, const QCommandLineOption &secret,
          const QCommandLineOption &unsignedPack, const QCommandLineOption &output)
{
    if (!parser.isSet(data) || !parser.isSet(output) || parser.isSet(secret) == parser.isSet(unsignedPack)) {
        err() << "usage: recall-pack-builder build --data FOLDER (--secret-key FILE | --unsigned) --out PACK\n";
        return 2;
    }
    QByteArray secretKey;
    if (parser.isSet(secret)) {
        const auto text = readFile(parser.value(secret));
        if (!text)
            return 1;
        const auto key = PackKeys::parseSecretKey(*text);
        if (!key) {
            err() << "error: " << parser.value(secret) << " is not a secret key file\n";
            return 1;
        }
        secretKey = *key;
    }
    // The same reader and rules the app applies on import: a pack that would be refused is never built.
    const DataSetReadResult read = DataSetReader().read({parser.value(data)});
    if (!read.ok()) {
        for (const DataIssue &issue : read.issues)
            err() << "error: " << describe(issue) << '\n';
        err() << read.issues.size() << " problem(s) in the data; no pack written.\n";
        return 1;
    }
    DataPack::Collected collected = DataPack::collect(parser.value(data));
    if (!collected.error.isEmpty()) {
        err() << "error: " << collected.error << '\n';
        return 1;
    }
    for (const QString &skipped : std::as_const(collected.skipped))
        err() << "note: not part of the data layout, left out: " << skipped << '\n';
    DataPack pack;
    pack.header = {read.data.info.formatVersion, read.data.info.dataVersion, read.data.info.asOf};
    pack.entries = std::move(collected.entries);
    const QByteArray bytes = pack.serialize(secretKey);
    // Read back with the app's own parser, so the limits are checked where they are enforced.
    auto parsed = DataPack::parse(bytes);
    if (!parsed) {
        for (const PackProblem &p : parsed.error())
            err() << "error: " << packProblemKey(p.kind) << ' ' << p.where << ' ' << p.detail << '\n';
        return 1;
    }
    if (!writeFile(parser.value(output), bytes))
        return 1;
    out() << parser.value(output) << ": " << pack.entries.size() << " files, " << bytes.size() << " bytes, data version "
          << pack.header.dataVersion << " as of " << pack.header.asOf.toString(Qt::ISODate) << ", "
          << (secretKey.isEmpty() ? QStringLiteral("UNSIGNED (for testing only)")
                                  : QStringLiteral("signed by ") + PackKeys::fingerprint(PackKeys::publicKeyOf(secretKey)))
          << '\n';
    return 0;
}

int inspect(const QCommandLineParser &parser, const QCommandLineOption &pub)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2) {
        err() << "usage: recall-pack-builder inspect PACK [--public-key FILE]\n";
        return 2;
    }
    const auto bytes = readFile(args.at(1));
    if (!bytes)
        return 1;
    auto pack = DataPack::parse(*bytes);
    if (!pack) {
        for (const PackProblem &p : pack.error())
            err() << "error: " << packProblemKey(p.kind) << ' ' << p.where << ' ' << p.detail << '\n';
        return 1;
    }
    out() << "format version " << pack->header.formatVersion << ", data version " << pack->header.dataVersion
          << ", as of " << pack->header.asOf.toString(Qt::ISODate) << '\n';
    for (const DataPackEntry &e : pack->entries)
        out() << "  " << e.path << "  " << e.bytes.size() << '\n';
    if (!pack->isSigned()) {
        out() << "unsigned\n";
        return 0;
    }
    out() << "signed by " << PackKeys::fingerprint(pack->signerKey()) << '\n';
    if (parser.isSet(pub)) {
        const auto text = readFile(parser.value(pub));
        const PackKeyring keys = text ? PackKeys::parsePublicKeys(*text) : PackKeyring{};
        if (keys.empty()) {
            err() << "error: " << parser.value(pub) << " is not a public key file\n";
            return 1;
        }
        const auto problem = pack->checkSignature(keys, false);
        out() << (problem ? packProblemKey(problem->kind) : QStringLiteral("signature valid")) << '\n';
        return problem ? 1 : 0;
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("recall-pack-builder"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Builds and signs Recall Lookup data packs.\n"
        "  keygen --secret-key FILE --public-key FILE       write a new Ed25519 key pair\n"
        "  build --data FOLDER (--secret-key FILE | --unsigned) --out PACK\n"
        "  inspect PACK [--public-key FILE]                 show a pack and check its signature"));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("keygen, build or inspect"));
    const QCommandLineOption data(QStringLiteral("data"), QStringLiteral("Data folder (layout of resources/data/)."),
                                  QStringLiteral("folder"));
    const QCommandLineOption secret(QStringLiteral("secret-key"), QStringLiteral("Secret key file."), QStringLiteral("file"));
    const QCommandLineOption pub(QStringLiteral("public-key"), QStringLiteral("Public key file."), QStringLiteral("file"));
    const QCommandLineOption unsignedPack(QStringLiteral("unsigned"),
                                          QStringLiteral("Build an unsigned pack (accepted only by test settings)."));
    const QCommandLineOption output(QStringLiteral("out"), QStringLiteral("Pack file to write."), QStringLiteral("file"));
    parser.addOptions({data, secret, pub, unsignedPack, output});
    parser.process(app);

    const QString command = parser.positionalArguments().value(0);
    int code = 2;
    if (command == u"keygen")
        code = keygen(parser, secret, pub);
    else if (command == u"build")
        code = build(parser, data, secret, unsignedPack, output);
    else if (command == u"inspect")
        code = inspect(parser, pub);
    else
        err() << "usage: recall-pack-builder keygen|build|inspect (--help for details)\n";
    out().flush();
    err().flush();
    return code;
}
