// The property view for administrators: every property of the report, its recipients, its
// attachments and the messages embedded in them (at any depth), with spec names, types and
// values an administrator can read and copy.
#include "fixturewriter.h"
#include "formstyle.h"
#include "mapi/deferredbytes.h"
#include "mapi/propjson.h"
#include "propertyview.h"
#include "reportfile.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPushButton>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Ndr;
using Model = PropertyTreeModel;

namespace {

// The child of parent whose first column starts with text, its branch filled first.
QModelIndex childStartingWith(QAbstractItemModel *model, const QModelIndex &parent, const QString &text)
{
    if (model->canFetchMore(parent))
        model->fetchMore(parent);
    for (int i = 0; i < model->rowCount(parent); ++i) {
        const QModelIndex child = model->index(i, 0, parent);
        if (child.data().toString().startsWith(text))
            return child;
    }
    return {};
}

// A path of first-column texts from the root: {"Report", "Attachments", "Attachment 1", ...}.
QModelIndex walk(QAbstractItemModel *model, const QStringList &path)
{
    QModelIndex at;
    for (const QString &step : path) {
        at = childStartingWith(model, at, step);
        if (!at.isValid())
            return {};
    }
    return at;
}

// The property row of a branch whose Name column is name.
QModelIndex propertyRow(QAbstractItemModel *model, const QModelIndex &parent, const QString &name)
{
    if (model->canFetchMore(parent))
        model->fetchMore(parent);
    for (int i = 0; i < model->rowCount(parent); ++i) {
        if (model->index(i, Model::NameColumn, parent).data().toString() == name)
            return model->index(i, 0, parent);
    }
    return {};
}

QString cell(const QModelIndex &row, int column)
{
    return row.siblingAtColumn(column).data().toString();
}

// A value's file that remembers the most that was asked of it at once.
class RecordingSource : public Mapi::DeferredBytes::Source {
public:
    explicit RecordingSource(QByteArray bytes) : m_bytes(std::move(bytes)) {}
    Expected<QByteArray> read(qint64 offset, qint64 size) const override
    {
        m_largestRead = qMax(m_largestRead, size);
        return m_bytes.mid(offset, size);
    }
    qint64 largestRead() const { return m_largestRead; }

private:
    QByteArray m_bytes;
    mutable qint64 m_largestRead = 0;
};

// The report with the original attached, and a forwarded message attached to the original:
// three messages deep.
std::shared_ptr<const Mapi::Message> nestedReport()
{
    Fixtures::NdrSpec spec;
    spec.original.embeddedMessage = true;
    return std::make_shared<const Mapi::Message>(Fixtures::buildNdr(spec));
}

} // namespace

class TestPropertyView : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void rootShowsTheReportsOwnProperties();
    void showsEmbeddedOriginalAndTheMessageInsideIt();
    void recipientsAndAttachmentsAreListed();
    void valuesAreReadable_data();
    void valuesAreReadable();
    void bigAttachmentPreviewReadsOnlyItsStart();
    void namedPropertiesShowSetAndId();
    void ctrlCCopiesSelectedRowsAsText();
    void copyAllAsJsonIsThePropertyJson();
    void modelPassesTester();
    void emptyViewCopiesNothing();
    void longWorkShowsTheWaitCursor();
};

void TestPropertyView::initTestCase()
{
    QApplication::setStyle(new Ndr::FormStyle);
}

void TestPropertyView::rootShowsTheReportsOwnProperties()
{
    PropertyView view;
    view.setMessage(nestedReport(), QStringLiteral("Report"));
    QAbstractItemModel *model = view.tree()->model();
    QCOMPARE(model->rowCount(), 1);
    const QModelIndex root = model->index(0, 0);
    QCOMPARE(root.data().toString(), QStringLiteral("Report"));
    QCOMPARE(cell(root, Model::TypeColumn), QStringLiteral("REPORT.IPM.Note.NDR"));
    // The root and its properties are open when the view shows.
    QVERIFY(view.tree()->isExpanded(root));
    const QModelIndex props = childStartingWith(model, root, QStringLiteral("Properties ("));
    QVERIFY(props.isValid());
    QVERIFY(view.tree()->isExpanded(props));
    const QModelIndex cls = propertyRow(model, props, QStringLiteral("PR_MESSAGE_CLASS"));
    QVERIFY(cls.isValid());
    QCOMPARE(cell(cls, Model::TagColumn), QStringLiteral("0x001A001F"));
    QCOMPARE(cell(cls, Model::TypeColumn), QStringLiteral("PT_UNICODE"));
    QCOMPARE(cell(cls, Model::ValueColumn), QStringLiteral("REPORT.IPM.Note.NDR"));
}

void TestPropertyView::showsEmbeddedOriginalAndTheMessageInsideIt()
{
    PropertyView view;
    view.setMessage(nestedReport(), QStringLiteral("Report"));
    QAbstractItemModel *model = view.tree()->model();

    const QModelIndex original = walk(model, {QStringLiteral("Report"), QStringLiteral("Attachments ("),
                                              QStringLiteral("Attachment 1"), QStringLiteral("Embedded message")});
    QVERIFY(original.isValid());
    QCOMPARE(cell(original, Model::NameColumn), QStringLiteral("Quarterly figures for review"));
    const QModelIndex subject = propertyRow(model, childStartingWith(model, original, QStringLiteral("Properties (")),
                                            QStringLiteral("PR_SUBJECT"));
    QCOMPARE(cell(subject, Model::ValueColumn), QStringLiteral("Quarterly figures for review"));

    // The forwarded message attached to the original: a message inside the message.
    QModelIndex attachments = childStartingWith(model, original, QStringLiteral("Attachments ("));
    QVERIFY(attachments.isValid());
    QModelIndex inner;
    for (int i = 0; i < model->rowCount(attachments) + 1 && !inner.isValid(); ++i) {
        const QModelIndex attachment = childStartingWith(model, attachments, QStringLiteral("Attachment %1").arg(i + 1));
        if (attachment.isValid())
            inner = childStartingWith(model, attachment, QStringLiteral("Embedded message"));
    }
    QVERIFY(inner.isValid());
    QCOMPARE(cell(inner, Model::NameColumn), QStringLiteral("Minutes of the planning meeting"));
    const QModelIndex innerProps = childStartingWith(model, inner, QStringLiteral("Properties ("));
    QCOMPARE(cell(propertyRow(model, innerProps, QStringLiteral("PR_SENDER_NAME")), Model::ValueColumn),
             QStringLiteral("Dave Miller"));

    const QModelIndex recipients = childStartingWith(model, inner, QStringLiteral("Recipients ("));
    QCOMPARE(model->rowCount(recipients), 1);
    QCOMPARE(cell(model->index(0, 0, recipients), Model::ValueColumn), QStringLiteral("alice@example.com"));
}

void TestPropertyView::recipientsAndAttachmentsAreListed()
{
    PropertyView view;
    view.setMessage(nestedReport(), QStringLiteral("Report"));
    QAbstractItemModel *model = view.tree()->model();
    const Fixtures::NdrSpec spec;
    // Convention (a): the report's own rows are the failed recipients.
    const QModelIndex recipients = walk(model, {QStringLiteral("Report"), QStringLiteral("Recipients (")});
    QVERIFY(recipients.isValid());
    QCOMPARE(model->rowCount(recipients), int(spec.failures.size()));
    const QModelIndex first = model->index(0, 0, recipients);
    QCOMPARE(first.data().toString(), QStringLiteral("Recipient 1"));
    QCOMPARE(cell(first, Model::NameColumn), spec.failures.first().recipient.name);
    QCOMPARE(cell(first, Model::ValueColumn), spec.failures.first().recipient.address);
    const QModelIndex status = propertyRow(model, first, QStringLiteral("PR_NDR_STATUS_CODE"));
    QCOMPARE(cell(status, Model::ValueColumn), QStringLiteral("511 (0x1FF)"));

    const QModelIndex original = walk(model, {QStringLiteral("Report"), QStringLiteral("Attachments ("),
                                              QStringLiteral("Attachment 1"), QStringLiteral("Embedded message")});
    const QModelIndex attachments = childStartingWith(model, original, QStringLiteral("Attachments ("));
    QCOMPARE(cell(model->index(0, 0, attachments), Model::NameColumn), QStringLiteral("figures.csv"));
    QCOMPARE(cell(model->index(0, 0, attachments), Model::TypeColumn), QStringLiteral("1536 bytes"));
}

void TestPropertyView::valuesAreReadable_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("valueStart");
    // The original's own properties (fixture writer: fixed times, fixed ids).
    QTest::newRow("time-iso-utc") << QStringLiteral("PR_CLIENT_SUBMIT_TIME") << QStringLiteral("PT_SYSTIME")
                                  << QStringLiteral("2024-03-14T09:26:53.000Z");
    QTest::newRow("binary-as-hex") << QStringLiteral("PR_CONVERSATION_INDEX") << QStringLiteral("PT_BINARY")
                                   << QStringLiteral("01 ");
    QTest::newRow("flags-decimal-and-hex") << QStringLiteral("PR_MESSAGE_FLAGS") << QStringLiteral("PT_LONG")
                                           << QStringLiteral("17 (0x11)");
    QTest::newRow("boolean") << QStringLiteral("PR_ORIGINATOR_DELIVERY_REPORT_REQUESTED")
                             << QStringLiteral("PT_BOOLEAN") << QStringLiteral("false");
    QTest::newRow("multiline-text-on-one-line") << QStringLiteral("PR_BODY") << QStringLiteral("PT_UNICODE")
                                                << QStringLiteral("Hello all,");
}

void TestPropertyView::valuesAreReadable()
{
    QFETCH(QString, name);
    QFETCH(QString, type);
    QFETCH(QString, valueStart);
    PropertyView view;
    view.setMessage(nestedReport(), QStringLiteral("Report"));
    QAbstractItemModel *model = view.tree()->model();
    const QModelIndex props = walk(model, {QStringLiteral("Report"), QStringLiteral("Attachments ("),
                                           QStringLiteral("Attachment 1"), QStringLiteral("Embedded message"),
                                           QStringLiteral("Properties (")});
    const QModelIndex row = propertyRow(model, props, name);
    QVERIFY2(row.isValid(), qPrintable(name));
    QCOMPARE(cell(row, Model::TypeColumn), type);
    const QString value = cell(row, Model::ValueColumn);
    QVERIFY2(value.startsWith(valueStart), qPrintable(value));
    QVERIFY2(!value.contains(QLatin1Char('\n')), qPrintable(value));
}

void TestPropertyView::bigAttachmentPreviewReadsOnlyItsStart()
{
    // A report opened from its file keeps a big attachment's data there (DESIGN.md budgets);
    // the Properties window shows its first bytes and its size, and reads no more than that.
    constexpr qint64 kSize = 1 << 20;
    Fixtures::NdrSpec spec;
    spec.original.attachmentSize = kSize;
    const Mapi::Message written = Fixtures::buildNdr(spec);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.msg"));
    QVERIFY(!Fixtures::writeMsgFile(written, path));
    const auto opened = openMessageFile(path);
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().toString()));

    PropertyView view;
    view.setMessage(opened->message, QStringLiteral("Report"));
    QAbstractItemModel *model = view.tree()->model();
    const QModelIndex original = walk(model, {QStringLiteral("Report"), QStringLiteral("Attachments ("),
                                              QStringLiteral("Attachment 1"), QStringLiteral("Embedded message")});
    const QModelIndex attachment = model->index(0, 0, childStartingWith(model, original, QStringLiteral("Attachments (")));
    QCOMPARE(cell(attachment, Model::TypeColumn), QStringLiteral("%1 bytes").arg(kSize));
    const QModelIndex data = propertyRow(model, attachment, QStringLiteral("PR_ATTACH_DATA_BIN"));
    QVERIFY(data.isValid());
    const QString value = cell(data, Model::ValueColumn);
    const QByteArray start = written.attachments.first().embedded->attachments.first().data().first(16);
    QVERIFY2(value.startsWith(QString::fromLatin1(start.toHex(' ').toUpper())), qPrintable(value));
    QVERIFY2(value.endsWith(QStringLiteral("(%1 bytes)").arg(kSize)), qPrintable(value));

    // And no more than the bytes shown are read: a value whose file records what is asked of it.
    auto source = std::make_shared<RecordingSource>(QByteArray(kSize, '\x5a'));
    auto message = std::make_shared<Mapi::Message>();
    Mapi::Attachment recorded;
    recorded.props.setInt32(Mapi::PR_ATTACH_METHOD, Mapi::ATTACH_BY_VALUE);
    recorded.props.set(Mapi::PR_ATTACH_DATA_BIN,
                       Mapi::PropValue(Mapi::PT_BINARY, QVariant::fromValue(Mapi::DeferredBytes(source, 0, kSize))));
    message->attachments.append(recorded);
    PropertyView small;
    small.setMessage(message, QStringLiteral("Report"));
    const QModelIndex recordedRow = propertyRow(small.tree()->model(),
                                                walk(small.tree()->model(), {QStringLiteral("Report"),
                                                                             QStringLiteral("Attachments ("),
                                                                             QStringLiteral("Attachment 1")}),
                                                QStringLiteral("PR_ATTACH_DATA_BIN"));
    QVERIFY(cell(recordedRow, Model::ValueColumn).startsWith(QStringLiteral("5A 5A")));
    QVERIFY2(source->largestRead() > 0 && source->largestRead() <= 100, qPrintable(QString::number(source->largestRead())));
}

void TestPropertyView::namedPropertiesShowSetAndId()
{
    PropertyView view;
    view.setMessage(nestedReport(), QStringLiteral("Report"));
    QAbstractItemModel *model = view.tree()->model();
    const QModelIndex props = walk(model, {QStringLiteral("Report"), QStringLiteral("Attachments ("),
                                           QStringLiteral("Attachment 1"), QStringLiteral("Embedded message"),
                                           QStringLiteral("Properties (")});
    const QModelIndex byId = propertyRow(model, props, QStringLiteral("PSETID_Common:0x8580"));
    QVERIFY(byId.isValid());
    QCOMPARE(cell(byId, Model::TagColumn), QStringLiteral("{00062008-0000-0000-C000-000000000046}:0x8580:001F"));
    QCOMPARE(cell(byId, Model::ValueColumn), QStringLiteral("alice@example.com"));
    const QModelIndex byName = propertyRow(model, props, QStringLiteral("PS_PUBLIC_STRINGS:Keywords"));
    QVERIFY(byName.isValid());
    QCOMPARE(cell(byName, Model::TypeColumn), QStringLiteral("PT_MV_UNICODE"));
    QCOMPARE(cell(byName, Model::ValueColumn), QStringLiteral("[Finance; Quarterly]"));
}

void TestPropertyView::ctrlCCopiesSelectedRowsAsText()
{
    PropertyView view;
    view.setMessage(nestedReport(), QStringLiteral("Report"));
    view.resize(900, 500);
    view.show();
    QVERIFY(QTest::qWaitForWindowActive(&view));
    QTreeView *tree = view.tree();
    QAbstractItemModel *model = tree->model();
    const QModelIndex props = walk(model, {QStringLiteral("Report"), QStringLiteral("Properties (")});
    const QModelIndex cls = propertyRow(model, props, QStringLiteral("PR_MESSAGE_CLASS"));
    const QModelIndex subject = propertyRow(model, props, QStringLiteral("PR_SUBJECT"));
    QVERIFY(cls.isValid() && subject.isValid());
    tree->setFocus();
    tree->selectionModel()->clearSelection();
    // Chosen bottom row first: the copy is still in the tree's order.
    tree->selectionModel()->select(subject, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    tree->selectionModel()->select(cls, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QApplication::clipboard()->clear();
    QTest::keySequence(tree, QKeySequence::Copy);
    const QStringList lines = QApplication::clipboard()->text().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0), QStringLiteral("0x001A001F\tPR_MESSAGE_CLASS\tPT_UNICODE\tREPORT.IPM.Note.NDR"));
    QVERIFY2(lines.at(1).startsWith(QStringLiteral("0x0037001F\tPR_SUBJECT\tPT_UNICODE\t")), qPrintable(lines.at(1)));

    // The Copy button does the same.
    QApplication::clipboard()->clear();
    view.findChild<QPushButton *>(QStringLiteral("copyButton"))->click();
    QCOMPARE(QApplication::clipboard()->text().split(QLatin1Char('\n')), lines);
}

void TestPropertyView::copyAllAsJsonIsThePropertyJson()
{
    const auto report = nestedReport();
    PropertyView view;
    view.setMessage(report, QStringLiteral("Report"));
    QApplication::clipboard()->clear();
    view.findChild<QPushButton *>(QStringLiteral("copyJsonButton"))->click();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QApplication::clipboard()->text().toUtf8(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(doc.object(), Mapi::messageToJson(*report));
    // The embedded original is in it, nested.
    QVERIFY(doc.object().value(QStringLiteral("attachments")).toArray().first().toObject().contains(QStringLiteral("message")));
}

void TestPropertyView::modelPassesTester()
{
    PropertyTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setMessage(nestedReport(), QStringLiteral("Report"));
    // Walk every branch, as "Expand All" does.
    QList<QModelIndex> pending{QModelIndex()};
    int rows = 0;
    while (!pending.isEmpty()) {
        const QModelIndex at = pending.takeLast();
        if (model.canFetchMore(at))
            model.fetchMore(at);
        for (int i = 0; i < model.rowCount(at); ++i) {
            pending << model.index(i, 0, at);
            ++rows;
        }
    }
    QVERIFY(rows > 100);
    model.setMessage(nullptr, {});
    QCOMPARE(model.rowCount(), 0);
}

void TestPropertyView::emptyViewCopiesNothing()
{
    PropertyView view;
    QApplication::clipboard()->setText(QStringLiteral("kept"));
    view.copySelection();
    view.copyAllAsJson();
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("kept"));
}

// Expand All and the copies hold the window still (for seconds, with a million rows): the
// cursor says so meanwhile, and is back to normal after.
void TestPropertyView::longWorkShowsTheWaitCursor()
{
    PropertyView view;
    view.resize(500, 300);
    view.setMessage(nestedReport(), QStringLiteral("Report"));
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QList<int> meanwhile;  // the override cursor's shape at each step, -1 for none
    const auto record = [&meanwhile] {
        meanwhile << (QApplication::overrideCursor() ? int(QApplication::overrideCursor()->shape()) : -1);
    };
    // The tree's scroll range grows as Expand All lays out the rows; the clipboard changes as a copy lands.
    connect(view.tree()->verticalScrollBar(), &QScrollBar::rangeChanged, &view, record);
    connect(QApplication::clipboard(), &QClipboard::dataChanged, &view, record);

    QTest::mouseClick(view.findChild<QPushButton *>(QStringLiteral("expandAllButton")), Qt::LeftButton);
    QVERIFY(!meanwhile.isEmpty());
    QCOMPARE(meanwhile, QList<int>(meanwhile.size(), Qt::WaitCursor));
    QCOMPARE(QApplication::overrideCursor(), nullptr);

    meanwhile.clear();
    QTest::mouseClick(view.findChild<QPushButton *>(QStringLiteral("copyJsonButton")), Qt::LeftButton);
    view.tree()->selectAll();
    QTest::mouseClick(view.findChild<QPushButton *>(QStringLiteral("copyButton")), Qt::LeftButton);
    QCOMPARE(meanwhile, QList<int>({Qt::WaitCursor, Qt::WaitCursor}));
    QCOMPARE(QApplication::overrideCursor(), nullptr);
}

QTEST_MAIN(TestPropertyView)
#include "tst_propertyview.moc"
