#include "fixitpath.h"

#include "pictureaccessible.h"
#include "recipientdelegate.h"

#include <QEvent>
#include <QPainter>
#include <QPainterPath>
#include <QtMath>

namespace Ndr {

namespace {

constexpr int kNodes = 3;
constexpr int kTop = 4;            // room above the pictures
constexpr qreal kGlyphLines = 1.7;  // a picture's height, in lines of text

int nodeOfStop(Report::StopPoint stop)
{
    switch (stop) {
    case Report::StopPoint::YourProgram: return 0;
    case Report::StopPoint::YourServer: return 1;
    case Report::StopPoint::RecipientServer: return 2;
    case Report::StopPoint::Unknown: break;
    }
    return -1;
}

// You work in your mail program, your administrator runs your server, the recipient's side
// runs theirs: the owner is marked on the part of the way they look after.
int nodeOfOwner(Report::FixOwner owner)
{
    switch (owner) {
    case Report::FixOwner::Sender: return 0;
    case Report::FixOwner::SenderAdmin: return 1;
    case Report::FixOwner::RecipientSide: return 2;
    case Report::FixOwner::Nobody: break;
    }
    return -1;
}

// A screen with a letter on it.
void drawProgram(QPainter &p, const QRectF &box, const QColor &line, const QColor &fill)
{
    const qreal w = box.width(), h = box.height();
    const QRectF screen(box.left(), box.top(), w, h * 0.74);
    p.setPen(QPen(line, qMax(1.0, h / 22.0)));
    p.setBrush(fill);
    p.drawRoundedRect(screen, h * 0.06, h * 0.06);
    const QPointF foot(box.center().x(), box.bottom());
    p.drawLine(QPointF(foot.x(), screen.bottom()), QPointF(foot.x(), foot.y() - h * 0.04));
    p.drawLine(QPointF(foot.x() - w * 0.22, foot.y() - h * 0.04), QPointF(foot.x() + w * 0.22, foot.y() - h * 0.04));
    const QRectF letter = QRectF(0, 0, w * 0.46, screen.height() * 0.5).translated(
        screen.center() - QPointF(w * 0.23, screen.height() * 0.25));
    p.setBrush(Qt::NoBrush);
    p.drawRect(letter);
    p.drawPolyline(QList<QPointF>{letter.topLeft(), QPointF(letter.center().x(), letter.center().y() + letter.height() * 0.1),
                                  letter.topRight()});
}

// A server cabinet with three drive slots.
void drawServer(QPainter &p, const QRectF &box, const QColor &line, const QColor &fill)
{
    const qreal h = box.height(), w = h * 0.72;
    const QRectF cabinet(box.center().x() - w / 2, box.top(), w, h);
    p.setPen(QPen(line, qMax(1.0, h / 22.0)));
    p.setBrush(fill);
    p.drawRoundedRect(cabinet, h * 0.06, h * 0.06);
    for (int i = 0; i < 3; ++i) {
        const qreal y = cabinet.top() + h * (0.2 + 0.26 * i);
        p.drawLine(QPointF(cabinet.left() + w * 0.18, y), QPointF(cabinet.right() - w * 0.38, y));
        p.setBrush(line);
        p.drawEllipse(QPointF(cabinet.right() - w * 0.2, y), h * 0.03, h * 0.03);
        p.setBrush(fill);
    }
}

} // namespace

FixItPath::FixItPath(QWidget *parent)
    : QWidget(parent)
{
    // To screen readers an image named by its sentence, like the form's icons.
    PictureAccessible::install();
    setObjectName(QStringLiteral("fixItPath"));
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    updateAccessibleText();
}

void FixItPath::setPath(Report::StopPoint stop, Report::FixOwner owner, bool delayed)
{
    m_stop = stop;
    m_owner = owner;
    m_delayed = delayed;
    updateAccessibleText();
    update();
}

QString FixItPath::text() const
{
    return Report::pathSentence(m_stop, m_owner, m_delayed);
}

void FixItPath::updateAccessibleText()
{
    setAccessibleName(text());
    setAccessibleDescription(tr("A picture of the way the message went: your mail program, your mail server, "
                                "the recipient's mail server."));
    setToolTip(text());
}

QString FixItPath::nodeCaption(int node) const
{
    switch (node) {
    case 0: return tr("Your mail program");
    case 1: return tr("Your mail server");
    default: return tr("Recipient's server");
    }
}

QSize FixItPath::sizeHint() const
{
    const QFontMetrics fm(font());
    int caption = 0;
    for (int i = 0; i < kNodes; ++i)
        caption = qMax(caption, fm.horizontalAdvance(nodeCaption(i)));
    caption = qMax(caption, fm.horizontalAdvance(tr("Can fix it")));
    const int width = (caption + fm.height() * 2) * kNodes;
    return {width, heightForWidth(width)};
}

int FixItPath::captionLines(int width) const
{
    const QFontMetrics fm(font());
    const int column = qMax(1, width / kNodes - 8);
    int lines = 1;
    for (int i = 0; i < kNodes; ++i) {
        const QRect r = fm.boundingRect(QRect(0, 0, column, 10000), Qt::AlignHCenter | Qt::TextWordWrap, nodeCaption(i));
        // A line's box is the font's height, a little more than its spacing with some fonts.
        lines = qMax(lines, (r.height() + fm.lineSpacing() / 2) / fm.lineSpacing());
    }
    return qMin(lines, 3);
}

int FixItPath::heightForWidth(int width) const
{
    // Picture, captions, the "Can fix it" line, margins.
    const QFontMetrics fm(font());
    return kTop + qCeil(fm.height() * kGlyphLines) + 3 + (captionLines(width) + 1) * fm.lineSpacing() + 6;
}

QSize FixItPath::minimumSizeHint() const
{
    // Captions wrap onto their two lines: a column needs its longest word and about half its
    // longest caption (long in French and German), not the whole caption on one line.
    const QFontMetrics fm(font());
    QFont bold = font();
    bold.setBold(true);
    int column = QFontMetrics(bold).horizontalAdvance(tr("Can fix it"));
    for (int i = 0; i < kNodes; ++i) {
        const QString caption = nodeCaption(i);
        column = qMax(column, fm.horizontalAdvance(caption) / 2 + fm.horizontalAdvance(QLatin1Char('M')));
        for (const QString &word : caption.split(QLatin1Char(' ')))
            column = qMax(column, fm.horizontalAdvance(word));
    }
    return {(column + 8) * kNodes, heightForWidth((column + 8) * kNodes)};
}

void FixItPath::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        updateAccessibleText();
    if (event->type() == QEvent::FontChange || event->type() == QEvent::LanguageChange)
        updateGeometry();
    QWidget::changeEvent(event);
}

void FixItPath::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const StatusColours colours = StatusColours::forPalette(pal);
    QColor line = pal.color(QPalette::WindowText);
    line.setAlphaF(0.8f);
    QColor faint = pal.color(QPalette::WindowText);
    faint.setAlphaF(0.35f);
    const QColor fill = pal.color(QPalette::Base);
    const QColor accent = pal.color(QPalette::Highlight);

    const QFontMetrics fm(font());
    const qreal glyph = qCeil(fm.height() * kGlyphLines);
    const qreal column = qreal(width()) / kNodes;
    const qreal top = kTop;
    const int lines = captionLines(width());
    const int stop = nodeOfStop(m_stop);
    const int owner = nodeOfOwner(m_owner);

    // Right to left the way runs from the right (as Qt mirrors a layout): the drawing is
    // mirrored as a whole, the captions only placed mirrored, so that they still read.
    const bool mirrored = isRightToLeft();
    const auto visual = [&](const QRectF &r) {
        return mirrored ? QRectF(width() - r.right(), r.top(), r.width(), r.height()) : r;
    };
    p.save();
    if (mirrored) {
        p.translate(width(), 0);
        p.scale(-1, 1);
    }

    // The owner's part of the way: a soft highlight behind it.
    if (owner >= 0) {
        QColor soft = accent;
        soft.setAlphaF(0.14f);
        // Whole pixels and an even pen: a crisp outline at any scale.
        const QRectF area(qRound(column * owner) + 3, 2, qRound(column) - 6, height() - 4);
        p.setPen(QPen(accent, 2));
        p.setBrush(soft);
        p.drawRoundedRect(area, 6, 6);
    }

    QRectF glyphs[kNodes];
    for (int i = 0; i < kNodes; ++i) {
        const qreal w = i == 0 ? glyph * 1.25 : glyph * 0.72;
        glyphs[i] = QRectF(column * i + (column - w) / 2, top, w, glyph);
    }

    // The way between them: travelled solid; not reached (after the stop) dashed and faint.
    for (int i = 0; i + 1 < kNodes; ++i) {
        const bool reached = stop < 0 || i + 1 <= stop;
        QPen pen(reached ? line : faint, qMax(1.5, glyph / 16.0));
        if (!reached)
            pen.setStyle(Qt::DashLine);
        p.setPen(pen);
        const qreal y = top + glyph * 0.4;
        const QPointF from(glyphs[i].right() + glyph * 0.25, y), to(glyphs[i + 1].left() - glyph * 0.25, y);
        p.drawLine(from, to);
        const qreal head = glyph * 0.16;
        p.setPen(QPen(reached ? line : faint, pen.widthF()));
        p.drawPolyline(QList<QPointF>{to + QPointF(-head, -head * 0.8), to, to + QPointF(-head, head * 0.8)});
    }

    for (int i = 0; i < kNodes; ++i) {
        const bool beyond = stop >= 0 && i > stop;
        if (i == 0)
            drawProgram(p, glyphs[i], beyond ? faint : line, fill);
        else
            drawServer(p, glyphs[i], beyond ? faint : line, fill);
    }

    // Where it stopped: a red badge with an X (amber with a pause mark while still trying).
    if (stop >= 0) {
        const qreal r = glyph * 0.3;
        const QPointF c(glyphs[stop].right() - r * 0.2, glyphs[stop].bottom() - r * 0.9);
        const QColor badge = m_delayed ? colours.temporary : colours.permanent;
        p.setPen(QPen(fill, qMax(1.5, r / 4)));
        p.setBrush(badge);
        p.drawEllipse(c, r, r);
        QPen mark(fill, qMax(2.0, r / 3.2), Qt::SolidLine, Qt::RoundCap);
        p.setPen(mark);
        const qreal d = r * 0.45;
        if (m_delayed) {
            p.drawLine(c + QPointF(-d * 0.5, -d), c + QPointF(-d * 0.5, d));
            p.drawLine(c + QPointF(d * 0.5, -d), c + QPointF(d * 0.5, d));
        } else {
            p.drawLine(c + QPointF(-d, -d), c + QPointF(d, d));
            p.drawLine(c + QPointF(-d, d), c + QPointF(d, -d));
        }
    }
    p.restore();

    // Captions, and under the owner's the words "Can fix it".
    for (int i = 0; i < kNodes; ++i) {
        const bool beyond = stop >= 0 && i > stop;
        const QRectF captionBox(column * i + 4, top + glyph + 3, column - 8, fm.lineSpacing() * lines);
        p.setPen(pal.color(beyond ? QPalette::PlaceholderText : QPalette::WindowText));
        p.setFont(font());
        p.drawText(visual(captionBox), Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, nodeCaption(i));
        if (i == owner) {
            QFont bold = font();
            bold.setBold(true);
            p.setFont(bold);
            p.setPen(pal.color(QPalette::WindowText));
            const QRectF tag(column * i + 4, captionBox.bottom(), column - 8, fm.lineSpacing() + 2);
            p.drawText(visual(tag), Qt::AlignHCenter | Qt::AlignTop, tr("Can fix it"));
            p.setFont(font());
        }
    }
}

} // namespace Ndr
