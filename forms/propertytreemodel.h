#pragma once
// The tree behind the property view: a message (the report), its properties, its recipient
// rows, its attachments and the messages embedded in them, at any depth. Columns Tag, Name,
// Type, Value. The model reads the Message in place; a node exists only once a view asks
// for it, so a report with thousands of recipients costs nothing until they are opened.
#include "mapi/message.h"

#include <QAbstractItemModel>
#include <memory>
#include <vector>

namespace Ndr {

class PropertyTreeModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { TagColumn, NameColumn, TypeColumn, ValueColumn, ColumnCount };
    enum Role {
        NodeKindRole = Qt::UserRole + 1,  // int: NodeKind
        CopyTextRole,                     // QString: the cell's full text, for copying
    };
    Q_ENUM(Role)
    enum NodeKind { MessageNode, PropertiesNode, RecipientsNode, RecipientNode, AttachmentsNode, AttachmentNode, PropertyNode };

    explicit PropertyTreeModel(QObject *parent = nullptr);
    ~PropertyTreeModel() override;

    // rootTitle: what the root row calls the message ("Report").
    void setMessage(std::shared_ptr<const Mapi::Message> message, const QString &rootTitle);
    std::shared_ptr<const Mapi::Message> message() const { return m_message; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    // Spec name of a property ("PR_SUBJECT"), or of a named property's set and id or name
    // ("PSETID_Common:0x8580", "PS_PUBLIC_STRINGS:Keywords"); empty when not in the table.
    static QString propertyName(const Mapi::PropKey &key);
    // A value as one line of text; binary as hex. limit: characters before "…" (0: no limit).
    static QString valueText(const Mapi::PropValue &value, int limit);

private:
    struct Node;
    Node *nodeOf(const QModelIndex &index) const;
    int childCount(const Node *node) const;
    Node *childOf(Node *node, int row) const;
    QString cellText(const Node *node, int column, bool full) const;

    std::shared_ptr<const Mapi::Message> m_message;
    QString m_rootTitle;
    std::unique_ptr<Node> m_root;  // the invisible root; its one child is the message
};

} // namespace Ndr
