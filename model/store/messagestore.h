#pragma once
// The local message store: SQLite through Qt Sql (QSQLITE). Folders of an IPM subtree; every
// message keeps all its properties (named ones by GUID plus id or name), its recipient rows
// in order, its attachments and embedded messages at any depth (DESIGN.md "The message store").
// A submission is one transaction (BEGIN IMMEDIATE): after a crash the store holds the whole
// message or nothing. WAL, foreign keys and a busy timeout let two processes submit at once.
//
// One instance owns one uniquely named connection and is used from the thread that opened it.
#include "error.h"
#include "identity.h"
#include "mapi/message.h"

#include <QDateTime>
#include <QList>
#include <QStringList>
#include <memory>
#include <optional>

namespace Ndr::Store {

// The folders of the IPM subtree, in the order a folder list shows them.
enum class Folder { Inbox = 1, Outbox = 2, SentItems = 3, DeletedItems = 4, Drafts = 5 };
QString folderName(Folder folder);                         // "Inbox", "Sent Items", ...
std::optional<Folder> folderFromName(const QString &name);  // case and spaces/dashes ignored
QList<Folder> allFolders();

// One line of a folder listing.
struct MessageSummary {
    qint64 id = 0;
    Folder folder = Folder::Outbox;
    QString subject;
    int recipientCount = 0;  // rows of the recipient table, P1 rows included
    int p1Count = 0;         // rows whose PR_RECIPIENT_TYPE has MAPI_P1: the envelope
    QDateTime created;       // UTC, when the store took the message
};

class MessageStore {
public:
    struct Options {
        QString path;              // empty: defaultPath()
        bool readOnly = false;     // open without writing anything (submit fails cleanly)
        qint64 maxPageCount = 0;   // > 0: caps the file (PRAGMA max_page_count); tests use it to fake a full disk
        int busyTimeoutMs = 10000; // how long a writer waits for another process's transaction
        bool portableWrites = false;  // write rows through Qt Sql only (tests of that path)
        QDateTime fixedTime;       // valid: the time stamped on every message (reproducible screenshots)
    };

    // QStandardPaths::AppDataLocation/store.sqlite.
    static QString defaultPath();
    // Opens (creating or migrating where needed) the store at options.path. A file that is not
    // SQLite, a SQLite database of another program, or one made by a newer version is an error
    // naming the file; such files are never written to. The first call loads the store module
    // (storemodule.h); without it, the error says so.
    static Expected<std::unique_ptr<MessageStore>> open(const Options &options);
    static Expected<std::unique_ptr<MessageStore>> open(const QString &path);

    virtual ~MessageStore() = default;
    MessageStore(const MessageStore &) = delete;
    MessageStore &operator=(const MessageStore &) = delete;

    virtual QString path() const = 0;
    // "sqlite3" or "qt": how the rows of a submission are written (rowwriter.h).
    virtual QString rowWriterName() const = 0;
    virtual bool isReadOnly() const = 0;
    static constexpr int kSchemaVersion = 1;

    // Stores the message in the folder in one transaction: stamps the PR_SENDER_* and
    // PR_SENT_REPRESENTING_* families from the identity and adds MSGFLAG_UNSENT |
    // MSGFLAG_SUBMIT to PR_MESSAGE_FLAGS. Returns the new message's id.
    virtual Expected<qint64> submit(const Mapi::Message &message, const Identity &identity,
                                    Folder folder = Folder::Outbox) = 0;
    // Stores the message exactly as given (no stamping): for Drafts, imports and tests.
    virtual Expected<qint64> save(const Mapi::Message &message, Folder folder) = 0;
    // Stores many messages as they are in one transaction (imports): all of them or none.
    virtual Expected<QList<qint64>> saveAll(const QList<Mapi::Message> &messages, Folder folder) = 0;
    // The message as stored: every property of every object equal to what was stored.
    virtual Expected<Mapi::Message> load(qint64 id) const = 0;
    virtual Expected<MessageSummary> summary(qint64 id) const = 0;
    // The folder's messages, oldest first.
    virtual Expected<QList<MessageSummary>> list(Folder folder) const = 0;
    virtual Expected<int> count(Folder folder) const = 0;
    // PRAGMA integrity_check and foreign_key_check: the problems found, empty when sound.
    virtual Expected<QStringList> check() const = 0;
    // Deletes the message with its recipients, attachments and embedded messages.
    virtual Expected<bool> remove(qint64 id) = 0;

protected:
    MessageStore() = default;
};

} // namespace Ndr::Store
