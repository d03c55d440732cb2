// HTML to plain text: a single forward scan, no DOM.
#include "htmltext.h"

#include <QHash>

namespace Ndr::Mime {

namespace {

struct NamedEntity {
    const char *name;
    char16_t ch;
};

constexpr NamedEntity kEntities[] = {
    {"amp", u'&'},    {"lt", u'<'},      {"gt", u'>'},      {"quot", u'"'},  {"apos", u'\''},
    {"nbsp", u' '},   {"copy", u'\u00A9'}, {"reg", u'\u00AE'}, {"hellip", u'\u2026'},
    {"ndash", u'\u2013'}, {"mdash", u'\u2014'}, {"lsquo", u'\u2018'}, {"rsquo", u'\u2019'},
    {"ldquo", u'\u201C'}, {"rdquo", u'\u201D'}, {"bull", u'\u2022'}, {"middot", u'\u00B7'},
};

// Elements whose end (or start) breaks a line.
constexpr const char *kBlockTags[] = {
    "br", "p", "div", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol",
    "pre", "blockquote", "hr", "dt", "dd", "title",
};

bool isBlock(const QString &tag)
{
    for (const char *b : kBlockTags) {
        if (tag == QLatin1String(b))
            return true;
    }
    return false;
}

// Decodes the reference starting at html[i] == '&'; advances i past it.
QString decodeReference(const QString &html, qsizetype &i)
{
    const qsizetype semi = html.indexOf(QLatin1Char(';'), i + 1);
    if (semi < 0 || semi - i > 12) {
        ++i;
        return QStringLiteral("&");
    }
    const QString body = html.mid(i + 1, semi - i - 1);
    QString out;
    if (body.startsWith(QLatin1Char('#'))) {
        bool ok = false;
        const uint code = body.size() > 1 && (body.at(1) == QLatin1Char('x') || body.at(1) == QLatin1Char('X'))
                              ? body.mid(2).toUInt(&ok, 16)
                              : body.mid(1).toUInt(&ok, 10);
        if (ok && code > 0 && code <= 0x10FFFF && !(code >= 0xD800 && code <= 0xDFFF)) {
            const char32_t c = char32_t(code);
            out = QString::fromUcs4(&c, 1);
        }
    } else {
        for (const NamedEntity &e : kEntities) {
            if (body == QLatin1String(e.name)) {
                out = QChar(e.ch);
                break;
            }
        }
    }
    if (out.isEmpty()) {
        ++i;
        return QStringLiteral("&");
    }
    i = semi + 1;
    return out;
}

} // namespace

QString htmlToText(const QString &html)
{
    QString out;
    out.reserve(html.size() / 2);
    const qsizetype n = html.size();
    qsizetype i = 0;
    bool pendingSpace = false;
    auto newline = [&out, &pendingSpace] {
        pendingSpace = false;
        if (!out.endsWith(QLatin1String("\n\n")))
            out.append(QLatin1Char('\n'));
    };
    while (i < n) {
        const QChar c = html.at(i);
        if (c == QLatin1Char('<')) {
            if (html.mid(i, 4) == QLatin1String("<!--")) {
                const qsizetype end = html.indexOf(QLatin1String("-->"), i + 4);
                i = end < 0 ? n : end + 3;
                continue;
            }
            const qsizetype close = html.indexOf(QLatin1Char('>'), i + 1);
            if (close < 0)
                break;
            QString tag = html.mid(i + 1, close - i - 1).trimmed();
            const bool endTag = tag.startsWith(QLatin1Char('/'));
            if (endTag)
                tag.remove(0, 1);
            qsizetype nameEnd = 0;
            while (nameEnd < tag.size() && (tag.at(nameEnd).isLetterOrNumber()))
                ++nameEnd;
            const QString name = tag.left(nameEnd).toLower();
            i = close + 1;
            if (!endTag && (name == QLatin1String("script") || name == QLatin1String("style")
                            || name == QLatin1String("head"))) {
                const qsizetype end = html.indexOf(QStringLiteral("</") + name, i, Qt::CaseInsensitive);
                if (end < 0) {
                    i = n;
                } else {
                    const qsizetype gt = html.indexOf(QLatin1Char('>'), end);
                    i = gt < 0 ? n : gt + 1;
                }
                continue;
            }
            if (isBlock(name))
                newline();
            else if (name == QLatin1String("td") || name == QLatin1String("th"))
                pendingSpace = true;
            continue;
        }
        if (c.isSpace()) {
            pendingSpace = true;
            ++i;
            continue;
        }
        if (pendingSpace && !out.isEmpty() && !out.endsWith(QLatin1Char('\n')))
            out.append(QLatin1Char(' '));
        pendingSpace = false;
        if (c == QLatin1Char('&'))
            out.append(decodeReference(html, i));
        else {
            out.append(c);
            ++i;
        }
    }
    return out.trimmed();
}

} // namespace Ndr::Mime
