#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace recall::bench {

// One run of another program, measured from outside: wall time from start to exit, and the peak resident
// memory the kernel recorded for exactly that process (its ru_maxrss, the VmHWM it reached).
struct ChildRun
{
    int exitCode = -1; // -1 when it could not be started or did not exit normally
    double wallMs = 0;
    double maxRssMiB = 0;
    QString error; // why it could not be started
};

// Runs programs through recall-run-measured (see benchmarks/measure), so the peak memory is the child's own.
// Output goes to `outputFile` (or nowhere when empty). Linux and other POSIX systems only.
class ChildRunner
{
public:
    ChildRunner(QString launcher, QString resultFile);

    ChildRun run(const QString &program, const QStringList &arguments, const QProcessEnvironment &environment,
                 const QString &outputFile = {}) const;

private:
    QString m_launcher;
    QString m_resultFile;
};

} // namespace recall::bench
