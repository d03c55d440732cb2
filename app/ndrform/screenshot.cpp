#include "screenshot.h"

#include "mainwindow.h"
#include "ndrform.h"
#include "outboxview.h"
#include "propertyview.h"
#include "resenddialog.h"
#include "resendresult.h"

#include <QApplication>
#include <QDateTime>
#include <QTimeZone>
#include <QDir>
#include <QFile>
#include <QKeyEvent>
#include <QPainter>
#include <QProcess>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QTreeView>

#include <cstdio>

namespace Ndr::Screenshot {

namespace {

constexpr const char *kLanguages[] = {"en", "de", "fr"};

// Bytes that start like an Outlook file and stop: what a cut-off download looks like.
constexpr char kDamagedName[] = "damaged-report.msg";

void settle()
{
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::sendPostedEvents();
        QApplication::processEvents();
    }
}

void pressKey(QWidget *target, Qt::Key key)
{
    QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier);
    QApplication::sendEvent(target, &press);
    QKeyEvent release(QEvent::KeyRelease, key, Qt::NoModifier);
    QApplication::sendEvent(target, &release);
}

QImage grabbed(QWidget *widget)
{
    QPixmap pixmap = widget->grab();
    pixmap.setDevicePixelRatio(1);
    return pixmap.toImage().convertToFormat(QImage::Format_RGB32);
}

// A dialog as a window manager shows it: centred on the window, under a title bar with its
// title, with a soft shadow. Made smaller where it would not fit.
QImage withDialog(const QImage &base, QWidget *dialog)
{
    QFont titleFont = dialog->font();
    titleFont.setBold(true);
    const int titleHeight = QFontMetrics(titleFont).height() + 12;
    const int margin = 24;
    const QSize room(base.width() - 2 * margin, base.height() - 2 * margin - titleHeight);
    if (dialog->width() > room.width() || dialog->height() > room.height()) {
        dialog->resize(dialog->size().boundedTo(room));
        settle();
    }
    const QImage content = grabbed(dialog);

    QImage canvas = base.convertToFormat(QImage::Format_RGB32);
    QPainter p(&canvas);
    const QRect frame((base.width() - content.width()) / 2 - 1, (base.height() - content.height() - titleHeight) / 2 - 1,
                      content.width() + 2, content.height() + titleHeight + 2);
    for (int i = 1; i <= 4; ++i)
        p.fillRect(frame.translated(i, i), QColor(0, 0, 0, 18));
    const QPalette pal = dialog->palette();
    p.fillRect(frame, pal.color(QPalette::Shadow));
    const QRect title(frame.left() + 1, frame.top() + 1, content.width(), titleHeight);
    p.fillRect(title, pal.color(QPalette::Window).darker(112));
    p.setPen(pal.color(QPalette::WindowText));
    p.setFont(titleFont);
    p.drawText(title, Qt::AlignCenter, dialog->windowTitle());
    p.drawImage(title.bottomLeft() + QPoint(0, 1), content);
    return canvas;
}

Expected<bool> resend(MainWindow &window)
{
    window.startResend();
    settle();
    ResendDialog *dialog = window.resendDialog();
    if (!dialog)
        return makeError(Error::InvalidArgument, QStringLiteral("this report cannot be resent"));
    QPushButton *confirm = dialog->confirmButton();
    if (!confirm->isEnabled())
        return makeError(Error::InvalidArgument, QStringLiteral("the resend dialog chooses nobody to resend to"));
    confirm->click();
    settle();
    const ResendResultBanner *banner = window.form()->resendResultBanner();
    if (banner->state() != ResendResultBanner::State::Sent)
        return makeError(Error::StoreError, banner->text());
    return true;
}

Expected<QImage> cannotOpen(MainWindow &window)
{
    QFile damaged(QString::fromLatin1(kDamagedName));
    if (!damaged.open(QIODevice::WriteOnly)
        || damaged.write(QByteArray::fromHex("d0cf11e0a1b11ae1000000000000000000000000000000003e000300feff0900"))
            < 0)
        return makeError(Error::WriteFailed, QStringLiteral("cannot write %1").arg(damaged.fileName()));
    damaged.close();
    // The message box runs its own event loop: take the picture from inside it, then close it.
    QImage shot;
    QTimer::singleShot(0, &window, [&window, &shot] {
        settle();
        if (QWidget *box = QApplication::activeModalWidget()) {
            shot = withDialog(grabbed(&window), box);
            box->close();
        }
    });
    if (window.openFile(QString::fromLatin1(kDamagedName)) || shot.isNull())
        return makeError(Error::InvalidArgument, QStringLiteral("the damaged report did not give an error"));
    return shot;
}

} // namespace

QStringList languages()
{
    QStringList codes;
    for (const char *code : kLanguages)
        codes << QString::fromLatin1(code);
    return codes;
}

Expected<QImage> render(MainWindow &window, const QString &state)
{
    NdrForm *form = window.form();
    QTableView *table = form->recipientTable();
    form->selectFirstFailed();
    table->setFocus(Qt::OtherFocusReason);
    settle();

    if (state == QLatin1String("form"))
        return grabbed(&window);
    if (state == QLatin1String("details")) {
        // The keyboard way: the next row, then Enter moves the reading focus to its details.
        pressKey(table, Qt::Key_Down);
        pressKey(table, Qt::Key_Return);
        settle();
        return grabbed(&window);
    }
    if (state == QLatin1String("resend")) {
        window.startResend();
        settle();
        if (!window.resendDialog())
            return makeError(Error::InvalidArgument, QStringLiteral("this report cannot be resent"));
        return withDialog(grabbed(&window), window.resendDialog());
    }
    if (state == QLatin1String("result") || state == QLatin1String("outbox")) {
        // The store stamps a time of its own: a little after the report, the same on every run.
        Store::MessageStore::Options store;
        store.path = QStringLiteral("store.sqlite");
        const QDateTime reported = form->report().reportTime();
        store.fixedTime = reported.isValid() ? reported.addSecs(15 * 60)
                                             : QDateTime(QDate(2024, 3, 14), QTime(10, 0), QTimeZone::utc());
        window.setStoreOptions(store);
        if (const Expected<bool> sent = resend(window); !sent)
            return sent.error();
        if (state == QLatin1String("result"))
            return grabbed(&window);
        window.showOutbox();
        settle();
        return withDialog(grabbed(&window), window.outboxView());
    }
    if (state == QLatin1String("error"))
        return cannotOpen(window);
    if (state == QLatin1String("properties")) {
        // A window of its own, shown at the main window's size, its groups open.
        PropertyView *view = window.showProperties();
        if (!view)
            return makeError(Error::InvalidArgument, QStringLiteral("the report has no properties to show"));
        view->resize(window.size());
        if (auto *tree = view->findChild<QTreeView *>(QStringLiteral("propertyTree")))
            tree->expandToDepth(1);
        settle();
        return grabbed(view);
    }
    return makeError(Error::InvalidArgument, QStringLiteral("no state named \"%1\"").arg(state));
}

int renderAll(const QString &program, const QString &outDir, const QStringList &passOn, bool rightToLeft)
{
    if (!QDir().mkpath(outDir)) {
        std::fprintf(stderr, "ndrform: cannot make the folder \"%s\"\n", qUtf8Printable(QDir::toNativeSeparators(outDir)));
        return 1;
    }
    int failures = 0;
    for (const QString &language : languages()) {
        for (const QString &state : states()) {
            const QString name = QStringLiteral("%1-%2%3.png").arg(state, language, rightToLeft ? QStringLiteral("-rtl") : QString());
            const QString out = QDir(outDir).filePath(name);
            QProcess run;
            run.setProcessChannelMode(QProcess::ForwardedChannels);
            run.start(program, QStringList{QStringLiteral("--screenshot"), out, QStringLiteral("--state"), state,
                                           QStringLiteral("--lang"), language}
                                   + passOn);
            const bool ok = run.waitForFinished(120000) && run.exitStatus() == QProcess::NormalExit && run.exitCode() == 0;
            std::printf("%s %s\n", ok ? "wrote" : "FAILED", qUtf8Printable(QDir::toNativeSeparators(out)));
            failures += ok ? 0 : 1;
        }
    }
    std::fflush(stdout);
    return failures ? 1 : 0;
}

} // namespace Ndr::Screenshot
