#include "wraplabel.h"

#include <QEvent>

namespace Ndr {

int WrapLabel::heightForWidth(int width) const
{
    if (text() != m_measuredText || contentsMargins() != m_measuredMargins) {
        m_heights.clear();
        m_measuredText = text();
        m_measuredMargins = contentsMargins();
    }
    if (const auto it = m_heights.constFind(width); it != m_heights.cend())
        return *it;
    const int height = QLabel::heightForWidth(width);
    m_heights.insert(width, height);
    return height;
}

void WrapLabel::changeEvent(QEvent *event)
{
    // A new font, style or direction wraps the text differently.
    m_heights.clear();
    QLabel::changeEvent(event);
}

} // namespace Ndr
