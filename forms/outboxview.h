#pragma once
// The Outbox view: the local message store's messages (the Outbox by default, any folder of
// the IPM subtree on request) and, for the selected message, its recipient rows, where the
// resend's envelope (MAPI_P1 rows) is marked apart from the rows the receivers see
// (MAPI_SUBMITTED). Reads the store through Store::MessageStore; no SQL here.
#include "store/messagestore.h"

#include <QAbstractTableModel>
#include <QDialog>
#include <memory>

class QComboBox;
class QPushButton;
class QTableView;

namespace Ndr {

namespace Ui { class OutboxView; }

// A folder's messages.
class OutboxMessageModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { IdColumn, SubjectColumn, RecipientsColumn, ResendColumn, TimeColumn, ColumnCount };
    enum Role { MessageIdRole = Qt::UserRole + 1, P1CountRole, RecipientCountRole, CreatedRole };
    Q_ENUM(Role)

    explicit OutboxMessageModel(QObject *parent = nullptr);
    void setMessages(const QList<Store::MessageSummary> &messages);
    const QList<Store::MessageSummary> &messages() const { return m_messages; }
    int rowOf(qint64 id) const;
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Store::MessageSummary> m_messages;
};

// The recipient rows of one stored message, in table order.
class OutboxRecipientModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { NameColumn, AddressColumn, TypeColumn, ColumnCount };
    enum Role { RecipientTypeRole = Qt::UserRole + 1, IsP1Role, IsSubmittedRole };
    Q_ENUM(Role)

    struct Row {
        QString name;
        QString address;
        quint32 type = 0;  // PR_RECIPIENT_TYPE as stored, flags included
    };

    explicit OutboxRecipientModel(QObject *parent = nullptr);
    void setRecipients(const QList<Row> &rows);
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "To", "Cc (submitted)", "resend (P1)".
    static QString typeText(quint32 type);

private:
    QList<Row> m_rows;
};

class OutboxView : public QDialog {
    Q_OBJECT
public:
    explicit OutboxView(QWidget *parent = nullptr);
    ~OutboxView() override;

    // Shows the store at path, read-only; an error is said in the view and returned.
    Expected<bool> setStorePath(const QString &path);
    QString storePath() const { return m_path; }
    void setFolder(Store::Folder folder);
    Store::Folder folder() const;
    // Reads the folder again (F5); keeps the selected message where it still exists.
    Expected<bool> refresh();
    // Selects the message with this id in the current folder; false when it is not there.
    bool selectMessage(qint64 id);
    qint64 selectedMessage() const;

    QTableView *messageList() const;
    QTableView *recipientList() const;
    QComboBox *folderCombo() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showMessage(qint64 id);
    void updateStatus();
    void resizeColumns();
    void setError(const QString &text);

    std::unique_ptr<Ui::OutboxView> m_ui;
    OutboxMessageModel *m_messages = nullptr;
    OutboxRecipientModel *m_recipients = nullptr;
    QPushButton *m_close = nullptr;
    QString m_path;
    QString m_error;  // the last error, shown in the status line
};

} // namespace Ndr
