// The Outbox view over a real store: the folder's messages with their recipient and resend
// counts, and for the selected one its recipient rows, the resend's own (MAPI_P1) rows marked
// apart from the rows the receivers see (MAPI_SUBMITTED). Each test writes a fresh store in a
// temporary folder through the resend engine, as the app does.
#include "fixturewriter.h"
#include "formstyle.h"
#include "outboxview.h"
#include "report/ndrreport.h"
#include "resend/resendengine.h"
#include "store/messagestore.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Ndr;

namespace {

const Fixtures::OriginalSpec kOriginal;
const Fixtures::Person &bob() { return kOriginal.to.at(0); }
const Fixtures::Person &carol() { return kOriginal.to.at(1); }
const Fixtures::Person &erin() { return kOriginal.cc.at(1); }

Report::NdrReport threeFailures()
{
    Fixtures::NdrSpec spec;
    spec.failures = {Fixtures::userUnknown(bob()), Fixtures::mailboxFull(carol()), Fixtures::policyRefusal(erin())};
    return Report::NdrReport::fromMessage(std::make_shared<Mapi::Message>(Fixtures::buildNdr(spec)));
}

// Resends the report to the chosen addresses (address -> corrected, empty when unchanged)
// into the store; the new message's id, 0 on failure.
qint64 resend(Store::MessageStore &store, const QList<Resend::Choice> &choices)
{
    const Report::NdrReport report = threeFailures();
    Resend::ResendEngine engine(report);
    engine.setChoices(choices);
    const auto message = engine.build();
    if (!message) {
        qWarning() << message.error().toString();
        return 0;
    }
    const auto id = store.submit(*message, Store::Identity{report.addresseeName(), report.addresseeAddress()});
    if (!id)
        qWarning() << id.error().toString();
    return id ? *id : 0;
}

QStringList column(const QTableView *view, int column, int role = Qt::DisplayRole)
{
    QStringList out;
    for (int r = 0; r < view->model()->rowCount(); ++r)
        out << view->model()->index(r, column).data(role).toString();
    return out;
}

// "address|type" of every recipient row the view lists, in order.
QStringList recipientRows(const QTableView *view)
{
    QStringList out;
    for (int r = 0; r < view->model()->rowCount(); ++r)
        out << QStringLiteral("%1|%2").arg(view->model()->index(r, OutboxRecipientModel::AddressColumn).data().toString(),
                                           view->model()->index(r, OutboxRecipientModel::TypeColumn).data().toString());
    return out;
}

} // namespace

class TestOutboxView : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void listsTheOutboxWithCounts();
    void selectedMessageShowsItsRowsWithP1Marked();
    void typeTexts_data();
    void typeTexts();
    void folderChooserShowsOtherFolders();
    void refreshPicksUpNewMessages();
    void storeProblemsAreSaidNamingTheFile_data();
    void storeProblemsAreSaidNamingTheFile();
    void lookingNeverWrites();
    void modelsPassModelTester();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    qint64 m_first = 0, m_second = 0;
};

void TestOutboxView::initTestCase()
{
    QApplication::setStyle(new Ndr::FormStyle);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(13);
    QApplication::setFont(font);
}

void TestOutboxView::init()
{
    // A fresh store per test: the first resend goes to Carol alone, the second to Bob at a
    // corrected address and to Erin.
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("store.sqlite"));
    auto store = Store::MessageStore::open(m_path);
    QVERIFY2(store.has_value(), store ? "" : qPrintable(store.error().toString()));
    m_first = resend(**store, {Resend::Choice{-1, carol().address, {}}});
    m_second = resend(**store, {Resend::Choice{-1, bob().address, QStringLiteral("bob.builder@example.net")},
                                Resend::Choice{-1, erin().address, {}}});
    QVERIFY(m_first > 0 && m_second > 0);
}

void TestOutboxView::listsTheOutboxWithCounts()
{
    OutboxView view;
    const auto shown = view.setStorePath(m_path);
    QVERIFY2(shown.has_value(), shown ? "" : qPrintable(shown.error().toString()));
    QCOMPARE(view.folder(), Store::Folder::Outbox);
    QCOMPARE(view.folderCombo()->currentText(), QStringLiteral("Outbox"));
    QTableView *list = view.findChild<QTableView *>(QStringLiteral("outboxMessageList"));
    QVERIFY(list);
    QCOMPARE(list->model()->rowCount(), 2);
    QCOMPARE(column(list, OutboxMessageModel::SubjectColumn),
             QStringList({kOriginal.subject, kOriginal.subject}));
    // The original's five rows, plus one P1 row per recipient sent to again.
    const int original = int(kOriginal.to.size() + kOriginal.cc.size() + kOriginal.bcc.size());
    QCOMPARE(column(list, OutboxMessageModel::RecipientsColumn),
             QStringList({QString::number(original + 1), QString::number(original + 2)}));
    QCOMPARE(column(list, OutboxMessageModel::ResendColumn), QStringList({QStringLiteral("1"), QStringLiteral("2")}));
    QCOMPARE(column(list, OutboxMessageModel::IdColumn),
             QStringList({QString::number(m_first), QString::number(m_second)}));
    QVERIFY(!column(list, OutboxMessageModel::TimeColumn).first().isEmpty());
    QVERIFY(view.findChild<QLabel *>(QStringLiteral("outboxStoreLabel"))->text().contains(m_path));
    QCOMPARE(view.findChild<QLabel *>(QStringLiteral("outboxStatusLabel"))->text(),
             QStringLiteral("2 messages in Outbox."));
    // The newest is selected, so its rows show at once.
    QCOMPARE(view.selectedMessage(), m_second);
}

void TestOutboxView::selectedMessageShowsItsRowsWithP1Marked()
{
    OutboxView view;
    QVERIFY(view.setStorePath(m_path).has_value());
    QVERIFY(view.selectMessage(m_second));
    QTableView *rows = view.findChild<QTableView *>(QStringLiteral("outboxRecipientList"));
    QVERIFY(rows);
    // Every original row is submitted (shown to the receivers, not sent again); Bob's carries the
    // corrected address there too; the P1 rows come last and are the only ones sent to.
    QCOMPARE(recipientRows(rows), QStringList({QStringLiteral("bob.builder@example.net|To (submitted)"),
                                               QStringLiteral("carol@example.org|To (submitted)"),
                                               QStringLiteral("dave@example.com|Cc (submitted)"),
                                               QStringLiteral("erin@partner.example|Cc (submitted)"),
                                               QStringLiteral("frank@example.com|Bcc (submitted)"),
                                               QStringLiteral("bob.builder@example.net|resend (P1)"),
                                               QStringLiteral("erin@partner.example|resend (P1)")}));
    QCOMPARE(column(rows, OutboxRecipientModel::NameColumn).at(6), erin().name);
    for (int r = 0; r < rows->model()->rowCount(); ++r) {
        const QModelIndex i = rows->model()->index(r, 0);
        const bool p1 = i.data(OutboxRecipientModel::IsP1Role).toBool();
        QCOMPARE(p1, r >= 5);
        QCOMPARE(i.data(Qt::FontRole).value<QFont>().bold(), p1);  // the envelope stands out
        QCOMPARE(i.data(OutboxRecipientModel::IsSubmittedRole).toBool(), !p1);
    }

    // Selecting the other message shows its rows instead.
    QVERIFY(view.selectMessage(m_first));
    QCOMPARE(recipientRows(rows).last(), QStringLiteral("carol@example.org|resend (P1)"));
    QCOMPARE(recipientRows(rows).filter(QStringLiteral("resend (P1)")).size(), 1);
    QVERIFY(recipientRows(rows).contains(QStringLiteral("bob@example.net|To (submitted)")));
}

void TestOutboxView::typeTexts_data()
{
    QTest::addColumn<quint32>("type");
    QTest::addColumn<QString>("text");
    QTest::newRow("to") << quint32(Mapi::MAPI_TO) << QStringLiteral("To");
    QTest::newRow("cc-submitted") << (quint32(Mapi::MAPI_CC) | Mapi::MAPI_SUBMITTED) << QStringLiteral("Cc (submitted)");
    QTest::newRow("bcc-submitted") << (quint32(Mapi::MAPI_BCC) | Mapi::MAPI_SUBMITTED) << QStringLiteral("Bcc (submitted)");
    QTest::newRow("p1") << Mapi::MAPI_P1 << QStringLiteral("resend (P1)");
}

void TestOutboxView::typeTexts()
{
    QFETCH(quint32, type);
    QFETCH(QString, text);
    QCOMPARE(OutboxRecipientModel::typeText(type), text);
}

void TestOutboxView::folderChooserShowsOtherFolders()
{
    {
        auto store = Store::MessageStore::open(m_path);
        QVERIFY(store.has_value());
        Mapi::Message draft;
        draft.props.setString(Mapi::PR_SUBJECT, QStringLiteral("A draft"));
        QVERIFY((*store)->save(draft, Store::Folder::Drafts).has_value());
    }
    OutboxView view;
    QVERIFY(view.setStorePath(m_path).has_value());
    QComboBox *folders = view.findChild<QComboBox *>(QStringLiteral("outboxFolderCombo"));
    QVERIFY(folders);
    QCOMPARE(folders->count(), int(Store::allFolders().size()));
    QTableView *list = view.messageList();
    // Chosen by keyboard, as a user would.
    folders->setFocus();
    folders->setCurrentIndex(folders->findText(QStringLiteral("Drafts")));
    QCOMPARE(view.folder(), Store::Folder::Drafts);
    QCOMPARE(column(list, OutboxMessageModel::SubjectColumn), QStringList({QStringLiteral("A draft")}));
    QCOMPARE(view.recipientList()->model()->rowCount(), 0);
    folders->setCurrentIndex(folders->findText(QStringLiteral("Sent Items")));
    QCOMPARE(list->model()->rowCount(), 0);
    QCOMPARE(view.findChild<QLabel *>(QStringLiteral("outboxStatusLabel"))->text(),
             QStringLiteral("The folder Sent Items is empty."));
    view.setFolder(Store::Folder::Outbox);
    QCOMPARE(list->model()->rowCount(), 2);
}

void TestOutboxView::refreshPicksUpNewMessages()
{
    OutboxView view;
    QVERIFY(view.setStorePath(m_path).has_value());
    view.show();
    QVERIFY(QTest::qWaitForWindowActive(&view));
    QCOMPARE(view.messageList()->model()->rowCount(), 2);
    qint64 third = 0;
    {
        auto store = Store::MessageStore::open(m_path);
        QVERIFY(store.has_value());
        third = resend(**store, {Resend::Choice{-1, carol().address, {}}});
    }
    QTest::keyClick(&view, Qt::Key_F5);
    QCOMPARE(view.messageList()->model()->rowCount(), 3);
    // The selection stays on the message the user had selected.
    QCOMPARE(view.selectedMessage(), m_second);
    QVERIFY(view.selectMessage(third));
}

void TestOutboxView::storeProblemsAreSaidNamingTheFile_data()
{
    QTest::addColumn<QByteArray>("content");  // null: no file at all
    QTest::addColumn<QString>("words");
    QTest::newRow("no-store-yet") << QByteArray() << QStringLiteral("Nothing has been stored yet");
    QTest::newRow("text-file-not-a-store") << QByteArray("just some text\n") << QStringLiteral("not a message store");
}

void TestOutboxView::storeProblemsAreSaidNamingTheFile()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, words);
    const QString path = m_dir->filePath(QStringLiteral("other.sqlite"));
    if (!content.isNull()) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }
    OutboxView view;
    const auto shown = view.setStorePath(path);
    QVERIFY(!shown.has_value());
    const QString status = view.findChild<QLabel *>(QStringLiteral("outboxStatusLabel"))->text();
    QVERIFY2(status.contains(words) && status.contains(path), qPrintable(status));
    QCOMPARE(view.messageList()->model()->rowCount(), 0);
    QCOMPARE(QFile::exists(path), !content.isNull());  // looking creates no store
    // Pointing it at a good store again works.
    QVERIFY(view.setStorePath(m_path).has_value());
    QCOMPARE(view.messageList()->model()->rowCount(), 2);
}

void TestOutboxView::lookingNeverWrites()
{
    QFile file(m_path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();
    {
        OutboxView view;
        QVERIFY(view.setStorePath(m_path).has_value());
        view.selectMessage(m_first);
        view.setFolder(Store::Folder::Inbox);
        view.refresh();
    }
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before);
}

void TestOutboxView::modelsPassModelTester()
{
    OutboxView view;
    QAbstractItemModelTester messages(view.messageList()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester rows(view.recipientList()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(view.setStorePath(m_path).has_value());
    view.selectMessage(m_first);
    view.setFolder(Store::Folder::Drafts);
    view.setFolder(Store::Folder::Outbox);
}

QTEST_MAIN(TestOutboxView)
#include "tst_outboxview.moc"
