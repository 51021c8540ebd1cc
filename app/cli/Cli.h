#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

// recall-lookup-cli: the commands, options and exit codes are a contract documented in README.md.
// Exit codes: 0 answered, 1 internal failure (e.g. unreadable catalogue), 2 invalid input or usage.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    Cli(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) {}
    int run(const QStringList &arguments);

private:
    QTextStream &m_out;
    QTextStream &m_err;
};
