#include "resendengine.h"

#include "store/identity.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QtEndian>

Q_LOGGING_CATEGORY(lcResend, "ndr.resend", QtInfoMsg)

namespace Ndr::Resend {

using namespace Ndr::Mapi;
using namespace Qt::StringLiterals;

namespace {

constexpr PropId PR_MESSAGE_RECIPIENTS = 0x0E12;  // the recipient table as a property
constexpr PropId PR_RECIPIENT_ENTRYID = 0x5FF7;
constexpr PropId PR_DISPLAY_TYPE = 0x3900;
constexpr PropId PR_OBJECT_TYPE = 0x0FFE;
constexpr qint32 MAPI_MAILUSER = 6, DT_MAILUSER = 0, recipSendable = 0x1;

QString key(const QString &address) { return address.trimmed().toLower(); }

// Sets a string property, keeping PT_STRING8 where the property had it.
void setStringLike(PropertyBag &bag, PropId id, const QString &value)
{
    const quint16 type = bag.contains(id) && bag.value(id).type == PT_STRING8 ? PT_STRING8 : PT_UNICODE;
    bag.set(id, PropValue(type, value));
}

bool plausibleSmtp(const QString &a)
{
    const qsizetype at = a.indexOf(u'@');
    return at > 0 && at == a.lastIndexOf(u'@') && at < a.size() - 1
        && std::none_of(a.cbegin(), a.cend(), [](QChar c) { return c.isSpace() || c == u'<' || c == u'>'; });
}

// The user corrected an address: every field that carries it follows ("corrected in both
// rows"), and a display name that was only the old address becomes the new one.
void correct(Recipient &r, const QString &oldAddress, const QString &newAddress)
{
    PropertyBag &p = r.props;
    setStringLike(p, PR_EMAIL_ADDRESS, newAddress);
    setStringLike(p, PR_SMTP_ADDRESS, newAddress);
    setStringLike(p, PR_ADDRTYPE, u"SMTP"_s);
    for (PropId id : {PR_DISPLAY_NAME, PR_TRANSMITABLE_DISPLAY_NAME}) {
        const QString name = p.string(id).trimmed();
        if (p.contains(id) && (key(name) == key(oldAddress) || name.isEmpty()))
            setStringLike(p, id, newAddress);
    }
    // The search key and entry ids name the address too: left alone they would still lead
    // to the old one.
    if (p.contains(PR_SEARCH_KEY))
        p.set(PR_SEARCH_KEY, PropValue::fromBinary(Store::smtpSearchKey(newAddress)));
    for (PropId id : {PR_ENTRYID, PR_RECIPIENT_ENTRYID})
        if (p.contains(id))
            p.set(id, PropValue::fromBinary(Store::oneOffEntryId(r.displayName(), newAddress)));
}

// The P1 row of a failure that joins no row of the original.
Recipient rowForFailure(const Report::RecipientRow &row, const QString &address, qint32 rowId)
{
    QString name = row.displayName.trimmed();
    if (name.isEmpty() && row.failure)
        name = row.failure->displayName.trimmed();
    if (name.isEmpty() || key(name) == key(row.address))
        name = address;
    Recipient r;
    r.props.setString(PR_DISPLAY_NAME, name);
    r.props.setString(PR_TRANSMITABLE_DISPLAY_NAME, name);
    r.props.setString(PR_ADDRTYPE, u"SMTP"_s);
    r.props.setString(PR_EMAIL_ADDRESS, address);
    r.props.setString(PR_SMTP_ADDRESS, address);
    r.props.set(PR_SEARCH_KEY, PropValue::fromBinary(Store::smtpSearchKey(address)));
    r.props.set(PR_ENTRYID, PropValue::fromBinary(Store::oneOffEntryId(name, address)));
    r.props.setInt32(PR_DISPLAY_TYPE, DT_MAILUSER);
    r.props.setInt32(PR_OBJECT_TYPE, MAPI_MAILUSER);
    r.props.setInt32(PR_RECIPIENT_FLAGS, recipSendable);
    r.props.setInt32(PR_RECIPIENT_TYPE, qint32(MAPI_P1));
    r.props.setInt32(PR_ROWID, rowId);
    return r;
}

// PR_DISPLAY_TO / _CC / _BCC list display names joined by "; ": follow renamed rows.
void renameInDisplayLists(PropertyBag &props, const QString &from, const QString &to)
{
    for (PropId id : {PR_DISPLAY_TO, PR_DISPLAY_CC, PR_DISPLAY_BCC}) {
        if (!props.contains(id))
            continue;
        QStringList names = props.string(id).split(u';');
        bool changed = false;
        for (QString &n : names)
            if (n.trimmed() == from) {
                n.replace(from, to);
                changed = true;
            }
        if (changed)
            setStringLike(props, id, names.join(u';'));
    }
}

} // namespace

QByteArray createConversationIndex(quint64 fileTime, const QUuid &guid)
{
    QByteArray out(6, '\0');
    out[0] = '\x01';  // reserved; also the top byte of every FILETIME from 1972 to 2057
    for (int i = 0; i < 5; ++i)
        out[1 + i] = char((fileTime >> (48 - 8 * i)) & 0xFF);
    out += guid.toRfc4122();
    return out;
}

ResendEngine::ResendEngine(Report::NdrReport report) : m_report(std::move(report)) {}

void ResendEngine::setOriginal(std::shared_ptr<const Message> original)
{
    if (!m_report.setOriginal(std::move(original)))
        qCInfo(lcResend) << "the chosen original's Message-ID differs from the reported one";
}

void ResendEngine::setConversationSeed(quint64 fileTime, const QUuid &guid)
{
    m_seedTime = fileTime;
    m_seedGuid = guid;
}

Expected<QList<int>> ResendEngine::chosenRows() const
{
    const auto picks = resolveChoices();
    if (!picks)
        return picks.error();
    return picks->keys();
}

Expected<QMap<int, QString>> ResendEngine::resolveChoices() const
{
    const QList<Report::RecipientRow> &rows = m_report.rows();
    QMap<int, QString> picks;  // row -> corrected address, empty when unchanged
    if (m_choices.isEmpty()) {
        for (int i = 0; i < rows.size(); ++i)
            if (rows[i].failed())
                picks.insert(i, QString());
    }
    for (const Choice &c : m_choices) {
        int index = c.row;
        // By address: a failed row first (its address or the one the report gave), then any.
        for (int i = 0; index < 0 && i < rows.size(); ++i)
            if (rows[i].failed() && !c.address.trimmed().isEmpty()
                && (key(rows[i].address) == key(c.address) || key(rows[i].failure->address) == key(c.address)))
                index = i;
        for (int i = 0; index < 0 && i < rows.size(); ++i)
            if (key(rows[i].address) == key(c.address))
                index = i;
        if (index < 0 && c.row < 0)
            return makeError(Error::NotFound, u"%1 is not among the report's recipients"_s.arg(c.address));
        if (index < 0 || index >= rows.size())
            return makeError(Error::InvalidArgument, u"there is no recipient row %1"_s.arg(index));
        if (!rows[index].failed())
            return makeError(Error::InvalidArgument,
                             u"%1 did not fail: a resend goes only to failed recipients"_s.arg(rows[index].address));
        const QString corrected = c.correctedAddress.trimmed();
        if (!corrected.isEmpty() && !plausibleSmtp(corrected))
            return makeError(Error::InvalidArgument, u"'%1' is not an e-mail address"_s.arg(c.correctedAddress));
        if (!corrected.isEmpty() || !picks.contains(index))
            picks.insert(index, corrected);
    }
    if (picks.isEmpty())
        return makeError(Error::InvalidArgument, m_report.failedCount() == 0
                                                     ? u"the report names no failed recipient to send to again"_s
                                                     : u"no failed recipient was chosen to send to again"_s);
    return picks;
}

Expected<Message> ResendEngine::build() const
{
    using Report::Kind;
    switch (m_report.kind()) {
    case Kind::Delivery: return makeError(Error::InvalidArgument, u"this is a delivery receipt: nothing to send again"_s);
    case Kind::Read:
    case Kind::NonRead: return makeError(Error::InvalidArgument, u"this is a read receipt: nothing to send again"_s);
    default: break;
    }
    const std::shared_ptr<const Message> original = m_report.original();
    if (!original)
        return makeError(Error::NotFound,
                         u"the report does not carry the original message: choose the original's file (.msg or .eml)"_s);
    if (m_report.originalIsHeadersOnly())
        return makeError(Error::NotFound, u"the report carries only the original's headers, not its text: "
                                          "choose the original's file (.msg or .eml)"_s);
    const auto picks = resolveChoices();
    if (!picks)
        return picks.error();
    const QList<Report::RecipientRow> &rows = m_report.rows();

    Message out;
    out.rawMime = original->rawMime;  // .eml export gives the original's bytes back
    // Step 2: every property but the recipient table and the sender families.
    out.props = original->props;
    for (PropId id : kSenderFamilies)
        out.props.remove(id);
    out.props.remove(PR_MESSAGE_RECIPIENTS);
    const quint16 classType = original->props.value(PR_MESSAGE_CLASS).type == PT_STRING8 ? PT_STRING8 : PT_UNICODE;
    const PropValue resentClass(classType, m_report.originalMessageClass());
    out.props.set(PR_MESSAGE_CLASS, resentClass);
    out.props.set(PR_ORIG_MESSAGE_CLASS, resentClass);  // [MS-OXOMSG] 3.2.4.5: a resend MUST carry it
    const quint32 flags = quint32(original->props.int32(PR_MESSAGE_FLAGS).value_or(0));
    out.props.setInt32(PR_MESSAGE_FLAGS, qint32(flags | MSGFLAG_RESEND));
    if (const QByteArray entryId = original->props.binary(PR_ENTRYID); !entryId.isEmpty())
        out.props.set(PR_ORIGINAL_ENTRYID, PropValue::fromBinary(entryId));
    // Step 3: conversation tracking: kept, or begun where the original has none.
    if (!original->props.contains(PR_CONVERSATION_INDEX)) {
        const quint64 now = m_seedTime ? *m_seedTime : dateTimeToFileTime(QDateTime::currentDateTimeUtc());
        const QUuid guid = m_seedTime ? m_seedGuid : QUuid::createUuid();
        out.props.set(PR_CONVERSATION_INDEX, PropValue::fromBinary(createConversationIndex(now, guid)));
    }

    // Step 2 (recipients): every row MAPI_SUBMITTED, without the report's annotations.
    qint32 nextRowId = qint32(original->recipients.size());
    for (const Recipient &r : original->recipients)
        nextRowId = qMax(nextRowId, r.props.int32(PR_ROWID).value_or(-1) + 1);
    QList<Recipient> cleaned;
    cleaned.reserve(original->recipients.size());
    for (qsizetype i = 0; i < original->recipients.size(); ++i) {
        Recipient r = original->recipients[i];
        for (PropId id : kRecipientNdrProps)
            r.props.remove(id);
        cleaned.append(r);
    }
    for (auto it = picks->cbegin(); it != picks->cend(); ++it) {
        const Report::RecipientRow &row = rows[it.key()];
        if (!row.inOriginal() || it->isEmpty())
            continue;
        Recipient &r = cleaned[row.originalIndex];
        const QString before = r.displayName();
        correct(r, row.address, *it);
        if (r.displayName() != before)
            renameInDisplayLists(out.props, before, r.displayName());
    }
    out.recipients.reserve(cleaned.size() + picks->size());
    for (const Recipient &r : cleaned) {
        Recipient submitted = r;
        submitted.props.setInt32(PR_RECIPIENT_TYPE, qint32(quint32(r.type()) | MAPI_SUBMITTED));
        out.recipients.append(submitted);
    }
    // Each chosen failure: a duplicate row that is exactly MAPI_P1, with a row id of its own.
    for (auto it = picks->cbegin(); it != picks->cend(); ++it) {
        const Report::RecipientRow &row = rows[it.key()];
        const QString reported = row.failure->address.isEmpty() ? row.address : row.failure->address;
        const QString address = it->isEmpty() ? reported : *it;
        Recipient p1;
        if (row.inOriginal()) {
            p1 = cleaned[row.originalIndex];
            p1.props.setInt32(PR_RECIPIENT_TYPE, qint32(MAPI_P1));
            p1.props.setInt32(PR_ROWID, nextRowId);
        } else {
            p1 = rowForFailure(row, address, nextRowId);
        }
        ++nextRowId;
        out.recipients.append(p1);
    }

    // Attachments and embedded messages whole; their bytes stay shared, not copied.
    out.attachments = original->attachments;
    for (Attachment &a : out.attachments)
        if (a.embedded)
            a.embedded = std::make_shared<Message>(a.embedded->clone());
    // Data still in the report's file is read here, so that a file changed since it was opened
    // stops the resend as a message that cannot be prepared, before any store is touched.
    if (auto loaded = loadDeferred(out); !loaded)
        return loaded.error();
    qCDebug(lcResend) << "resend of" << original->subject() << "to" << picks->size() << "recipient(s)";
    return out;
}

} // namespace Ndr::Resend
