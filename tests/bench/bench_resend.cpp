// Benchmark (DESIGN.md "Budgets"): resend of a report whose original has 10,000 recipients and
// 20 MB of attachments into an empty store and into a store of 100,000 messages, beside
// writing the same bytes into SQLite directly (C API, same journal mode and sync, one row per
// property value, one transaction). Build in Release; not run by ctest.
// Each resend runs as ndrform's Resend and `ndrtool resend` run it: the report read from its
// .msg file (the attachment stays in the file until the resend reads it) on a heap readied for
// that file, the store opened for the one submission and closed after it.
//
//   bench_resend [--runs N] [--messages N] [--recipients N] [--megabytes N] [--keep DIR]
// --keep DIR keeps the populated store in DIR and reuses it on later runs.
#include "fixturewriter.h"
#include "heapreserve.h"
#include "reportfile.h"
#include "report/ndrreport.h"
#include "resend/resendengine.h"
#include "store/messagestore.h"
#include "store/propcodec.h"

#include <sqlite3.h>

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace Ndr;
using namespace Ndr::Mapi;
using namespace Qt::StringLiterals;

namespace {

// Wall time is what the budget speaks of; the CPU time of this thread (SQLite runs in it)
// is printed beside it because the machine is shared and wall times wander with its load.
struct Clock {
    QElapsedTimer wall;
    double cpu0 = 0;
    static double cpuNow()
    {
        timespec ts{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
    }
    void start()
    {
        cpu0 = cpuNow();
        wall.start();
    }
    double wallMs() const { return double(wall.nsecsElapsed()) / 1e6; }
    double cpuMs() const { return cpuNow() - cpu0; }
};

struct Sample {
    double wall = 0, cpu = 0;
};

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

QString runsText(const QList<double> &v)
{
    QStringList s;
    for (double x : v)
        s << QString::number(x, 'f', 0);
    return s.join(u' ');
}

// Every property value of the message as the store encodes it, and their total size.
struct Payload {
    QList<QVariant> values;
    qint64 bytes = 0;
};
void collect(const Message &m, Payload &p)
{
    auto bag = [&](const PropertyBag &b) {
        for (const PropValue &v : b) {
            const QVariant e = Store::encodeValue(v);
            p.bytes += e.typeId() == QMetaType::QByteArray ? e.toByteArray().size()
                     : e.typeId() == QMetaType::QString    ? e.toString().size() * 2
                                                           : 8;
            p.values.append(e);
        }
    };
    bag(m.props);
    for (const Recipient &r : m.recipients)
        bag(r.props);
    for (const Attachment &a : m.attachments) {
        bag(a.props);
        if (a.embedded)
            collect(*a.embedded, p);
    }
}

bool ok(int rc, sqlite3 *db)
{
    if (rc == SQLITE_OK || rc == SQLITE_DONE || rc == SQLITE_ROW)
        return true;
    std::fprintf(stderr, "sqlite: %s\n", sqlite3_errmsg(db));
    return false;
}

// The floor: the same values written with the C API, one row each, in one transaction.
Sample rawWrite(const QString &path, const Payload &p, bool oneBlob)
{
    sqlite3 *db = nullptr;
    sqlite3_open(QFile::encodeName(path).constData(), &db);
    sqlite3_exec(db, "PRAGMA journal_mode=WAL; CREATE TABLE IF NOT EXISTS raw(value)", nullptr, nullptr, nullptr);
    QByteArray all;
    if (oneBlob)
        for (const QVariant &v : p.values)
            all += v.typeId() == QMetaType::QString ? v.toString().toUtf8() : v.toByteArray();
    Clock t;
    t.start();
    sqlite3_stmt *st = nullptr;
    ok(sqlite3_prepare_v2(db, "INSERT INTO raw(value) VALUES (?)", -1, &st, nullptr), db);
    ok(sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), db);
    auto put = [&](const QVariant &v) {
        if (v.typeId() == QMetaType::QByteArray) {
            const QByteArray b = v.toByteArray();
            sqlite3_bind_blob64(st, 1, b.constData(), sqlite3_uint64(b.size()), SQLITE_STATIC);
        } else if (v.typeId() == QMetaType::QString) {
            const QString s = v.toString();
            sqlite3_bind_text16(st, 1, s.utf16(), int(s.size() * 2), SQLITE_TRANSIENT);
        } else if (v.isNull()) {
            sqlite3_bind_null(st, 1);
        } else {
            sqlite3_bind_int64(st, 1, v.toLongLong());
        }
        ok(sqlite3_step(st), db);
        sqlite3_reset(st);
    };
    if (oneBlob)
        put(all);
    else
        for (const QVariant &v : p.values)
            put(v);
    ok(sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr), db);
    const Sample out{t.wallMs(), t.cpuMs()};
    sqlite3_finalize(st);
    sqlite3_close(db);
    return out;
}

struct Timing {
    double build = 0;  // the engine alone, wall ms
    Sample total;      // engine and submission
};

// One resend into the store at `path`, opened for it (not timed) and closed after it.
Timing resendInto(const QString &path, const Report::NdrReport &report)
{
    auto store = Store::MessageStore::open(path);
    if (!store)
        qFatal("%s", qPrintable(store.error().detail));
    Clock t;
    t.start();
    const auto message = Resend::ResendEngine(report).build();
    Timing out;
    out.build = t.wallMs();
    if (!message)
        qFatal("resend: %s", qPrintable(message.error().detail));
    const auto id = (*store)->submit(*message, {report.addresseeName(), report.addresseeAddress()});
    out.total = {t.wallMs(), t.cpuMs()};
    if (!id)
        qFatal("submit: %s", qPrintable(id.error().detail));
    return out;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int runs = 5, messages = 100000, recipients = 10000, megabytes = 20;
    QString keep;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == u"--runs"_s) runs = args[i + 1].toInt();
        else if (args[i] == u"--messages"_s) messages = args[i + 1].toInt();
        else if (args[i] == u"--recipients"_s) recipients = args[i + 1].toInt();
        else if (args[i] == u"--megabytes"_s) megabytes = args[i + 1].toInt();
        else if (args[i] == u"--keep"_s) keep = args[i + 1];
    }
    QTemporaryDir tmp;
    const QString dir = keep.isEmpty() ? tmp.path() : keep;
    QDir().mkpath(dir);

    // The report: Exchange convention, four failures, the big original attached.
    Fixtures::NdrSpec spec;
    spec.original.extraRecipients = recipients - 5;
    spec.original.attachmentSize = qint64(megabytes) << 20;
    const QString reportPath = dir + u"/report.msg"_s;
    if (const auto e = Fixtures::writeMsgFile(Fixtures::buildNdr(spec), reportPath))
        qFatal("%s", qPrintable(e->detail));
    const HeapReserve reserve(QFileInfo(reportPath).size());
    const auto opened = openMessageFile(reportPath);
    if (!opened)
        qFatal("%s", qPrintable(opened.error().detail));
    const Report::NdrReport report = Report::NdrReport::fromMessage(opened->message);
    const auto sample = Resend::ResendEngine(report).build();
    if (!sample)
        qFatal("resend: %s", qPrintable(sample.error().detail));
    Payload payload;
    collect(*sample, payload);
    std::printf("message: %lld recipient rows (%d P1), %d MiB attachment, %lld property values, %.1f MiB in all\n",
                qint64(sample->recipients.size()), report.failedCount(), megabytes, qint64(payload.values.size()),
                double(payload.bytes) / (1 << 20));

    // Into an empty store, a fresh one each run.
    QList<double> empty, emptyCpu, emptyBuild;
    for (int r = 0; r < runs; ++r) {
        const QString path = dir + u"/empty-%1.sqlite"_s.arg(r);
        const Timing t = resendInto(path, report);
        empty << t.total.wall;
        emptyCpu << t.total.cpu;
        emptyBuild << t.build;
        for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
            QFile::remove(path + suffix);
    }

    // Into a store of `messages` ordinary messages (five recipients, a 1.5 KB attachment).
    const QString bigPath = dir + u"/populated.sqlite"_s;
    auto big = Store::MessageStore::open(bigPath);
    if (!big)
        qFatal("%s", qPrintable(big.error().detail));
    QElapsedTimer fill;
    fill.start();
    int have = (*big)->count(Store::Folder::Inbox).value();
    if (have < messages) {
        QList<Message> batch;
        const Message typical = Fixtures::buildOriginal();
        for (int i = have; i < messages; ++i) {
            batch.append(typical);
            if (batch.size() == 1000 || i == messages - 1) {
                if (auto ids = (*big)->saveAll(batch, Store::Folder::Inbox); !ids)
                    qFatal("%s", qPrintable(ids.error().detail));
                batch.clear();
            }
        }
        std::printf("populated %s with %d messages in %.1f s (%.0f MiB)\n", qPrintable(bigPath), messages - have,
                    double(fill.elapsed()) / 1000, double(QFileInfo(bigPath).size()) / (1 << 20));
        have = messages;
    }
    have += (*big)->count(Store::Folder::Outbox).value();
    std::printf("store rows written through: %s\n", qPrintable((*big)->rowWriterName()));
    big->reset();
    // The resent messages stay: the store grows by `runs` messages over `messages` (deleting
    // them again would measure the free-page list, not the size).
    QList<double> populated, populatedCpu;
    for (int r = 0; r < runs; ++r) {
        const Timing t = resendInto(bigPath, report);
        populated << t.total.wall;
        populatedCpu << t.total.cpu;
    }

    // The floor: the same values straight into SQLite, a fresh file each run.
    QList<double> raw, rawCpu, blob, blobCpu;
    for (int r = 0; r < runs; ++r) {
        for (bool oneBlob : {false, true}) {
            const QString path = dir + u"/raw-%1.sqlite"_s.arg(r);
            const Sample x = rawWrite(path, payload, oneBlob);
            (oneBlob ? blob : raw) << x.wall;
            (oneBlob ? blobCpu : rawCpu) << x.cpu;
            for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
                QFile::remove(path + suffix);
        }
    }

    const double e = median(empty), p = median(populated), w = median(raw), b = median(blob);
    const double ec = median(emptyCpu), pc = median(populatedCpu), wc = median(rawCpu), bc = median(blobCpu);
    std::printf("                                         wall ms   cpu ms   (wall runs)\n");
    std::printf("resend into an empty store:              %7.0f  %7.0f   (%s; engine alone %.0f ms)\n", e, ec,
                qPrintable(runsText(empty)), median(emptyBuild));
    std::printf("resend into a %6d-message store:       %7.0f  %7.0f   (%s)\n", have, p, pc, qPrintable(runsText(populated)));
    std::printf("same values into SQLite, one row each:   %7.0f  %7.0f   (%s)\n", w, wc, qPrintable(runsText(raw)));
    std::printf("same bytes into SQLite, one blob:        %7.0f  %7.0f   (%s)\n", b, bc, qPrintable(runsText(blob)));
    std::printf("empty store / SQLite rows:   wall %.2f  cpu %.2f  (budget 2.0)\n", e / w, ec / wc);
    std::printf("full store / SQLite rows:    wall %.2f  cpu %.2f  (budget 2.0)\n", p / w, pc / wc);
    std::printf("full store / empty store:    wall %.2f  cpu %.2f  (budget: the same)\n", p / e, pc / ec);
    return 0;
}
