// The real Internet bounces of ../shared/corpus/dsn, read in place: per file, the failed
// recipients and their reasons must be the reference answers of expected.jsonl (Sisimai's
// vocabulary). Where we knowingly differ, the row says why (QEXPECT_FAIL); an unexpected
// pass (XPASS) means a known miss was fixed: remove its line from kKnownMisses.
#include "report/ndrreport.h"
#include "reportfile.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QTest>

using namespace Ndr;
using namespace Ndr::Report;

namespace {

const QString kCorpus = QStringLiteral(NDR_CORPUS_DIR "/dsn");

struct KnownMiss {
    const char *file;   // base name: the bsd/, dos/ and mac/ copies differ only in line ends
    const char *check;  // "recipients" or "reasons"
    const char *why;
};

constexpr KnownMiss kKnownMisses[] = {
    {"lhost-v5sendmail-01.eml", "recipients",
     "the reference names a truncated address (kijitora@exampl); the notice names nobody and the "
     "returned message's only recipient is kijitora@example.com"},
    {"lhost-imailserver-01.eml", "reasons",
     "\"Unknown user\" with no status and no SMTP command: the phase rule says filtered; Sisimai's IMail "
     "module knows that IMail writes no command heading only for its own local delivery (userunknown)"},
    {"lhost-mcafee-01.eml", "reasons",
     "550 \"Unknown user\" with no status and no SMTP command: the phase rule says filtered; Sisimai's "
     "McAfee module maps the words to userunknown"},
};

const KnownMiss *knownMiss(const QString &path, const char *check)
{
    const QString base = QFileInfo(path).fileName();
    for (const KnownMiss &k : kKnownMisses)
        if (base == QLatin1String(k.file) && qstrcmp(k.check, check) == 0)
            return &k;
    return nullptr;
}

// Reference rows by file (the part from "maildir/" on): address -> reason. Reports that are
// not failures (delivered, feedback, vacation) have no failed recipients.
QMap<QString, QMap<QString, QString>> loadExpected()
{
    QMap<QString, QMap<QString, QString>> out;
    QFile f(kCorpus + QStringLiteral("/expected.jsonl"));
    if (!f.open(QIODevice::ReadOnly))
        return out;
    while (!f.atEnd()) {
        const QJsonObject o = QJsonDocument::fromJson(f.readLine()).object();
        const QString file = o.value(QStringLiteral("file")).toString();
        const QString reason = o.value(QStringLiteral("reason")).toString();
        auto &rows = out[file];  // a file with only non-failures still has its (empty) entry
        if (reason == QLatin1String("delivered") || reason == QLatin1String("feedback") || reason == QLatin1String("vacation"))
            continue;
        rows.insert(o.value(QStringLiteral("recipient")).toString().toLower(), reason);
    }
    return out;
}

QString describe(const QMap<QString, QString> &rows, bool withReasons)
{
    QStringList parts;
    for (auto it = rows.cbegin(); it != rows.cend(); ++it)
        parts.append(withReasons ? it.key() + QLatin1Char('=') + it.value() : it.key());
    return parts.join(QLatin1String("; "));
}

} // namespace

class TstCorpusDsn : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void failedRecipients_data()
    {
        QTest::addColumn<QString>("path");
        QDirIterator it(kCorpus + QStringLiteral("/maildir"), {QStringLiteral("*.eml")}, QDir::Files,
                        QDirIterator::Subdirectories);
        QStringList paths;
        while (it.hasNext())
            paths.append(it.next());
        paths.sort();
        for (const QString &path : paths)
            QTest::newRow(qPrintable(QDir(kCorpus + QStringLiteral("/maildir")).relativeFilePath(path))) << path;
        if (paths.isEmpty())
            QTest::newRow("no-corpus") << QString();
    }
    void failedRecipients()
    {
        QFETCH(QString, path);
        if (path.isEmpty() || !QDir(kCorpus).exists())
            QSKIP("../shared/corpus/dsn is not here");
        static const QMap<QString, QMap<QString, QString>> expected = loadExpected();
        const QString key = QStringLiteral("maildir/") + QDir(kCorpus + QStringLiteral("/maildir")).relativeFilePath(path);
        const QMap<QString, QString> want = expected.value(key);

        const auto opened = openMessageFile(path);
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().toString()));
        const NdrReport report = NdrReport::fromMessage(opened->message);
        QMap<QString, QString> got;
        for (const RecipientRow &row : report.failedRows())
            got.insert(row.address.toLower(), row.failure->reason);

        if (const KnownMiss *k = knownMiss(path, "recipients"))
            QEXPECT_FAIL("", k->why, Continue);
        QCOMPARE(describe(got, false), describe(want, false));
        // Reasons of the recipients both name.
        QMap<QString, QString> gotShared, wantShared;
        for (auto it = want.cbegin(); it != want.cend(); ++it) {
            if (got.contains(it.key())) {
                wantShared.insert(it.key(), it.value());
                gotShared.insert(it.key(), got.value(it.key()));
            }
        }
        if (gotShared.isEmpty())
            return;
        if (const KnownMiss *k = knownMiss(path, "reasons"))
            QEXPECT_FAIL("", k->why, Continue);
        QCOMPARE(describe(gotShared, true), describe(wantShared, true));
    }
};

QTEST_GUILESS_MAIN(TstCorpusDsn)
#include "tst_corpus_dsn.moc"
