#pragma once
// The resend procedure ("Resending an Undelivered Message", reference/seeds; DESIGN.md
// "Resend: the documented procedure, exactly"): from a report and the recipients the user
// chose, the new message to submit. Storing it is MessageStore::submit's part.
#include "error.h"
#include "mapi/message.h"
#include "report/ndrreport.h"

#include <QMap>
#include <QUuid>
#include <optional>

namespace Ndr::Resend {

// One failed recipient to send to again.
struct Choice {
    int row = -1;              // index in NdrReport::rows(); -1: chosen by address
    QString address;           // the failed recipient's address (any case), when row is -1
    QString correctedAddress;  // send to this SMTP address instead; empty: unchanged
};

class ResendEngine {
public:
    explicit ResendEngine(Report::NdrReport report);

    // The original to resend when the report carries none or only its headers (the user
    // located its .msg/.eml); the report's failures are joined to its rows.
    void setOriginal(std::shared_ptr<const Mapi::Message> original);
    // Who gets the message again; empty (the default): every failed recipient.
    void setChoices(const QList<Choice> &choices) { m_choices = choices; }
    // The time (FILETIME) and GUID of the conversation index made for an original that has
    // none; by default the current time and a new GUID.
    void setConversationSeed(quint64 fileTime, const QUuid &guid);

    const Report::NdrReport &report() const { return m_report; }
    // The failed rows (indexes into report().rows()) that the choices pick, in row order.
    Expected<QList<int>> chosenRows() const;

    // The new message: the original's properties, named ones included, without the recipient
    // table and the sender families; PR_MESSAGE_CLASS from the report; MSGFLAG_RESEND;
    // PR_ORIGINAL_ENTRYID; every original row MAPI_SUBMITTED without its NDR properties; one
    // MAPI_P1 row per chosen failure; attachments and embedded messages whole.
    Expected<Mapi::Message> build() const;

private:
    Expected<QMap<int, QString>> resolveChoices() const;

    Report::NdrReport m_report;
    QList<Choice> m_choices;
    std::optional<quint64> m_seedTime;
    QUuid m_seedGuid;
};

// A new conversation index ([MS-OXOMSG] 2.2.1.3 PidTagConversationIndex, the header
// ScCreateConversationIndex makes): 0x01, FILETIME bits 55..16 big-endian (5 bytes), and the
// GUID in RFC 4122 byte order. 22 bytes.
QByteArray createConversationIndex(quint64 fileTime, const QUuid &guid);

} // namespace Ndr::Resend
