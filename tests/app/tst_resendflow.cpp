// The resend flow in the main window, in a real event loop, as a user goes through it: open a
// report with three failures (5.1.1, 4.2.2, 5.7.1), press Resend, leave one recipient out,
// correct another's address, confirm a policy refusal, send; read the banner, open the Outbox,
// and check the store itself. Store failures (read-only, not a store, full, no folder) are said
// naming the file, and nothing is lost: the form stays usable and a retry has the same choices.
// Reports without a usable original get theirs through Locate Original....
#include "fixturewriter.h"
#include "formstyle.h"
#include "mainwindow.h"
#include "mimebuilder.h"
#include "ndrform.h"
#include "outboxview.h"
#include "resenddialog.h"
#include "resendresult.h"
#include "store/messagestore.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Ndr;

namespace {

const Fixtures::OriginalSpec kOriginal;
const Fixtures::Person &bob() { return kOriginal.to.at(0); }    // 5.1.1: corrected in the flow
const Fixtures::Person &carol() { return kOriginal.to.at(1); }  // 4.2.2: left out in the flow
const Fixtures::Person &erin() { return kOriginal.cc.at(1); }   // 5.7.1: sent after the warning
const QString kCorrected = QStringLiteral("bob.builder@example.net");

template <typename T>
T *child(const QObject *parent, const char *name)
{
    T *found = parent->findChild<T *>(QString::fromLatin1(name));
    if (!found)
        qWarning("no widget named %s", name);
    return found;
}

int rowOf(const QTableView *list, const QString &address)
{
    for (int i = 0; i < list->model()->rowCount(); ++i) {
        if (list->model()->index(i, 0).data(ResendChoiceModel::OriginalAddressRole).toString() == address)
            return i;
    }
    return -1;
}

bool isChecked(const QTableView *list, int row)
{
    return list->model()->index(row, ResendChoiceModel::SendColumn).data(Qt::CheckStateRole).toInt() == Qt::Checked;
}

void goToRow(QTableView *list, int row)
{
    list->setFocus(Qt::OtherFocusReason);
    list->setCurrentIndex(list->model()->index(row, ResendChoiceModel::RecipientColumn));
    list->selectRow(row);
}

// Loads the report into the window (its store set by the caller), shows it at the size the
// tests use, and waits until it is active.
bool showReport(MainWindow &w, const QString &report)
{
    w.setRecordRecent(false);  // a test's report stays out of the user's recent files
    w.resize(900, 600);
    const auto loaded = w.loadFile(report);
    if (!loaded) {
        qWarning("%s", qPrintable(loaded.error().toString()));
        return false;
    }
    w.show();
    return QTest::qWaitForWindowActive(&w);
}

// Presses Resend and waits for the dialog.
ResendDialog *pressResend(MainWindow &w)
{
    QPushButton *resend = child<QPushButton>(&w, "resendButton");
    if (!resend || !resend->isEnabled())
        return nullptr;
    QTest::mouseClick(resend, Qt::LeftButton);
    if (!QTest::qWaitFor([&] { return w.resendDialog() && w.resendDialog()->isVisible(); }))
        return nullptr;
    return w.resendDialog();
}

// In the dialog: Carol unchecked, Bob's address corrected (F2, typed, Enter), Erin checked
// after the policy warning. Returns false (with a warning) when a step did not work.
bool chooseInDialog(ResendDialog *dialog)
{
    QTableView *list = child<QTableView>(dialog, "resendRecipientList");
    const int b = rowOf(list, bob().address), c = rowOf(list, carol().address), e = rowOf(list, erin().address);
    if (b < 0 || c < 0 || e < 0)
        return false;
    goToRow(list, c);
    QTest::keyClick(list, Qt::Key_Space);
    goToRow(list, b);
    QTest::keyClick(list, Qt::Key_F2);
    auto *editor = list->findChild<QLineEdit *>(QStringLiteral("resendAddressEditor"));
    if (!editor)
        return false;
    editor->selectAll();
    QTest::keyClick(editor, Qt::Key_Backspace);
    QTest::keyClicks(editor, kCorrected);
    QTest::keyClick(editor, Qt::Key_Return);
    QTest::qWait(0);  // the editor commits on the next turn of the loop
    goToRow(list, e);
    QTest::keyClick(list, Qt::Key_Space);
    QPushButton *anyway = child<QPushButton>(dialog, "policySendAnywayButton");
    if (!anyway || !anyway->isVisible())
        return false;
    QTest::mouseClick(anyway, Qt::LeftButton);
    return !isChecked(list, c) && isChecked(list, b) && isChecked(list, e);
}

QString bannerText(const MainWindow &w)
{
    auto *label = child<QLabel>(&w, "resendResultLabel");
    return label ? label->text() : QString();
}

// The P1 rows' addresses of a stored message, in order.
QStringList p1Addresses(const Mapi::Message &m)
{
    QStringList out;
    for (const Mapi::Recipient &r : m.recipients) {
        if (quint32(r.type()) == Mapi::MAPI_P1)
            out << r.smtpAddress();
    }
    return out;
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestResendFlow : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void wholeFlowSendsOnlyTheChosenRecipients();
    void cancelSendsNothing();
    void storeFailureIsSaidAndNothingIsLost_data();
    void storeFailureIsSaidAndNothingIsLost();
    void outboxFromTheViewMenu();
    void locateOriginalOfInternetBounce();
    void locatedOriginalWithOtherMessageIdAsksFirst();
    void bigOriginalIsReadWhileTheWindowPaints();
    void backscatterIsNotResentUnlessTheUserSentIt();
    void bigReport_data();
    void bigReport();

private:
    QString writeReport(const QString &name);
    QString writeBigReport(QByteArray *attachment);
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestResendFlow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("ndrform-tests"));
    QApplication::setApplicationName(QStringLiteral("tst_app_resendflow"));
    QApplication::setStyle(new Ndr::FormStyle);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(13);
    QApplication::setFont(font);
}

void TestResendFlow::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestResendFlow::writeReport(const QString &name)
{
    Fixtures::NdrSpec spec;
    spec.failures = {Fixtures::userUnknown(bob()), Fixtures::mailboxFull(carol()), Fixtures::policyRefusal(erin())};
    const QString path = m_dir->filePath(name);
    if (const auto error = Fixtures::writeMsgFile(Fixtures::buildNdr(spec), path)) {
        qWarning() << error->toString();
        return {};
    }
    return path;
}

void TestResendFlow::wholeFlowSendsOnlyTheChosenRecipients()
{
    const QString report = writeReport(QStringLiteral("three-failures.msg"));
    QVERIFY(!report.isEmpty());
    const QString storePath = m_dir->filePath(QStringLiteral("store.sqlite"));
    MainWindow w;
    w.setStorePath(storePath);
    QVERIFY(showReport(w, report));

    ResendDialog *dialog = pressResend(w);
    QVERIFY(dialog);
    QVERIFY(dialog->isModal());  // window-modal: the form waits for the answer
    QVERIFY(chooseInDialog(dialog));
    const QPointer<ResendDialog> guard(dialog);
    QTest::mouseClick(child<QPushButton>(dialog, "confirmResendButton"), Qt::LeftButton);
    QTRY_VERIFY(!guard || !guard->isVisible());

    // The banner says what happened and where the message is.
    auto *banner = child<ResendResultBanner>(&w, "resendResultFrame");
    QVERIFY(banner && banner->isVisible());
    QCOMPARE(banner->state(), ResendResultBanner::State::Sent);
    QCOMPARE(bannerText(w), QStringLiteral("Sent again to 2 recipients. The message is in the Outbox of %1 (message 1).")
                                .arg(QDir::toNativeSeparators(storePath)));
    // The form stays as it was, ready for another resend.
    QVERIFY(child<QPushButton>(&w, "resendButton")->isEnabled());
    QCOMPARE(w.form()->recipientTable()->model()->rowCount(), 3);

    // Show Outbox: the new message selected, its P1 rows exactly the two chosen, Bob's
    // corrected address in both of his rows.
    QTest::mouseClick(child<QPushButton>(&w, "showOutboxButton"), Qt::LeftButton);
    OutboxView *outbox = w.outboxView();
    QVERIFY(outbox);
    QTRY_VERIFY(outbox->isVisible());
    QCOMPARE(outbox->storePath(), storePath);
    QCOMPARE(outbox->messageList()->model()->rowCount(), 1);
    QCOMPARE(outbox->selectedMessage(), qint64(1));
    const QAbstractItemModel *rows = outbox->recipientList()->model();
    QStringList p1Shown, submittedShown;
    for (int r = 0; r < rows->rowCount(); ++r) {
        const QString address = rows->index(r, OutboxRecipientModel::AddressColumn).data().toString();
        const QString type = rows->index(r, OutboxRecipientModel::TypeColumn).data().toString();
        if (type == QLatin1String("resend (P1)"))
            p1Shown << address;
        else if (type.endsWith(QLatin1String("(submitted)")))
            submittedShown << address;
    }
    QCOMPARE(p1Shown, QStringList({kCorrected, erin().address}));
    QVERIFY(submittedShown.contains(kCorrected));
    QVERIFY(!submittedShown.contains(bob().address));
    QCOMPARE(submittedShown.size(), 5);

    // The store itself.
    Store::MessageStore::Options options;
    options.path = storePath;
    options.readOnly = true;
    auto store = Store::MessageStore::open(options);
    QVERIFY2(store.has_value(), store ? "" : qPrintable(store.error().toString()));
    const auto listed = (*store)->list(Store::Folder::Outbox);
    QVERIFY(listed.has_value());
    QCOMPARE(listed->size(), 1);
    QCOMPARE(listed->first().p1Count, 2);
    const auto message = (*store)->load(listed->first().id);
    QVERIFY(message.has_value());
    QCOMPARE(p1Addresses(*message), QStringList({kCorrected, erin().address}));
    for (const Mapi::Recipient &r : message->recipients) {
        QVERIFY(r.smtpAddress() != bob().address);
        if (quint32(r.type()) != Mapi::MAPI_P1)
            QVERIFY2(quint32(r.type()) & Mapi::MAPI_SUBMITTED, qPrintable(r.smtpAddress()));
    }
    QVERIFY(message->props.int32(Mapi::PR_MESSAGE_FLAGS).value_or(0) & Mapi::MSGFLAG_RESEND);
    // Sent by the person the report went to: the original's sender.
    QCOMPARE(message->props.string(Mapi::PR_SENDER_SMTP_ADDRESS), kOriginal.sender.address);
}

void TestResendFlow::cancelSendsNothing()
{
    const QString report = writeReport(QStringLiteral("three-failures.msg"));
    const QString storePath = m_dir->filePath(QStringLiteral("store.sqlite"));
    MainWindow w;
    w.setStorePath(storePath);
    QVERIFY(showReport(w, report));
    ResendDialog *dialog = pressResend(w);
    QVERIFY(dialog);
    const QPointer<ResendDialog> guard(dialog);
    QTest::keyClick(child<QTableView>(dialog, "resendRecipientList"), Qt::Key_Escape);
    QTRY_VERIFY(!guard || !guard->isVisible());
    QVERIFY(child<ResendResultBanner>(&w, "resendResultFrame")->isHidden());
    QVERIFY(!QFile::exists(storePath));
}

void TestResendFlow::storeFailureIsSaidAndNothingIsLost_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("words");  // what the banner says about the store
    QTest::newRow("read-only-store-file") << QStringLiteral("read-only") << QStringLiteral("read-only");
    QTest::newRow("text-file-not-a-store") << QStringLiteral("not-a-store") << QStringLiteral("not a message store");
    QTest::newRow("disk-full") << QStringLiteral("full") << QStringLiteral("disk is full");
    QTest::newRow("folder-does-not-exist") << QStringLiteral("no-folder") << QStringLiteral("folder does not exist");
}

void TestResendFlow::storeFailureIsSaidAndNothingIsLost()
{
    QFETCH(QString, kind);
    QFETCH(QString, words);
    const QString report = writeReport(QStringLiteral("three-failures.msg"));
    QString storePath = m_dir->filePath(QStringLiteral("store.sqlite"));
    Store::MessageStore::Options options;
    if (kind == QLatin1String("read-only") || kind == QLatin1String("full")) {
        // A store with its schema in place and nothing else.
        QVERIFY(Store::MessageStore::open(storePath).has_value());
    }
    if (kind == QLatin1String("read-only")) {
        QVERIFY(QFile::setPermissions(storePath, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        QFile probe(storePath);
        if (probe.open(QIODevice::ReadWrite))  // root: permissions do not bind; the store is opened read-only
            options.readOnly = true;
    } else if (kind == QLatin1String("not-a-store")) {
        QFile f(storePath);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("these are my notes, not a message store\n");
    } else if (kind == QLatin1String("full")) {
        options.maxPageCount = 1;  // no page more than it has: a full disk
    } else {
        storePath = m_dir->filePath(QStringLiteral("no-such-folder/store.sqlite"));
    }
    options.path = storePath;
    const QByteArray before = fileBytes(storePath);

    MainWindow w;
    w.setStoreOptions(options);
    QVERIFY(showReport(w, report));
    ResendDialog *dialog = pressResend(w);
    QVERIFY(dialog);
    QVERIFY(chooseInDialog(dialog));
    QTest::mouseClick(child<QPushButton>(dialog, "confirmResendButton"), Qt::LeftButton);

    // Said clearly, naming the store file.
    auto *banner = child<ResendResultBanner>(&w, "resendResultFrame");
    QTRY_VERIFY(banner->isVisible());
    QCOMPARE(banner->state(), ResendResultBanner::State::Failed);
    const QString text = bannerText(w);
    QVERIFY2(text.contains(QStringLiteral("The message was not sent again.")), qPrintable(text));
    QVERIFY2(text.contains(QDir::toNativeSeparators(storePath)), qPrintable(text));
    QVERIFY2(text.contains(words), qPrintable(text));
    QVERIFY(child<QPushButton>(&w, "retryResendButton")->isVisible());
    QVERIFY(!child<QPushButton>(&w, "showOutboxButton")->isVisible());
    // Nothing written; the form still works.
    QCOMPARE(fileBytes(storePath), before);
    QVERIFY(child<QPushButton>(&w, "resendButton")->isEnabled());
    QCOMPARE(w.form()->recipientTable()->model()->rowCount(), 3);
    QTRY_VERIFY(!w.resendDialog() || !w.resendDialog()->isVisible());

    // Try Again: the dialog comes back with the same choices.
    QTest::mouseClick(child<QPushButton>(&w, "retryResendButton"), Qt::LeftButton);
    QTRY_VERIFY(w.resendDialog() && w.resendDialog()->isVisible());
    dialog = w.resendDialog();
    QTableView *list = child<QTableView>(dialog, "resendRecipientList");
    QVERIFY(isChecked(list, rowOf(list, bob().address)));
    QCOMPARE(list->model()->index(rowOf(list, bob().address), ResendChoiceModel::AddressColumn).data().toString(),
             kCorrected);
    QVERIFY(!isChecked(list, rowOf(list, carol().address)));
    QVERIFY(isChecked(list, rowOf(list, erin().address)));
    QVERIFY(child<QFrame>(dialog, "policyWarningFrame")->isHidden());

    // With the problem fixed (another store), the same choices go through.
    const QString good = m_dir->filePath(QStringLiteral("good.sqlite"));
    Store::MessageStore::Options fixed;
    fixed.path = good;
    w.setStoreOptions(fixed);
    QTest::mouseClick(child<QPushButton>(dialog, "confirmResendButton"), Qt::LeftButton);
    QTRY_COMPARE(banner->state(), ResendResultBanner::State::Sent);
    QVERIFY2(bannerText(w).startsWith(QStringLiteral("Sent again to 2 recipients.")), qPrintable(bannerText(w)));
    auto store = Store::MessageStore::open(good);
    QVERIFY(store.has_value());
    const auto listed = (*store)->list(Store::Folder::Outbox);
    QCOMPARE(listed->size(), 1);
    QCOMPARE(p1Addresses((*store)->load(listed->first().id).value()), QStringList({kCorrected, erin().address}));
    // And a later Resend starts afresh: Carol, temporary, checked again; Bob as reported.
    dialog = pressResend(w);
    QVERIFY(dialog);
    list = child<QTableView>(dialog, "resendRecipientList");
    QVERIFY(isChecked(list, rowOf(list, carol().address)));
    QVERIFY(!isChecked(list, rowOf(list, bob().address)));
    dialog->reject();
}

void TestResendFlow::outboxFromTheViewMenu()
{
    const QString storePath = m_dir->filePath(QStringLiteral("store.sqlite"));
    MainWindow w;
    w.setStorePath(storePath);
    QVERIFY(showReport(w, writeReport(QStringLiteral("r.msg"))));
    auto *action = child<QAction>(&w, "outboxAction");
    QVERIFY(action);
    QVERIFY(child<QMenu>(&w, "viewMenu")->actions().contains(action));
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    // Ctrl+Shift+O before anything was resent: the view opens and says there is no store yet.
    QTest::keyClick(&w, Qt::Key_O, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(w.outboxView() && w.outboxView()->isVisible());
    const QString status = child<QLabel>(w.outboxView(), "outboxStatusLabel")->text();
    QVERIFY2(status.contains(QStringLiteral("Nothing has been stored yet")), qPrintable(status));
    QVERIFY(!QFile::exists(storePath));
    // A resend while it is open shows up in it.
    ResendDialog *dialog = pressResend(w);
    QVERIFY(dialog);
    QTest::mouseClick(child<QPushButton>(dialog, "confirmResendButton"), Qt::LeftButton);  // Carol, as checked
    QTRY_COMPARE(w.outboxView()->messageList()->model()->rowCount(), 1);
    QCOMPARE(w.outboxView()->selectedMessage(), qint64(1));
}

namespace {

// An Internet bounce that returned only the original's headers: Bob unknown, Carol's mailbox full.
QByteArray headersOnlyBounce(const QByteArray &messageId)
{
    Fixtures::DsnSpec spec;
    spec.original = Fixtures::OriginalForm::HeadersOnly;
    spec.originalSpec.messageId = messageId;
    spec.recipients = {Fixtures::failedRecipient(bob().address, QStringLiteral("5.1.1")),
                       Fixtures::failedRecipient(carol().address, QStringLiteral("4.2.2"),
                                                 QStringLiteral("452 4.2.2 <carol@example.org>: Mailbox full"))};
    return Fixtures::buildDsn(spec);
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// Chooses the file in the Locate Original dialog, as a user would type it and press Open.
bool chooseFile(MainWindow &w, const QString &path)
{
    QFileDialog *files = nullptr;
    if (!QTest::qWaitFor([&] {
            files = w.findChild<QFileDialog *>(QStringLiteral("locateOriginalDialog"));
            return files && files->isVisible();
        }))
        return false;
    if (!files->testOption(QFileDialog::DontUseNativeDialog))
        return false;
    files->selectFile(path);
    return QMetaObject::invokeMethod(files, "accept");  // Open
}

} // namespace

void TestResendFlow::locateOriginalOfInternetBounce()
{
    const QByteArray id = "<original.20240314092653@example.com>";
    const QString reportPath = m_dir->filePath(QStringLiteral("bounce.eml"));
    const QString originalPath = m_dir->filePath(QStringLiteral("my copy.eml"));
    QVERIFY(writeFile(reportPath, headersOnlyBounce(id)));
    Fixtures::MimeMessageSpec original;
    original.messageId = id;
    QVERIFY(writeFile(originalPath, Fixtures::buildMessage(original)));
    const QString storePath = m_dir->filePath(QStringLiteral("store.sqlite"));

    MainWindow w;
    w.setStorePath(storePath);
    QVERIFY(showReport(w, reportPath));
    QVERIFY(w.form()->needsOriginal());
    QVERIFY(!child<QPushButton>(&w, "resendButton")->isEnabled());
    auto *locate = child<QPushButton>(&w, "locateOriginalButton");
    QVERIFY(locate && locate->isVisible());
    QVERIFY(child<QLabel>(&w, "bannerLabel")->text().contains(QStringLiteral("Locate Original")));

    QTest::mouseClick(locate, Qt::LeftButton);
    QVERIFY(chooseFile(w, originalPath));
    // The original is attached and the resend dialog opens straight away.
    QTRY_VERIFY(w.resendDialog() && w.resendDialog()->isVisible());
    QVERIFY(!w.form()->needsOriginal());
    QVERIFY(!locate->isVisible());
    QVERIFY(child<QPushButton>(&w, "resendButton")->isEnabled());
    QTableView *list = child<QTableView>(w.resendDialog(), "resendRecipientList");
    QCOMPARE(list->model()->rowCount(), 2);
    QVERIFY(isChecked(list, rowOf(list, carol().address)));   // temporary
    QVERIFY(!isChecked(list, rowOf(list, bob().address)));    // unknown address
    QTest::mouseClick(child<QPushButton>(w.resendDialog(), "confirmResendButton"), Qt::LeftButton);
    QTRY_COMPARE(child<ResendResultBanner>(&w, "resendResultFrame")->state(), ResendResultBanner::State::Sent);

    auto store = Store::MessageStore::open(storePath);
    QVERIFY(store.has_value());
    const auto listed = (*store)->list(Store::Folder::Outbox);
    QCOMPARE(listed->size(), 1);
    const Mapi::Message sent = (*store)->load(listed->first().id).value();
    QCOMPARE(p1Addresses(sent), QStringList({carol().address}));
    QCOMPARE(sent.subject(), original.subject);
    // From the .eml: its own bytes travel with it, so an .eml export gives them back.
    QVERIFY(!sent.rawMime.isEmpty());
}

void TestResendFlow::locatedOriginalWithOtherMessageIdAsksFirst()
{
    const QString reportPath = m_dir->filePath(QStringLiteral("bounce.eml"));
    const QString otherPath = m_dir->filePath(QStringLiteral("another message.eml"));
    QVERIFY(writeFile(reportPath, headersOnlyBounce("<original.20240314092653@example.com>")));
    Fixtures::MimeMessageSpec other;
    other.messageId = "<something.else@example.com>";
    QVERIFY(writeFile(otherPath, Fixtures::buildMessage(other)));

    MainWindow w;
    w.setStorePath(m_dir->filePath(QStringLiteral("store.sqlite")));
    QVERIFY(showReport(w, reportPath));

    // Cancel: nothing changes.
    QTest::mouseClick(child<QPushButton>(&w, "locateOriginalButton"), Qt::LeftButton);
    QVERIFY(chooseFile(w, otherPath));
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = w.findChild<QMessageBox *>(QStringLiteral("originalMismatchBox"))) && box->isVisible());
    QVERIFY2(box->informativeText().contains(QStringLiteral("<something.else@example.com>")),
             qPrintable(box->informativeText()));
    QVERIFY(box->informativeText().contains(QStringLiteral("<original.20240314092653@example.com>")));
    QCOMPARE(box->icon(), QMessageBox::Warning);
    QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
    QTest::qWait(20);
    QVERIFY(!w.resendDialog());
    QVERIFY(w.form()->needsOriginal());

    // Use This Message: the user knows better; the resend dialog opens.
    QTest::mouseClick(child<QPushButton>(&w, "locateOriginalButton"), Qt::LeftButton);
    QVERIFY(chooseFile(w, otherPath));
    QTRY_VERIFY((box = w.findChild<QMessageBox *>(QStringLiteral("originalMismatchBox"))) && box->isVisible());
    QTest::mouseClick(child<QPushButton>(box, "useOriginalAnywayButton"), Qt::LeftButton);
    QTRY_VERIFY(w.resendDialog() && w.resendDialog()->isVisible());
    QVERIFY(!w.form()->needsOriginal());
    w.resendDialog()->reject();
}

void TestResendFlow::bigOriginalIsReadWhileTheWindowPaints()
{
    Fixtures::OriginalSpec spec;
    spec.extraRecipients = 10000;
    const Mapi::Message original = Fixtures::buildOriginal(spec);
    const QString originalPath = m_dir->filePath(QStringLiteral("big original.msg"));
    QVERIFY(!Fixtures::writeMsgFile(original, originalPath));
    QVERIFY(QFileInfo(originalPath).size() >= 8 << 20);  // read aside from this size
    const QString reportPath = m_dir->filePath(QStringLiteral("bounce.eml"));
    QVERIFY(writeFile(reportPath, headersOnlyBounce(original.props.string(Mapi::PR_INTERNET_MESSAGE_ID).toUtf8())));

    MainWindow w;
    w.setStorePath(m_dir->filePath(QStringLiteral("store.sqlite")));
    QVERIFY(showReport(w, reportPath));
    QVERIFY(w.form()->needsOriginal());
    // While the original is read, timers fire and the cursor says busy; the file dialog is gone.
    bool busyMeanwhile = false, dialogMeanwhile = false;
    QTimer timer;
    timer.setInterval(0);
    connect(&timer, &QTimer::timeout, &w, [&] {
        if (!QApplication::overrideCursor() || QApplication::overrideCursor()->shape() != Qt::BusyCursor)
            return;
        busyMeanwhile = true;
        const auto *files = w.findChild<QFileDialog *>(QStringLiteral("locateOriginalDialog"));
        dialogMeanwhile = dialogMeanwhile || (files && files->isVisible());
    });
    timer.start();
    QTest::mouseClick(child<QPushButton>(&w, "locateOriginalButton"), Qt::LeftButton);
    QVERIFY(chooseFile(w, originalPath));
    QTRY_VERIFY_WITH_TIMEOUT(w.resendDialog() && w.resendDialog()->isVisible(), 30000);
    timer.stop();
    QVERIFY(busyMeanwhile);
    QVERIFY(!dialogMeanwhile);
    QVERIFY(!QApplication::overrideCursor());
    QVERIFY(!w.form()->needsOriginal());
    QTableView *list = child<QTableView>(w.resendDialog(), "resendRecipientList");
    QCOMPARE(list->model()->rowCount(), 2);  // the report's two failures, found among 10,005
    w.resendDialog()->reject();

    // Closed while the original is read: the window closes once it is read, with no resend dialog.
    MainWindow closing;
    QVERIFY(showReport(closing, reportPath));
    bool closedMeanwhile = true;
    busyMeanwhile = false;
    QTimer closer;
    closer.setInterval(0);
    connect(&closer, &QTimer::timeout, &closing, [&] {
        if (!busyMeanwhile && QApplication::overrideCursor() && QApplication::overrideCursor()->shape() == Qt::BusyCursor) {
            busyMeanwhile = true;
            closedMeanwhile = closing.close();
        }
    });
    closer.start();
    QTest::mouseClick(child<QPushButton>(&closing, "locateOriginalButton"), Qt::LeftButton);
    QVERIFY(chooseFile(closing, originalPath));
    QTRY_VERIFY_WITH_TIMEOUT(!closing.isVisible(), 30000);
    closer.stop();
    QVERIFY(busyMeanwhile);
    QVERIFY(!closedMeanwhile);
    QTest::qWait(50);
    QVERIFY(!closing.resendDialog());
}

// A bounce that came to someone other than the returned message's sender (spam sent in their
// name): Resend stays off and says why; Resend Anyway… asks, and only "yes" opens the dialog.
void TestResendFlow::backscatterIsNotResentUnlessTheUserSentIt()
{
    Fixtures::NdrSpec spec;
    spec.failures = {Fixtures::userUnknown(bob())};
    Mapi::Message ndr = Fixtures::buildNdr(spec);
    const QString you = QStringLiteral("dana@contoso.example");
    ndr.props.setString(Mapi::PR_RECEIVED_BY_SMTP_ADDRESS, you);
    ndr.props.setString(Mapi::PR_RECEIVED_BY_EMAIL_ADDRESS, you);
    const QString report = m_dir->filePath(QStringLiteral("backscatter.msg"));
    QVERIFY(!Fixtures::writeMsgFile(ndr, report));
    const QString storePath = m_dir->filePath(QStringLiteral("store.sqlite"));
    MainWindow w;
    w.setStorePath(storePath);
    QVERIFY(showReport(w, report));

    auto *resend = child<QPushButton>(&w, "resendButton");
    QVERIFY(!resend->isEnabled());
    QVERIFY2(resend->toolTip().contains(QStringLiteral("backscatter")), qPrintable(resend->toolTip()));
    QVERIFY(child<QLabel>(&w, "bannerLabel")->text().contains(QStringLiteral("Resend is turned off for this report.")));
    // Nothing else starts it either (the banner's Try Again goes the same way).
    w.startResend();
    QVERIFY(!w.resendDialog());

    auto *anyway = child<QPushButton>(&w, "resendAnywayButton");
    QVERIFY(anyway && anyway->isVisible());
    QTest::mouseClick(anyway, Qt::LeftButton);
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = w.findChild<QMessageBox *>(QStringLiteral("resendAnywayBox"))) && box->isVisible());
    QVERIFY2(box->informativeText().contains(kOriginal.sender.address) && box->informativeText().contains(you),
             qPrintable(box->informativeText()));
    QTest::mouseClick(child<QPushButton>(box, "confirmResendAnywayButton"), Qt::LeftButton);
    QTRY_VERIFY(w.resendDialog() && w.resendDialog()->isVisible());
    QVERIFY(resend->isEnabled());
    const QPointer<ResendDialog> guard(w.resendDialog());
    QTest::keyClick(child<QTableView>(guard.data(), "resendRecipientList"), Qt::Key_Escape);
    QTRY_VERIFY(!guard || !guard->isVisible());
    QVERIFY(!QFile::exists(storePath));
}

// A report of some 12 MB: its original's attachment stays in the file while the form shows it
// (and is read when the user presses Resend).
QString TestResendFlow::writeBigReport(QByteArray *attachment)
{
    Fixtures::NdrSpec spec;
    spec.original.attachmentSize = 12 << 20;
    *attachment = Fixtures::buildOriginal(spec.original).attachments.value(0).data();
    const QString path = m_dir->filePath(QStringLiteral("big.msg"));
    if (const auto error = Fixtures::writeMsgFile(Fixtures::buildNdr(spec), path)) {
        qWarning() << error->toString();
        return {};
    }
    return path;
}

// Presses Resend and confirms the dialog as it opens; returns the banner once it shows.
static ResendResultBanner *resendAsOffered(MainWindow &w)
{
    ResendDialog *dialog = pressResend(w);
    if (!dialog)
        return nullptr;
    QTest::mouseClick(child<QPushButton>(dialog, "confirmResendButton"), Qt::LeftButton);
    auto *banner = child<ResendResultBanner>(&w, "resendResultFrame");
    return banner && QTest::qWaitFor([&] { return banner->isVisible(); }) ? banner : nullptr;
}

void TestResendFlow::bigReport_data()
{
    QTest::addColumn<bool>("cutShort");
    QTest::newRow("attachment-resent-whole") << false;
    // The report's file cut short while the form shows it (a sync tool, another program): the
    // attachment can no longer be read. Resend says so, naming the file, and stores nothing.
    QTest::newRow("file-cut-short-before-resend") << true;
}

void TestResendFlow::bigReport()
{
    QFETCH(bool, cutShort);
    QByteArray attachment;
    const QString report = writeBigReport(&attachment);
    QVERIFY(!report.isEmpty());
    const QString storePath = m_dir->filePath(QStringLiteral("store.sqlite"));
    MainWindow w;
    w.setStorePath(storePath);
    QVERIFY(showReport(w, report));
    if (cutShort)
        QVERIFY(QFile::resize(report, 1 << 20));
    ResendResultBanner *banner = resendAsOffered(w);
    QVERIFY(banner);

    auto store = Store::MessageStore::open(storePath);
    QVERIFY(store.has_value());
    const auto listed = (*store)->list(Store::Folder::Outbox);
    if (cutShort) {
        QCOMPARE(banner->state(), ResendResultBanner::State::Failed);
        const QString text = bannerText(w);
        QVERIFY2(text.contains(QStringLiteral("The message was not sent again.")), qPrintable(text));
        QVERIFY2(text.contains(QDir::toNativeSeparators(report)), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("changed after it was opened")), qPrintable(text));
        // The report's file is at fault, not the store, and the banner says so.
        QVERIFY2(text.contains(QStringLiteral("It could not be prepared")), qPrintable(text));
        QCOMPARE(listed->size(), 0);
        return;
    }
    QCOMPARE(banner->state(), ResendResultBanner::State::Sent);
    QCOMPARE(listed->size(), 1);
    const auto message = (*store)->load(listed->first().id);
    QVERIFY(message.has_value());
    QCOMPARE(message->attachments.size(), 1);
    QCOMPARE(message->attachments.first().data().size(), attachment.size());
    QVERIFY(message->attachments.first().data() == attachment);
}

QTEST_MAIN(TestResendFlow)
#include "tst_resendflow.moc"
