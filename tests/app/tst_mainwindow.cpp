// ndrform's main window: a file it cannot read is said in a message box that names it and the
// window stays usable; Open Recent keeps the eight newest; a dropped file opens; a big one is
// read while the window goes on painting.
#include "fixturewriter.h"
#include "formstyle.h"
#include "mainwindow.h"
#include "ndrform.h"
#include "resources.h"
#include "samples.h"

#include <QAction>
#include <QApplication>
#include <QDropEvent>
#include <QFile>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrl>

using namespace Ndr;

namespace {

struct BoxSeen {
    QString text;
    QMessageBox::Icon icon = QMessageBox::NoIcon;
};

// Answers the next modal message box and says what it showed.
void answerNextMessageBox(BoxSeen *seen)
{
    auto *timer = new QTimer;
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, [timer, seen] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            seen->text = box->text();
            seen->icon = box->icon();
            box->done(QMessageBox::Ok);
            timer->stop();
            timer->deleteLater();
        }
    });
    timer->start();
}

QStringList recentEntries(QMenu *menu)
{
    Q_EMIT menu->aboutToShow();
    QStringList out;
    for (QAction *a : menu->actions()) {
        if (!a->toolTip().isEmpty() && a->isEnabled() && !a->isSeparator() && a->text().startsWith(QLatin1Char('&'))
            && a->text().size() > 2 && a->text().at(1).isDigit())
            out << a->toolTip();
    }
    return out;
}

} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void startsWithTheBundledSample();
    void unreadableFileShowsCriticalNamingIt_data();
    void unreadableFileShowsCriticalNamingIt();
    void openRecentKeepsEightNewestFirst();
    void droppedFileOpens();
    void bigReportIsReadWhileTheWindowPaints();

private:
    QString writeSampleCopy(const QString &name);
    QTemporaryDir m_dir;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("ndrform-tests"));
    QApplication::setApplicationName(QStringLiteral("tst_app_mainwindow"));
    QApplication::setStyle(new Ndr::FormStyle);
    QVERIFY(m_dir.isValid());
    QVERIFY(Resources::iconsAvailable());
}

void TestMainWindow::init()
{
    QSettings().clear();
}

QString TestMainWindow::writeSampleCopy(const QString &name)
{
    const QString path = m_dir.filePath(name);
    return QFile::copy(Resources::sampleReport(), path) ? path : QString();
}

void TestMainWindow::startsWithTheBundledSample()
{
    MainWindow w;
    const Expected<bool> loaded = w.loadSample();
    QVERIFY2(loaded.has_value(), loaded ? "" : qPrintable(loaded.error().toString()));
    QVERIFY(w.form()->report().failedCount() > 0);
    QVERIFY(w.windowTitle().startsWith(QStringLiteral("Sample report")));
}

void TestMainWindow::unreadableFileShowsCriticalNamingIt_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("content");  // null: no such file
    QTest::newRow("file-does-not-exist") << QStringLiteral("missing-report.msg") << QByteArray();
    QTest::newRow("garbage-bytes") << QStringLiteral("garbage-report.msg") << QByteArray("not a report at all\x01\x02");
}

void TestMainWindow::unreadableFileShowsCriticalNamingIt()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, content);
    const QString path = m_dir.filePath(fileName);
    if (!content.isNull()) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }

    MainWindow w;
    QVERIFY(w.loadSample().has_value());
    const int rowsBefore = w.form()->recipientTable()->model()->rowCount();
    const QString titleBefore = w.windowTitle();
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));

    BoxSeen seen;
    answerNextMessageBox(&seen);
    QVERIFY(!w.openFile(path));
    QCOMPARE(seen.icon, QMessageBox::Critical);
    QVERIFY2(seen.text.contains(fileName), qPrintable(seen.text));
    // The window keeps what it showed, and still works.
    QVERIFY(w.isVisible());
    QCOMPARE(w.windowTitle(), titleBefore);
    QCOMPARE(w.form()->recipientTable()->model()->rowCount(), rowsBefore);
    QVERIFY(recentEntries(w.findChild<QMenu *>(QStringLiteral("recentMenu"))).isEmpty());
}

void TestMainWindow::openRecentKeepsEightNewestFirst()
{
    MainWindow w;
    QStringList opened;
    for (int i = 0; i < 10; ++i) {
        const QString path = writeSampleCopy(QStringLiteral("report-%1.msg").arg(i));
        QVERIFY(!path.isEmpty());
        QVERIFY(w.openFile(path));
        opened.prepend(path);
    }
    // Opening one again moves it to the top rather than listing it twice.
    QVERIFY(w.openFile(opened.at(3)));
    opened.move(3, 0);

    auto *menu = w.findChild<QMenu *>(QStringLiteral("recentMenu"));
    QVERIFY(menu);
    QCOMPARE(recentEntries(menu), opened.mid(0, MainWindow::kMaxRecent));

    // It is kept for the next start, and an entry opens its file.
    MainWindow next;
    auto *nextMenu = next.findChild<QMenu *>(QStringLiteral("recentMenu"));
    QCOMPARE(recentEntries(nextMenu), opened.mid(0, MainWindow::kMaxRecent));
    for (QAction *a : nextMenu->actions()) {
        if (a->toolTip() == opened.at(2)) {
            a->trigger();
            break;
        }
    }
    QVERIFY2(next.windowTitle().startsWith(QStringLiteral("report-8.msg")), qPrintable(next.windowTitle()));
}

void TestMainWindow::droppedFileOpens()
{
    const QString path = writeSampleCopy(QStringLiteral("dropped-report.msg"));
    QVERIFY(!path.isEmpty());
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));

    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    const QPoint centre = w.rect().center();
    QDragEnterEvent enter(centre, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    enter.setAccepted(false);
    QApplication::sendEvent(&w, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(centre), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&w, &drop);
    QVERIFY2(w.windowTitle().startsWith(QStringLiteral("dropped-report.msg")), qPrintable(w.windowTitle()));
    QVERIFY(w.form()->report().failedCount() > 0);

    // Something that is not a file is refused.
    QMimeData text;
    text.setText(QStringLiteral("hello"));
    QDragEnterEvent refused(centre, Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
    refused.setAccepted(false);
    QApplication::sendEvent(&w, &refused);
    QVERIFY(!refused.isAccepted());
}

void TestMainWindow::bigReportIsReadWhileTheWindowPaints()
{
    Fixtures::NdrSpec spec;
    spec.original.extraRecipients = 10000;
    const QString path = m_dir.filePath(QStringLiteral("big.msg"));
    QVERIFY(!Fixtures::writeMsgFile(Fixtures::buildNdr(spec), path));
    QVERIFY(QFileInfo(path).size() >= 8 << 20);  // read aside from this size

    MainWindow w;
    QVERIFY(w.loadSample().has_value());
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    // What happens while the report is read: timers fire, the cursor says busy, and a request
    // to close the window waits.
    int ticks = 0;
    bool closedMeanwhile = true;
    Qt::CursorShape cursorMeanwhile = Qt::ArrowCursor;
    QTimer timer;
    timer.setInterval(0);
    connect(&timer, &QTimer::timeout, &w, [&] {
        if (ticks++ > 0)
            return;
        cursorMeanwhile = QApplication::overrideCursor() ? QApplication::overrideCursor()->shape() : Qt::ArrowCursor;
        closedMeanwhile = w.close();
    });
    timer.start();
    QVERIFY(w.openFile(path));
    timer.stop();
    QVERIFY(ticks > 0);
    QCOMPARE(cursorMeanwhile, Qt::BusyCursor);
    QVERIFY(!closedMeanwhile);
    QVERIFY(!QApplication::overrideCursor());
    QCOMPARE(w.filePath(), QFileInfo(path).absoluteFilePath());
    QCOMPARE(w.form()->recipientTable()->model()->rowCount(), spec.failures.size());
    QVERIFY(w.isVisible());
    QTRY_VERIFY(!w.isVisible());  // closed now that the report is shown
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
