#include "storeschema.h"

namespace Ndr::Store {

using namespace Qt::StringLiterals;

// Version 1. Messages hang off a folder (top level) or an attachment (embedded, at any depth);
// deleting a message cascades to its rows, attachments and embedded messages, and the
// triggers remove the properties of whatever went.
static const Migration kVersion1{1, {
    R"(CREATE TABLE folders(
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        container_class TEXT NOT NULL DEFAULT 'IPF.Note'))"_L1,
    R"(INSERT INTO folders(id, name) VALUES
        (1, 'Inbox'), (2, 'Outbox'), (3, 'Sent Items'), (4, 'Deleted Items'), (5, 'Drafts'))"_L1,
    R"(CREATE TABLE messages(
        id INTEGER PRIMARY KEY,
        folder_id INTEGER REFERENCES folders(id),
        parent_attachment_id INTEGER REFERENCES attachments(id) ON DELETE CASCADE,
        created INTEGER NOT NULL,
        subject TEXT NOT NULL DEFAULT '',
        recipient_count INTEGER NOT NULL DEFAULT 0,
        p1_count INTEGER NOT NULL DEFAULT 0,
        raw_mime BLOB,
        props_first INTEGER NOT NULL DEFAULT 0,
        props_count INTEGER NOT NULL DEFAULT 0,
        CHECK ((folder_id IS NULL) <> (parent_attachment_id IS NULL))))"_L1,
    "CREATE INDEX messages_by_folder ON messages(folder_id, id) WHERE folder_id IS NOT NULL"_L1,
    "CREATE INDEX messages_by_parent ON messages(parent_attachment_id) WHERE parent_attachment_id IS NOT NULL"_L1,
    R"(CREATE TABLE recipients(
        id INTEGER PRIMARY KEY,
        message_id INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        props_first INTEGER NOT NULL DEFAULT 0,
        props_count INTEGER NOT NULL DEFAULT 0,
        UNIQUE(message_id, position)))"_L1,
    R"(CREATE TABLE attachments(
        id INTEGER PRIMARY KEY,
        message_id INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        data_type INTEGER,
        data BLOB,
        props_first INTEGER NOT NULL DEFAULT 0,
        props_count INTEGER NOT NULL DEFAULT 0,
        UNIQUE(message_id, position)))"_L1,
    // Named properties by set GUID plus numeric id (name '') or name (lid 0), [MS-OXMSG] 2.2.3.
    R"(CREATE TABLE named_props(
        id INTEGER PRIMARY KEY,
        guid BLOB NOT NULL,
        lid INTEGER NOT NULL DEFAULT 0,
        name TEXT NOT NULL DEFAULT '',
        UNIQUE(guid, lid, name)))"_L1,
    // An object's properties are written together, so they take consecutive ids: the owner
    // keeps that range (props_first, props_count) and reads and deletes go by the primary
    // key. No second index to keep up: a 10,000-recipient message writes 120,000 rows.
    // owner_kind and owner_id say whose a row is, for checks and for people reading the file.
    R"(CREATE TABLE properties(
        id INTEGER PRIMARY KEY,
        owner_kind INTEGER NOT NULL,
        owner_id INTEGER NOT NULL,
        tag INTEGER NOT NULL,
        type INTEGER NOT NULL,
        value))"_L1,
    R"(CREATE TRIGGER messages_drop_props AFTER DELETE ON messages BEGIN
        DELETE FROM properties WHERE id BETWEEN old.props_first AND old.props_first + old.props_count - 1; END)"_L1,
    R"(CREATE TRIGGER recipients_drop_props AFTER DELETE ON recipients BEGIN
        DELETE FROM properties WHERE id BETWEEN old.props_first AND old.props_first + old.props_count - 1; END)"_L1,
    R"(CREATE TRIGGER attachments_drop_props AFTER DELETE ON attachments BEGIN
        DELETE FROM properties WHERE id BETWEEN old.props_first AND old.props_first + old.props_count - 1; END)"_L1,
}};

const QList<Migration> &migrations()
{
    static const QList<Migration> all{kVersion1};
    return all;
}

int latestSchemaVersion()
{
    return migrations().constLast().version;
}

} // namespace Ndr::Store
