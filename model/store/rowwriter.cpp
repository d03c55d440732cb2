#include "rowwriter.h"

#include "batchinsert.h"
#include "propcodec.h"

#include <sqlite3.h>

#include <QLoggingCategory>
#include <QSqlDriver>
#include <QSqlQuery>

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace Ndr::Store {

using namespace Qt::StringLiterals;

namespace {

// The portable writer: Qt Sql, many rows to a statement.
class QtRowWriter final : public RowWriter {
public:
    explicit QtRowWriter(const QSqlDatabase &db)
        : m_recipients(db, u"recipients(id, message_id, position, props_first, props_count)"_s, 5, 64),
          m_props(db, u"properties(id, owner_kind, owner_id, tag, type, value)"_s, 6, 64)
    {
    }
    bool prepare() override { return m_recipients.prepare() && m_props.prepare(); }
    bool addRecipient(qint64 id, qint64 messageId, qint64 position, qint64 propsFirst, qint64 propsCount) override
    {
        return m_recipients.add({id, messageId, position, propsFirst, propsCount});
    }
    bool addProperty(qint64 id, int ownerKind, qint64 ownerId, qint64 tag, const Mapi::PropValue &value) override
    {
        return m_props.add({id, ownerKind, ownerId, tag, int(value.type), encodeValue(value)});
    }
    bool flush() override { return m_recipients.flush() && m_props.flush(); }
    void clear() override
    {
        m_recipients.clear();
        m_props.clear();
    }
    QSqlError lastError() const override
    {
        return m_recipients.lastError().isValid() ? m_recipients.lastError() : m_props.lastError();
    }
    const char *name() const override { return "qt"; }

private:
    BatchInsert m_recipients, m_props;
};

// One prepared statement of the C API, stepped once per row.
class Statement {
public:
    ~Statement() { sqlite3_finalize(m_stmt); }
    bool prepare(sqlite3 *db, const char *sql) { return sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr) == SQLITE_OK; }
    sqlite3_stmt *get() const { return m_stmt; }
    // Steps and resets; the bound values only need to live until then (SQLITE_STATIC).
    int step()
    {
        const int rc = sqlite3_step(m_stmt);
        sqlite3_reset(m_stmt);  // every row binds every parameter: no need to clear them
        return rc;
    }

private:
    sqlite3_stmt *m_stmt = nullptr;
};

class SqliteRowWriter final : public RowWriter {
public:
    explicit SqliteRowWriter(sqlite3 *db) : m_db(db) {}
    bool prepare() override
    {
        // The ids are left to SQLite, which gives max + 1 as the caller does, and appends
        // without searching the tree for the id (that search grows with the store); each
        // insert checks that the two agree.
        return check(m_recipients.prepare(m_db, "INSERT INTO recipients(id, message_id, position, props_first, props_count)"
                                                " VALUES (NULL, ?2, ?3, ?4, ?5)")
                     && m_props.prepare(m_db, "INSERT INTO properties(id, owner_kind, owner_id, tag, type, value)"
                                              " VALUES (NULL, ?2, ?3, ?4, ?5, ?6)")
                 ? SQLITE_DONE
                 : sqlite3_errcode(m_db));
    }
    bool addRecipient(qint64 id, qint64 messageId, qint64 position, qint64 propsFirst, qint64 propsCount) override
    {
        sqlite3_stmt *s = m_recipients.get();
        sqlite3_bind_int64(s, 2, messageId);
        sqlite3_bind_int64(s, 3, position);
        sqlite3_bind_int64(s, 4, propsFirst);
        sqlite3_bind_int64(s, 5, propsCount);
        return check(m_recipients.step(), id);
    }
    bool addProperty(qint64 id, int ownerKind, qint64 ownerId, qint64 tag, const Mapi::PropValue &value) override
    {
        sqlite3_stmt *s = m_props.get();
        sqlite3_bind_int(s, 2, ownerKind);
        sqlite3_bind_int64(s, 3, ownerId);
        sqlite3_bind_int64(s, 4, tag);
        sqlite3_bind_int(s, 5, value.type);
        // The same encoding as the Qt path (propcodec), bound without a copy.
        const QVariant v = encodeValue(value);
        switch (v.typeId()) {
        case QMetaType::QString: {
            const QString &text = *static_cast<const QString *>(v.constData());
            sqlite3_bind_text16(s, 6, text.utf16(), int(text.size() * 2), SQLITE_STATIC);
            break;
        }
        case QMetaType::QByteArray: {
            const QByteArray &bytes = *static_cast<const QByteArray *>(v.constData());
            sqlite3_bind_blob64(s, 6, bytes.constData(), sqlite3_uint64(bytes.size()), SQLITE_STATIC);
            break;
        }
        case QMetaType::LongLong:
            sqlite3_bind_int64(s, 6, v.toLongLong());
            break;
        default:
            sqlite3_bind_null(s, 6);
        }
        return check(m_props.step(), id);
    }
    bool flush() override { return true; }
    void clear() override {}
    QSqlError lastError() const override { return m_error; }
    const char *name() const override { return "sqlite3"; }

private:
    bool check(int rc, qint64 expectedId = 0)
    {
        if (rc == SQLITE_DONE && expectedId && sqlite3_last_insert_rowid(m_db) != expectedId) {
            m_error = QSqlError(u"Unable to insert a row"_s,
                                u"row id %1 where %2 was due"_s.arg(sqlite3_last_insert_rowid(m_db)).arg(expectedId),
                                QSqlError::StatementError, u"11"_s);  // SQLITE_CORRUPT: words it as damage
            return false;
        }
        if (rc == SQLITE_DONE)
            return true;
        m_error = QSqlError(u"Unable to insert a row"_s, QString::fromUtf8(sqlite3_errmsg(m_db)), QSqlError::StatementError,
                            QString::number(sqlite3_extended_errcode(m_db)));
        return false;
    }

    sqlite3 *m_db;
    Statement m_recipients, m_props;
    QSqlError m_error;
};

// Qt's connection handle, where it is a connection of the very SQLite library we link.
sqlite3 *sameLibraryHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    sqlite3 *h = *static_cast<sqlite3 *const *>(handle.constData());
    QSqlQuery q(db);
    if (!h || !q.exec(u"SELECT sqlite_source_id()"_s) || !q.next())
        return nullptr;
    // A copy of SQLite built into Qt would answer with its own build; ours must match it
    // exactly before we hand its connection to our library.
    if (q.value(0).toString() != QString::fromLatin1(sqlite3_sourceid()))
        return nullptr;
    return h;
}

} // namespace

std::unique_ptr<RowWriter> RowWriter::create(const QSqlDatabase &db, bool qtOnly)
{
    if (!qtOnly)
        if (sqlite3 *h = sameLibraryHandle(db))
            return std::make_unique<SqliteRowWriter>(h);
    qCDebug(lcStore) << "writing rows through Qt Sql";
    return std::make_unique<QtRowWriter>(db);
}

} // namespace Ndr::Store
