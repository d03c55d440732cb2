#pragma once
// Presentation of the recipient table's rows: the status and reason of a permanent failure
// in the palette's warning red, a temporary one in amber, a delivered row in green, and a
// recipient that was not among the original's recipients (where the original is known) in italics.
#include <QStyledItemDelegate>

namespace Ndr {

class RecipientDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    // Without the original, nobody can be said to be missing from its recipients.
    void setOriginalKnown(bool known) { m_originalKnown = known; }

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    bool m_originalKnown = true;
};

// Colours that read well on the given palette's base (light or dark themes).
struct StatusColours {
    QColor permanent, temporary, delivered;
    static StatusColours forPalette(const QPalette &palette);
};

} // namespace Ndr
