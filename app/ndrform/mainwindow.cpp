#include "mainwindow.h"

#include "heapreserve.h"
#include "modules.h"
#include "ndrform.h"
#include "outboxview.h"
#include "printmodule.h"
#include "propertyview.h"
#include "report/ndrreport.h"
#include "reportexplainer.h"
#include "reportfile.h"
#include "resenddialog.h"
#include "resendresult.h"
#include "resources.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QEventLoop>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QThread>
#include <QTimer>
#include <optional>

namespace Ndr {

namespace {

const char kRecentKey[] = "recentFiles";
const char kGeometryKey[] = "mainWindow/geometry";
const char kStateKey[] = "mainWindow/state";

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
    setWindowIcon(Resources::icon(Resources::Icon::App));
    createMenus();
    retranslate();

    connect(m_form, &NdrForm::resendRequested, this, &MainWindow::startResend);
    connect(m_form, &NdrForm::locateOriginalRequested, this, &MainWindow::locateOriginal);
    connect(m_form->resendResultBanner(), &ResendResultBanner::showOutboxRequested, this,
            [this] { showOutbox(m_form->resendResultBanner()->messageId()); });
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
    m_printAction = m_fileMenu->addAction(QString(), this, &MainWindow::showPrintDialog);
    m_printAction->setObjectName(QStringLiteral("printAction"));
    m_printAction->setShortcut(QKeySequence::Print);
    m_exportPdfAction = m_fileMenu->addAction(QString(), this, &MainWindow::showExportPdfDialog);
    m_exportPdfAction->setObjectName(QStringLiteral("exportPdfAction"));
    m_fileMenu->addSeparator();
    m_closeAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_closeAction->setObjectName(QStringLiteral("closeAction"));
    m_closeAction->setShortcuts(QKeySequence::Close);  // Ctrl+W, and Ctrl+F4 where that is the custom
    m_quitAction = m_fileMenu->addAction(QString(), qApp, &QApplication::closeAllWindows);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);

    // View: shared with the resend parts (they add Outbox to it).
    QMenu *view = menuBar()->addMenu(QString());
    view->setObjectName(QStringLiteral("viewMenu"));
    m_propertiesAction = view->addAction(QString(), this, [this] { showProperties(); });
    m_propertiesAction->setObjectName(QStringLiteral("propertiesAction"));
    m_propertiesAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Return));

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
    m_printAction->setText(tr("&Print…"));
    m_printAction->setToolTip(tr("Print the report: who did not receive the message, and why"));
    m_exportPdfAction->setText(tr("E&xport as PDF…"));
    m_exportPdfAction->setToolTip(tr("Save the printable report as a PDF file"));
    m_closeAction->setText(tr("&Close"));
    m_quitAction->setText(tr("&Quit"));
    if (QMenu *view = findChild<QMenu *>(QStringLiteral("viewMenu")))
        view->setTitle(tr("&View"));
    m_propertiesAction->setText(tr("&Properties…"));
    m_propertiesAction->setToolTip(tr("Every property of the report, its recipients and attachments, for administrators"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About NDR Form"));
    setWindowTitle(m_title.isEmpty() ? tr("NDR Form") : tr("%1 — NDR Form").arg(m_title));
    if (m_properties)
        m_properties->setWindowTitle(tr("Properties — %1").arg(m_title.isEmpty() ? tr("NDR Form") : m_title));
    updateDocumentActions();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        retranslateResend();
    }
    QMainWindow::changeEvent(event);
}

template <typename Result>
Result MainWindow::whilePainting(const QString &path, const std::function<Result()> &read)
{
    // From 8 MB: 10,000 recipients take 0.1 s to read, 100,000 about two seconds.
    constexpr qint64 kAsideFrom = 8 << 20;
    if (QFileInfo(path).size() < kAsideFrom)
        return read();
    std::optional<Result> result;
    QEventLoop loop;
    std::unique_ptr<QThread> reader(QThread::create([&result, &read] { result = read(); }));
    connect(reader.get(), &QThread::finished, &loop, &QEventLoop::quit);
    QApplication::setOverrideCursor(Qt::BusyCursor);
    m_reading = true;
    reader->start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);  // input is kept, and handled afterwards
    reader->wait();
    m_reading = false;
    QApplication::restoreOverrideCursor();
    if (m_closeWhenRead)
        QTimer::singleShot(0, this, &QWidget::close);
    return std::move(*result);
}

Expected<ReadReport> MainWindow::readWhilePainting(const QString &path)
{
    return whilePainting<Expected<ReadReport>>(path, [path] { return readReport(path); });
}

Expected<bool> MainWindow::present(const Expected<ReadReport> &read, const QString &title)
{
    if (!read)
        return read.error();
    const Report::NdrReport &report = read->report;
    m_form->setReport(report, read->warnings);
    m_title = title;
    m_path.clear();
    if (m_properties)
        m_properties->setMessage(report.reportPtr(), tr("Report"));
    retranslate();
    return true;
}

Expected<bool> MainWindow::showFile(const QString &path, const Expected<ReadReport> &read)
{
    Expected<bool> shown = present(read, QFileInfo(path).fileName());
    if (shown)
        m_path = QFileInfo(path).absoluteFilePath();
    return shown;
}

Expected<bool> MainWindow::showSample(const Expected<ReadReport> &read)
{
    return present(read, tr("Sample report"));
}

bool MainWindow::finishOpen(const QString &path, const Expected<bool> &loaded)
{
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
        openReport(path);
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
        connect(action, &QAction::triggered, this, [this, path] { openReport(path); });
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
    openReport(path);
}

// --- Several windows, printing, properties --------------------------------------------------

QList<MainWindow *> MainWindow::windows()
{
    QList<MainWindow *> out;
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *window = qobject_cast<MainWindow *>(w))
            out << window;
    }
    return out;
}

MainWindow *MainWindow::openReport(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    for (MainWindow *window : windows()) {
        if (!window->m_path.isEmpty() && window->m_path == absolute) {
            window->rememberRecent(absolute);
            window->show();
            window->raise();
            window->activateWindow();
            return window;
        }
    }
    // This window shows nothing of the user's yet: the report goes here.
    if (m_path.isEmpty())
        return openFile(path) ? this : nullptr;

    auto *window = new MainWindow;
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->setRecordRecent(m_recordRecent);
    window->setStoreOptions(m_storeOptions);
    if (!window->openFile(path)) {
        delete window;
        return nullptr;
    }
    window->resize(size());
    if (isVisible()) {
        // Cascade, so that the new window does not hide this one exactly.
        const int step = fontMetrics().height() * 2;
        window->move(pos() + QPoint(step, step));
        window->show();
    }
    return window;
}

void MainWindow::restoreWindowState()
{
    const QSettings settings;
    restoreGeometry(settings.value(QLatin1String(kGeometryKey)).toByteArray());
    restoreState(settings.value(QLatin1String(kStateKey)).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_reading) {  // the reading's result comes back to this window: it closes afterwards
        m_closeWhenRead = true;
        event->ignore();
        return;
    }
    m_closeWhenRead = false;
    if (m_recordRecent) {
        // Only what changed: an unchanged window does not rewrite (and sync) the settings file.
        QSettings settings;
        for (const auto &[key, value] : {std::pair{kGeometryKey, saveGeometry()}, std::pair{kStateKey, saveState()}})
            if (settings.value(QLatin1String(key)).toByteArray() != value)
                settings.setValue(QLatin1String(key), value);
    }
    if (m_properties)
        m_properties->close();
    QMainWindow::closeEvent(event);
}

void MainWindow::updateDocumentActions()
{
    const bool has = m_form->hasReport();
    m_printAction->setEnabled(has);
    m_exportPdfAction->setEnabled(has);
    m_propertiesAction->setEnabled(has);
}

PropertyView *MainWindow::propertyView() const
{
    return m_properties;
}

PropertyView *MainWindow::showProperties()
{
    if (!m_form->hasReport())
        return nullptr;
    if (!m_properties) {
        // A window of its own that goes with this one.
        m_properties = new PropertyView(this);
        m_properties->setWindowFlag(Qt::Window);
        m_properties->setAttribute(Qt::WA_DeleteOnClose);
        m_properties->setWindowIcon(windowIcon());
        m_properties->resize(size().expandedTo(QSize(760, 480)));
        m_properties->setMessage(m_form->report().reportPtr(), tr("Report"));
        retranslate();
    }
    m_properties->show();
    m_properties->raise();
    m_properties->activateWindow();
    return m_properties;
}

void MainWindow::showPrintDialog()
{
    if (!m_form->hasReport())
        return;
    static const auto print =
        loadModuleTable<PrintModule>(NDR_PRINT_MODULE_FILE, NDR_PRINT_MODULE_ENTRY, QStringLiteral("the print module"));
    if (!print.table) {
        QMessageBox::critical(this, tr("Cannot print"), print.error);
        return;
    }
    print.table->printWithDialog(this, m_title, tr("Print Report"), [this](QPagedPaintDevice *printer) {
        ReportExplainer::print(m_form->report(), printer, m_title);
    });
}

bool MainWindow::exportPdf(const QString &path)
{
    if (!m_form->hasReport())
        return false;
    QString error;
    if (!ReportExplainer::exportPdf(m_form->report(), path, m_title, &error)) {
        QMessageBox::critical(this, tr("Cannot save PDF"),
                              tr("The file \"%1\" could not be written:\n%2").arg(QDir::toNativeSeparators(path), error));
        return false;
    }
    return true;
}

void MainWindow::showExportPdfDialog()
{
    if (!m_form->hasReport())
        return;
    // Beside the report, with its name; the sample's goes to the home folder.
    const QFileInfo shown(m_path);
    const QString suggested = m_path.isEmpty()
        ? QDir::home().filePath(QStringLiteral("delivery-report.pdf"))
        : QDir(shown.absolutePath()).filePath(shown.completeBaseName() + QStringLiteral(".pdf"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export as PDF"), suggested, tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        exportPdf(path);
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
    if (m_resendDialog && m_resendDialog->isVisible()) {
        m_resendDialog->raise();
        m_resendDialog->activateWindow();
        return;
    }
    auto *dialog = new ResendDialog(this);
    // Gone once answered: a retry or a later resend starts from a fresh dialog.
    connect(dialog, &QDialog::finished, dialog, &QObject::deleteLater);
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
    // Queued: the dialog closes before a big original is read.
    connect(dialog, &QFileDialog::fileSelected, this, &MainWindow::attachOriginal, Qt::QueuedConnection);
    dialog->open();
}

void MainWindow::attachOriginal(const QString &path)
{
    const Expected<OpenedFile> opened = whilePainting<Expected<OpenedFile>>(path, [path] {
        const HeapReserve reserve(QFileInfo(path).size());
        return openMessageFile(path);
    });
    if (m_closeWhenRead)
        return;  // the window was closed meanwhile: no resend dialog for it
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
    if (m_outbox->isVisible()) {
        m_outbox->raise();
        m_outbox->activateWindow();
    } else {
        m_outbox->show();
    }
}

} // namespace Ndr
