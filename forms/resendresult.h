#pragma once
// The inline banner the NDR form shows after Resend: what happened and where the message is
// ("Sent again to 2 recipients. The message is in the Outbox of <store> (message 17).") with
// a Show Outbox button; or, when the store refused it, why (naming the store file) with a
// Try Again button, since nothing was lost and the choices are kept.
#include <QFrame>

class QLabel;
class QPushButton;

namespace Ndr {

class ResendResultBanner : public QFrame {
    Q_OBJECT
public:
    enum class State { Hidden, Sent, Failed };

    explicit ResendResultBanner(QWidget *parent = nullptr);

    void showSent(int recipientCount, const QString &storePath, qint64 messageId);
    // detail: the error as the model words it (it names the store file).
    void showFailed(const QString &storePath, const QString &detail);
    void dismiss();

    State state() const { return m_state; }
    qint64 messageId() const { return m_messageId; }  // of the last message sent
    QString text() const;

Q_SIGNALS:
    void showOutboxRequested();
    void retryRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateColours();

    QLabel *m_icon = nullptr;
    QLabel *m_label = nullptr;
    QPushButton *m_showOutbox = nullptr;
    QPushButton *m_retry = nullptr;
    QPushButton *m_dismiss = nullptr;
    State m_state = State::Hidden;
    int m_count = 0;
    QString m_storePath;
    qint64 m_messageId = 0;
    QString m_detail;
};

} // namespace Ndr
