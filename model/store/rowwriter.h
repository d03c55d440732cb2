#pragma once
// Writes the many small rows of a submission: recipient rows and properties. Through SQLite's
// C API on the connection Qt opened where that is the same SQLite library (it is wherever Qt
// uses the system's SQLite, as on Debian); through Qt Sql, 64 rows to a statement, elsewhere.
// Qt's binding costs more than SQLite's insert itself: a 10,000-recipient message has
// 120,000 property rows.
#include "mapi/propvalue.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <memory>

namespace Ndr::Store {

class RowWriter {
public:
    virtual ~RowWriter() = default;
    // The fastest writer that works on this connection; qtOnly forces the portable one.
    static std::unique_ptr<RowWriter> create(const QSqlDatabase &db, bool qtOnly = false);

    virtual bool prepare() = 0;
    // Ids are the caller's to give (it holds the write lock); props_first/_count name the
    // ids of the row's properties.
    virtual bool addRecipient(qint64 id, qint64 messageId, qint64 position, qint64 propsFirst, qint64 propsCount) = 0;
    virtual bool addProperty(qint64 id, int ownerKind, qint64 ownerId, qint64 tag, const Mapi::PropValue &value) = 0;
    // Writes what is queued; before anything reads the tables, and before COMMIT.
    virtual bool flush() = 0;
    // Forgets what is queued (after a ROLLBACK).
    virtual void clear() = 0;
    virtual QSqlError lastError() const = 0;
    virtual const char *name() const = 0;  // "sqlite3" or "qt", for logs and benchmarks
};

} // namespace Ndr::Store
