#pragma once

#include "CatalogueStore.h"
#include "Eligibility.h"
#include "Texts.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonObject>
#include <QTextStream>

#include <memory>
#include <optional>

// Exit codes of recall-lookup-cli (a contract: see README.md).
enum CliExit { Answered = 0, Failure = 1, InvalidInput = 2 };

// Every option of recall-lookup-cli, declared once with translated descriptions.
struct CliOptions
{
    Q_DECLARE_TR_FUNCTIONS(CliOptions)

public:
    CliOptions();
    void addTo(QCommandLineParser &parser) const;

    QCommandLineOption json, lang, limit, model, variant, jan, colour, purchased, serial, catalogue, out, from, to, note;
    QCommandLineOption force, allowUnsigned; // import
};

// What a command gets: the parsed command line, the output streams, the texts in the chosen language
// and the catalogue, opened on first use.
class CliContext
{
    Q_DECLARE_TR_FUNCTIONS(CliContext)

public:
    CliContext(const QCommandLineParser &parser, const CliOptions &options, QTextStream &out, QTextStream &err,
               const Texts &texts);
    ~CliContext();
    CliContext(const CliContext &) = delete;
    CliContext &operator=(const CliContext &) = delete;

    const QCommandLineParser &parser;
    const CliOptions &options;
    const QStringList positional;
    QTextStream &out;
    QTextStream &err;
    const Texts &texts;

    bool json() const { return parser.isSet(options.json); }
    QString value(const QCommandLineOption &option) const { return parser.value(option); }
    bool isSet(const QCommandLineOption &option) const { return parser.isSet(option); }

    // The unit named by --model/--variant/--jan (exactly one) with --colour, --purchased and --serial;
    // nullopt when not exactly one of the three keys is given.
    std::optional<recall::CheckRequest> checkRequest() const;

    // The catalogue, or nullptr after printing why it cannot be opened.
    recall::Catalogue *catalogue();
    int usage(const QString &message) const;
    int failed(const recall::CatalogueError &error) const;
    void printJson(const QJsonObject &object) const;

private:
    std::shared_ptr<QTemporaryDir> m_scratch; // holds a temporary copy of the catalogue, when one is used
    std::unique_ptr<recall::Catalogue> m_catalogue;
};

int runSearch(CliContext &cx);
int runShow(CliContext &cx);
int runCheck(CliContext &cx);
int runHandout(CliContext &cx);
int runCases(CliContext &cx);
int runBatch(CliContext &cx);
int runImport(CliContext &cx);
int runRollback(CliContext &cx);
