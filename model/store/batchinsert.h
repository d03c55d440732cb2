#pragma once
// Inserts rows of one table many to a statement. Through Qt Sql most of a small insert's
// cost is the statement's round trip, not SQLite's work: 64 rows to one statement bring a
// submission of 120,000 property rows close to what the SQLite C API takes for them.
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariantList>

namespace Ndr::Store {

class BatchInsert {
public:
    // "properties(owner_kind, owner_id, tag, type, value)" with columns = 5.
    BatchInsert(const QSqlDatabase &db, const QString &tableAndColumns, int columns, int rowsPerStatement = 64);
    bool prepare();

    // Queues a row (exactly `columns` values); runs a full statement when one is due.
    bool add(std::initializer_list<QVariant> row);
    // Runs what is queued. Call before anything reads the table, and before COMMIT.
    bool flush();
    // Drops what is queued (after a ROLLBACK).
    void clear() { m_pending.clear(); }
    QSqlError lastError() const { return m_error; }

private:
    bool run(QSqlQuery &query, qsizetype firstValue, int rows);

    QSqlQuery m_many, m_one;
    QString m_sqlMany, m_sqlOne;
    int m_columns, m_rows;
    QVariantList m_pending;
    QSqlError m_error;
};

} // namespace Ndr::Store
