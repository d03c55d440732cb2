#pragma once
// The property view for administrators: every property of the report, its recipient rows,
// its attachments and the embedded original (and messages embedded in that), as a tree with
// the columns Tag, Name, Type and Value. Ctrl+C copies the selected rows as text; "Copy All
// as JSON" copies the whole report in the property JSON of DESIGN.md (Mapi::messageToJson).
#include "propertytreemodel.h"

#include <QWidget>
#include <memory>

class QTreeView;
class QPushButton;

namespace Ndr {

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
    void expandAll();
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
