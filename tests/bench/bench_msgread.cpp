// Benchmark: our .msg reader (Msg::readMsg, every property and attachment loaded) over the
// given files, best of RUNS passes in one process; the peer is tests/bench/msgread.mjs
// (@kenjiuno/msgreader) over the same files. tests/bench/msgread_vs_msgreader.sh runs both.
//   bench_msgread RUNS FILE...
#include "msg/msgreader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <cstdio>
#include <limits>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: bench_msgread RUNS FILE...\n");
        return 2;
    }
    QList<QByteArray> inputs;
    qint64 bytes = 0;
    for (const QString &path : args.mid(2)) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "bench_msgread: cannot read %s\n", qPrintable(path));
            return 1;
        }
        inputs << f.readAll();
        bytes += inputs.last().size();
    }
    double best = std::numeric_limits<double>::max();
    qint64 sink = 0;
    for (int r = 0; r < std::max(1, args[1].toInt()); ++r) {
        QElapsedTimer t;
        t.start();
        for (const QByteArray &b : inputs) {
            const auto m = Ndr::Msg::readMsg(b);
            sink += m ? m->recipients.size() + m->attachments.size() : 1;
        }
        best = std::min(best, double(t.nsecsElapsed()) / 1e6);
    }
    std::printf("files %lld bytes %lld best-ms %.1f (%lld)\n", qint64(inputs.size()), bytes, best, sink);
    return 0;
}
