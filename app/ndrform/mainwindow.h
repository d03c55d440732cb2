#pragma once
// The main window of ndrform: one report per window (File > Open opens another window), the
// NDR form, File menu (Open, Open Recent, Print, Export as PDF, Close, Quit), View > Properties,
// drag and drop, and the window's size and place kept between sessions.
#include "error.h"
#include "report/ndrreport.h"
#include "reportfile.h"
#include "resend/resendengine.h"
#include "samples.h"
#include "store/messagestore.h"

#include <QMainWindow>
#include <QPointer>
#include <QStringList>
#include <functional>

class QMenu;

namespace Ndr {

class NdrForm;
class OutboxView;
class PropertyView;
class ResendDialog;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);

    // Reads a report file and shows it; the error is returned, not shown (screenshot mode).
    Expected<bool> loadFile(const QString &path) { return showFile(path, readReport(path)); }
    // The bundled sample report.
    Expected<bool> loadSample() { return showSample(Resources::readSampleReport()); }
    // The second halves of loadFile and loadSample (reportfile.h reads): ndrform reads its
    // first report while it loads the window.
    Expected<bool> showFile(const QString &path, const Expected<ReadReport> &read);
    Expected<bool> showSample(const Expected<ReadReport> &read);
    // Like loadFile, but a file it cannot read is said in a message box; the window stays as it was.
    // A big file is read on another thread meanwhile: the windows go on painting, with a busy
    // cursor, and what the user types or clicks waits until the report is shown.
    bool openFile(const QString &path) { return finishOpen(path, showFile(path, readWhilePainting(path))); }
    // The second half of openFile, for a file loaded before the window showed: says why it could
    // not be read, or adds it to Open Recent.
    bool finishOpen(const QString &path, const Expected<bool> &loaded);

    NdrForm *form() const { return m_form; }
    // Whether opened files go into Open Recent (off for screenshots and tests).
    void setRecordRecent(bool record) { m_recordRecent = record; }

    static constexpr int kMaxRecent = 8;

    // Several reports at once: a report opens in a new window, unless this one shows none yet
    // (or only the bundled sample); a report that is open already has its window raised.
    // Returns the window that shows it; nullptr when it cannot be read (said in a message box).
    MainWindow *openReport(const QString &path);
    // The file shown, absolute; empty for the sample or nothing.
    QString filePath() const { return m_path; }
    // Every main window open now.
    static QList<MainWindow *> windows();
    // The window's size, place and state from the last session (a normal start only).
    void restoreWindowState();
    // View > Properties...: every property of the report, in a window of its own.
    PropertyView *showProperties();
    PropertyView *propertyView() const;
    // File > Export as PDF... without the file dialog; false (said in a message box) when it fails.
    bool exportPdf(const QString &path);

    // Resend: where the resent message goes (`--store PATH`; default MessageStore::defaultPath()).
    // Tests also set readOnly and maxPageCount through the options.
    void setStorePath(const QString &path);
    void setStoreOptions(const Store::MessageStore::Options &options);
    QString storePath() const;
    // The resend dialog while it is open, the Outbox view once it has been opened.
    ResendDialog *resendDialog() const;
    OutboxView *outboxView() const;
    // Resend -> ResendDialog (opened window-modal, not blocking) -> engine -> store -> banner.
    void startResend();
    // Attaches the original read from path to the report shown; asks before using one whose
    // Message-ID differs. Then the resend dialog opens.
    void attachOriginal(const QString &path);
    // View > Outbox: the store's Outbox, the given message selected (0: the newest).
    void showOutbox(qint64 selectMessage = 0);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    // Runs `read` on another thread for a file from 8 MB, the window painting and a busy cursor
    // shown meanwhile; a smaller file is read here, in less time than a thread takes to start.
    template <typename Result>
    Result whilePainting(const QString &path, const std::function<Result()> &read);
    Expected<ReadReport> readWhilePainting(const QString &path);
    Expected<bool> present(const Expected<ReadReport> &read, const QString &title);
    void createMenus();
    void retranslate();
    void showOpenDialog();
    void showAbout();
    void rememberRecent(const QString &path);
    void rebuildRecentMenu();
    QStringList recentFiles() const;
    void showPrintDialog();
    void showExportPdfDialog();
    void updateDocumentActions();
    void createResendActions();
    void retranslateResend();
    void submitResend(const QList<Resend::Choice> &choices);
    void locateOriginal();
    void useOriginal(const Report::NdrReport &report);

    NdrForm *m_form = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_quitAction = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_aboutAction = nullptr;
    QString m_title;  // the file shown, for the window title
    QString m_path;   // the file shown, absolute; empty for the sample
    QAction *m_printAction = nullptr;
    QAction *m_exportPdfAction = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_propertiesAction = nullptr;
    QPointer<PropertyView> m_properties;
    Store::MessageStore::Options m_storeOptions;
    QList<Resend::Choice> m_lastChoices;  // of a resend the store refused: a retry starts from them
    std::weak_ptr<const Mapi::Message> m_lastChoicesReport;  // the report they were made for
    QPointer<ResendDialog> m_resendDialog;
    QPointer<OutboxView> m_outbox;
    QMenu *m_viewMenu = nullptr;
    bool m_ownsViewMenu = false;  // made here when nobody else made a View menu
    QAction *m_outboxAction = nullptr;
    bool m_recordRecent = true;
    bool m_reading = false;        // whilePainting is under way: the window stays open...
    bool m_closeWhenRead = false;  // ...and closes once it is done, if it was asked to meanwhile
};

} // namespace Ndr
