// A plain driver for the fuzz targets where libFuzzer is not available (GCC, the sanitizer CI
// build): runs the target over every file named or found in the folders named, then over
// seeded mutations of each (bit flips, truncations, byte runs), a fixed number of rounds.
#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QRandomGenerator>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void run(const QByteArray &b)
{
    LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(b.constData()), size_t(b.size()));
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    int rounds = 0;
    if (const qsizetype i = args.indexOf(QStringLiteral("--mutations")); i >= 0 && i + 1 < args.size()) {
        rounds = args.at(i + 1).toInt();
        args.remove(i, 2);
    }
    QList<QByteArray> inputs;
    for (const QString &arg : args) {
        QDirIterator it(arg, QDir::Files, QDirIterator::Subdirectories);
        QStringList files;
        if (QFileInfo(arg).isFile())
            files << arg;
        while (it.hasNext())
            files << it.next();
        for (const QString &f : files) {
            QFile file(f);
            if (file.open(QIODevice::ReadOnly))
                inputs << file.readAll();
        }
    }
    QRandomGenerator rng(20261122);  // fixed: a failure can be replayed
    qint64 runs = 0;
    for (const QByteArray &input : inputs) {
        run(input);
        ++runs;
        for (int r = 0; r < rounds && !input.isEmpty(); ++r) {
            QByteArray m = input;
            switch (rng.bounded(4)) {
            case 0:  // flip bits
                for (int k = 0; k < 8; ++k)
                    m[rng.bounded(m.size())] = char(m[rng.bounded(m.size())] ^ (1 << rng.bounded(8)));
                break;
            case 1:  // truncate
                m.truncate(rng.bounded(m.size()));
                break;
            case 2: {  // overwrite a run with 0xFF (absurd sizes, end-of-chain markers)
                const int at = rng.bounded(m.size());
                for (int k = at; k < qMin(m.size(), at + 8); ++k)
                    m[k] = char(0xFF);
                break;
            }
            default: {  // copy a block elsewhere (loops in chains)
                const int from = rng.bounded(m.size()), to = rng.bounded(m.size());
                const int len = qMin(qMin(64, m.size() - from), m.size() - to);
                std::memmove(m.data() + to, input.constData() + from, size_t(len));
            }
            }
            run(m);
            ++runs;
        }
    }
    std::printf("replayed %lld inputs from %lld seeds\n", static_cast<long long>(runs), static_cast<long long>(inputs.size()));
    return inputs.isEmpty() ? 1 : 0;
}
