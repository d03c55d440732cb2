#pragma once
// Presentation of the recipient table's rows: the status and reason of a permanent failure
// in the palette's warning red, a temporary one in amber, a delivered row in green, and a
// recipient that was not among the original's recipients in italics.
#include <QStyledItemDelegate>

namespace Ndr {

class RecipientDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

// Colours that read well on the given palette's base (light or dark themes).
struct StatusColours {
    QColor permanent, temporary, delivered;
    static StatusColours forPalette(const QPalette &palette);
};

} // namespace Ndr
