#pragma once
// Messages built in code for the store, resend and benchmark suites: one holding every
// property type MAPI has (named, multi-valued, nested embedded messages), and large ones.
#include "mapi/message.h"

#include <QStringList>

namespace Ndr::TestSupport {

// An SMTP recipient row as Outlook writes one.
Mapi::Recipient smtpRecipient(const QString &name, const QString &address, qint32 type, int rowId);
// Every scalar type and its multi-valued form, named properties by id and by name, odd
// strings (lone surrogate, NUL, non-BMP), NaN and -0.0, attachments by value and embedded
// messages three deep, recipients of every type.
Mapi::Message everyTypeMessage();
// recipients SMTP rows (a tenth of them Cc, a twentieth Bcc) and one attachment of
// attachmentBytes pseudo-random bytes from seed.
Mapi::Message largeMessage(int recipients, qsizetype attachmentBytes, quint32 seed = 1);

// Every difference between two messages: "props 0x0E070003: 1 != 129", "recipients[2] missing",
// ... Empty when equal. strictTypes also compares the QVariant types holding the values
// (the canonical types of propvalue.h), so that a round trip is byte for byte.
QStringList diffMessages(const Mapi::Message &expected, const Mapi::Message &actual, bool strictTypes = false);
QStringList diffBags(const Mapi::PropertyBag &expected, const Mapi::PropertyBag &actual, const QString &where,
                     bool strictTypes = false);

} // namespace Ndr::TestSupport
