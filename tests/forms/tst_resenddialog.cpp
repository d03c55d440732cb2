// The resend dialog as a user meets it: who is checked at first and why (the safe-resend
// gates), what it takes to send to a bad address or past a policy refusal, when Resend can be
// pressed, and what the dialog hands back. Widgets are found by objectName and driven with keys
// and clicks, as QA scripts drive them.
#include "fixturewriter.h"
#include "formstyle.h"
#include "report/ndrreport.h"
#include "resenddialog.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace Ndr;
Q_DECLARE_METATYPE(Ndr::Fixtures::NdrConvention)

namespace {

const Fixtures::OriginalSpec kOriginal;
const Fixtures::Person &bob() { return kOriginal.to.at(0); }    // 5.1.1 address unknown
const Fixtures::Person &carol() { return kOriginal.to.at(1); }  // 4.2.2 mailbox full
const Fixtures::Person &erin() { return kOriginal.cc.at(1); }   // 5.7.1 refused by policy

// A report with three failures, one per gate.
Report::NdrReport threeFailures(Fixtures::NdrConvention convention = Fixtures::NdrConvention::ReportRecipients)
{
    Fixtures::NdrSpec spec;
    spec.convention = convention;
    spec.failures = {Fixtures::userUnknown(bob()), Fixtures::mailboxFull(carol()), Fixtures::policyRefusal(erin())};
    return Report::NdrReport::fromMessage(std::make_shared<Mapi::Message>(Fixtures::buildNdr(spec)));
}

template <typename T>
T *child(const QWidget &w, const char *name)
{
    T *found = w.findChild<T *>(QString::fromLatin1(name));
    if (!found)
        qFatal("no widget named %s", name);
    return found;
}

// The dialog's row of an address as the report gave it; -1 when it does not list it.
int rowOf(const QTableView *list, const QString &address)
{
    const QAbstractItemModel *m = list->model();
    for (int i = 0; i < m->rowCount(); ++i) {
        if (m->index(i, 0).data(ResendChoiceModel::OriginalAddressRole).toString() == address)
            return i;
    }
    return -1;
}

bool isChecked(const QTableView *list, int row)
{
    return list->model()->index(row, ResendChoiceModel::SendColumn).data(Qt::CheckStateRole).toInt() == Qt::Checked;
}

QString cell(const QTableView *list, int row, int column)
{
    return list->model()->index(row, column).data().toString();
}

// Puts the keyboard on a row, the way a user arrows to it.
void goToRow(QTableView *list, int row, int column = ResendChoiceModel::RecipientColumn)
{
    list->setFocus(Qt::OtherFocusReason);
    list->setCurrentIndex(list->model()->index(row, column));
    list->selectRow(row);
}

// F2 on the row, the new address typed over the old one, Enter.
void typeAddress(QTableView *list, int row, const QString &address)
{
    goToRow(list, row);
    QTest::keyClick(list, Qt::Key_F2);
    auto *editor = list->findChild<QLineEdit *>(QStringLiteral("resendAddressEditor"));
    QVERIFY2(editor, "F2 opens no address editor");
    QVERIFY(editor->hasFocus() || !QApplication::focusWidget());
    editor->selectAll();
    QTest::keyClick(editor, Qt::Key_Backspace);
    QTest::keyClicks(editor, address);
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_VERIFY(!list->findChild<QLineEdit *>(QStringLiteral("resendAddressEditor"))
                || !list->findChild<QLineEdit *>(QStringLiteral("resendAddressEditor"))->isVisible());
}

} // namespace

class TestResendDialog : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void listsEachFailedRecipientOnce_data();
    void listsEachFailedRecipientOnce();
    void gatesSetWhoIsCheckedFirst_data();
    void gatesSetWhoIsCheckedFirst();
    void permanentAddressCheckableOnlyOnceCorrected();
    void policyRefusalCheckedOnlyAfterWarningConfirmed();
    void resendEnabledOnlyWhenEveryCheckedRowCanGo();
    void returnedChoicesCarryCorrectedAddresses();
    void enterInAddressEditorDoesNotSend();
    void earlierChoicesComeBack();
    void keyboardOnly();
    void interactiveWidgetsHaveNamesAndAccessibleNames();
    void nothingClippedAtItsOwnSize();
    void modelPassesModelTester();
    void outcomeSaysWhatWillHappenBeforeConfirming();
};

void TestResendDialog::initTestCase()
{
    QApplication::setStyle(new Ndr::FormStyle);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(13);
    QApplication::setFont(font);
}

void TestResendDialog::listsEachFailedRecipientOnce_data()
{
    QTest::addColumn<Fixtures::NdrConvention>("convention");
    for (auto c : {Fixtures::NdrConvention::ReportRecipients, Fixtures::NdrConvention::OriginalRecipients,
                   Fixtures::NdrConvention::DeliveryStatusOnly})
        QTest::newRow(qPrintable(Fixtures::conventionName(c))) << c;
}

void TestResendDialog::listsEachFailedRecipientOnce()
{
    QFETCH(Fixtures::NdrConvention, convention);
    ResendDialog dialog;
    dialog.setReport(threeFailures(convention));
    auto *list = child<QTableView>(dialog, "resendRecipientList");
    QCOMPARE(list->model()->rowCount(), 3);
    for (const Fixtures::Person &p : {bob(), carol(), erin()}) {
        const int row = rowOf(list, p.address);
        QVERIFY2(row >= 0, qPrintable(p.address));
        QCOMPARE(cell(list, row, ResendChoiceModel::RecipientColumn), p.name);
        QCOMPARE(cell(list, row, ResendChoiceModel::AddressColumn), p.address);
    }
    // Nobody who got the message is offered it again, and the dialog says so.
    QCOMPARE(rowOf(list, QStringLiteral("dave@example.com")), -1);
    QCOMPARE(child<QLabel>(dialog, "resendOnlyCheckedLabel")->text(),
             QStringLiteral("Only the recipients checked here will receive the message again; everyone who already got "
                            "it will not get a second copy."));
}

void TestResendDialog::gatesSetWhoIsCheckedFirst_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("checked");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("outcome");
    QTest::newRow("status-5.1.1-unknown-address-unchecked")
        << bob().address << false << QStringLiteral("Address not found (5.1.1)")
        << QStringLiteral("Correct the address to resend");
    QTest::newRow("status-4.2.2-temporary-checked")
        << carol().address << true << QStringLiteral("Recipient's mailbox is full (4.2.2)") << QStringLiteral("Will be sent again");
    QTest::newRow("status-5.7.1-policy-unchecked")
        << erin().address << false << QStringLiteral("(5.7.1)") << QStringLiteral("Refused by policy: check to decide");
}

void TestResendDialog::gatesSetWhoIsCheckedFirst()
{
    QFETCH(QString, address);
    QFETCH(bool, checked);
    QFETCH(QString, reason);
    QFETCH(QString, outcome);
    ResendDialog dialog;
    dialog.setReport(threeFailures());
    auto *list = child<QTableView>(dialog, "resendRecipientList");
    const int row = rowOf(list, address);
    QVERIFY(row >= 0);
    QCOMPARE(isChecked(list, row), checked);
    QVERIFY2(cell(list, row, ResendChoiceModel::ReasonColumn).endsWith(reason),
             qPrintable(cell(list, row, ResendChoiceModel::ReasonColumn)));
    QCOMPARE(cell(list, row, ResendChoiceModel::OutcomeColumn), outcome);
}

void TestResendDialog::permanentAddressCheckableOnlyOnceCorrected()
{
    ResendDialog dialog;
    dialog.setReport(threeFailures());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *list = child<QTableView>(dialog, "resendRecipientList");
    const int row = rowOf(list, bob().address);
    const QModelIndex check = list->model()->index(row, ResendChoiceModel::SendColumn);

    // Space on the unchanged address does nothing; nor does a click on its box.
    goToRow(list, row);
    QTest::keyClick(list, Qt::Key_Space);
    QVERIFY(!isChecked(list, row));
    QVERIFY(!(check.flags() & Qt::ItemIsUserCheckable));

    // The same address in other letters is not a correction.
    typeAddress(list, row, bob().address.toUpper());
    QVERIFY(!isChecked(list, row));
    QCOMPARE(cell(list, row, ResendChoiceModel::OutcomeColumn), QStringLiteral("Correct the address to resend"));

    // Not an address: said so, still not checkable.
    typeAddress(list, row, QStringLiteral("bob at example"));
    QVERIFY(!isChecked(list, row));
    QCOMPARE(cell(list, row, ResendChoiceModel::OutcomeColumn), QStringLiteral("Not a valid e-mail address"));
    QVERIFY(!(check.flags() & Qt::ItemIsUserCheckable));

    // A different valid address: the row is checked, and can be unchecked and checked again.
    typeAddress(list, row, QStringLiteral("bob.builder@example.net"));
    QCOMPARE(cell(list, row, ResendChoiceModel::AddressColumn), QStringLiteral("bob.builder@example.net"));
    QVERIFY(isChecked(list, row));
    QCOMPARE(cell(list, row, ResendChoiceModel::OutcomeColumn), QStringLiteral("Will be sent to the corrected address"));
    QTest::keyClick(list, Qt::Key_Space);
    QVERIFY(!isChecked(list, row));
    QTest::keyClick(list, Qt::Key_Space);
    QVERIFY(isChecked(list, row));

    // Clearing the field goes back to the reported address, which cannot be sent to.
    typeAddress(list, row, QString());
    QCOMPARE(cell(list, row, ResendChoiceModel::AddressColumn), bob().address);
    QVERIFY(!isChecked(list, row));
}

void TestResendDialog::policyRefusalCheckedOnlyAfterWarningConfirmed()
{
    ResendDialog dialog;
    dialog.setReport(threeFailures());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *list = child<QTableView>(dialog, "resendRecipientList");
    auto *frame = child<QFrame>(dialog, "policyWarningFrame");
    auto *confirm = child<QPushButton>(dialog, "confirmResendButton");
    const int row = rowOf(list, erin().address);
    QVERIFY(frame->isHidden());

    // Checking it asks first: the box stays empty and Resend waits for the answer.
    goToRow(list, row);
    QTest::keyClick(list, Qt::Key_Space);
    QVERIFY(!isChecked(list, row));
    QVERIFY(frame->isVisible());
    const QString warning = child<QLabel>(dialog, "policyWarningLabel")->text();
    QVERIFY2(warning.contains(QStringLiteral("The recipient's server refused this message by policy; sending it "
                                             "unchanged will probably fail again.")),
             qPrintable(warning));
    QVERIFY(warning.contains(erin().name));
    QCOMPARE(QApplication::focusWidget(), child<QPushButton>(dialog, "policySendAnywayButton"));
    QVERIFY(!confirm->isEnabled());

    // Don't Send: unchecked, and the keyboard is back on the list.
    QTest::mouseClick(child<QPushButton>(dialog, "policyKeepUncheckedButton"), Qt::LeftButton);
    QVERIFY(frame->isHidden());
    QVERIFY(!isChecked(list, row));
    QCOMPARE(QApplication::focusWidget(), list);
    QVERIFY(confirm->isEnabled());  // Carol is still checked

    // Asked again; Send Anyway checks it.
    QTest::keyClick(list, Qt::Key_Space);
    QVERIFY(frame->isVisible());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);  // presses Send Anyway
    QVERIFY(frame->isHidden());
    QVERIFY(isChecked(list, row));
    QCOMPARE(cell(list, row, ResendChoiceModel::OutcomeColumn),
             QStringLiteral("Will be sent again despite the policy refusal"));
    QVERIFY(confirm->isEnabled());
    // Once answered, unchecking and checking again does not ask twice.
    QTest::keyClick(list, Qt::Key_Space);
    QTest::keyClick(list, Qt::Key_Space);
    QVERIFY(frame->isHidden());
    QVERIFY(isChecked(list, row));
}

void TestResendDialog::resendEnabledOnlyWhenEveryCheckedRowCanGo()
{
    ResendDialog dialog;
    dialog.setReport(threeFailures());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *list = child<QTableView>(dialog, "resendRecipientList");
    auto *confirm = child<QPushButton>(dialog, "confirmResendButton");
    QCOMPARE(confirm->text(), QStringLiteral("&Resend"));
    const int row = rowOf(list, carol().address);
    QVERIFY(confirm->isEnabled());  // Carol, temporary, is checked

    // Nobody checked: nothing to send.
    goToRow(list, row);
    QTest::keyClick(list, Qt::Key_Space);
    QVERIFY(!isChecked(list, row));
    QVERIFY(!confirm->isEnabled());
    QVERIFY(confirm->toolTip().contains(QStringLiteral("Check at least one recipient")));
    QTest::keyClick(list, Qt::Key_Space);
    QVERIFY(confirm->isEnabled());

    // A checked row with a broken correction holds Resend back until it is fixed or unchecked.
    typeAddress(list, row, QStringLiteral("carol@@example.org"));
    QVERIFY(isChecked(list, row));
    QVERIFY(!confirm->isEnabled());
    QVERIFY(list->model()->index(row, 0).data(ResendChoiceModel::NeedsAttentionRole).toBool());
    typeAddress(list, row, QStringLiteral("carol.jones@example.org"));
    QVERIFY(confirm->isEnabled());

    // Pressing a disabled Resend does not accept the dialog.
    QTest::keyClick(list, Qt::Key_Space);
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    QTest::mouseClick(confirm, Qt::LeftButton);
    QCOMPARE(accepted.count(), 0);
    QVERIFY(dialog.isVisible());
}

void TestResendDialog::returnedChoicesCarryCorrectedAddresses()
{
    const Report::NdrReport report = threeFailures();
    ResendDialog dialog;
    dialog.setReport(report);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *list = child<QTableView>(dialog, "resendRecipientList");
    typeAddress(list, rowOf(list, bob().address), QStringLiteral("bob.builder@example.net"));
    goToRow(list, rowOf(list, erin().address));
    QTest::keyClick(list, Qt::Key_Space);
    QTest::mouseClick(child<QPushButton>(dialog, "policySendAnywayButton"), Qt::LeftButton);

    QSignalSpy accepted(&dialog, &QDialog::accepted);
    QTest::mouseClick(child<QPushButton>(dialog, "confirmResendButton"), Qt::LeftButton);
    QCOMPARE(accepted.count(), 1);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    const QList<Resend::Choice> choices = dialog.choices();
    QCOMPARE(choices.size(), 3);
    QHash<QString, QString> corrections;  // reported address -> corrected one
    for (const Resend::Choice &c : choices) {
        QVERIFY(c.row >= 0 && c.row < report.rows().size());
        QCOMPARE(report.rows().at(c.row).address, c.address);  // the row is the one the address names
        corrections.insert(c.address, c.correctedAddress);
    }
    QCOMPARE(corrections.value(bob().address), QStringLiteral("bob.builder@example.net"));
    QVERIFY(corrections.contains(carol().address) && corrections.value(carol().address).isEmpty());
    QVERIFY(corrections.contains(erin().address) && corrections.value(erin().address).isEmpty());

    // The engine takes them as they are.
    Resend::ResendEngine engine(report);
    engine.setChoices(choices);
    const auto rows = engine.chosenRows();
    QVERIFY2(rows.has_value(), rows ? "" : qPrintable(rows.error().toString()));
    QCOMPARE(rows->size(), 3);
}

void TestResendDialog::enterInAddressEditorDoesNotSend()
{
    ResendDialog dialog;
    dialog.setReport(threeFailures());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *list = child<QTableView>(dialog, "resendRecipientList");
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    typeAddress(list, rowOf(list, carol().address), QStringLiteral("carol.jones@example.org"));
    QCOMPARE(accepted.count(), 0);
    QVERIFY(dialog.isVisible());
    // Enter on the list itself is the dialog's default button: Resend.
    goToRow(list, 0);
    QTest::keyClick(list, Qt::Key_Return);
    QCOMPARE(accepted.count(), 1);
}

void TestResendDialog::earlierChoicesComeBack()
{
    const Report::NdrReport report = threeFailures();
    const int bobRow = [&] {
        for (int i = 0; i < report.rows().size(); ++i)
            if (report.rows().at(i).address == bob().address)
                return i;
        return -1;
    }();
    QVERIFY(bobRow >= 0);
    ResendDialog dialog;
    dialog.setReport(report);
    // Bob corrected and Erin confirmed the first time; Carol left out.
    dialog.setChoices({Resend::Choice{bobRow, bob().address, QStringLiteral("bob.builder@example.net")},
                       Resend::Choice{-1, erin().address, QString()}});
    auto *list = child<QTableView>(dialog, "resendRecipientList");
    QVERIFY(isChecked(list, rowOf(list, bob().address)));
    QCOMPARE(cell(list, rowOf(list, bob().address), ResendChoiceModel::AddressColumn),
             QStringLiteral("bob.builder@example.net"));
    QVERIFY(!isChecked(list, rowOf(list, carol().address)));
    QVERIFY(isChecked(list, rowOf(list, erin().address)));
    QVERIFY(child<QFrame>(dialog, "policyWarningFrame")->isHidden());
    QVERIFY(child<QPushButton>(dialog, "confirmResendButton")->isEnabled());
    QCOMPARE(dialog.choices().size(), 2);
}

void TestResendDialog::keyboardOnly()
{
    ResendDialog dialog;
    dialog.setReport(threeFailures());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto *list = child<QTableView>(dialog, "resendRecipientList");
    // The list has the keyboard first, on its first row.
    QCOMPARE(QApplication::focusWidget(), list);
    QCOMPARE(list->currentIndex().row(), 0);
    // Tab goes to Resend, then Cancel, then back to the list (the policy buttons are hidden).
    QStringList seen;
    for (int i = 0; i < 3; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        seen << QApplication::focusWidget()->objectName();
    }
    QCOMPARE(seen, QStringList({QStringLiteral("confirmResendButton"), QStringLiteral("cancelResendButton"),
                                QStringLiteral("resendRecipientList")}));
    // Arrows move between rows; Space acts on the row whatever cell is current.
    const int carolRow = rowOf(list, carol().address);
    list->setCurrentIndex(list->model()->index(0, ResendChoiceModel::ReasonColumn));
    for (int i = 0; i < carolRow; ++i)
        QTest::keyClick(list, Qt::Key_Down);
    QCOMPARE(list->currentIndex().row(), carolRow);
    QTest::keyClick(list, Qt::Key_Space);
    QVERIFY(!isChecked(list, carolRow));
    // Escape cancels.
    QSignalSpy rejected(&dialog, &QDialog::rejected);
    QTest::keyClick(list, Qt::Key_Escape);
    QCOMPARE(rejected.count(), 1);
}

void TestResendDialog::interactiveWidgetsHaveNamesAndAccessibleNames()
{
    ResendDialog dialog;
    dialog.setReport(threeFailures());
    // The policy question shown too, so that its buttons are checked as well.
    auto *list = child<QTableView>(dialog, "resendRecipientList");
    list->model()->setData(list->model()->index(rowOf(list, erin().address), ResendChoiceModel::SendColumn), Qt::Checked,
                           Qt::CheckStateRole);
    int interactive = 0;
    for (QWidget *w : dialog.findChildren<QWidget *>()) {
        if (w->focusPolicy() == Qt::NoFocus || !w->isVisibleTo(&dialog) || w->parentWidget()->inherits("QAbstractScrollArea"))
            continue;
        if (w->inherits("QScrollBar") || w->inherits("QHeaderView"))
            continue;
        ++interactive;
        QVERIFY2(!w->objectName().isEmpty(), w->metaObject()->className());
        const bool namedByText = w->inherits("QAbstractButton") || w->inherits("QLabel");
        QVERIFY2(namedByText || !w->accessibleName().isEmpty(), qPrintable(w->objectName()));
    }
    QVERIFY(interactive >= 5);
    // Each row's box says whom it sends to.
    const QModelIndex box = list->model()->index(rowOf(list, carol().address), ResendChoiceModel::SendColumn);
    QCOMPARE(box.data(Qt::AccessibleTextRole).toString(), QStringLiteral("Send again to %1").arg(carol().name));
}

void TestResendDialog::nothingClippedAtItsOwnSize()
{
    ResendDialog dialog;
    dialog.setReport(threeFailures());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    for (QLabel *label : dialog.findChildren<QLabel *>()) {
        if (!label->isVisible() || label->text().isEmpty() || !label->pixmap().isNull())
            continue;
        const QSize size = label->size();
        if (label->wordWrap())
            QVERIFY2(size.height() >= label->heightForWidth(size.width()), qPrintable(label->objectName()));
        else
            QVERIFY2(size.width() >= label->sizeHint().width(), qPrintable(label->objectName()));
    }
    // Every column's text fits: nothing is cut with an ellipsis at the size the dialog opens.
    auto *list = child<QTableView>(dialog, "resendRecipientList");
    const QFontMetrics fm(list->font());
    for (int c = ResendChoiceModel::RecipientColumn; c < ResendChoiceModel::OutcomeColumn; ++c) {
        for (int r = 0; r < list->model()->rowCount(); ++r) {
            const QString text = cell(list, r, c);
            QVERIFY2(list->columnWidth(c) >= fm.horizontalAdvance(text) + 6, qPrintable(text));
        }
    }
    const int outcomeRight = list->columnViewportPosition(ResendChoiceModel::OutcomeColumn)
        + fm.horizontalAdvance(QStringLiteral("Will be sent again despite the policy refusal"));
    QVERIFY2(outcomeRight <= list->viewport()->width(), qPrintable(QString::number(outcomeRight)));
}

void TestResendDialog::modelPassesModelTester()
{
    ResendDialog dialog;
    QAbstractItemModelTester tester(dialog.choiceModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    dialog.setReport(threeFailures());
    dialog.setReport(threeFailures(Fixtures::NdrConvention::DeliveryStatusOnly));
    dialog.choiceModel()->setData(dialog.choiceModel()->index(0, ResendChoiceModel::AddressColumn),
                                  QStringLiteral("someone@example.org"));
}

// Nothing has been sent while the dialog is open: the column and each row say what Resend will
// do, never that it was done.
void TestResendDialog::outcomeSaysWhatWillHappenBeforeConfirming()
{
    ResendDialog dialog;
    dialog.setReport(threeFailures());
    auto *list = child<QTableView>(dialog, "resendRecipientList");
    const QAbstractItemModel *m = list->model();
    QCOMPARE(m->headerData(ResendChoiceModel::OutcomeColumn, Qt::Horizontal).toString(), QStringLiteral("What will happen"));
    QCOMPARE(m->headerData(ResendChoiceModel::OutcomeColumn, Qt::Horizontal, Qt::AccessibleTextRole).toString(),
             QStringLiteral("What will happen"));
    const int row = rowOf(list, carol().address);
    QVERIFY(isChecked(list, row));
    QCOMPARE(cell(list, row, ResendChoiceModel::OutcomeColumn), QStringLiteral("Will be sent again"));
    goToRow(list, row);
    QTest::keyClick(list, Qt::Key_Space);
    QVERIFY(!isChecked(list, row));
    QCOMPARE(cell(list, row, ResendChoiceModel::OutcomeColumn), QStringLiteral("Will not be sent again"));
    // No cell, tooltip or accessible text speaks of a resend as done.
    for (int r = 0; r < m->rowCount(); ++r) {
        for (int c = 0; c < ResendChoiceModel::ColumnCount; ++c) {
            for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(Qt::AccessibleTextRole)}) {
                const QString text = m->index(r, c).data(role).toString();
                QVERIFY2(!text.startsWith(QLatin1String("Sent again")) && !text.startsWith(QLatin1String("Not sent")),
                         qPrintable(text));
            }
        }
    }
}

QTEST_MAIN(TestResendDialog)
#include "tst_resenddialog.moc"
