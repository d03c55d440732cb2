#pragma once
// A word-wrapping label that remembers its height for each width it was asked about. While a
// window settles, layouts ask a wrapping label for its height at the same few widths over and
// over (the details pane: some twenty times per label at start-up), and QLabel lays its text
// out anew each time.
#include <QHash>
#include <QLabel>

namespace Ndr {

class WrapLabel : public QLabel {
    Q_OBJECT
public:
    using QLabel::QLabel;
    int heightForWidth(int width) const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    // What the heights were measured for; anything else starts over.
    mutable QString m_measuredText;
    mutable QMargins m_measuredMargins;
    mutable QHash<int, int> m_heights;
};

} // namespace Ndr
