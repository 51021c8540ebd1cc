#include "CliContext.h"

#include "CatalogueAccess.h"

#include <QJsonDocument>

#include <utility>

CliOptions::CliOptions()
    : json(QStringLiteral("json"), tr("Print JSON instead of text.")),
      lang(QStringLiteral("lang"), tr("Language of the output: ja or en."), QStringLiteral("ja|en")),
      limit(QStringLiteral("limit"), tr("Most results to show (search)."), QStringLiteral("N"), QStringLiteral("20")),
      model(QStringLiteral("model"), tr("Model number (check)."), QStringLiteral("M")),
      variant(QStringLiteral("variant"), tr("Variant code (check)."), QStringLiteral("V")),
      jan(QStringLiteral("jan"), tr("JAN code (check)."), QStringLiteral("J")),
      colour({QStringLiteral("colour"), QStringLiteral("color")}, tr("Colour, in Japanese or English (check)."),
             QStringLiteral("C")),
      purchased(QStringLiteral("purchased"), tr("Purchase date (check)."), QStringLiteral("YYYY-MM-DD")),
      serial(QStringLiteral("serial"), tr("Serial number (check)."), QStringLiteral("S")),
      catalogue(QStringLiteral("catalogue"), tr("Use this catalogue file instead of the built-in data."),
                QStringLiteral("FILE")),
      out(QStringLiteral("out"), tr("Write the result to this file."), QStringLiteral("FILE")),
      from(QStringLiteral("from"), tr("First day to include (cases)."), QStringLiteral("YYYY-MM-DD")),
      to(QStringLiteral("to"), tr("Last day to include (cases)."), QStringLiteral("YYYY-MM-DD")),
      note(QStringLiteral("note"), tr("Free note for the case."), QStringLiteral("TEXT")),
      force(QStringLiteral("force"), tr("Import even if the data pack is older than the data in use (import).")),
      allowUnsigned(QStringLiteral("allow-unsigned"),
                    tr("FOR TESTING ONLY: accept a data pack that is not signed (import)."))
{
}

void CliOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({json, lang, limit, model, variant, jan, colour, purchased, serial, catalogue, out, from, to, note,
                       force, allowUnsigned});
}

CliContext::CliContext(const QCommandLineParser &commandLine, const CliOptions &cliOptions, QTextStream &output,
                       QTextStream &errors, const Texts &languageTexts)
    : parser(commandLine), options(cliOptions), positional(commandLine.positionalArguments()), out(output),
      err(errors), texts(languageTexts)
{
}

// The catalogue outlives the context on purpose: the process ends right after its one command, and after a
// large batch the catalogue's caches hold tens of thousands of parsed records. Freeing them one at a time
// took ~50 ms, a twentieth of a 100k-row batch; the system takes the memory back at once. Kept reachable
// from here, so leak checkers do not count it. A temporary copy is closed first (m_catalogue goes before
// m_scratch), so that its folder can be removed.
CliContext::~CliContext()
{
    static recall::Catalogue *keptUntilExit = nullptr;
    if (!m_scratch)
        delete std::exchange(keptUntilExit, m_catalogue.release()); // frees an earlier one, if ever there is
}

std::optional<recall::CheckRequest> CliContext::checkRequest() const
{
    using Key = recall::CheckRequest::Key;
    const int keys = int(isSet(options.model)) + int(isSet(options.variant)) + int(isSet(options.jan));
    if (keys != 1)
        return std::nullopt;
    recall::CheckRequest request;
    request.key = isSet(options.model) ? Key::Model : isSet(options.variant) ? Key::VariantCode : Key::Jan;
    request.product = value(isSet(options.model) ? options.model : isSet(options.variant) ? options.variant : options.jan);
    request.colour = value(options.colour);
    request.purchased = value(options.purchased);
    request.serial = value(options.serial);
    return request;
}

recall::Catalogue *CliContext::catalogue()
{
    if (m_catalogue)
        return m_catalogue.get();
    auto opened = openCatalogue(value(options.catalogue));
    if (!opened) {
        err << texts.catalogueError(opened.error()) << '\n';
        return nullptr;
    }
    if (const QString event = texts.catalogueEvent(*opened); !event.isEmpty())
        err << event << '\n';
    m_scratch = opened->scratch;
    m_catalogue = std::move(opened->catalogue);
    return m_catalogue.get();
}

int CliContext::usage(const QString &message) const
{
    err << message << '\n' << tr("Run recall-lookup-cli --help for usage.") << '\n';
    return InvalidInput;
}

int CliContext::failed(const recall::CatalogueError &error) const
{
    err << texts.catalogueError(error) << '\n';
    return Failure;
}

void CliContext::printJson(const QJsonObject &object) const
{
    out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
}
