// Start-up timing (tests/bench/startup.sh): runs each command in turn, round after round, so
// that whatever else loads the machine meanwhile falls on every command alike, and prints for
// each its median wall time, mean CPU time (user + system) and median peak memory, all from
// the kernel's account of the child (wait4).
//   startrun ROUNDS WARMUP -- CMD1 ARG... -- CMD2 ARG... ...
// Output, one line per command: "WALL_MS CPU_MS PEAK_KIB".
#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <numeric>
#include <spawn.h>
#include <string>
#include <sys/resource.h>
#include <sys/wait.h>
#include <vector>

extern char **environ;

namespace {

struct Sample {
    double wallMs = 0;
    double cpuMs = 0;
    long peakKiB = 0;
};

double nowMs()
{
    timespec t{};
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

double ms(const timeval &t) { return t.tv_sec * 1e3 + t.tv_usec / 1e3; }

// One run, its output to /dev/null; false (said on stderr) when it cannot start or fails.
bool runOnce(const std::vector<char *> &argv, Sample *out)
{
    posix_spawn_file_actions_t files;
    posix_spawn_file_actions_init(&files);
    posix_spawn_file_actions_addopen(&files, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&files, 2, "/dev/null", O_WRONLY, 0);
    const double start = nowMs();
    pid_t pid = 0;
    const int err = posix_spawn(&pid, argv[0], &files, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&files);
    if (err != 0) {
        std::fprintf(stderr, "startrun: cannot start %s: %s\n", argv[0], std::strerror(err));
        return false;
    }
    int status = 0;
    rusage usage{};
    while (wait4(pid, &status, 0, &usage) < 0) {
        if (errno != EINTR)
            return false;
    }
    out->wallMs = nowMs() - start;
    out->cpuMs = ms(usage.ru_utime) + ms(usage.ru_stime);
    out->peakKiB = usage.ru_maxrss;
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        std::fprintf(stderr, "startrun: %s failed (status %d)\n", argv[0], status);
        return false;
    }
    return true;
}

template <typename T>
T median(std::vector<T> v)
{
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc < 5 || std::strcmp(argv[3], "--") != 0) {
        std::fprintf(stderr, "usage: startrun ROUNDS WARMUP -- CMD ARG... [-- CMD ARG...]...\n");
        return 2;
    }
    const int rounds = std::atoi(argv[1]);
    const int warmup = std::atoi(argv[2]);
    if (rounds < 1 || warmup < 0) {
        std::fprintf(stderr, "startrun: ROUNDS is 1 or more, WARMUP 0 or more\n");
        return 2;
    }
    std::vector<std::vector<char *>> commands;
    for (int i = 3; i < argc; ++i) {
        if (std::strcmp(argv[i], "--") == 0)
            commands.emplace_back();
        else
            commands.back().push_back(argv[i]);
    }
    for (auto &c : commands) {
        if (c.empty()) {
            std::fprintf(stderr, "startrun: an empty command\n");
            return 2;
        }
        c.push_back(nullptr);
    }
    std::vector<std::vector<Sample>> samples(commands.size());
    for (int r = 0; r < warmup + rounds; ++r) {
        for (size_t c = 0; c < commands.size(); ++c) {
            Sample s;
            if (!runOnce(commands[c], &s))
                return 1;
            if (r >= warmup)
                samples[c].push_back(s);
        }
    }
    for (const auto &runs : samples) {
        std::vector<double> wall, cpu;
        std::vector<long> peak;
        for (const Sample &s : runs) {
            wall.push_back(s.wallMs);
            cpu.push_back(s.cpuMs);
            peak.push_back(s.peakKiB);
        }
        std::printf("%.2f %.2f %ld\n", median(wall), std::accumulate(cpu.begin(), cpu.end(), 0.0) / cpu.size(),
                    median(peak));
    }
    return 0;
}
