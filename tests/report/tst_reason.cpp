// The classifier: status codes, MAPI codes and words to the reason vocabulary.
#include "report/reason.h"

#include <QFile>
#include <QTest>

using namespace Ndr::Report;

class TstReason : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void fromStatusAndMapiCodes_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<int>("reason");
        QTest::addColumn<int>("diag");
        QTest::addColumn<int>("ndrStatus");
        QTest::addColumn<QString>("expected");
        QTest::newRow("status-5.1.1") << "5.1.1" << -2 << -2 << -2 << "userunknown";
        QTest::newRow("status-4.2.2-temporary-full") << "4.2.2" << -2 << -2 << -2 << "mailboxfull";
        QTest::newRow("status-5.1.2-no-such-domain") << "5.1.2" << -2 << -2 << -2 << "hostunknown";
        QTest::newRow("status-4.4.7-expired") << "4.4.7" << -2 << -2 << -2 << "expired";
        QTest::newRow("status-5.3.4-too-big") << "5.3.4" << -2 << -2 << -2 << "mesgtoobig";
        QTest::newRow("ndr-status-511") << "" << -2 << -2 << 511 << "userunknown";
        QTest::newRow("diag-35-recipient-unknown") << "" << 1 << 35 << -2 << "userunknown";
        QTest::newRow("diag-13-length-constraint") << "" << 0 << 13 << -2 << "mesgtoobig";
        QTest::newRow("diag-5-time-expired") << "" << 0 << 5 << -2 << "expired";
        QTest::newRow("reason-only-transfer-impossible") << "" << 1 << -1 << -2 << "userunknown";
    }
    void fromStatusAndMapiCodes()
    {
        QFETCH(QString, status);
        QFETCH(int, reason);
        QFETCH(int, diag);
        QFETCH(int, ndrStatus);
        QFETCH(QString, expected);
        ClassifyInput in;
        in.status = status;
        if (reason != -2)
            in.ndrReasonCode = reason;
        if (diag != -2)
            in.ndrDiagCode = diag;
        if (ndrStatus != -2)
            in.ndrStatusCode = ndrStatus;
        QCOMPARE(classify(in), expected);
    }

    void smtpReplyCodeIsNotAStatus()
    {
        // Kopano writes the SMTP reply 550 into PR_NDR_STATUS_CODE: not 5.5.0.
        QCOMPARE(statusFromNdrStatusCode(550), QString());
        QCOMPARE(statusFromNdrStatusCode(422), QStringLiteral("4.2.2"));
    }

    void statusInText()
    {
        QCOMPARE(findStatusInText(QStringLiteral("550 5.1.1 <a@b.example>: Recipient address rejected")),
                 QStringLiteral("5.1.1"));
        QCOMPARE(findStatusInText(QStringLiteral("host 192.0.2.1 said: 550 no")), QString());
        QCOMPARE(findReplyCodeInText(QStringLiteral("552-5.2.2 The email account is over quota")), 552);
    }

    void everyVocabularyReasonHasWords()
    {
        // The shared vocabulary: every reason there is one we can explain.
        QFile tsv(QStringLiteral(NDR_CORPUS_DIR "/../reference/bounce-reasons.tsv"));
        if (!tsv.open(QIODevice::ReadOnly))
            QSKIP("../shared/reference is not here");
        tsv.readLine();
        while (!tsv.atEnd()) {
            const QString key = QString::fromUtf8(tsv.readLine()).section(QLatin1Char('\t'), 0, 0);
            if (key.isEmpty())
                continue;
            QVERIFY2(isKnownReason(key), qPrintable(key));
            QVERIFY(qstrlen(reasonInfo(key).plain) > 20);
            QVERIFY(qstrlen(reasonInfo(key).advice) > 5);
        }
    }

    void mapiNames()
    {
        QCOMPARE(mapiDiagName(35), QStringLiteral("MAPI_DIAG_MAIL_RECIPIENT_UNKNOWN"));
        QCOMPARE(mapiDiagName(-1), QStringLiteral("MAPI_DIAG_NO_DIAGNOSTIC"));
        QCOMPARE(mapiReasonName(0), QStringLiteral("MAPI_REASON_TRANSFER_FAILED"));
        QCOMPARE(statusMeaning(QStringLiteral("5.1.1")), QStringLiteral("Bad destination mailbox address"));
    }
};

QTEST_GUILESS_MAIN(TstReason)
#include "tst_reason.moc"
