#pragma once
// Opens bytes the way `ndrform FILE` does (reader, NdrReport, the table model's texts) and
// measures the time and the memory it took, for the hostile-input suites.
#include "recipienttablemodel.h"
#include "report/ndrreport.h"
#include "reportfile.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QtDebug>

namespace HostileTest {

#if defined(__SANITIZE_ADDRESS__)
constexpr bool kSanitized = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kSanitized = true;
#else
constexpr bool kSanitized = false;
#endif
#else
constexpr bool kSanitized = false;
#endif

// "Bounded": generous for a loaded 2-core machine and a sanitizer build; a hang or a
// quadratic walk over a hostile structure takes far longer.
constexpr qint64 kBoundMs = kSanitized ? 120000 : 8000;  // a hang guard, not a speed test
// Peak memory above what the process held before, for inputs under a few MB. Not checked
// under ASan, whose quarantine keeps freed memory.
constexpr qint64 kBoundGrowthKiB = 256 * 1024;

// A field of /proc/self/status in KiB ("VmRSS", "VmHWM"), or -1.
inline qint64 statusKiB(const char *field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

// Lets VmHWM start again from the current resident size (Linux 4.0+).
inline void resetPeak()
{
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    if (f.open(QIODevice::WriteOnly))
        f.write("5");
}

struct Outcome {
    bool opened = false;
    Ndr::Error error;
    QStringList warnings;  // the reader's and the report's
    std::shared_ptr<Ndr::Mapi::Message> message;
    Ndr::Report::Kind kind = Ndr::Report::Kind::NotAReport;
    int rows = 0;
    int failed = 0;
    QString subject;
    qint64 ms = 0;
    qint64 growthKiB = -1;  // -1 when it cannot be measured

    QString describe() const
    {
        QString text = opened ? QStringLiteral("opened, %1 rows, %2 warnings").arg(rows).arg(warnings.size())
                              : QStringLiteral("error %1: %2").arg(int(error.code)).arg(error.toString());
        text += QStringLiteral(", %1 ms, +%2 KiB").arg(ms).arg(growthKiB);
        for (const QString &w : warnings.mid(0, 5))
            text += QStringLiteral("\n  warning: ") + w.left(200);
        return text;
    }
    bool warned(const QString &pattern) const
    {
        const QRegularExpression re(pattern, QRegularExpression::CaseInsensitiveOption);
        for (const QString &w : warnings)
            if (re.match(w).hasMatch())
                return true;
        return false;
    }
};

// File -> reader -> NdrReport -> every cell of the recipient table, as the form shows it.
inline Outcome openAsForm(const QByteArray &bytes)
{
    Outcome o;
    resetPeak();
    const qint64 before = statusKiB("VmRSS");
    QElapsedTimer timer;
    timer.start();
    auto opened = Ndr::openMessageBytes(bytes, QStringLiteral("hostile-input"));
    if (opened) {
        o.opened = true;
        o.message = opened->message;
        o.warnings = opened->warnings;
        const auto report = Ndr::Report::NdrReport::fromMessage(opened->message);
        o.warnings += report.warnings();
        o.kind = report.kind();
        o.failed = report.failedCount();
        o.subject = report.originalSubject();
        Ndr::RecipientTableModel model;
        model.setReport(report);
        o.rows = model.rowCount();
        for (int r = 0; r < model.rowCount(); ++r)
            for (int c = 0; c < model.columnCount(); ++c)
                (void)model.index(r, c).data(Qt::DisplayRole);
    } else {
        o.error = opened.error();
    }
    o.ms = timer.elapsed();
    const qint64 peak = statusKiB("VmHWM");
    if (before >= 0 && peak >= 0)
        o.growthKiB = peak - before;
    // NDR_HOSTILE_VERBOSE=1 shows what each input gave, to see that the damage did damage.
    if (qEnvironmentVariableIsSet("NDR_HOSTILE_VERBOSE"))
        qInfo().noquote() << o.describe();
    return o;
}

} // namespace HostileTest

// Every hostile input: within the time bound (and the memory bound, where it is measured).
#define HOSTILE_VERIFY_BOUNDED(o)                                                                         \
    do {                                                                                                  \
        QVERIFY2((o).ms < HostileTest::kBoundMs, qPrintable((o).describe()));                             \
        if (!HostileTest::kSanitized && (o).growthKiB >= 0)                                               \
            QVERIFY2((o).growthKiB < HostileTest::kBoundGrowthKiB, qPrintable((o).describe()));           \
    } while (false)

// A clear error (a code and words), or a report that says what it could not read.
#define HOSTILE_VERIFY_ERROR_OR_WARNINGS(o)                                                               \
    do {                                                                                                  \
        if ((o).opened)                                                                                   \
            QVERIFY2(!(o).warnings.isEmpty(), qPrintable(QStringLiteral("opened without a warning: ")     \
                                                          + (o).describe()));                             \
        else                                                                                              \
            QVERIFY2((o).error.detail.size() > 10, qPrintable((o).describe()));                           \
    } while (false)
