#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

// recall-lookup-cli: search, show and check from the command line (the contract is in README.md).
// Exit codes: 0 answered, 1 internal failure (e.g. unreadable catalogue), 2 invalid input or usage.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    enum Exit { Answered = 0, Failure = 1, InvalidInput = 2 };

    Cli(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) {}
    int run(const QStringList &arguments);

private:
    QTextStream &m_out;
    QTextStream &m_err;
};
