// ndrtool dump and ndrtool props (DESIGN.md "Command-line contract").
#include "commands.h"

#include "heapreserve.h"
#include "mapi/propjson.h"
#include "report/ndrreport.h"
#include "reportfile.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>
#include <atomic>
#include <condition_variable>
#include <cstdio>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace NdrTool {

using namespace Ndr;

namespace {

QByteArray jsonLine(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

QString typeKey(const Report::RecipientRow &row)
{
    return row.inOriginal() ? Mapi::recipientTypeName(row.recipientType) : QStringLiteral("none");
}

QJsonObject rowToJson(const QString &file, const Report::NdrReport &report, const Report::RecipientRow &row)
{
    const Report::Failure empty;
    const Report::Failure &f = row.failure ? *row.failure : empty;
    return QJsonObject{
        {QStringLiteral("file"), file},
        {QStringLiteral("recipient"), row.address},
        {QStringLiteral("name"), row.displayName},
        {QStringLiteral("type"), typeKey(row)},
        {QStringLiteral("reason"), row.failed() ? f.reason : QStringLiteral("")},
        {QStringLiteral("deliverystatus"), f.status},
        {QStringLiteral("diagnosticcode"), f.diagnosticCode},
        {QStringLiteral("action"), f.action},
        {QStringLiteral("replycode"), f.replyCode ? QString::number(f.replyCode) : QString()},
        {QStringLiteral("remotemta"), f.remoteMta},
        {QStringLiteral("reportingmta"), f.reportingMta},
        {QStringLiteral("inoriginal"), row.inOriginal()},
        {QStringLiteral("report"), Report::kindKey(report.kind())},
    };
}

// What dump prints for one file: its JSON lines; for a file it cannot read, one line with the
// error, which also goes to stderr.
struct FileDump {
    QByteArray lines;
    QString error;
};

FileDump dumpFile(const QString &file, bool all)
{
    auto opened = openMessageFile(file);
    if (!opened) {
        const QString error = opened.error().toString();
        return {jsonLine({{QStringLiteral("file"), file}, {QStringLiteral("error"), error}}), error};
    }
    const auto report = Report::NdrReport::fromMessage(opened->message);
    FileDump out;
    for (const Report::RecipientRow &row : report.rows()) {
        if (!row.failed() && !all)
            continue;
        QJsonObject line = rowToJson(file, report, row);
        if (all)
            line.insert(QStringLiteral("failed"), row.failed());
        out.lines += jsonLine(line);
    }
    return out;
}

// Files are read on every core and printed in the order given: whichever thread finishes the
// next file to print prints it, and those after it that are done. A thread waits only when it
// is kAhead files ahead of the printing, so memory does not grow with the run.
class ParallelDump {
public:
    ParallelDump(const QStringList &files, bool all) : m_files(files), m_all(all), m_done(size_t(files.size())) {}

    int run()
    {
        const int threads = qBound(1, QThread::idealThreadCount(), int(qMin<qsizetype>(m_files.size(), 64)));
        std::vector<std::thread> helpers;
        for (int i = 1; i < threads; ++i)
            helpers.emplace_back([this] { work(); });
        work();
        for (std::thread &t : helpers)
            t.join();
        return m_status;
    }

private:
    static constexpr qsizetype kAhead = 256;

    void work()
    {
        for (qsizetype i; (i = m_next++) < m_files.size();) {
            if (i >= kAhead) {
                std::unique_lock lock(m_mutex);
                m_printedMore.wait(lock, [&] { return i < m_printed + kAhead; });
            }
            FileDump d = dumpFile(m_files[i], m_all);
            std::unique_lock lock(m_mutex);
            m_done[size_t(i)] = std::move(d);
            const qsizetype before = m_printed;
            for (; m_printed < m_files.size() && m_done[size_t(m_printed)]; ++m_printed) {
                print(*m_done[size_t(m_printed)]);
                m_done[size_t(m_printed)].reset();
            }
            if (m_printed != before) {
                lock.unlock();
                m_printedMore.notify_all();
            }
        }
    }

    void print(const FileDump &d)
    {
        std::fwrite(d.lines.constData(), 1, size_t(d.lines.size()), stdout);
        if (!d.error.isEmpty()) {
            fail(d.error);
            m_status = 1;
        }
    }

    const QStringList &m_files;
    const bool m_all;
    std::atomic<qsizetype> m_next = 0;
    std::mutex m_mutex;  // what follows
    std::condition_variable m_printedMore;
    std::vector<std::optional<FileDump>> m_done;  // by file, until printed
    qsizetype m_printed = 0;
    int m_status = 0;
};

} // namespace

int dump(const QStringList &args)
{
    bool all = false;
    QStringList files;
    for (const QString &a : args) {
        if (a == QLatin1String("--all"))
            all = true;
        else
            files.append(a);
    }
    if (files.isEmpty()) {
        fail(QStringLiteral("dump: no file given"));
        return 2;
    }
    // One file is read on this thread, with the heap made ready for it when it is big; several
    // are read on every core, each thread in a heap of its own.
    const HeapReserve reserve(files.size() == 1 ? QFileInfo(files.first()).size() : 0);
    const int status = ParallelDump(files, all).run();
    std::fflush(stdout);
    return status;
}

int props(const QStringList &args)
{
    if (args.size() != 1) {
        fail(QStringLiteral("props: give exactly one file"));
        return 2;
    }
    const HeapReserve reserve(QFileInfo(args.first()).size());
    auto opened = openMessageFile(args.first());
    if (!opened) {
        fail(opened.error().toString());
        return 1;
    }
    // Every value is printed: data left in the file is read first, and a file changed since
    // it was opened is an error, not an empty value.
    if (auto loaded = Mapi::loadDeferred(*opened->message); !loaded) {
        fail(loaded.error().toString());
        return 1;
    }
    const QByteArray json = QJsonDocument(Mapi::messageToJson(*opened->message)).toJson(QJsonDocument::Indented);
    std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
    for (const QString &w : opened->warnings)
        fail(QStringLiteral("%1: warning: %2").arg(args.first(), w));
    return 0;
}

} // namespace NdrTool
