#pragma once
// A small picture of the way a message went: your mail program -> your server -> the
// recipient's server, with the point where it stopped marked by a red X and the party that
// can fix it marked "Can fix it" (Exchange Online's "fix-it owner" picture). Right to left it
// is mirrored, the way runs from the right. To screen readers it is an image whose name says
// the same in words.
#include "report/explanation.h"

#include <QWidget>

namespace Ndr {

class FixItPath : public QWidget {
    Q_OBJECT
public:
    explicit FixItPath(QWidget *parent = nullptr);

    void setPath(Report::StopPoint stop, Report::FixOwner owner, bool delayed = false);
    Report::StopPoint stopPoint() const { return m_stop; }
    Report::FixOwner owner() const { return m_owner; }
    // The picture in words (also its accessible name).
    QString text() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    // Captions wrap where the width is short (long translations): the height follows.
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateAccessibleText();
    QString nodeCaption(int node) const;
    int captionLines(int width) const;

    Report::StopPoint m_stop = Report::StopPoint::Unknown;
    Report::FixOwner m_owner = Report::FixOwner::Nobody;
    bool m_delayed = false;
};

} // namespace Ndr
