#include "Cli.h"

#include "CliContext.h"
#include "Texts.h"
#include "Translations.h"

#include <QCommandLineParser>

#include <functional>
#include <map>

using namespace recall;

namespace {
struct Command
{
    const char *name;
    const char *synopsis;
    std::function<int(CliContext &)> run;
};
} // namespace

int Cli::run(const QStringList &arguments)
{
    Translations translations;
    const QString langArg = Translations::languageArgument(arguments);
    const auto chosen = Translations::fromCode(langArg);
    translations.use(chosen.value_or(Translations::systemLanguage()));
    if (!langArg.isEmpty() && !chosen) {
        m_err << tr("Unknown language \"%1\": use ja or en.").arg(langArg) << '\n';
        return InvalidInput;
    }
    const Texts texts(translations.language());

    const Command commands[] = {
        {"search", "search QUERY", runSearch},
        {"show", "show KEY", runShow},
        {"check", "check", runCheck},
        {"cases", "cases list|export|add", runCases},
        {"handout", "handout --out FILE.pdf", runHandout},
        {"batch", "batch IN.csv [--out OUT.csv]", runBatch},
        {"import", "import PACK [--force]", runImport},
        {"rollback", "rollback", runRollback},
    };
    const QString descriptions[] = {
        tr("find products by name, model, code or JAN"),
        tr("everything known about a model, variant code or JAN"),
        tr("check one unit (--model, --variant or --jan)"),
        tr("list, add or export the case log"),
        tr("print a one-page customer handout as PDF (same options as check)"),
        tr("check every row of a CSV file"),
        tr("import a signed data pack with newer recall data"),
        tr("go back to the recall data in use before the last import"),
    };
    QString help = tr("Tells whether a product is covered by a safety recall and what to do next.") + u'\n'
                   + tr("Commands:");
    for (std::size_t i = 0; i < std::size(commands); ++i)
        help += QStringLiteral("\n  %1 ").arg(QString::fromLatin1(commands[i].synopsis), -22) + descriptions[i];

    QCommandLineParser parser;
    parser.setApplicationDescription(help);
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const CliOptions options;
    options.addTo(parser);
    parser.addPositionalArgument(QStringLiteral("command"), tr("search, show or check"));

    if (!parser.parse(arguments)) {
        m_err << parser.errorText() << '\n';
        return InvalidInput;
    }
    if (parser.isSet(helpOption)) {
        m_out << parser.helpText();
        return Answered;
    }
    if (parser.isSet(versionOption)) {
        m_out << "recall-lookup-cli " << QCoreApplication::applicationVersion() << '\n';
        return Answered;
    }
    CliContext context(parser, options, m_out, m_err, texts);
    const QString name = context.positional.value(0);
    for (const Command &command : commands) {
        if (name == QLatin1String(command.name))
            return command.run(context);
    }
    return context.usage(name.isEmpty() ? tr("No command given.") : tr("Unknown command \"%1\".").arg(name));
}
