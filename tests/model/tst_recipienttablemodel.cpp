// The Qt model over the original's recipient table, and the failed-rows proxy.
#include "recipienttablemodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Ndr;
using namespace Ndr::Mapi;

namespace {

std::shared_ptr<Message> reportWith(int recipients, const QList<int> &failed)
{
    auto orig = std::make_shared<Message>();
    orig->props.setString(PR_MESSAGE_CLASS, QStringLiteral("IPM.Note"));
    for (int i = 0; i < recipients; ++i) {
        Recipient r;
        r.props.setString(PR_DISPLAY_NAME, QStringLiteral("Person %1").arg(i));
        r.props.setString(PR_SMTP_ADDRESS, QStringLiteral("p%1@example.com").arg(i));
        r.props.setInt32(PR_RECIPIENT_TYPE, i % 3 == 2 ? MAPI_CC : MAPI_TO);
        if (failed.contains(i)) {
            r.props.setInt32(PR_NDR_REASON_CODE, 1);
            r.props.setInt32(PR_NDR_DIAG_CODE, 35);
            r.props.setString(PR_SUPPLEMENTARY_INFO, QStringLiteral("<mx.example.com #5.1.1 smtp;550 5.1.1 no such user>"));
        }
        orig->recipients.append(r);
    }
    auto report = std::make_shared<Message>();
    report->props.setString(PR_MESSAGE_CLASS, QStringLiteral("REPORT.IPM.Note.NDR"));
    Attachment a;
    a.props.setInt32(PR_ATTACH_METHOD, ATTACH_EMBEDDED_MSG);
    a.embedded = orig;
    report->attachments.append(a);
    return report;
}

} // namespace

class TstRecipientTableModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void passesTheModelTester()
    {
        RecipientTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        FailedRecipientsProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setReport(Report::NdrReport::fromMessage(reportWith(5, {1, 3})));
        proxy.setShowAll(true);
        proxy.sort(RecipientTableModel::AddressColumn, Qt::DescendingOrder);
        proxy.setShowAll(false);
        model.setReport(Report::NdrReport::fromMessage(reportWith(0, {})));
        QCOMPARE(model.rowCount(), 0);
    }

    void showsWhatTheUserReads()
    {
        RecipientTableModel model;
        model.setReport(Report::NdrReport::fromMessage(reportWith(3, {2})));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(RecipientTableModel::ColumnCount));
        const QModelIndex name = model.index(2, RecipientTableModel::RecipientColumn);
        QCOMPARE(name.data().toString(), QStringLiteral("Person 2"));
        QCOMPARE(model.index(2, RecipientTableModel::AddressColumn).data().toString(), QStringLiteral("p2@example.com"));
        QCOMPARE(model.index(2, RecipientTableModel::TypeColumn).data().toString(), QStringLiteral("Cc"));
        QCOMPARE(model.index(2, RecipientTableModel::StatusColumn).data().toString(), QStringLiteral("Failed (5.1.1)"));
        QCOMPARE(model.index(2, RecipientTableModel::ReasonColumn).data().toString(), QStringLiteral("Address not found"));
        QCOMPARE(name.data(RecipientTableModel::StatusCodeRole).toString(), QStringLiteral("5.1.1"));
        QCOMPARE(name.data(RecipientTableModel::ReasonKeyRole).toString(), QStringLiteral("userunknown"));
        QCOMPARE(name.data(RecipientTableModel::RecipientTypeRole).toInt(), MAPI_CC);
        QVERIFY(name.data(RecipientTableModel::FailedRole).toBool());
        QVERIFY(name.data(RecipientTableModel::PermanentRole).toBool());
        QCOMPARE(name.data(RecipientTableModel::DiagnosticRole).toString(), QStringLiteral("550 5.1.1 no such user"));
        QVERIFY(!model.index(0, 0).data(RecipientTableModel::FailedRole).toBool());
        QCOMPARE(model.index(0, RecipientTableModel::StatusColumn).data().toString(), QStringLiteral("Not reported"));
        QCOMPARE(model.headerData(RecipientTableModel::ReasonColumn, Qt::Horizontal).toString(), QStringLiteral("Reason"));
    }

    void proxyShowsFailedOrAll()
    {
        RecipientTableModel model;
        model.setReport(Report::NdrReport::fromMessage(reportWith(200, {0, 50, 199})));
        FailedRecipientsProxy proxy;
        proxy.setSourceModel(&model);
        QCOMPARE(proxy.rowCount(), 3);
        proxy.setShowAll(true);
        QCOMPARE(proxy.rowCount(), 200);
        proxy.setShowAll(false);
        QCOMPARE(proxy.index(1, RecipientTableModel::AddressColumn).data().toString(), QStringLiteral("p50@example.com"));
    }
};

QTEST_GUILESS_MAIN(TstRecipientTableModel)
#include "tst_recipienttablemodel.moc"
