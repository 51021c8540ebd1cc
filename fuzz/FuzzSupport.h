// Shared by the libFuzzer targets: inputs as text, a Qt application object, and invariant checks that
// crash (so libFuzzer keeps the input) instead of being compiled out.
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QtGlobal>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#define FUZZ_CHECK(condition)                                                                                \
    do {                                                                                                     \
        if (!(condition)) {                                                                                  \
            std::fprintf(stderr, "%s:%d: invariant failed: %s\n", __FILE__, __LINE__, #condition);           \
            std::abort();                                                                                    \
        }                                                                                                    \
    } while (false)

namespace recall::fuzz {

// The bytes as UTF-8 (invalid sequences become U+FFFD), as a user types or pastes text.
inline QString asUtf8(const uint8_t *data, size_t size)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
}

// The bytes as raw UTF-16 code units: reaches what UTF-8 cannot carry (unpaired surrogates, U+FFFE, NUL).
inline QString asUtf16(const uint8_t *data, size_t size)
{
    QString text(qsizetype(size / 2), Qt::Uninitialized);
    if (!text.isEmpty())
        std::memcpy(text.data(), data, size_t(text.size()) * 2);
    return text;
}

// Qt's messages would flood the fuzzer's output; fatal ones still abort.
inline void quietMessages(QtMsgType, const QMessageLogContext &, const QString &) {}

// A QCoreApplication (QtSql loads its driver as a plugin through it), created once and never destroyed:
// libFuzzer ends the process with exit() from its own thread of control.
inline void initQt()
{
    static int argc = 1;
    static char name[] = "recall-fuzzer";
    static char *argv[] = {name, nullptr};
    qInstallMessageHandler(quietMessages);
    static auto *app = new QCoreApplication(argc, argv);
    Q_UNUSED(app);
}

} // namespace recall::fuzz
