#pragma once
// Who submits a message: the store stamps the sender families from it
// (DESIGN.md "at submission the store stamps the sender families from the submitting identity").
#include "mapi/message.h"

#include <QString>

namespace Ndr::Store {

struct Identity {
    QString name;     // display name; the address when empty
    QString address;  // SMTP address

    bool isValid() const { return address.contains(QLatin1Char('@')); }
    // Parses "Name <addr>" or a bare address.
    static Identity fromString(const QString &text);
};

// [MS-OXCDATA] 2.2.5.1 One-Off EntryID for an SMTP address (Unicode, no rich info).
QByteArray oneOffEntryId(const QString &displayName, const QString &address);
// The address book search key MAPI uses for an SMTP address: "SMTP:" + upper-case address + NUL.
QByteArray smtpSearchKey(const QString &address);
// Sets PR_SENDER_* and PR_SENT_REPRESENTING_* (name, address type, address, SMTP address,
// entry id, search key) on the message from the identity.
void stampSender(Mapi::PropertyBag &props, const Identity &identity);

} // namespace Ndr::Store
