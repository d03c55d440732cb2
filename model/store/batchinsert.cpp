#include "batchinsert.h"

namespace Ndr::Store {

using namespace Qt::StringLiterals;

BatchInsert::BatchInsert(const QSqlDatabase &db, const QString &tableAndColumns, int columns, int rowsPerStatement)
    : m_many(db), m_one(db), m_columns(columns), m_rows(rowsPerStatement)
{
    QString row = u"("_s;
    for (int c = 0; c < columns; ++c)
        row += c ? u", ?"_s : u"?"_s;
    row += u')';
    m_sqlOne = u"INSERT INTO %1 VALUES %2"_s.arg(tableAndColumns, row);
    QStringList rows(rowsPerStatement, row);
    m_sqlMany = u"INSERT INTO %1 VALUES %2"_s.arg(tableAndColumns, rows.join(u", "_s));
    m_pending.reserve(qsizetype(columns) * rowsPerStatement);
}

bool BatchInsert::prepare()
{
    if (m_many.prepare(m_sqlMany) && m_one.prepare(m_sqlOne))
        return true;
    m_error = m_many.lastError().isValid() ? m_many.lastError() : m_one.lastError();
    return false;
}

bool BatchInsert::run(QSqlQuery &query, qsizetype firstValue, int rows)
{
    const qsizetype count = qsizetype(rows) * m_columns;
    for (qsizetype i = 0; i < count; ++i)
        query.bindValue(int(i), m_pending.at(firstValue + i));
    if (query.exec())
        return true;
    m_error = query.lastError();
    return false;
}

bool BatchInsert::add(std::initializer_list<QVariant> row)
{
    Q_ASSERT(qsizetype(row.size()) == m_columns);
    m_pending.append(row);
    if (m_pending.size() < qsizetype(m_columns) * m_rows)
        return true;
    const bool ok = run(m_many, 0, m_rows);
    m_pending.clear();
    return ok;
}

bool BatchInsert::flush()
{
    bool ok = true;
    for (qsizetype first = 0; ok && first < m_pending.size(); first += m_columns)
        ok = run(m_one, first, 1);
    m_pending.clear();
    return ok;
}

} // namespace Ndr::Store
