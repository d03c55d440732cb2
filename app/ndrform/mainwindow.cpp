#include "mainwindow.h"

#include "ndrform.h"
#include "outboxview.h"
#include "report/ndrreport.h"
#include "reportfile.h"
#include "resenddialog.h"
#include "resendresult.h"
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
#include <QPushButton>
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

    connect(m_form, &NdrForm::resendRequested, this, &MainWindow::startResend);
    connect(m_form, &NdrForm::locateOriginalRequested, this, &MainWindow::locateOriginal);
    connect(m_form->resendResultBanner(), &ResendResultBanner::showOutboxRequested, this, [this] { showOutbox(); });
    connect(m_form->resendResultBanner(), &ResendResultBanner::retryRequested, this, &MainWindow::startResend);
    createResendActions();
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
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        retranslateResend();
    }
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

// --- Resend --------------------------------------------------------------------------------

void MainWindow::createResendActions()
{
    // View > Outbox; the View menu is shared with whoever else puts views there.
    m_viewMenu = findChild<QMenu *>(QStringLiteral("viewMenu"));
    if (!m_viewMenu) {
        m_viewMenu = new QMenu(menuBar());
        m_viewMenu->setObjectName(QStringLiteral("viewMenu"));
        menuBar()->insertMenu(m_helpMenu ? m_helpMenu->menuAction() : nullptr, m_viewMenu);
        m_ownsViewMenu = true;
    }
    m_outboxAction = m_viewMenu->addAction(QString(), this, [this] { showOutbox(); });
    m_outboxAction->setObjectName(QStringLiteral("outboxAction"));
    m_outboxAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    retranslateResend();
}

void MainWindow::retranslateResend()
{
    if (m_ownsViewMenu)
        m_viewMenu->setTitle(tr("&View"));
    m_outboxAction->setText(tr("&Outbox"));
    m_outboxAction->setToolTip(tr("Show the messages in the Outbox of the message store"));
}

ResendDialog *MainWindow::resendDialog() const
{
    return m_resendDialog;
}

OutboxView *MainWindow::outboxView() const
{
    return m_outbox;
}

void MainWindow::setStorePath(const QString &path)
{
    m_storeOptions.path = path;
}

void MainWindow::setStoreOptions(const Store::MessageStore::Options &options)
{
    m_storeOptions = options;
}

QString MainWindow::storePath() const
{
    return m_storeOptions.path.isEmpty() ? Store::MessageStore::defaultPath() : m_storeOptions.path;
}

void MainWindow::startResend()
{
    if (m_form->needsOriginal()) {
        locateOriginal();
        return;
    }
    if (!m_form->canResend())
        return;
    if (m_resendDialog) {
        m_resendDialog->raise();
        m_resendDialog->activateWindow();
        return;
    }
    auto *dialog = new ResendDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setReport(m_form->report());
    // After a refused submission the user's choices come back, corrections included.
    if (!m_lastChoices.isEmpty() && m_lastChoicesReport.lock() == m_form->report().reportPtr())
        dialog->setChoices(m_lastChoices);
    m_resendDialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog] { submitResend(dialog->choices()); });
    // Window-modal but not blocking: scripts and tests drive it like a user.
    dialog->open();
}

void MainWindow::submitResend(const QList<Resend::Choice> &choices)
{
    // Kept until the store has the message: nothing the user chose is lost on a failure.
    m_lastChoices = choices;
    m_lastChoicesReport = m_form->report().reportPtr();
    ResendResultBanner *banner = m_form->resendResultBanner();
    const QString path = storePath();

    Resend::ResendEngine engine(m_form->report());
    engine.setChoices(choices);
    const Expected<Mapi::Message> message = engine.build();
    if (!message) {
        banner->showFailed(QString(), message.error().toString());
        return;
    }
    const Report::NdrReport &report = m_form->report();
    const Store::Identity me{report.addresseeName(), report.addresseeAddress()};
    if (!me.isValid()) {
        banner->showFailed(QString(), tr("the report does not say who sent the original message, so the resent "
                                         "message would have no sender"));
        return;
    }
    Store::MessageStore::Options options = m_storeOptions;
    options.path = path;
    // SQLite would open a file it cannot write read-only without a word: say so at submission.
    if (const QFileInfo info(path); info.exists() && !info.isWritable())
        options.readOnly = true;
    auto store = Store::MessageStore::open(options);
    if (!store) {
        banner->showFailed(path, store.error().toString());
        return;
    }
    const Expected<qint64> id = (*store)->submit(*message, me);
    if (!id) {
        banner->showFailed(path, id.error().toString());
        return;
    }
    store->reset();  // closes the connection before anyone reads the store again
    const Expected<QList<int>> rows = engine.chosenRows();
    m_lastChoices.clear();
    banner->showSent(rows ? int(rows->size()) : int(choices.size()), path, *id);
    if (m_outbox && m_outbox->isVisible())
        showOutbox(*id);
}

void MainWindow::locateOriginal()
{
    auto *dialog = new QFileDialog(this, tr("Locate Original Message"));
    dialog->setObjectName(QStringLiteral("locateOriginalDialog"));
    // Qt's own dialog: the same everywhere, offscreen too, and scriptable.
    dialog->setOption(QFileDialog::DontUseNativeDialog);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    dialog->setNameFilters({tr("Messages (*.msg *.eml)"), tr("Outlook messages (*.msg)"),
                            tr("Internet messages (*.eml)"), tr("All files (*)")});
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &MainWindow::attachOriginal);
    dialog->open();
}

void MainWindow::attachOriginal(const QString &path)
{
    const Expected<OpenedFile> opened = openMessageFile(path);
    if (!opened || !opened->message) {
        QMessageBox::critical(this, tr("Cannot open original"),
                              tr("The file \"%1\" could not be opened:\n%2")
                                  .arg(QDir::toNativeSeparators(path),
                                       opened ? tr("the file holds no message") : opened.error().toString()));
        return;
    }
    Report::NdrReport report = m_form->report();
    const QString wanted =
        report.original() ? report.original()->props.string(Mapi::PR_INTERNET_MESSAGE_ID).trimmed() : QString();
    if (report.setOriginal(opened->message)) {
        useOriginal(report);
        return;
    }
    // The user may know better (a copy saved again gets a new Message-ID): ask, do not refuse.
    const QString given = opened->message->props.string(Mapi::PR_INTERNET_MESSAGE_ID).trimmed();
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Locate Original"),
                                tr("This may not be the message that bounced."), QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("originalMismatchBox"));
    box->setInformativeText(tr("The report is about the message %1, but the chosen file is the message %2. "
                               "Resend the chosen message anyway?")
                                .arg(wanted, given.isEmpty() ? tr("without a Message-ID") : given));
    QPushButton *use = box->addButton(tr("&Use This Message"), QMessageBox::AcceptRole);
    use->setObjectName(QStringLiteral("useOriginalAnywayButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, use, report] {
        if (box->clickedButton() == use)
            useOriginal(report);
    });
    box->open();
}

void MainWindow::useOriginal(const Report::NdrReport &report)
{
    m_form->setReport(report, m_form->readWarnings());
    startResend();
}

void MainWindow::showOutbox(qint64 selectMessage)
{
    if (!m_outbox) {
        m_outbox = new OutboxView(this);
        m_outbox->setModal(false);
    }
    m_outbox->setStorePath(storePath());
    if (selectMessage > 0) {
        m_outbox->setFolder(Store::Folder::Outbox);
        m_outbox->selectMessage(selectMessage);
    }
    m_outbox->show();
    m_outbox->raise();
    m_outbox->activateWindow();
}

} // namespace Ndr
