#pragma once

#include <QString>

#include <memory>

namespace spdlog {
class logger;
}

namespace recall::Logging {

// A named logger per module ("catalogue", "search", "eligibility", "data", "store", "qt", ...). Until
// init() is called, loggers write nowhere, so tests and tools stay quiet.
std::shared_ptr<spdlog::logger> logger(const char *module);

// Sends every logger to a rotating file in `directory` (created if needed) and forwards Qt's own
// messages into the "qt" logger. Returns false (and logs nothing) when the folder cannot be written.
bool init(const QString &directory, bool alsoToStderr = false);

} // namespace recall::Logging
