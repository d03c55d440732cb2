#pragma once
// A MAPI message as [MS-OXMSG] and the store keep it: properties (named ones by GUID plus
// id or name), the recipient table, attachments, and embedded messages at any depth.
#include "error.h"
#include "propvalue.h"
#include "tags.h"

#include <QList>
#include <QStringList>
#include <iterator>
#include <memory>
#include <utility>

namespace Ndr::Mapi {

// A named property's identity ([MS-OXMSG] 2.2.3): a property set plus a numeric id or a name.
struct PropName {
    QUuid guid;
    quint32 lid = 0;  // when name is empty
    QString name;     // string-named when not empty

    bool isString() const { return !name.isEmpty(); }
    bool operator==(const PropName &o) const { return guid == o.guid && lid == o.lid && name == o.name; }
};

// The key of a property in a bag: a tag's id (< 0x8000), or a named property's name.
// The type is not part of the key; it travels with the value. A name is held by pointer: most
// keys are tags, and every recipient's bag holds a dozen keys.
struct PropKey {
    PropId id = 0;
    std::shared_ptr<const PropName> named;

    PropKey() = default;
    PropKey(PropId i) : id(i) {}
    explicit PropKey(PropName n) : named(std::make_shared<const PropName>(std::move(n))) {}
    static PropKey lid(const QUuid &guid, quint32 lid) { return PropKey(PropName{guid, lid, {}}); }
    static PropKey string(const QUuid &guid, const QString &name) { return PropKey(PropName{guid, 0, name}); }

    bool isNamed() const { return named != nullptr; }
    // DESIGN.md property JSON: "0xPPPPTTTT", "{GUID}:0xLID:TTTT" or "{GUID}:NAME:TTTT".
    QString toString(quint16 type) const;
    // Parses the form above; the type goes to *type.
    static std::optional<PropKey> fromString(const QString &text, quint16 *type = nullptr);

    bool operator==(const PropKey &o) const
    {
        return id == o.id && (named == o.named || (named && o.named && *named == *o.named));
    }
    bool operator<(const PropKey &o) const
    {
        if (!isNamed() && !o.isNamed())  // most lookups: inline, one compare
            return id < o.id;
        return namedLess(o);
    }

private:
    bool namedLess(const PropKey &o) const;
};

// An ordered map of properties with typed accessors, kept as one sorted array: a recipient
// has a dozen properties, and a map node for each made 10,000 recipients 16 MB of scattered
// nodes, slow to fill and to search.
class PropertyBag {
    using Entry = std::pair<PropKey, PropValue>;

public:
    // In key order; it.key() and it.value() (or *it), as a QMap's.
    class const_iterator {
    public:
        using iterator_category = std::bidirectional_iterator_tag;
        using value_type = PropValue;
        using difference_type = qsizetype;
        using pointer = const PropValue *;
        using reference = const PropValue &;

        const_iterator() = default;
        const PropKey &key() const { return m_it->first; }
        const PropValue &value() const { return m_it->second; }
        const PropValue &operator*() const { return m_it->second; }
        const PropValue *operator->() const { return &m_it->second; }
        const_iterator &operator++() { ++m_it; return *this; }
        const_iterator &operator--() { --m_it; return *this; }
        bool operator==(const const_iterator &o) const { return m_it == o.m_it; }
        bool operator!=(const const_iterator &o) const { return m_it != o.m_it; }

    private:
        friend class PropertyBag;
        explicit const_iterator(QList<Entry>::const_iterator it) : m_it(it) {}
        QList<Entry>::const_iterator m_it;
    };

    bool contains(const PropKey &key) const { return find(key) != cend(); }
    PropValue value(const PropKey &key) const;  // invalid when absent
    bool set(const PropKey &key, const PropValue &v);  // whether it replaced a value
    void remove(const PropKey &key);
    void reserve(qsizetype count) { m_props.reserve(count); }
    bool isEmpty() const { return m_props.isEmpty(); }
    qsizetype size() const { return m_props.size(); }
    const_iterator find(const PropKey &key) const;
    const_iterator lowerBound(const PropKey &key) const;  // the first key not before it, as QMap's
    const_iterator begin() const { return const_iterator(m_props.cbegin()); }
    const_iterator end() const { return const_iterator(m_props.cend()); }
    const_iterator cbegin() const { return begin(); }
    const_iterator cend() const { return end(); }
    QList<PropKey> keys() const;

    QString string(const PropKey &key) const;              // empty when absent or not a string
    std::optional<qint32> int32(const PropKey &key) const;  // PT_LONG / PT_SHORT
    std::optional<bool> boolean(const PropKey &key) const;
    QByteArray binary(const PropKey &key) const;  // reads deferred bytes; empty where they cannot be (see loadDeferred)
    QDateTime time(const PropKey &key) const;  // invalid when absent

    void setString(const PropKey &key, const QString &v) { set(key, PropValue::fromString(v)); }
    void setInt32(const PropKey &key, qint32 v) { set(key, PropValue::fromInt(v)); }

    // Whether a value may still be in its file (deferredbytes.h); loadDeferred passes over the
    // bags without one, most of a 10,000-recipient message, without walking their maps.
    bool mayHoldDeferred() const { return m_mayHoldDeferred; }

    bool operator==(const PropertyBag &o) const { return m_props == o.m_props; }

private:
    QList<Entry> m_props;  // sorted by key, each key once
    bool m_mayHoldDeferred = false;  // set by set(), kept by remove(): at worst a walk for nothing
};

struct Message;

struct Recipient {
    PropertyBag props;

    QString displayName() const;
    // The SMTP address: PR_SMTP_ADDRESS, else PR_EMAIL_ADDRESS where PR_ADDRTYPE is SMTP
    // (or looks like one). Empty for X.500/EX rows without an SMTP address.
    QString smtpAddress() const;
    qint32 type() const { return props.int32(PR_RECIPIENT_TYPE).value_or(MAPI_TO); }
};

struct Attachment {
    PropertyBag props;
    std::shared_ptr<Message> embedded;  // set for ATTACH_EMBEDDED_MSG

    qint32 method() const { return props.int32(PR_ATTACH_METHOD).value_or(ATTACH_BY_VALUE); }
    QString fileName() const;  // long name, else short name, else display name
    QByteArray data() const { return props.binary(PR_ATTACH_DATA_BIN); }
    qint64 dataSize() const;  // without reading data that is still in its file
    QString mimeTag() const { return props.string(PR_ATTACH_MIME_TAG); }
};

struct Message {
    PropertyBag props;
    QList<Recipient> recipients;
    QList<Attachment> attachments;
    // For a message read from MIME: its exact bytes, so that exporting it as .eml gives them
    // back unchanged. Empty for messages read from .msg.
    QByteArray rawMime;

    QString messageClass() const { return props.string(PR_MESSAGE_CLASS); }
    QString subject() const { return props.string(PR_SUBJECT); }
    // A deep copy: embedded messages are copied too (attachment bytes stay shared: QByteArray).
    Message clone() const;
    bool operator==(const Message &o) const;
};

// Reads every value of the message that is still in its file (DeferredBytes), embedded
// messages' too, so that a writer meets no read error half-way; the first error otherwise.
// The file keeps what it read: the values then convert to bytes without reading again.
Expected<bool> loadDeferred(const Message &message);

QString recipientTypeName(qint32 type);  // "to", "cc", "bcc", "p1", "orig"

} // namespace Ndr::Mapi
