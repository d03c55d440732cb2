#include "recipientdelegate.h"

#include "recipienttablemodel.h"

#include <QPalette>

namespace Ndr {

StatusColours StatusColours::forPalette(const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    if (dark)
        return {QColor(0xff, 0x8a, 0x80), QColor(0xf5, 0xc4, 0x5a), QColor(0x7f, 0xd8, 0x8f)};
    return {QColor(0xb0, 0x1e, 0x28), QColor(0x94, 0x5a, 0x00), QColor(0x1e, 0x7a, 0x3c)};
}

void RecipientDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (m_originalKnown && !index.data(RecipientTableModel::InOriginalRole).toBool())
        option->font.setItalic(true);

    const int column = index.column();
    if (column != RecipientTableModel::StatusColumn && column != RecipientTableModel::ReasonColumn)
        return;
    const StatusColours colours = StatusColours::forPalette(option->palette);
    QColor colour;
    if (index.data(RecipientTableModel::FailedRole).toBool())
        colour = index.data(RecipientTableModel::PermanentRole).toBool() ? colours.permanent : colours.temporary;
    else
        colour = colours.delivered;
    // The selected row keeps the highlight's own text colour, which is made to contrast.
    option->palette.setColor(QPalette::Text, colour);
}

} // namespace Ndr
