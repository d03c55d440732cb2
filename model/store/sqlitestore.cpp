// SqliteStore: opening, creating and migrating the store; writing messages into it.
#include "sqlitestore.h"

#include "propcodec.h"
#include "rowwriter.h"
#include "storemodule.h"
#include "storeschema.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <QStandardPaths>

Q_LOGGING_CATEGORY(lcStore, "ndr.store", QtInfoMsg)

namespace Ndr::Store {

using namespace Ndr::Mapi;
using namespace Qt::StringLiterals;

namespace {

// SQLite primary result codes we word for people (sqlite3.h).
struct SqliteCode {
    int code;
    const char *words;
};
constexpr SqliteCode kSqliteCodes[] = {
    {5, "another program is writing to the store and did not finish in time"},  // SQLITE_BUSY
    {8, "the store is read-only"},                                            // SQLITE_READONLY
    {10, "a disk input/output error occurred"},                              // SQLITE_IOERR
    {11, "the store is damaged"},                                            // SQLITE_CORRUPT
    {13, "the disk is full"},                                                // SQLITE_FULL
    {14, "the file cannot be opened"},                                       // SQLITE_CANTOPEN
    {23, "access to the file was denied"},                                   // SQLITE_AUTH
    {26, "it is not a SQLite database"},                                     // SQLITE_NOTADB
};

QString namedKey(const PropName &n)
{
    return n.guid.toString() + QLatin1Char('|') + QString::number(n.lid) + QLatin1Char('|') + n.name;
}

int p1Count(const Message &m)
{
    int n = 0;
    for (const Recipient &r : m.recipients)
        if (quint32(r.props.int32(PR_RECIPIENT_TYPE).value_or(0)) & MAPI_P1)
            ++n;
    return n;
}

// PR_ATTACH_DATA_BIN / _OBJ: kept in attachments.data, not in the properties table.
bool isAttachData(const PropKey &key, const PropValue &v)
{
    return !key.isNamed() && key.id == PR_ATTACH_DATA_BIN && !isMultiValued(v.type)
        && (v.type == PT_BINARY || v.type == PT_OBJECT);
}

} // namespace

// The prepared statements a submission reuses for every row.
struct SqliteStore::Statements {
    Statements(const QSqlDatabase &db, bool portableWrites)
        : insMessage(db), lastIds(db), insAttachment(db), findNamed(db), insNamed(db),
          rows(RowWriter::create(db, portableWrites))
    {
    }
    QSqlQuery insMessage, lastIds, insAttachment, findNamed, insNamed;
    std::unique_ptr<RowWriter> rows;  // recipient rows and properties, the bulk of a message
    // The last ids used, within the open transaction; -1: not read yet. The transaction holds
    // the write lock, so nobody else adds rows: the ids are ours to give.
    qint64 lastRecipientId = -1, lastPropertyId = -1;

    bool prepare()
    {
        return insMessage.prepare(u"INSERT INTO messages(folder_id, parent_attachment_id, created, subject,"
                                  " recipient_count, p1_count, raw_mime, props_first, props_count)"
                                  " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s)
            && lastIds.prepare(u"SELECT (SELECT coalesce(max(id), 0) FROM recipients),"
                               " (SELECT coalesce(max(id), 0) FROM properties)"_s)
            && insAttachment.prepare(u"INSERT INTO attachments(message_id, position, data_type, data, props_first,"
                                     " props_count) VALUES (?, ?, ?, ?, ?, ?)"_s)
            && findNamed.prepare(u"SELECT id FROM named_props WHERE guid = ? AND lid = ? AND name = ?"_s)
            && insNamed.prepare(u"INSERT INTO named_props(guid, lid, name) VALUES (?, ?, ?)"_s)
            && rows->prepare();
    }
};

Expected<std::unique_ptr<MessageStore>> SqliteStore::open(const Options &options)
{
    std::unique_ptr<SqliteStore> store(new SqliteStore);
    const auto ok = store->initialise(options);
    if (!ok)
        return ok.error();
    return std::unique_ptr<MessageStore>(std::move(store));
}

SqliteStore::~SqliteStore()
{
    m_stmts.reset();  // no query may outlive the connection
    if (m_db.isValid())
        m_db.close();
    m_db = QSqlDatabase();
    if (!m_connectionName.isEmpty())
        QSqlDatabase::removeDatabase(m_connectionName);
}

Error SqliteStore::sqlError(const QString &what, const QSqlError &error) const
{
    const int code = error.nativeErrorCode().toInt() & 0xFF;  // extended code -> primary
    QString words;
    for (const SqliteCode &c : kSqliteCodes)
        if (c.code == code)
            words = QString::fromLatin1(c.words);
    const QString sqlText = error.databaseText().isEmpty() ? error.driverText() : error.databaseText();
    words = words.isEmpty() ? sqlText : u"%1 (%2)"_s.arg(words, sqlText);
    const Error::Code kind = code == 26 ? Error::NotAMessageFile
        : code == 8 || code == 13 ? Error::WriteFailed
                                  : Error::StoreError;
    return makeError(kind, u"%1: cannot %2: %3"_s.arg(QDir::toNativeSeparators(m_path), what, words));
}

Expected<bool> SqliteStore::initialise(const Options &options)
{
    const bool isDefault = options.path.isEmpty();
    m_path = isDefault ? defaultPath() : options.path;
    m_readOnly = options.readOnly;
    m_fixedTime = options.fixedTime;
    auto fail = [this](Error::Code code, const QString &why) {
        return makeError(code, u"%1: %2"_s.arg(QDir::toNativeSeparators(m_path), why));
    };
    if (!QSqlDatabase::isDriverAvailable(u"QSQLITE"_s))
        return fail(Error::Unsupported, u"the Qt SQLite driver (QSQLITE) is not installed"_s);

    const QFileInfo info(m_path);
    if (isDefault && !m_readOnly)
        QDir().mkpath(info.absolutePath());
    if (info.isDir())
        return fail(Error::NotAMessageFile, u"is a folder, not a message store"_s);
    if (!info.exists()) {
        if (m_readOnly)
            return fail(Error::FileNotFound, u"no message store exists there"_s);
        if (!info.absoluteDir().exists())
            return fail(Error::FileNotFound, u"the folder does not exist"_s);
    } else if (info.size() > 0) {
        // Look before SQLite does: a file that is not SQLite is refused without a write.
        QFile file(m_path);
        if (!file.open(QIODevice::ReadOnly))
            return fail(Error::ReadFailed, u"cannot be read: %1"_s.arg(file.errorString()));
        if (file.read(16) != QByteArray("SQLite format 3", 16))
            return fail(Error::NotAMessageFile, u"is not a message store (not a SQLite database)"_s);
    }

    static QAtomicInt counter;
    m_connectionName = u"ndr.store.%1"_s.arg(counter.fetchAndAddRelaxed(1));
    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    m_db.setDatabaseName(m_path);
    QString connectOptions = u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(options.busyTimeoutMs);
    if (m_readOnly)
        connectOptions += u";QSQLITE_OPEN_READONLY"_s;
    m_db.setConnectOptions(connectOptions);
    if (!m_db.open())
        return sqlError(u"open the store"_s, m_db.lastError());

    QSqlQuery q(m_db);
    auto run = [&](const QString &sql) { return q.exec(sql); };
    // A page cache that holds a large submission (the default 2 MB spills to the WAL in the
    // middle of the transaction and writes some pages twice).
    if (!run(u"PRAGMA foreign_keys = ON"_s) || !run(u"PRAGMA busy_timeout = %1"_s.arg(options.busyTimeoutMs))
        || !run(u"PRAGMA cache_size = -32768"_s))
        return sqlError(u"open the store"_s, q.lastError());
    if (options.maxPageCount > 0 && !run(u"PRAGMA max_page_count = %1"_s.arg(options.maxPageCount)))
        return sqlError(u"open the store"_s, q.lastError());

    // What is this file? Ours (application_id), empty (new), or somebody else's. One statement,
    // so one snapshot: another process may be creating the store right now.
    struct State {
        qint64 appId = 0, objects = 0, version = 0;
    };
    auto inspect = [&]() -> Expected<State> {
        if (!q.exec(u"SELECT (SELECT application_id FROM pragma_application_id),"
                    " (SELECT count(*) FROM sqlite_master), (SELECT user_version FROM pragma_user_version)"_s)
            || !q.next())
            return sqlError(u"read the store"_s, q.lastError());
        const State st{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong()};
        q.finish();
        return st;
    };
    auto state = inspect();
    if (!state)
        return state.error();
    const bool empty = state->appId == 0 && state->objects == 0;
    if (!empty && state->appId != kApplicationId)
        return fail(Error::NotAMessageFile, u"is a SQLite database of another program, not a message store"_s);
    if (empty && m_readOnly)
        return fail(Error::NotAMessageFile, u"is empty, not a message store"_s);
    if (empty)
        run(u"PRAGMA journal_mode = WAL"_s);  // before any table, so that the file starts in WAL

    qint64 version = state->version;
    if (version > latestSchemaVersion())
        return fail(Error::Unsupported,
                    u"was made by a newer version of this program (schema %1, this one knows %2)"_s
                        .arg(version).arg(latestSchemaVersion()));
    if (version < latestSchemaVersion()) {
        if (m_readOnly)
            return fail(Error::Unsupported, u"needs an upgrade (schema %1); open it writable once"_s.arg(version));
        if (!run(u"BEGIN IMMEDIATE"_s))
            return sqlError(u"create the store"_s, q.lastError());
        // Another process may have created or upgraded it while we waited for the lock.
        state = inspect();
        if (!state) {
            run(u"ROLLBACK"_s);
            return state.error();
        }
        version = state->version;
        if (state->appId != 0 && state->appId != kApplicationId) {
            run(u"ROLLBACK"_s);
            return fail(Error::NotAMessageFile, u"is a SQLite database of another program, not a message store"_s);
        }
        for (const Migration &m : migrations()) {
            if (m.version <= version)
                continue;
            QStringList statements;
            for (QLatin1StringView sql : m.statements)
                statements << QString(sql);
            statements << u"PRAGMA user_version = %1"_s.arg(m.version);
            for (const QString &sql : std::as_const(statements)) {
                if (!run(sql)) {
                    const Error e = sqlError(u"upgrade the store to schema %1"_s.arg(m.version), q.lastError());
                    run(u"ROLLBACK"_s);
                    return e;
                }
            }
        }
        if (!run(u"PRAGMA application_id = %1"_s.arg(kApplicationId)) || !run(u"COMMIT"_s)) {
            const Error e = sqlError(u"create the store"_s, q.lastError());
            run(u"ROLLBACK"_s);
            return e;
        }
        qCDebug(lcStore) << "store" << m_path << "at schema" << latestSchemaVersion();
    }
    // Two processes at once need WAL (readers never block the writer). Already set on stores
    // we made; a store copied from elsewhere gets it here.
    if (!m_readOnly && q.exec(u"PRAGMA journal_mode = WAL"_s) && q.next() && q.value(0).toString() != u"wal"_s)
        qCWarning(lcStore) << m_path << "could not switch to WAL, journal mode" << q.value(0).toString();
    q.finish();

    m_stmts = std::make_unique<Statements>(m_db, options.portableWrites);
    if (!m_stmts->prepare())
        return sqlError(u"prepare the store's statements"_s, m_db.lastError());
    return true;
}

QString SqliteStore::rowWriterName() const
{
    return m_stmts ? QString::fromLatin1(m_stmts->rows->name()) : QString();
}

Expected<qint64> SqliteStore::submit(const Message &message, const Identity &identity, Folder folder)
{
    if (!identity.isValid())
        return makeError(Error::InvalidArgument,
                         u"%1: cannot submit the message: no sender address (set one in the settings)"_s
                             .arg(QDir::toNativeSeparators(m_path)));
    Message stamped = message;  // shallow: values and attachment bytes stay shared
    stampSender(stamped.props, identity);
    const quint32 flags = quint32(stamped.props.int32(PR_MESSAGE_FLAGS).value_or(0));
    stamped.props.setInt32(PR_MESSAGE_FLAGS, qint32(flags | MSGFLAG_UNSENT | MSGFLAG_SUBMIT));
    auto ids = insertTopLevel({&stamped}, folder);
    if (!ids)
        return ids.error();
    return ids->constFirst();
}

Expected<qint64> SqliteStore::save(const Message &message, Folder folder)
{
    auto ids = insertTopLevel({&message}, folder);
    if (!ids)
        return ids.error();
    return ids->constFirst();
}

Expected<QList<qint64>> SqliteStore::saveAll(const QList<Message> &messages, Folder folder)
{
    QList<const Message *> all;
    for (const Message &m : messages)
        all.append(&m);
    return insertTopLevel(all, folder);
}

Expected<QList<qint64>> SqliteStore::insertTopLevel(const QList<const Message *> &messages, Folder folder)
{
    if (m_readOnly)
        return makeError(Error::WriteFailed,
                         u"%1: cannot store the message: the store was opened read-only"_s.arg(QDir::toNativeSeparators(m_path)));
    for (const Message *message : messages)  // a file that changed since it was read: before a row is written
        if (auto ok = loadDeferred(*message); !ok)
            return makeError(ok.error().code, u"%1: cannot store the message: %2"_s.arg(QDir::toNativeSeparators(m_path), ok.error().detail));
    QSqlQuery q(m_db);
    if (!q.exec(u"BEGIN IMMEDIATE"_s))
        return sqlError(u"store the message"_s, q.lastError());
    m_stmts->lastRecipientId = m_stmts->lastPropertyId = -1;
    QList<qint64> ids;
    std::optional<Error> failed;
    for (const Message *message : messages) {
        auto id = insertMessage(*message, folder, 0, 0);
        if (!id) {
            failed = id.error();
            break;
        }
        ids.append(*id);
    }
    if (!failed && !m_stmts->rows->flush())
        failed = sqlError(u"store the message"_s, m_stmts->rows->lastError());
    if (!failed && q.exec(u"COMMIT"_s))
        return ids;
    const Error e = failed ? *failed : sqlError(u"store the message"_s, q.lastError());
    m_stmts->rows->clear();
    q.exec(u"ROLLBACK"_s);  // may already be rolled back by SQLite (disk full): harmless
    m_namedIds.clear();     // names added in the transaction are gone
    qCWarning(lcStore) << e.detail;
    return e;
}

Expected<qint64> SqliteStore::namedPropId(const PropName &name)
{
    const QString key = namedKey(name);
    if (const auto it = m_namedIds.constFind(key); it != m_namedIds.cend())
        return *it;
    QSqlQuery &find = m_stmts->findNamed;
    find.bindValue(0, name.guid.toRfc4122());
    find.bindValue(1, qlonglong(name.lid));
    find.bindValue(2, name.name.isNull() ? u""_s : name.name);
    if (!find.exec())
        return sqlError(u"store a named property"_s, find.lastError());
    qint64 id = 0;
    if (find.next()) {
        id = find.value(0).toLongLong();
        find.finish();
    } else {
        QSqlQuery &ins = m_stmts->insNamed;
        ins.bindValue(0, name.guid.toRfc4122());
        ins.bindValue(1, qlonglong(name.lid));
        ins.bindValue(2, name.name.isNull() ? u""_s : name.name);
        if (!ins.exec())
            return sqlError(u"store a named property"_s, ins.lastError());
        id = ins.lastInsertId().toLongLong();
    }
    m_namedIds.insert(key, id);
    return id;
}

// The properties the table keeps for a bag (the attachment data goes to attachments.data).
static qint64 storedCount(const PropertyBag &bag, bool skipAttachData)
{
    qint64 n = bag.size();
    if (skipAttachData && isAttachData(PR_ATTACH_DATA_BIN, bag.value(PR_ATTACH_DATA_BIN)))
        --n;
    return n;
}

Expected<bool> SqliteStore::insertProps(int ownerKind, qint64 ownerId, const PropertyBag &bag, bool skipAttachData)
{
    RowWriter &rows = *m_stmts->rows;
    qint64 &propId = m_stmts->lastPropertyId;
    for (auto it = bag.cbegin(); it != bag.cend(); ++it) {
        if (skipAttachData && isAttachData(it.key(), *it))
            continue;
        qint64 tag = it.key().id;
        if (it.key().isNamed()) {
            const auto id = namedPropId(*it.key().named);
            if (!id)
                return id.error();
            tag = kNamedTagBase + *id;
        }
        if (!rows.addProperty(++propId, ownerKind, ownerId, tag, *it))
            return sqlError(u"store the message's properties"_s, rows.lastError());
    }
    return true;
}

Expected<qint64> SqliteStore::insertMessage(const Message &message, std::optional<Folder> folder,
                                             qint64 parentAttachment, int depth)
{
    if (m_stmts->lastPropertyId < 0) {
        QSqlQuery &last = m_stmts->lastIds;
        if (!last.exec() || !last.next())
            return sqlError(u"store the message"_s, last.lastError());
        m_stmts->lastRecipientId = last.value(0).toLongLong();
        m_stmts->lastPropertyId = last.value(1).toLongLong();
        last.finish();
    }
    qint64 &propId = m_stmts->lastPropertyId;
    QSqlQuery &msg = m_stmts->insMessage;
    msg.bindValue(0, folder ? QVariant(int(*folder)) : QVariant(QMetaType::fromType<int>()));
    msg.bindValue(1, folder ? QVariant(QMetaType::fromType<qlonglong>()) : QVariant(parentAttachment));
    msg.bindValue(2, m_fixedTime.isValid() ? m_fixedTime.toMSecsSinceEpoch() : QDateTime::currentMSecsSinceEpoch());
    msg.bindValue(3, message.subject().isNull() ? u""_s : message.subject());  // NULL would break NOT NULL
    msg.bindValue(4, int(message.recipients.size()));
    msg.bindValue(5, p1Count(message));
    msg.bindValue(6, message.rawMime.isEmpty() ? QVariant(QMetaType::fromType<QByteArray>()) : QVariant(message.rawMime));
    msg.bindValue(7, propId + 1);
    msg.bindValue(8, storedCount(message.props, false));
    if (!msg.exec())
        return sqlError(u"store the message"_s, msg.lastError());
    const qint64 id = msg.lastInsertId().toLongLong();
    if (auto ok = insertProps(OwnerMessage, id, message.props); !ok)
        return ok.error();

    RowWriter &rows = *m_stmts->rows;
    qint64 &rowId = m_stmts->lastRecipientId;
    for (qsizetype i = 0; i < message.recipients.size(); ++i) {
        const PropertyBag &props = message.recipients[i].props;
        if (!rows.addRecipient(++rowId, id, qlonglong(i), propId + 1, storedCount(props, false)))
            return sqlError(u"store the recipient table"_s, rows.lastError());
        if (auto ok = insertProps(OwnerRecipient, rowId, props); !ok)
            return ok.error();
    }

    for (qsizetype i = 0; i < message.attachments.size(); ++i) {
        const Attachment &a = message.attachments[i];
        QSqlQuery &att = m_stmts->insAttachment;
        const PropValue data = a.props.value(PR_ATTACH_DATA_BIN);
        const bool hasData = isAttachData(PR_ATTACH_DATA_BIN, data);
        att.bindValue(0, id);
        att.bindValue(1, qlonglong(i));
        att.bindValue(2, hasData ? QVariant(int(data.type)) : QVariant(QMetaType::fromType<int>()));
        att.bindValue(3, hasData ? encodeValue(data) : QVariant(QMetaType::fromType<QByteArray>()));
        att.bindValue(4, propId + 1);
        att.bindValue(5, storedCount(a.props, true));
        if (!att.exec())
            return sqlError(u"store the attachments"_s, att.lastError());
        const qint64 attId = att.lastInsertId().toLongLong();
        if (auto ok = insertProps(OwnerAttachment, attId, a.props, true); !ok)
            return ok.error();
        if (a.embedded) {
            if (depth + 1 >= kMaxEmbeddingDepth)
                return makeError(Error::TooLarge, u"%1: cannot store the message: embedded messages nested deeper than %2"_s
                                                      .arg(QDir::toNativeSeparators(m_path)).arg(kMaxEmbeddingDepth));
            if (auto sub = insertMessage(*a.embedded, std::nullopt, attId, depth + 1); !sub)
                return sub.error();
        }
    }
    return id;
}

} // namespace Ndr::Store

extern "C" Q_DECL_EXPORT const Ndr::Store::StoreModule *ndr_store_module()
{
    static const Ndr::Store::StoreModule module{&Ndr::Store::SqliteStore::open};
    return &module;
}
