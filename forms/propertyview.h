#pragma once
// The property view for administrators: every property of the report, its recipient rows,
// its attachments and the embedded original (and messages embedded in that), as a tree with
// the columns Tag, Name, Type and Value. Ctrl+C copies the selected rows as text; "Copy All
// as JSON" copies the whole report in the property JSON of DESIGN.md (Mapi::messageToJson).
// Branches fill when first opened, so a report with thousands of recipients opens at once.
#include "mapi/message.h"

#include <QStandardItemModel>
#include <QWidget>
#include <memory>

class QTreeView;
class QPushButton;

namespace Ndr {

// The tree behind the view. Each row is a message, a group (properties, recipients,
// attachments), a recipient, an attachment, or a property.
class PropertyTreeModel : public QStandardItemModel {
    Q_OBJECT
public:
    enum Column { TagColumn, NameColumn, TypeColumn, ValueColumn, ColumnCount };
    enum Role {
        NodeKindRole = Qt::UserRole + 1,  // int: NodeKind
        CopyTextRole,                     // QString: the cell's full text, for copying
    };
    enum NodeKind { MessageNode, PropertiesNode, RecipientsNode, RecipientNode, AttachmentsNode, AttachmentNode, PropertyNode };

    explicit PropertyTreeModel(QObject *parent = nullptr);

    void setMessage(std::shared_ptr<const Mapi::Message> message, const QString &rootTitle);
    std::shared_ptr<const Mapi::Message> message() const { return m_message; }

    bool hasChildren(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // Spec name of a property ("PR_SUBJECT"), or of a named property's set and id
    // ("PSETID_Common:0x8580"); empty when not in the table.
    static QString propertyName(const Mapi::PropKey &key);
    // A value as one line of text; binary as hex. limit: characters before "…" (0: no limit).
    static QString valueText(const Mapi::PropValue &value, int limit);

private:
    QList<QStandardItem *> makeRow(NodeKind kind, const void *object, const QStringList &texts, bool lazy);
    void populate(QStandardItem *item);
    void appendProperties(QStandardItem *parent, const Mapi::PropertyBag &bag);
    void appendMessage(QStandardItem *parent, const Mapi::Message &message, const QString &title);

    std::shared_ptr<const Mapi::Message> m_message;
};

class PropertyView : public QWidget {
    Q_OBJECT
public:
    explicit PropertyView(QWidget *parent = nullptr);

    // Shows a message (the report). title: what the root row calls it ("Report").
    void setMessage(std::shared_ptr<const Mapi::Message> message, const QString &title = {});

    QTreeView *tree() const { return m_tree; }
    PropertyTreeModel *model() const { return m_model; }

    // The selected rows as text: one line each, the columns separated by tabs.
    QString selectedRowsText() const;
    QString allAsJson() const;

public Q_SLOTS:
    void copySelection();
    void copyAllAsJson();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fitColumns();

    PropertyTreeModel *m_model = nullptr;
    QTreeView *m_tree = nullptr;
    QPushButton *m_expandButton = nullptr;
    QPushButton *m_copyButton = nullptr;
    QPushButton *m_copyJsonButton = nullptr;
    QAction *m_copyAction = nullptr;
    QAction *m_copyJsonAction = nullptr;
    QString m_title;
};

} // namespace Ndr
