// ndrform as a desktop program: several reports open at once (one window each), Ctrl+W closes
// one, the window's size and place come back next time, View > Properties... shows every
// property, File > Print... and File > Export as PDF... print the report.
#include "formstyle.h"
#include "mainwindow.h"
#include "ndrform.h"
#include "propertyview.h"
#include "samples.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPrintDialog>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QTest>
#include <QTreeView>

using namespace Ndr;

class TestDesktop : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void openingTwoReportsGivesTwoWindows();
    void openingAnOpenReportRaisesItsWindow();
    void firstReportReplacesTheSample();
    void ctrlWClosesTheWindow();
    void geometryIsRememberedAcrossSessions();
    void menusHaveTheDesktopActions_data();
    void menusHaveTheDesktopActions();
    void propertiesWindowShowsTheReport();
    void exportPdfWritesAPdf();
    void printAsksWithThePrintDialog();

private:
    QString writeSampleCopy(const QString &name);
    QTemporaryDir m_dir;
};

void TestDesktop::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("ndrform-tests"));
    QApplication::setApplicationName(QStringLiteral("tst_app_desktop"));
    QApplication::setStyle(new Ndr::FormStyle);
    QApplication::setQuitOnLastWindowClosed(false);
    QVERIFY(m_dir.isValid());
}

void TestDesktop::init()
{
    QSettings().clear();
}

void TestDesktop::cleanup()
{
    // Windows this test opened (each deletes itself when closed).
    for (MainWindow *w : MainWindow::windows()) {
        if (w->testAttribute(Qt::WA_DeleteOnClose))
            w->close();
    }
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

QString TestDesktop::writeSampleCopy(const QString &name)
{
    const QString path = m_dir.filePath(name);
    return QFile::copy(Resources::sampleReport(), path) ? path : QString();
}

void TestDesktop::openingTwoReportsGivesTwoWindows()
{
    const QString first = writeSampleCopy(QStringLiteral("first-report.msg"));
    const QString second = writeSampleCopy(QStringLiteral("second-report.msg"));
    MainWindow w;
    w.setRecordRecent(false);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QCOMPARE(w.openReport(first), &w);
    MainWindow *other = w.openReport(second);
    QVERIFY(other);
    QVERIFY(other != &w);
    QCOMPARE(MainWindow::windows().size(), 2);
    // Each window keeps its own report.
    QVERIFY(w.windowTitle().startsWith(QStringLiteral("first-report.msg")));
    QVERIFY(other->windowTitle().startsWith(QStringLiteral("second-report.msg")));
    QVERIFY(other->isVisible());
    QVERIFY(other->testAttribute(Qt::WA_DeleteOnClose));
    QCOMPARE(other->size(), w.size());
    QVERIFY(other->pos() != w.pos());
}

void TestDesktop::openingAnOpenReportRaisesItsWindow()
{
    const QString first = writeSampleCopy(QStringLiteral("one.msg"));
    const QString second = writeSampleCopy(QStringLiteral("two.msg"));
    MainWindow w;
    w.setRecordRecent(false);
    w.show();
    QVERIFY(w.openReport(first));
    MainWindow *other = w.openReport(second);
    QVERIFY(other);
    // Again, from either window: no third window.
    QCOMPARE(w.openReport(second), other);
    QCOMPARE(other->openReport(first), &w);
    QCOMPARE(MainWindow::windows().size(), 2);
}

void TestDesktop::firstReportReplacesTheSample()
{
    const QString path = writeSampleCopy(QStringLiteral("mine.msg"));
    MainWindow w;
    w.setRecordRecent(false);
    QVERIFY(w.loadSample().has_value());
    QVERIFY(w.filePath().isEmpty());
    QCOMPARE(w.openReport(path), &w);
    QCOMPARE(w.filePath(), QFileInfo(path).absoluteFilePath());
    QCOMPARE(MainWindow::windows().size(), 1);
    // A file it cannot read opens no window.
    QTimer::singleShot(50, [] {
        if (QWidget *box = QApplication::activeModalWidget())
            box->close();
    });
    QVERIFY(!w.openReport(m_dir.filePath(QStringLiteral("no-such-report.msg"))));
    QCOMPARE(MainWindow::windows().size(), 1);
}

void TestDesktop::ctrlWClosesTheWindow()
{
    const QString first = writeSampleCopy(QStringLiteral("a.msg"));
    const QString second = writeSampleCopy(QStringLiteral("b.msg"));
    MainWindow w;
    w.setRecordRecent(false);
    w.show();
    QVERIFY(w.openReport(first));
    QPointer<MainWindow> other = w.openReport(second);
    QVERIFY(other);
    other->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(other));
    QVERIFY(other->findChild<QAction *>(QStringLiteral("closeAction"))->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_W)));
    QTest::keySequence(other, QKeySequence(Qt::CTRL | Qt::Key_W));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QVERIFY(other.isNull());
    QVERIFY(w.isVisible());
    QCOMPARE(MainWindow::windows().size(), 1);
}

void TestDesktop::geometryIsRememberedAcrossSessions()
{
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.resize(812, 533);
        QCoreApplication::processEvents();
        w.close();
    }
    MainWindow next;
    next.restoreWindowState();
    QCOMPARE(next.size(), QSize(812, 533));
    // Screenshots and tests that do not record leave the settings alone.
    QSettings().clear();
    {
        MainWindow quiet;
        quiet.setRecordRecent(false);
        quiet.show();
        quiet.close();
    }
    QVERIFY(!QSettings().contains(QStringLiteral("mainWindow/geometry")));
}

void TestDesktop::menusHaveTheDesktopActions_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QKeySequence>("shortcut");
    QTest::newRow("open") << QStringLiteral("openAction") << QKeySequence(QKeySequence::Open);
    QTest::newRow("print") << QStringLiteral("printAction") << QKeySequence(QKeySequence::Print);
    QTest::newRow("export-pdf") << QStringLiteral("exportPdfAction") << QKeySequence();
    QTest::newRow("close") << QStringLiteral("closeAction") << QKeySequence(QKeySequence::Close);
    QTest::newRow("quit") << QStringLiteral("quitAction") << QKeySequence(QKeySequence::Quit);
    QTest::newRow("properties") << QStringLiteral("propertiesAction") << QKeySequence(Qt::ALT | Qt::Key_Return);
}

void TestDesktop::menusHaveTheDesktopActions()
{
    QFETCH(QString, action);
    QFETCH(QKeySequence, shortcut);
    MainWindow w;
    auto *a = w.findChild<QAction *>(action);
    QVERIFY2(a, qPrintable(action));
    QVERIFY(!a->text().isEmpty());
    QCOMPARE(a->shortcut(), shortcut);
    // Nothing to print or inspect before a report is shown.
    if (action == QLatin1String("printAction") || action == QLatin1String("propertiesAction"))
        QVERIFY(!a->isEnabled());
    QVERIFY(w.loadSample().has_value());
    QVERIFY(a->isEnabled());
    QVERIFY(w.findChild<QMenu *>(QStringLiteral("viewMenu")));
}

void TestDesktop::propertiesWindowShowsTheReport()
{
    MainWindow w;
    QVERIFY(w.loadSample().has_value());
    w.show();
    w.findChild<QAction *>(QStringLiteral("propertiesAction"))->trigger();
    PropertyView *view = w.propertyView();
    QVERIFY(view);
    QVERIFY(view->isWindow());
    QVERIFY(view->isVisible());
    QVERIFY(view->windowTitle().contains(QStringLiteral("Sample report")));
    const QModelIndex root = view->tree()->model()->index(0, 0);
    QCOMPARE(root.siblingAtColumn(PropertyTreeModel::TypeColumn).data().toString(), w.form()->report().report().messageClass());
    // The report's own properties are open at once.
    QVERIFY(view->tree()->isExpanded(root));
    QVERIFY(view->tree()->isExpanded(view->tree()->model()->index(0, 0, root)));
    // Once more: the same window, not another.
    w.findChild<QAction *>(QStringLiteral("propertiesAction"))->trigger();
    QCOMPARE(w.propertyView(), view);
    // It follows the report the window shows.
    const QString path = writeSampleCopy(QStringLiteral("props.msg"));
    QVERIFY(w.openFile(path));
    QVERIFY(view->windowTitle().contains(QStringLiteral("props.msg")));
}

void TestDesktop::exportPdfWritesAPdf()
{
    MainWindow w;
    QVERIFY(w.loadSample().has_value());
    const QString pdf = m_dir.filePath(QStringLiteral("exported.pdf"));
    QVERIFY(w.exportPdf(pdf));
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
}

// File › Print loads the print module and asks where to print, in a dialog of the window.
void TestDesktop::printAsksWithThePrintDialog()
{
    MainWindow w;
    QVERIFY(w.loadSample().has_value());
    w.show();
    QString title;
    QWidget *parent = nullptr;
    QString saidInstead;  // "Cannot print" and why, were the print module missing
    QTimer::singleShot(0, &w, [&] {
        QWidget *modal = QApplication::activeModalWidget();
        if (auto *dialog = qobject_cast<QPrintDialog *>(modal)) {
            title = dialog->windowTitle();
            parent = dialog->parentWidget();
            dialog->reject();
        } else if (auto *box = qobject_cast<QMessageBox *>(modal)) {
            saidInstead = box->windowTitle() + QLatin1String(": ") + box->text();
            box->reject();
        }
    });
    w.findChild<QAction *>(QStringLiteral("printAction"))->trigger();
    QVERIFY2(saidInstead.isEmpty(), qPrintable(saidInstead));
    QCOMPARE(title, QStringLiteral("Print Report"));
    QCOMPARE(parent, &w);
}

QTEST_MAIN(TestDesktop)
#include "tst_desktop.moc"
