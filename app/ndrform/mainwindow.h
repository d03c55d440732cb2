#pragma once
// The main window of ndrform: the NDR form, File menu (Open, Open Recent, Quit), drag and drop.
#include "error.h"

#include <QMainWindow>
#include <QStringList>

class QMenu;

namespace Ndr {

class NdrForm;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);

    // Reads a report file and shows it; the error is returned, not shown (screenshot mode).
    Expected<bool> loadFile(const QString &path);
    // The bundled sample report.
    Expected<bool> loadSample();
    // Like loadFile, but a file it cannot read is said in a message box; the window stays as it was.
    bool openFile(const QString &path);

    NdrForm *form() const { return m_form; }
    // Whether opened files go into Open Recent (off for screenshots and tests).
    void setRecordRecent(bool record) { m_recordRecent = record; }

    static constexpr int kMaxRecent = 8;

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    Expected<bool> loadBytesOrFile(const QString &path, const QByteArray *bytes, const QString &title);
    void createMenus();
    void retranslate();
    void showOpenDialog();
    void showAbout();
    void rememberRecent(const QString &path);
    void rebuildRecentMenu();
    QStringList recentFiles() const;

    NdrForm *m_form = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_quitAction = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_aboutAction = nullptr;
    QString m_title;  // the file shown, for the window title
    bool m_recordRecent = true;
};

} // namespace Ndr
