// recall-run-measured OUTFILE PROGRAM [ARGS...]: runs PROGRAM and writes "EXIT WALL_MS MAX_RSS_KIB" to OUTFILE.
//
// The benchmark cannot measure a child's peak memory itself: Linux records, at exec, the high-water mark of
// the memory the new program replaces, and a child spawned by the (large) benchmark process replaces a copy
// of it. Started from this tiny program instead, the child's ru_maxrss is its own.
#include <chrono>
#include <cstdio>
#include <cerrno>

#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>

extern char **environ;

int main(int argc, char *argv[])
{
    if (argc < 3) {
        std::fprintf(stderr, "usage: recall-run-measured OUTFILE PROGRAM [ARGS...]\n");
        return 2;
    }
    const auto start = std::chrono::steady_clock::now();
    pid_t pid = 0;
    if (posix_spawn(&pid, argv[2], nullptr, nullptr, argv + 2, environ) != 0) {
        std::perror(argv[2]);
        return 2;
    }
    int status = 0;
    rusage usage{};
    while (wait4(pid, &status, 0, &usage) < 0) {
        if (errno != EINTR)
            return 2;
    }
    const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    std::FILE *out = std::fopen(argv[1], "w");
    if (!out)
        return 2;
    std::fprintf(out, "%d %.3f %ld\n", WIFEXITED(status) ? WEXITSTATUS(status) : -1, ms, usage.ru_maxrss);
    std::fclose(out);
    return 0;
}
