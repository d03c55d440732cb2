// SqliteStore: reading messages back, listing folders, removing messages.
#include "sqlitestore.h"

#include "propcodec.h"
#include "storeschema.h"

#include <QDir>
#include <QSqlQuery>
#include <QTimeZone>
#include <limits>

namespace Ndr::Store {

using namespace Ndr::Mapi;
using namespace Qt::StringLiterals;

namespace {

// A read that sees one state of the store from its first SELECT to its end, even while
// another process writes (WAL snapshot).
class ReadTransaction {
public:
    explicit ReadTransaction(const QSqlDatabase &db) : m_q(db) { m_open = m_q.exec(u"BEGIN"_s); }
    ~ReadTransaction()
    {
        if (m_open)
            m_q.exec(u"COMMIT"_s);
    }
    bool isOpen() const { return m_open; }
    QSqlError lastError() const { return m_q.lastError(); }

private:
    QSqlQuery m_q;
    bool m_open = false;
};

} // namespace

Expected<PropName> SqliteStore::namedProp(qint64 namedId) const
{
    if (const auto it = m_namedById.constFind(namedId); it != m_namedById.cend())
        return *it;
    QSqlQuery q(m_db);
    q.prepare(u"SELECT guid, lid, name FROM named_props WHERE id = ?"_s);
    q.bindValue(0, namedId);
    if (!q.exec())
        return sqlError(u"read a named property"_s, q.lastError());
    if (!q.next())
        return makeError(Error::Malformed, u"%1: the store is damaged: named property %2 is missing"_s
                                               .arg(QDir::toNativeSeparators(m_path)).arg(namedId));
    const QByteArray guid = q.value(0).toByteArray();
    if (guid.size() != 16)
        return makeError(Error::Malformed, u"%1: the store is damaged: named property %2 has a bad GUID"_s
                                               .arg(QDir::toNativeSeparators(m_path)).arg(namedId));
    PropName name{QUuid::fromRfc4122(guid), quint32(q.value(1).toLongLong()), q.value(2).toString()};
    m_namedById.insert(namedId, name);
    return name;
}

// Reads (tag, type, value) at columns first..first+2 of the query's current row into the bag.
Expected<bool> SqliteStore::readPropRow(const QSqlQuery &q, int first, PropertyBag &bag,
                                         const QString &owner) const
{
    const qint64 tag = q.value(first).toLongLong();
    const quint16 type = quint16(q.value(first + 1).toInt());
    auto value = decodeValue(type, q.value(first + 2));
    if (!value)
        return makeError(Error::Malformed, u"%1: the store is damaged: property 0x%2 of %3: %4"_s
                                               .arg(QDir::toNativeSeparators(m_path))
                                               .arg(tag, 4, 16, QLatin1Char('0'))
                                               .arg(owner, value.error().detail));
    if (tag < kNamedTagBase) {
        bag.set(PropId(tag), *value);
        return true;
    }
    auto name = namedProp(tag - kNamedTagBase);
    if (!name)
        return name.error();
    bag.set(PropKey(*name), *value);
    return true;
}

Expected<PropertyBag> SqliteStore::loadProps(int ownerKind, qint64 ownerId, qint64 first, qint64 count) const
{
    PropertyBag bag;
    if (count <= 0)
        return bag;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT owner_kind, owner_id, tag, type, value FROM properties WHERE id BETWEEN ? AND ?"_s);
    q.bindValue(0, first);
    q.bindValue(1, first + count - 1);
    if (!q.exec())
        return sqlError(u"read the message's properties"_s, q.lastError());
    const QString owner = u"object %1"_s.arg(ownerId);
    qint64 rows = 0;
    while (q.next()) {
        if (q.value(0).toInt() != ownerKind || q.value(1).toLongLong() != ownerId)
            return makeError(Error::Malformed, u"%1: the store is damaged: the properties of %2 are mixed with another's"_s
                                                   .arg(QDir::toNativeSeparators(m_path), owner));
        if (auto ok = readPropRow(q, 2, bag, owner); !ok)
            return ok.error();
        ++rows;
    }
    if (rows != count)
        return makeError(Error::Malformed, u"%1: the store is damaged: %2 of the %3 properties of %4 are missing"_s
                                               .arg(QDir::toNativeSeparators(m_path)).arg(count - rows).arg(count).arg(owner));
    return bag;
}

Expected<Message> SqliteStore::load(qint64 id) const
{
    ReadTransaction tx(m_db);
    if (!tx.isOpen())
        return sqlError(u"read message %1"_s.arg(id), tx.lastError());
    return loadMessage(id, 0);
}

Expected<Message> SqliteStore::loadMessage(qint64 id, int depth) const
{
    if (depth >= kMaxEmbeddingDepth)
        return makeError(Error::TooLarge, u"%1: embedded messages nested deeper than %2"_s
                                              .arg(QDir::toNativeSeparators(m_path)).arg(kMaxEmbeddingDepth));
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT raw_mime, props_first, props_count FROM messages WHERE id = ?"_s);
    q.bindValue(0, id);
    if (!q.exec())
        return sqlError(u"read message %1"_s.arg(id), q.lastError());
    if (!q.next())
        return makeError(Error::NotFound, u"%1: no message %2 in the store"_s.arg(QDir::toNativeSeparators(m_path)).arg(id));
    Message message;
    message.rawMime = q.value(0).toByteArray();
    const qint64 first = q.value(1).toLongLong(), count = q.value(2).toLongLong();
    q.finish();
    auto props = loadProps(OwnerMessage, id, first, count);
    if (!props)
        return props.error();
    message.props = std::move(*props);

    // The recipient table: the rows in order, then all their properties in one range read
    // (a message's rows took consecutive property ids).
    struct Range {
        qint64 id, first, count;
    };
    QList<Range> rows;
    q.prepare(u"SELECT id, props_first, props_count FROM recipients WHERE message_id = ? ORDER BY position"_s);
    q.bindValue(0, id);
    if (!q.exec())
        return sqlError(u"read the recipient table of message %1"_s.arg(id), q.lastError());
    qint64 lo = std::numeric_limits<qint64>::max(), hi = 0, total = 0;
    while (q.next()) {
        const Range r{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong()};
        rows.append(r);
        if (r.count > 0) {
            lo = qMin(lo, r.first);
            hi = qMax(hi, r.first + r.count - 1);
            total += r.count;
        }
    }
    message.recipients.resize(rows.size());
    if (total > 0) {
        QHash<qint64, qsizetype> index;
        index.reserve(rows.size());
        for (qsizetype i = 0; i < rows.size(); ++i)
            index.insert(rows[i].id, i);
        q.prepare(u"SELECT owner_kind, owner_id, tag, type, value FROM properties WHERE id BETWEEN ? AND ?"_s);
        q.bindValue(0, lo);
        q.bindValue(1, hi);
        if (!q.exec())
            return sqlError(u"read the recipient table of message %1"_s.arg(id), q.lastError());
        const QString owner = u"a recipient of message %1"_s.arg(id);
        qint64 read = 0;
        while (q.next()) {
            const auto it = index.constFind(q.value(1).toLongLong());
            if (q.value(0).toInt() != OwnerRecipient || it == index.cend())
                return makeError(Error::Malformed, u"%1: the store is damaged: the recipient table of message %2 is mixed with other properties"_s
                                                       .arg(QDir::toNativeSeparators(m_path)).arg(id));
            if (auto ok = readPropRow(q, 2, message.recipients[*it].props, owner); !ok)
                return ok.error();
            ++read;
        }
        if (read != total)
            return makeError(Error::Malformed, u"%1: the store is damaged: %2 recipient properties of message %3 are missing"_s
                                                   .arg(QDir::toNativeSeparators(m_path)).arg(total - read).arg(id));
    }

    struct AttachmentRow {
        qint64 id, first, count;
        QVariant dataType, data;
    };
    QList<AttachmentRow> attachmentRows;
    q.prepare(u"SELECT id, data_type, data, props_first, props_count FROM attachments WHERE message_id = ? ORDER BY position"_s);
    q.bindValue(0, id);
    if (!q.exec())
        return sqlError(u"read the attachments of message %1"_s.arg(id), q.lastError());
    while (q.next())
        attachmentRows.append({q.value(0).toLongLong(), q.value(3).toLongLong(), q.value(4).toLongLong(), q.value(1), q.value(2)});
    q.finish();
    for (const AttachmentRow &row : attachmentRows) {
        Attachment a;
        auto attProps = loadProps(OwnerAttachment, row.id, row.first, row.count);
        if (!attProps)
            return attProps.error();
        a.props = std::move(*attProps);
        if (!row.dataType.isNull()) {
            auto data = decodeValue(quint16(row.dataType.toInt()), row.data);
            if (!data)
                return makeError(Error::Malformed, u"%1: the store is damaged: attachment data of message %2: %3"_s
                                                       .arg(QDir::toNativeSeparators(m_path)).arg(id).arg(data.error().detail));
            a.props.set(PR_ATTACH_DATA_BIN, *data);
        }
        q.prepare(u"SELECT id FROM messages WHERE parent_attachment_id = ?"_s);
        q.bindValue(0, row.id);
        if (!q.exec())
            return sqlError(u"read an embedded message of message %1"_s.arg(id), q.lastError());
        if (q.next()) {
            const qint64 subId = q.value(0).toLongLong();
            q.finish();
            auto sub = loadMessage(subId, depth + 1);
            if (!sub)
                return sub.error();
            a.embedded = std::make_shared<Message>(std::move(*sub));
        }
        message.attachments.append(std::move(a));
    }
    return message;
}

static MessageSummary summaryFrom(const QSqlQuery &q)
{
    MessageSummary s;
    s.id = q.value(0).toLongLong();
    s.folder = Folder(q.value(1).toInt());
    s.subject = q.value(2).toString();
    s.recipientCount = q.value(3).toInt();
    s.p1Count = q.value(4).toInt();
    s.created = QDateTime::fromMSecsSinceEpoch(q.value(5).toLongLong(), QTimeZone::utc());
    return s;
}

static const auto kSummaryColumns = u"SELECT id, folder_id, subject, recipient_count, p1_count, created FROM messages "_s;

Expected<MessageSummary> SqliteStore::summary(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(kSummaryColumns + u"WHERE id = ? AND folder_id IS NOT NULL"_s);
    q.bindValue(0, id);
    if (!q.exec())
        return sqlError(u"read message %1"_s.arg(id), q.lastError());
    if (!q.next())
        return makeError(Error::NotFound, u"%1: no message %2 in the store"_s.arg(QDir::toNativeSeparators(m_path)).arg(id));
    return summaryFrom(q);
}

Expected<QList<MessageSummary>> SqliteStore::list(Folder folder) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(kSummaryColumns + u"WHERE folder_id = ? ORDER BY id"_s);
    q.bindValue(0, int(folder));
    if (!q.exec())
        return sqlError(u"list %1"_s.arg(folderName(folder)), q.lastError());
    QList<MessageSummary> out;
    while (q.next())
        out.append(summaryFrom(q));
    return out;
}

Expected<int> SqliteStore::count(Folder folder) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT count(*) FROM messages WHERE folder_id = ?"_s);
    q.bindValue(0, int(folder));
    if (!q.exec() || !q.next())
        return sqlError(u"count %1"_s.arg(folderName(folder)), q.lastError());
    return q.value(0).toInt();
}

Expected<QStringList> SqliteStore::check() const
{
    QSqlQuery q(m_db);
    QStringList problems;
    if (!q.exec(u"PRAGMA integrity_check"_s))
        return sqlError(u"check the store"_s, q.lastError());
    while (q.next())
        if (const QString line = q.value(0).toString(); line != u"ok"_s)
            problems << line;
    if (!q.exec(u"PRAGMA foreign_key_check"_s))
        return sqlError(u"check the store"_s, q.lastError());
    while (q.next())
        problems << u"foreign key: row %1 of %2 points to a missing %3"_s.arg(q.value(1).toString(), q.value(0).toString(),
                                                                            q.value(2).toString());
    // Properties outside their owner's range, or whose owner is gone (the triggers should
    // make this impossible).
    if (!q.exec(u"SELECT count(*) FROM properties p WHERE NOT EXISTS (SELECT 1 FROM messages m WHERE p.owner_kind = 1"
                " AND m.id = p.owner_id AND p.id BETWEEN m.props_first AND m.props_first + m.props_count - 1)"
                " AND NOT EXISTS (SELECT 1 FROM recipients r WHERE p.owner_kind = 2 AND r.id = p.owner_id"
                " AND p.id BETWEEN r.props_first AND r.props_first + r.props_count - 1)"
                " AND NOT EXISTS (SELECT 1 FROM attachments a WHERE p.owner_kind = 3 AND a.id = p.owner_id"
                " AND p.id BETWEEN a.props_first AND a.props_first + a.props_count - 1)"_s)
        || !q.next())
        return sqlError(u"check the store"_s, q.lastError());
    if (const qint64 orphans = q.value(0).toLongLong())
        problems << u"%1 properties belong to no message, recipient or attachment"_s.arg(orphans);
    return problems;
}

Expected<bool> SqliteStore::remove(qint64 id)
{
    if (m_readOnly)
        return makeError(Error::WriteFailed,
                         u"%1: cannot delete message %2: the store was opened read-only"_s.arg(QDir::toNativeSeparators(m_path)).arg(id));
    QSqlQuery q(m_db);
    if (!q.exec(u"BEGIN IMMEDIATE"_s))
        return sqlError(u"delete message %1"_s.arg(id), q.lastError());
    // Cascades to rows, attachments and embedded messages; triggers drop their properties.
    q.prepare(u"DELETE FROM messages WHERE id = ? AND folder_id IS NOT NULL"_s);
    q.bindValue(0, id);
    if (!q.exec()) {
        const Error e = sqlError(u"delete message %1"_s.arg(id), q.lastError());
        q.exec(u"ROLLBACK"_s);
        return e;
    }
    const bool removed = q.numRowsAffected() > 0;
    if (!q.exec(u"COMMIT"_s)) {
        const Error e = sqlError(u"delete message %1"_s.arg(id), q.lastError());
        q.exec(u"ROLLBACK"_s);
        return e;
    }
    return removed;
}

} // namespace Ndr::Store
