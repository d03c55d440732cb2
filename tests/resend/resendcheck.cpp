#include "resendcheck.h"

#include "samplemessages.h"

#include <QSet>

namespace Ndr::TestSupport {

using namespace Ndr::Mapi;
using namespace Qt::StringLiterals;

namespace {

bool isSenderFamily(const PropKey &k)
{
    return !k.isNamed() && std::find(std::begin(kSenderFamilies), std::end(kSenderFamilies), k.id) != std::end(kSenderFamilies);
}

bool isNdrRecipientProp(const PropKey &k)
{
    return !k.isNamed()
        && std::find(std::begin(kRecipientNdrProps), std::end(kRecipientNdrProps), k.id) != std::end(kRecipientNdrProps);
}

// The fields a corrected address may change in a row.
bool isAddressField(const PropKey &k)
{
    static const QSet<PropId> ids{PR_EMAIL_ADDRESS, PR_SMTP_ADDRESS,  PR_ADDRTYPE, PR_DISPLAY_NAME,
                                  PR_TRANSMITABLE_DISPLAY_NAME, PR_SEARCH_KEY, PR_ENTRYID, 0x5FF7};
    return !k.isNamed() && ids.contains(k.id);
}

// The original row as the resend must show it: no NDR properties, and corrected where asked.
QStringList checkRow(const Recipient &orig, const Recipient &got, const QString &where, quint32 expectedType,
                     std::optional<qint32> expectedRowId, const QString &corrected)
{
    QStringList out;
    const auto type = got.props.int32(PR_RECIPIENT_TYPE);
    if (!type || quint32(*type) != expectedType)
        out << u"%1 PR_RECIPIENT_TYPE is 0x%2, not 0x%3"_s.arg(where).arg(quint32(type.value_or(0)), 8, 16, QLatin1Char('0'))
                   .arg(expectedType, 8, 16, QLatin1Char('0'));
    if (expectedRowId && got.props.int32(PR_ROWID) != expectedRowId)
        out << u"%1 PR_ROWID is %2, not %3"_s.arg(where).arg(got.props.int32(PR_ROWID).value_or(-1)).arg(*expectedRowId);
    for (auto it = orig.props.cbegin(); it != orig.props.cend(); ++it) {
        const PropKey &k = it.key();
        if (!k.isNamed() && (k.id == PR_RECIPIENT_TYPE || (expectedRowId && k.id == PR_ROWID)))
            continue;
        if (isNdrRecipientProp(k)) {
            if (got.props.contains(k))
                out << u"%1 keeps the NDR property %2"_s.arg(where, k.toString(it->type));
            continue;
        }
        if (!corrected.isEmpty() && isAddressField(k))
            continue;
        if (!got.props.contains(k))
            out << u"%1 lost %2"_s.arg(where, k.toString(it->type));
        else if (got.props.value(k) != *it || got.props.value(k).value.metaType() != it->value.metaType())
            out << u"%1 changed %2"_s.arg(where, k.toString(it->type));
    }
    for (auto it = got.props.cbegin(); it != got.props.cend(); ++it)
        if (!orig.props.contains(it.key()) && !(it.key() == PropKey(PR_RECIPIENT_TYPE))
            && !(expectedRowId && it.key() == PropKey(PR_ROWID)) && !(!corrected.isEmpty() && isAddressField(it.key())))
            out << u"%1 gained %2"_s.arg(where, it.key().toString(it->type));
    if (!corrected.isEmpty()) {
        if (got.props.string(PR_EMAIL_ADDRESS) != corrected || got.props.string(PR_SMTP_ADDRESS) != corrected
            || got.props.string(PR_ADDRTYPE) != u"SMTP"_s)
            out << u"%1 is not corrected to %2"_s.arg(where, corrected);
        const QString oldName = orig.displayName(), oldAddress = orig.smtpAddress();
        const QString wantName = oldName.compare(oldAddress, Qt::CaseInsensitive) == 0 ? corrected : oldName;
        if (got.displayName() != wantName)
            out << u"%1 display name is '%2', not '%3'"_s.arg(where, got.displayName(), wantName);
    }
    return out;
}

} // namespace

QStringList resendViolations(const Message &original, const Message &resent, const Report::NdrReport &report,
                             const QMap<int, QString> &picks)
{
    QStringList out;
    // Message properties: all copied but the sender families and the recipient table.
    for (auto it = original.props.cbegin(); it != original.props.cend(); ++it) {
        const PropKey &k = it.key();
        const QString name = u"props "_s + k.toString(it->type);
        if (isSenderFamily(k) || k == PropKey(0x0E12)) {
            if (resent.props.contains(k))
                out << name + u" should not be copied"_s;
            continue;
        }
        if (k == PropKey(PR_MESSAGE_CLASS) || k == PropKey(PR_ORIG_MESSAGE_CLASS) || k == PropKey(PR_MESSAGE_FLAGS)
            || (k == PropKey(PR_ORIGINAL_ENTRYID) && original.props.contains(PR_ENTRYID)))
            continue;  // checked below
        if (!resent.props.contains(k))
            out << name + u" was not copied"_s;
        else if (resent.props.value(k) != *it || resent.props.value(k).value.metaType() != it->value.metaType())
            out << name + u" changed"_s;
    }
    for (auto it = resent.props.cbegin(); it != resent.props.cend(); ++it) {
        const PropKey &k = it.key();
        if (original.props.contains(k) || k == PropKey(PR_MESSAGE_CLASS) || k == PropKey(PR_ORIG_MESSAGE_CLASS)
            || k == PropKey(PR_MESSAGE_FLAGS))
            continue;
        if (k == PropKey(PR_ORIGINAL_ENTRYID) && original.props.contains(PR_ENTRYID))
            continue;
        if (k == PropKey(PR_CONVERSATION_INDEX) && !original.props.contains(PR_CONVERSATION_INDEX)) {
            const QByteArray index = resent.props.binary(k);
            if (index.size() != 22 || index.at(0) != '\x01')
                out << u"the new conversation index is not a 22-byte header: %1"_s.arg(QString::fromLatin1(index.toHex()));
            continue;
        }
        out << u"props "_s + k.toString(it->type) + u" was added"_s;
    }
    if (resent.messageClass() != report.originalMessageClass())
        out << u"PR_MESSAGE_CLASS is '%1', not the report's '%2'"_s.arg(resent.messageClass(), report.originalMessageClass());
    if (const QString orig = resent.props.string(PR_ORIG_MESSAGE_CLASS); orig != report.originalMessageClass())
        out << u"PR_ORIG_MESSAGE_CLASS is '%1', not the class it is resent as, '%2' ([MS-OXOMSG] 3.2.4.5)"_s
                   .arg(orig, report.originalMessageClass());
    const quint32 flags = quint32(original.props.int32(PR_MESSAGE_FLAGS).value_or(0));
    if (quint32(resent.props.int32(PR_MESSAGE_FLAGS).value_or(-1)) != (flags | MSGFLAG_RESEND))
        out << u"PR_MESSAGE_FLAGS is 0x%1, not 0x%2"_s.arg(quint32(resent.props.int32(PR_MESSAGE_FLAGS).value_or(0)), 0, 16)
                   .arg(flags | MSGFLAG_RESEND, 0, 16);
    if (original.props.contains(PR_ENTRYID) && resent.props.binary(PR_ORIGINAL_ENTRYID) != original.props.binary(PR_ENTRYID))
        out << u"PR_ORIGINAL_ENTRYID is not the original's PR_ENTRYID"_s;

    // Recipients: every original row, MAPI_SUBMITTED; then one exact MAPI_P1 row per pick.
    const QList<Report::RecipientRow> &rows = report.rows();
    if (resent.recipients.size() != original.recipients.size() + picks.size())
        return out << u"%1 recipient rows, not %2 + %3"_s.arg(resent.recipients.size()).arg(original.recipients.size())
                          .arg(picks.size());
    QHash<int, QString> correctedByOriginalRow;
    for (auto it = picks.cbegin(); it != picks.cend(); ++it)
        if (rows[it.key()].inOriginal() && !it->isEmpty())
            correctedByOriginalRow.insert(rows[it.key()].originalIndex, *it);
    for (qsizetype i = 0; i < original.recipients.size(); ++i) {
        const Recipient &o = original.recipients[i];
        out += checkRow(o, resent.recipients[i], u"recipients[%1]"_s.arg(i), quint32(o.type()) | MAPI_SUBMITTED,
                        std::nullopt, correctedByOriginalRow.value(int(i)));
    }
    QSet<qint32> rowIds;
    for (const Recipient &r : resent.recipients)
        if (const auto id = r.props.int32(PR_ROWID); id && !rowIds.contains(*id))
            rowIds.insert(*id);
        else if (id)
            out << u"PR_ROWID %1 is used twice"_s.arg(*id);
    qsizetype p1 = original.recipients.size();
    for (auto it = picks.cbegin(); it != picks.cend(); ++it, ++p1) {
        const Report::RecipientRow &row = rows[it.key()];
        const Recipient &got = resent.recipients[p1];
        const QString where = u"P1 row %1 (%2)"_s.arg(p1).arg(row.address);
        if (!got.props.contains(PR_ROWID))
            out << where + u" has no PR_ROWID"_s;
        if (row.inOriginal()) {
            out += checkRow(original.recipients[row.originalIndex], got, where, MAPI_P1, got.props.int32(PR_ROWID), *it);
        } else {
            const QString want = it->isEmpty() ? row.failure->address : *it;
            if (quint32(got.type()) != MAPI_P1 || got.smtpAddress().compare(want, Qt::CaseInsensitive) != 0)
                out << where + u" is not a P1 row for "_s + want;
        }
    }

    // Attachments whole, embedded messages too; the bytes shared, not copied.
    Message a, b;
    a.attachments = original.attachments;
    b.attachments = resent.attachments;
    out += diffMessages(a, b, true);
    for (qsizetype i = 0; i < qMin(original.attachments.size(), resent.attachments.size()); ++i) {
        const QByteArray x = original.attachments[i].props.binary(PR_ATTACH_DATA_BIN);
        const QByteArray y = resent.attachments[i].props.binary(PR_ATTACH_DATA_BIN);
        if (!x.isEmpty() && x.constData() != y.constData())
            out << u"attachments[%1] data was copied, not shared"_s.arg(i);
        if (original.attachments[i].embedded && original.attachments[i].embedded == resent.attachments[i].embedded)
            out << u"attachments[%1] embedded message is the original's object, not a copy"_s.arg(i);
    }
    if (resent.rawMime != original.rawMime)
        out << u"rawMime differs from the original's"_s;
    return out;
}

} // namespace Ndr::TestSupport
