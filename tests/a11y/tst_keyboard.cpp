// The form as a keyboard user and a screen reader meet it, in process: every control has a
// stable objectName and an accessible name (in German too, so the name is translated, not
// hard-wired); Tab visits the controls in the planned order; and the whole flow runs by
// keyboard alone: move through the recipients, read the details, Resend, correct an address,
// confirm a policy warning, confirm, and the result is announced.
#include "fixitpath.h"
#include "formstyle.h"
#include "mainwindow.h"
#include "ndrform.h"
#include "outboxview.h"
#include "propertyview.h"
#include "resenddialog.h"
#include "resendresult.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAccessible>
#include <QApplication>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Ndr;

namespace {

// Controls a keyboard user can reach, or press: the ones that need a name.
bool isInteractive(const QWidget *w, const QWidget *top)
{
    // Item views' own parts (viewport, header, corner button) are the view's, and popups
    // (a combo box's list) are their owner's: not controls of their own.
    if (w->window() != top)
        return false;
    for (const QWidget *p = w->parentWidget(); p; p = p->parentWidget()) {
        if (qobject_cast<const QAbstractItemView *>(p))
            return false;
    }
    return qobject_cast<const QAbstractButton *>(w) || (w->focusPolicy() & Qt::TabFocus);
}

// objectName -> accessible name of every interactive widget under top (hidden ones too: a
// banner's buttons must be named before they appear).
QMap<QString, QString> controls(QWidget *top, QStringList *problems)
{
    QMap<QString, QString> names;
    const QList<QWidget *> all = top->findChildren<QWidget *>();
    for (QWidget *w : all) {
        if (!isInteractive(w, top) || w->objectName().startsWith(QLatin1String("qt_")))
            continue;
        const QString id = w->objectName();
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
        const QString name = iface ? iface->text(QAccessible::Name).trimmed() : QString();
        if (id.isEmpty())
            problems->append(QStringLiteral("a %1 named \"%2\" has no objectName").arg(QString::fromLatin1(w->metaObject()->className()), name));
        else if (name.isEmpty())
            problems->append(QStringLiteral("%1 (%2) has no accessible name").arg(id, QString::fromLatin1(w->metaObject()->className())));
        else
            names.insert(id, name);
    }
    return names;
}

// Two controls of one window (or two items of one menu) answering the same Alt+letter: the
// second cannot be reached by its accelerator. Hidden controls count too (a banner's buttons
// appear next to the others).
QStringList clashingAccelerators(QWidget *top)
{
    QStringList clashes;
    auto check = [&clashes](const QString &scope, const QList<QPair<QString, QString>> &texts) {
        QMap<QChar, QString> seen;
        for (const auto &[who, text] : texts) {
            const QKeySequence key = QKeySequence::mnemonic(text);
            if (key.isEmpty())
                continue;
            const QChar letter = QChar(int(key[0].key())).toUpper();
            if (seen.contains(letter))
                clashes << QStringLiteral("%1: Alt+%2 is both %3 and %4").arg(scope, letter, seen.value(letter), who);
            else
                seen.insert(letter, who);
        }
    };
    QList<QPair<QString, QString>> controls;
    for (QWidget *w : top->findChildren<QWidget *>()) {
        if (w->window() != top)
            continue;
        if (auto *button = qobject_cast<QAbstractButton *>(w))
            controls.append({w->objectName(), button->text()});
        else if (auto *label = qobject_cast<QLabel *>(w); label && label->buddy())
            controls.append({w->objectName(), label->text()});
        else if (auto *group = qobject_cast<QGroupBox *>(w))
            controls.append({w->objectName(), group->title()});
        else if (auto *bar = qobject_cast<QMenuBar *>(w)) {
            for (QAction *a : bar->actions())
                controls.append({a->menu() ? a->menu()->objectName() : a->objectName(), a->text()});
        }
    }
    check(top->objectName(), controls);
    for (QMenu *menu : top->findChildren<QMenu *>()) {
        Q_EMIT menu->aboutToShow();  // menus that fill when opened
        QList<QPair<QString, QString>> items;
        for (QAction *a : menu->actions())
            items.append({a->objectName().isEmpty() ? a->text() : a->objectName(), a->text()});
        check(menu->objectName(), items);
    }
    return clashes;
}

QString focusName()
{
    QWidget *w = QApplication::focusWidget();
    return w ? w->objectName() : QStringLiteral("<none>");
}

} // namespace

class TstKeyboard : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void everyControlIsNamed_data();
    void everyControlIsNamed();
    void acceleratorsDoNotClash_data();
    void acceleratorsDoNotClash();
    void tabOrderIsPlanned_data();
    void tabOrderIsPlanned();
    void resendByKeyboardAlone();
    void picturesAreNamedImages_data();
    void picturesAreNamedImages();

private:
    // Shows the top-level window of a part of the program; nullptr when that part cannot open.
    QWidget *open(const QString &part);
    bool loadGerman();

    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_dir;
    QTranslator m_translator;
};

void TstKeyboard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setStyle(new Ndr::FormStyle);
    QApplication::setEffectEnabled(Qt::UI_AnimateCombo, false);
    QVERIFY(m_dir.isValid());
}

void TstKeyboard::init()
{
    m_window = std::make_unique<MainWindow>();
    m_window->setRecordRecent(false);
    m_window->setStorePath(m_dir.filePath(QStringLiteral("store-%1.sqlite").arg(QTest::currentTestFunction())));
    m_window->resize(900, 600);
    QVERIFY(m_window->loadSample());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TstKeyboard::cleanup()
{
    m_window.reset();
    QApplication::removeTranslator(&m_translator);
}

bool TstKeyboard::loadGerman()
{
    return m_translator.load(QStringLiteral(NDR_QM_DIR "/ndrform_de.qm")) && QApplication::installTranslator(&m_translator);
}

QWidget *TstKeyboard::open(const QString &part)
{
    if (part == QLatin1String("main-window"))
        return m_window.get();
    if (part == QLatin1String("resend-dialog")) {
        m_window->startResend();
        return m_window->resendDialog();
    }
    if (part == QLatin1String("outbox")) {
        m_window->showOutbox();
        return m_window->outboxView();
    }
    if (part == QLatin1String("properties"))
        return m_window->showProperties();
    return nullptr;
}

void TstKeyboard::everyControlIsNamed_data()
{
    QTest::addColumn<QString>("part");
    for (const char *part : {"main-window", "resend-dialog", "outbox", "properties"})
        QTest::newRow(part) << QString::fromLatin1(part);
}

void TstKeyboard::everyControlIsNamed()
{
    QFETCH(QString, part);
    QWidget *top = open(part);
    QVERIFY2(top, "the part did not open");
    QStringList problems;
    const QMap<QString, QString> english = controls(top, &problems);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QVERIFY(!english.isEmpty());

    // In German every control is named differently: its name comes through tr().
    QVERIFY2(loadGerman(), "ndrform_de.qm is missing from the build");
    QApplication::processEvents();
    const QMap<QString, QString> german = controls(top, &problems);
    QStringList untranslated;
    for (auto it = english.cbegin(); it != english.cend(); ++it) {
        if (german.value(it.key()) == it.value())
            untranslated << QStringLiteral("%1: \"%2\"").arg(it.key(), it.value());
    }
    QVERIFY2(untranslated.isEmpty(), qPrintable(QStringLiteral("the same name in German and English:\n")
                                                + untranslated.join(QLatin1Char('\n'))));
}

void TstKeyboard::acceleratorsDoNotClash_data()
{
    QTest::addColumn<QString>("part");
    QTest::addColumn<QString>("language");
    for (const char *part : {"main-window", "resend-dialog", "outbox", "properties"}) {
        for (const char *language : {"en", "de", "fr"})
            QTest::addRow("%s-%s", part, language) << QString::fromLatin1(part) << QString::fromLatin1(language);
    }
}

void TstKeyboard::acceleratorsDoNotClash()
{
    QFETCH(QString, part);
    QFETCH(QString, language);
    if (language != QLatin1String("en")) {
        QVERIFY(m_translator.load(QStringLiteral(NDR_QM_DIR "/ndrform_%1.qm").arg(language)));
        QApplication::installTranslator(&m_translator);
        QApplication::processEvents();
    }
    QWidget *top = open(part);
    QVERIFY2(top, "the part did not open");
    const QStringList clashes = clashingAccelerators(top);
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
}

// The focus chain from the focused control, Tab by Tab, until it comes round.
QStringList tabChain(Qt::Key key)
{
    QStringList visited{focusName()};
    for (int i = 0; i < 30; ++i) {
        QTest::keyClick(QApplication::focusWidget(), key);
        if (focusName() == visited.constFirst())
            break;
        visited << focusName();
    }
    return visited;
}

void TstKeyboard::tabOrderIsPlanned_data()
{
    QTest::addColumn<QString>("part");
    QTest::addColumn<QStringList>("planned");
    // The list, its filter, the details in reading order, then the action.
    QTest::newRow("main-window") << QStringLiteral("main-window")
                                 << QStringList{QStringLiteral("recipientTable"), QStringLiteral("showAllCheck"),
                                                QStringLiteral("reasonLabel"), QStringLiteral("diagnosticText"),
                                                QStringLiteral("resendButton")};
    // The choices, then confirm or cancel.
    QTest::newRow("resend-dialog") << QStringLiteral("resend-dialog")
                                   << QStringList{QStringLiteral("resendRecipientList"), QStringLiteral("confirmResendButton"),
                                                  QStringLiteral("cancelResendButton")};
    // Top to bottom: which folder, its messages, the chosen one's rows, close.
    QTest::newRow("outbox") << QStringLiteral("outbox")
                            << QStringList{QStringLiteral("outboxFolderCombo"), QStringLiteral("outboxRefreshButton"),
                                           QStringLiteral("outboxMessageList"), QStringLiteral("outboxRecipientList"),
                                           QStringLiteral("outboxCloseButton")};
}

void TstKeyboard::tabOrderIsPlanned()
{
    QFETCH(QString, part);
    QFETCH(QStringList, planned);
    QWidget *top = open(part);
    QVERIFY2(top, "the part did not open");
    QApplication::setActiveWindow(top);
    QVERIFY(QTest::qWaitForWindowActive(top));
    QTRY_COMPARE(QApplication::activeWindow(), top);
    auto *first = top->findChild<QWidget *>(planned.constFirst());
    QVERIFY2(first, qPrintable(planned.constFirst()));
    first->setFocus(Qt::TabFocusReason);
    const QString arrow = QStringLiteral(" > ");
    QCOMPARE(tabChain(Qt::Key_Tab).join(arrow), planned.join(arrow));
    // Backwards is the same way round.
    QStringList back = tabChain(Qt::Key_Backtab);
    std::reverse(back.begin() + 1, back.end());
    QCOMPARE(back.join(arrow), planned.join(arrow));
}

void TstKeyboard::resendByKeyboardAlone()
{
    NdrForm *form = m_window->form();
    QTableView *table = form->recipientTable();
    QCOMPARE(focusName(), QStringLiteral("recipientTable"));
    auto heading = [this] { return m_window->findChild<QLabel *>(QStringLiteral("recipientHeading"))->text(); };
    QVERIFY2(heading().startsWith(QLatin1String("Bob Builder")), qPrintable(heading()));

    // Move through the recipients; Enter reads the details, Escape goes back to the list.
    QTest::keyClick(table, Qt::Key_Down);
    QVERIFY2(heading().startsWith(QLatin1String("Carol Jones")), qPrintable(heading()));
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(focusName(), QStringLiteral("reasonLabel"));
    QVERIFY(!QApplication::focusWidget()->property("text").toString().isEmpty());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QCOMPARE(focusName(), QStringLiteral("recipientTable"));

    // Alt+R: the Resend… button's mnemonic opens the dialog with the list focused.
    QTest::keyClick(m_window.get(), Qt::Key_R, Qt::AltModifier);
    QTRY_VERIFY(m_window->resendDialog());
    ResendDialog *dialog = m_window->resendDialog();
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    QTableView *list = dialog->recipientList();
    QTRY_COMPARE(QApplication::focusWidget(), list);
    ResendChoiceModel *model = dialog->choiceModel();
    auto rowOf = [model](const QString &name) {
        for (int r = 0; r < model->rowCount(); ++r) {
            if (model->index(r, ResendChoiceModel::RecipientColumn).data().toString() == name)
                return r;
        }
        return -1;
    };
    auto goToRow = [list](int row) {
        for (int i = 0; i < 10 && list->currentIndex().row() != row; ++i)
            QTest::keyClick(list, list->currentIndex().row() < row ? Qt::Key_Down : Qt::Key_Up);
        return list->currentIndex().row() == row;
    };
    const int bob = rowOf(QStringLiteral("Bob Builder"));
    const int erin = rowOf(QStringLiteral("Erin Partner"));
    QVERIFY(bob >= 0 && erin >= 0);

    // Bob: F2 corrects the address, Return keeps it, Space checks the row.
    QVERIFY(goToRow(bob));
    QVERIFY(!model->isChecked(bob));
    QTest::keyClick(list, Qt::Key_F2);
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY2(editor, qPrintable(focusName()));
    QVERIFY(!QAccessible::queryAccessibleInterface(editor)->text(QAccessible::Name).isEmpty());
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("bob@example.com"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(model->index(bob, ResendChoiceModel::AddressColumn).data().toString(), QStringLiteral("bob@example.com"));
    QVERIFY2(m_window->resendDialog(), "Return in the address editor closed the dialog");
    QTRY_COMPARE(QApplication::focusWidget(), list);
    if (!model->isChecked(bob))
        QTest::keyClick(list, Qt::Key_Space);
    QVERIFY(model->isChecked(bob));

    // Erin: Space asks first, with the keyboard on the answer.
    QVERIFY(goToRow(erin));
    QTest::keyClick(list, Qt::Key_Space);
    QVERIFY(!model->isChecked(erin));
    QTRY_COMPARE(focusName(), QStringLiteral("policySendAnywayButton"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    QTRY_VERIFY(model->isChecked(erin));
    QTRY_COMPARE(QApplication::focusWidget(), list);

    // Return: the default button, Resend.
    QTest::keyClick(list, Qt::Key_Return);
    QTRY_VERIFY(!m_window->resendDialog());
    ResendResultBanner *banner = form->resendResultBanner();
    QTRY_COMPARE(banner->state(), ResendResultBanner::State::Sent);
    QVERIFY2(banner->text().startsWith(QLatin1String("Sent again to 3 recipients")), qPrintable(banner->text()));

    // Said, not only shown: an alert to screen readers, described by the result (the AT-SPI
    // flow test sees it announced).
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(banner);
    QCOMPARE(iface->role(), QAccessible::AlertMessage);
    QVERIFY(iface->text(QAccessible::Description).startsWith(QLatin1String("Sent again to 3 recipients")));
}

void TstKeyboard::picturesAreNamedImages_data()
{
    QTest::addColumn<QString>("part");
    for (const char *part : {"main-window", "resend-dialog"})
        QTest::newRow(part) << QString::fromLatin1(part);
}

// Every icon and picture (the report's kind, the warning banners, the resend result, the
// fix-it path) is an image to screen readers with a name that says what it shows, translated,
// and none takes the keyboard: no unnamed "image" to stumble on.
void TstKeyboard::picturesAreNamedImages()
{
    QFETCH(QString, part);
    QWidget *top = open(part);
    QVERIFY2(top, "the part did not open");
    QList<QWidget *> pictures;
    for (QLabel *label : top->findChildren<QLabel *>()) {
        if (label->window() == top && !label->pixmap().isNull())
            pictures << label;
    }
    for (FixItPath *path : top->findChildren<FixItPath *>())
        pictures << path;
    QVERIFY(!pictures.isEmpty());
    QMap<QWidget *, QString> english;
    for (QWidget *w : std::as_const(pictures)) {
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
        QVERIFY(iface);
        QCOMPARE(iface->role(), QAccessible::Graphic);
        const QString name = iface->text(QAccessible::Name);
        QVERIFY2(!name.trimmed().isEmpty(), qPrintable(w->objectName()));
        QCOMPARE(w->focusPolicy(), Qt::NoFocus);
        english.insert(w, name);
    }
    QVERIFY2(loadGerman(), "ndrform_de.qm is missing from the build");
    QApplication::processEvents();
    for (QWidget *w : std::as_const(pictures)) {
        const QString german = QAccessible::queryAccessibleInterface(w)->text(QAccessible::Name);
        QVERIFY2(!german.isEmpty() && german != english.value(w), qPrintable(w->objectName() + QLatin1String(": ") + german));
    }
}

QTEST_MAIN(TstKeyboard)
#include "tst_keyboard.moc"
