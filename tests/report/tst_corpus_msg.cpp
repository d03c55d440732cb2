// The real .msg files of ../shared/corpus/msg, read in place: what a user opening them would see.
#include "report/ndrreport.h"
#include "reportfile.h"

#include <QDir>
#include <QDirIterator>
#include <QTest>

using namespace Ndr;
using namespace Ndr::Report;

static const QString kCorpus = QStringLiteral(NDR_CORPUS_DIR "/msg");

class TstCorpusMsg : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void everyFileOpens_data()
    {
        QTest::addColumn<QString>("path");
        QDirIterator it(kCorpus, {QStringLiteral("*.msg")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QTest::newRow(qPrintable(QDir(kCorpus).relativeFilePath(path))) << path;
        }
    }
    void everyFileOpens()
    {
        QFETCH(QString, path);
        if (!QDir(kCorpus).exists())
            QSKIP("../shared/corpus is not here");
        const auto opened = openMessageFile(path);
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().toString()));
        const NdrReport report = NdrReport::fromMessage(opened->message);
        // the form always has something to show: a kind and a subject
        QVERIFY(!report.originalSubject().isNull() || !opened->message->subject().isNull());
        // a report kind follows its class
        const QString cls = opened->message->messageClass().toUpper();
        if (cls.endsWith(QLatin1String(".DR")))
            QCOMPARE(report.kind(), Kind::Delivery);
        else if (cls.endsWith(QLatin1String(".IPNRN")))
            QCOMPARE(report.kind(), Kind::Read);
        else if (cls.endsWith(QLatin1String(".NDR")))
            QCOMPARE(report.kind(), Kind::NonDelivery);
        if (report.kind() != Kind::NonDelivery)
            QCOMPARE(report.failedCount(), 0);
    }

    void realExchangeNdrNamesItsFailedRecipient()
    {
        const QString path = kCorpus + QStringLiteral("/ndr/aspose-pwpst-02-REPORT.IPM.Note.NDR.msg");
        if (!QFile::exists(path))
            QSKIP("../shared/corpus is not here");
        const auto opened = openMessageFile(path);
        QVERIFY(opened);
        const NdrReport report = NdrReport::fromMessage(opened->message);
        QCOMPARE(report.kind(), Kind::NonDelivery);
        QVERIFY(report.original());
        // Only the delivery-status attachment (details.txt) carries the failure.
        const QList<RecipientRow> failed = report.failedRows();
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed[0].address.toLower(), QStringLiteral("asposeemail.test33@aspose.com"));
        QVERIFY(failed[0].inOriginal());
        QCOMPARE(failed[0].failure->status, QStringLiteral("5.1.1"));
        QCOMPARE(failed[0].failure->reason, QStringLiteral("userunknown"));
        QVERIFY(failed[0].failure->isPermanent());
        QCOMPARE(failed[0].failure->reportingMta, QStringLiteral("exchange.aspose.com"));
        QVERIFY(failed[0].failure->diagnosticCode.contains(QLatin1String("RecipNotFound")));
        // the other original recipient is there, not failed
        QVERIFY(report.rows().size() >= 2);
        // resend goes out as the person who sent the original
        QVERIFY(!report.addresseeAddress().isEmpty());
    }

    void twoHundredRecipients()
    {
        const QString path = kCorpus + QStringLiteral("/notes/hiraoka-200-recipients.msg");
        if (!QFile::exists(path))
            QSKIP("../shared/corpus is not here");
        const auto opened = openMessageFile(path);
        QVERIFY(opened);
        QCOMPARE(opened->message->recipients.size(), 200);
    }
};

QTEST_GUILESS_MAIN(TstCorpusMsg)
#include "tst_corpus_msg.moc"
