#include "Logging.h"

#include <QDir>
#include <QtGlobal>

#include <spdlog/sinks/dist_sink.h>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

#include <mutex>

namespace recall::Logging {

namespace {
constexpr std::size_t maxLogBytes = 1024 * 1024;
constexpr std::size_t maxLogFiles = 3;

std::shared_ptr<spdlog::sinks::dist_sink_mt> sharedSink()
{
    static auto sink = std::make_shared<spdlog::sinks::dist_sink_mt>();
    return sink;
}

void forwardQtMessage(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    static const auto qt = logger("qt");
    const std::string text = message.toStdString();
    switch (type) {
    case QtDebugMsg: qt->debug(text); break;
    case QtInfoMsg: qt->info(text); break;
    case QtWarningMsg: qt->warn(text); break;
    case QtCriticalMsg:
    case QtFatalMsg: qt->error(text); break;
    }
}
} // namespace

std::shared_ptr<spdlog::logger> logger(const char *module)
{
    static std::mutex mutex;
    std::lock_guard lock(mutex);
    if (auto existing = spdlog::get(module))
        return existing;
    auto created = std::make_shared<spdlog::logger>(module, sharedSink());
    created->set_level(spdlog::level::info);
    spdlog::register_logger(created);
    return created;
}

bool init(const QString &directory, bool alsoToStderr)
{
    if (!QDir().mkpath(directory))
        return false;
    try {
        const std::string file = QDir(directory).filePath(QStringLiteral("recall-lookup.log")).toStdString();
        sharedSink()->add_sink(
            std::make_shared<spdlog::sinks::rotating_file_sink_mt>(file, maxLogBytes, maxLogFiles));
    } catch (const spdlog::spdlog_ex &) {
        return false;
    }
    if (alsoToStderr)
        sharedSink()->add_sink(std::make_shared<spdlog::sinks::stderr_sink_mt>());
    qInstallMessageHandler(forwardQtMessage);
    return true;
}

} // namespace recall::Logging
