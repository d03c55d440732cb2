#include "mainwindow.h"

#include "ndrform.h"
#include "report/ndrreport.h"
#include "reportfile.h"
#include "resources.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QIcon>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>

namespace Ndr {

namespace {

const char kRecentKey[] = "recentFiles";

QString firstLocalFile(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls())
        return {};
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile())
            return url.toLocalFile();
    }
    return {};
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_form(new NdrForm(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setCentralWidget(m_form);
    setAcceptDrops(true);
    setWindowIcon(QIcon(Resources::appIcon()));
    createMenus();
    retranslate();

    connect(m_form, &NdrForm::resendRequested, this, [this] {
        QMessageBox::information(this, tr("Resend"),
                                 tr("Resending from the form comes in a later version. For now, use "
                                    "\"ndrtool resend\" on the report file."));
    });
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->setObjectName(QStringLiteral("fileMenu"));

    m_openAction = m_fileMenu->addAction(QString(), this, &MainWindow::showOpenDialog);
    m_openAction->setObjectName(QStringLiteral("openAction"));
    m_openAction->setShortcut(QKeySequence::Open);

    m_recentMenu = m_fileMenu->addMenu(QString());
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentMenu);
    rebuildRecentMenu();

    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), qApp, &QApplication::quit);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->setObjectName(QStringLiteral("helpMenu"));
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
    m_aboutAction->setObjectName(QStringLiteral("aboutAction"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About NDR Form"),
                       tr("<h3>NDR Form %1</h3>"
                          "<p>Shows who did not receive a message, why, and what can be done about it, "
                          "from an Outlook non-delivery report (.msg) or an Internet delivery status "
                          "notification (.eml).</p>")
                           .arg(QApplication::applicationVersion().toHtmlEscaped()));
}

void MainWindow::retranslate()
{
    m_fileMenu->setTitle(tr("&File"));
    m_openAction->setText(tr("&Open…"));
    m_openAction->setToolTip(tr("Open a delivery report (.msg or .eml)"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_quitAction->setText(tr("&Quit"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About NDR Form"));
    setWindowTitle(m_title.isEmpty() ? tr("NDR Form") : tr("%1 — NDR Form").arg(m_title));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

Expected<bool> MainWindow::loadBytesOrFile(const QString &path, const QByteArray *bytes, const QString &title)
{
    Expected<OpenedFile> opened = bytes ? openMessageBytes(*bytes, path) : openMessageFile(path);
    if (!opened)
        return opened.error();
    if (!opened->message)
        return makeError(Error::Malformed, tr("the file holds no message"));
    const Report::NdrReport report = Report::NdrReport::fromMessage(opened->message);
    m_form->setReport(report, opened->warnings);
    m_title = title;
    retranslate();
    return true;
}

Expected<bool> MainWindow::loadFile(const QString &path)
{
    return loadBytesOrFile(path, nullptr, QFileInfo(path).fileName());
}

Expected<bool> MainWindow::loadSample()
{
    QFile file(Resources::sampleReport());
    if (!file.open(QIODevice::ReadOnly))
        return makeError(Error::FileNotFound, tr("the bundled sample report is missing from this build"));
    const QByteArray bytes = file.readAll();
    return loadBytesOrFile(QStringLiteral("sample-ndr.msg"), &bytes, tr("Sample report"));
}

bool MainWindow::openFile(const QString &path)
{
    const Expected<bool> loaded = loadFile(path);
    if (!loaded) {
        QMessageBox::critical(this, tr("Cannot open report"),
                              tr("The file \"%1\" could not be opened:\n%2")
                                  .arg(QDir::toNativeSeparators(path), loaded.error().toString()));
        return false;
    }
    rememberRecent(QFileInfo(path).absoluteFilePath());
    return true;
}

void MainWindow::showOpenDialog()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Delivery Report"), QString(),
        tr("Delivery reports (*.msg *.eml);;Outlook messages (*.msg);;Internet messages (*.eml);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

QStringList MainWindow::recentFiles() const
{
    return QSettings().value(QLatin1String(kRecentKey)).toStringList();
}

void MainWindow::rememberRecent(const QString &path)
{
    if (!m_recordRecent)
        return;
    QStringList files = recentFiles();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > kMaxRecent)
        files.removeLast();
    QSettings().setValue(QLatin1String(kRecentKey), files);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        const QString &path = files.at(i);
        // "&1 name.msg", with the full path as the tip.
        QAction *action = m_recentMenu->addAction(
            tr("&%1 %2").arg(i + 1).arg(QFileInfo(path).fileName().replace(QLatin1Char('&'), QLatin1String("&&"))));
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { openFile(path); });
    }
    if (files.isEmpty()) {
        m_recentMenu->addAction(tr("No recent files"))->setEnabled(false);
        return;
    }
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(tr("&Clear List"), this, [this] {
        QSettings().remove(QLatin1String(kRecentKey));
        rebuildRecentMenu();
    });
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!firstLocalFile(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString path = firstLocalFile(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    openFile(path);
}

} // namespace Ndr
