#pragma once
// MessageStore on SQLite through Qt Sql: the store module's one class (storemodule.h).
#include "messagestore.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace Ndr::Store {

class SqliteStore final : public MessageStore {
public:
    static Expected<std::unique_ptr<MessageStore>> open(const Options &options);
    ~SqliteStore() override;

    QString path() const override { return m_path; }
    QString rowWriterName() const override;
    bool isReadOnly() const override { return m_readOnly; }

    Expected<qint64> submit(const Mapi::Message &message, const Identity &identity, Folder folder) override;
    Expected<qint64> save(const Mapi::Message &message, Folder folder) override;
    Expected<QList<qint64>> saveAll(const QList<Mapi::Message> &messages, Folder folder) override;
    Expected<Mapi::Message> load(qint64 id) const override;
    Expected<MessageSummary> summary(qint64 id) const override;
    Expected<QList<MessageSummary>> list(Folder folder) const override;
    Expected<int> count(Folder folder) const override;
    Expected<QStringList> check() const override;
    Expected<bool> remove(qint64 id) override;

private:
    struct Statements;
    SqliteStore() = default;
    Expected<bool> initialise(const Options &options);
    Expected<QList<qint64>> insertTopLevel(const QList<const Mapi::Message *> &messages, Folder folder);
    Expected<qint64> insertMessage(const Mapi::Message &message, std::optional<Folder> folder,
                                   qint64 parentAttachment, int depth);
    Expected<bool> insertProps(int ownerKind, qint64 ownerId, const Mapi::PropertyBag &bag,
                               bool skipAttachData = false);
    Expected<qint64> namedPropId(const Mapi::PropName &name);
    Expected<Mapi::Message> loadMessage(qint64 id, int depth) const;
    Expected<Mapi::PropertyBag> loadProps(int ownerKind, qint64 ownerId, qint64 first, qint64 count) const;
    Expected<Mapi::PropName> namedProp(qint64 namedId) const;
    Expected<bool> readPropRow(const QSqlQuery &q, int first, Mapi::PropertyBag &bag,
                               const QString &owner) const;
    Error sqlError(const QString &what, const QSqlError &error) const;

    QString m_path;
    QString m_connectionName;
    bool m_readOnly = false;
    QDateTime m_fixedTime;
    QSqlDatabase m_db;
    std::unique_ptr<Statements> m_stmts;
    QHash<QString, qint64> m_namedIds;  // named property key -> named_props.id (cache)
    mutable QHash<qint64, Mapi::PropName> m_namedById;  // the other way, for load()
};

} // namespace Ndr::Store
