// Benchmark floor for `ndrtool dump` (tests/bench/dump_vs_sisimai.sh): what GMime alone takes
// to parse the same files into its tree of parts, which any dump reading MIME with GMime does
// before it decodes a part or does any work of its own. Prints the time spent in that loop
// (ms) on stdout.
//   bench_gmimeparse FILE...
#include <gmime/gmime.h>

#include <chrono>
#include <cstdio>
#include <fcntl.h>

int main(int argc, char **argv)
{
    g_mime_init();
    const auto start = std::chrono::steady_clock::now();
    int unreadable = 0;
    for (int i = 1; i < argc; ++i) {
        GMimeStream *stream = g_mime_stream_fs_open(argv[i], O_RDONLY, 0, nullptr);
        if (!stream) {
            ++unreadable;
            continue;
        }
        GMimeParser *parser = g_mime_parser_new_with_stream(stream);
        if (GMimeMessage *message = g_mime_parser_construct_message(parser, nullptr))
            g_object_unref(message);
        else
            ++unreadable;
        g_object_unref(parser);
        g_object_unref(stream);
    }
    const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    std::printf("%.1f\n", ms);
    if (unreadable)
        std::fprintf(stderr, "bench_gmimeparse: %d of %d files gave no message\n", unreadable, argc - 1);
    return 0;
}
