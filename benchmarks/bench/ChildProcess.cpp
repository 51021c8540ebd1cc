#include "ChildProcess.h"

#include <QFile>

#include <cerrno>
#include <vector>

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

namespace recall::bench {

namespace {

// Owns the byte strings argv/envp point into for the duration of the spawn.
class CStrings
{
public:
    explicit CStrings(const QStringList &strings)
    {
        for (const QString &s : strings)
            m_bytes.push_back(s.toLocal8Bit());
        for (QByteArray &b : m_bytes)
            m_pointers.push_back(b.data());
        m_pointers.push_back(nullptr);
    }
    char *const *data() { return m_pointers.data(); }

private:
    std::vector<QByteArray> m_bytes;
    std::vector<char *> m_pointers;
};

} // namespace

ChildRunner::ChildRunner(QString launcher, QString resultFile)
    : m_launcher(std::move(launcher)), m_resultFile(std::move(resultFile))
{
}

ChildRun ChildRunner::run(const QString &program, const QStringList &arguments, const QProcessEnvironment &environment,
                          const QString &outputFile) const
{
    ChildRun run;
    QFile::remove(m_resultFile);
    CStrings argv(QStringList{m_launcher, m_resultFile, program} + arguments);
    CStrings envp(environment.toStringList());
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    const QByteArray out = outputFile.isEmpty() ? QByteArrayLiteral("/dev/null") : outputFile.toLocal8Bit();
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, out.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    posix_spawn_file_actions_adddup2(&actions, STDOUT_FILENO, STDERR_FILENO);
    posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
    const QByteArray path = m_launcher.toLocal8Bit();
    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, path.constData(), &actions, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0) {
        run.error = QStringLiteral("cannot start %1 (error %2)").arg(m_launcher).arg(spawned);
        return run;
    }
    int status = 0;
    while (waitpid(pid, &status, 0) < 0) {
        if (errno != EINTR)
            break;
    }
    QFile result(m_resultFile);
    const QList<QByteArray> fields = result.open(QIODevice::ReadOnly) ? result.readAll().simplified().split(' ')
                                                                       : QList<QByteArray>();
    if (fields.size() != 3) {
        run.error = QStringLiteral("cannot run ") + program;
        return run;
    }
    run.exitCode = fields[0].toInt();
    run.wallMs = fields[1].toDouble();
    run.maxRssMiB = fields[2].toDouble() / 1024.0; // kilobytes on Linux
    return run;
}

} // namespace recall::bench
