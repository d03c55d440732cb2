// Charset conversion through iconv with our own error handling: an invalid byte becomes
// U+FFFD and decoding goes on, so one bad byte never loses a whole bounce text.
#include "charsetdecoder.h"

#include <cerrno>
#include <iconv.h>
#include <vector>

namespace Ndr::Mime {

namespace {

struct Alias {
    const char *label;  // lower case, as mail labels it
    const char *iconv;  // what to ask iconv for; "" = guess (UTF-8, else windows-1252)
};

// Labels mapped to the superset real senders mean (WHATWG Encoding's practice), plus the
// misspellings and placeholders found in bounces.
constexpr Alias kAliases[] = {
    {"", ""},
    {"us-ascii", ""},
    {"ascii", ""},
    {"ansi_x3.4-1968", ""},
    {"unknown-8bit", ""},
    {"x-unknown", ""},
    {"unknown", ""},
    {"x-user-defined", ""},
    {"default", ""},
    {"8bit", ""},
    {"utf-8", "UTF-8"},
    {"utf8", "UTF-8"},
    {"uft-8", "UTF-8"},
    {"uft8", "UTF-8"},
    {"x-utf-8", "UTF-8"},
    {"unicode-1-1-utf-7", "UTF-7"},
    {"utf-7", "UTF-7"},
    {"iso-8859-1", "WINDOWS-1252"},
    {"iso8859-1", "WINDOWS-1252"},
    {"iso_8859-1", "WINDOWS-1252"},
    {"latin1", "WINDOWS-1252"},
    {"latin-1", "WINDOWS-1252"},
    {"l1", "WINDOWS-1252"},
    {"cp1252", "WINDOWS-1252"},
    {"iso-8859-9", "WINDOWS-1254"},
    {"iso-8859-11", "CP874"},
    {"tis-620", "CP874"},
    {"windows-874", "CP874"},
    {"shift_jis", "CP932"},
    {"shift-jis", "CP932"},
    {"sjis", "CP932"},
    {"x-sjis", "CP932"},
    {"ms_kanji", "CP932"},
    {"csshiftjis", "CP932"},
    {"windows-31j", "CP932"},
    {"cp932", "CP932"},
    {"iso-2022-jp", "ISO-2022-JP-2"},
    {"csiso2022jp", "ISO-2022-JP-2"},
    {"euc-jp", "EUC-JP-MS"},
    {"x-euc-jp", "EUC-JP-MS"},
    {"gb2312", "GB18030"},
    {"gbk", "GB18030"},
    {"x-gbk", "GB18030"},
    {"cp936", "GB18030"},
    {"euc-cn", "GB18030"},
    {"euc-kr", "CP949"},
    {"ks_c_5601-1987", "CP949"},
    {"ks_c_5601", "CP949"},
    {"big5", "BIG5-HKSCS"},
    {"x-mac-roman", "MACINTOSH"},
};

constexpr char kReplacementUtf8[] = "\xEF\xBF\xBD";  // U+FFFD

QByteArray normaliseLabel(const QByteArray &label)
{
    QByteArray l = label.trimmed().toLower();
    while (l.size() >= 2 && (l.startsWith('"') || l.startsWith('\'')) && l.back() == l.front())
        l = l.mid(1, l.size() - 2).trimmed();
    return l;
}

// iconv_open looks the pair up in glibc's converter tables each time, which cost more than the
// conversion itself over a corpus of short bounces. The few pairs a thread uses stay open; a
// converter is reset to its initial state before each use.
iconv_t openConverter(const char *from, const char *to)
{
    struct Open {
        QByteArray from, to;
        iconv_t cd;
    };
    struct Cache {
        std::vector<Open> open;
        ~Cache() { for (const Open &o : open) iconv_close(o.cd); }
    };
    static constexpr size_t kMaxOpen = 16;  // charsets named by hostile input cannot pile up
    thread_local Cache cache;
    for (const Open &o : cache.open) {
        if (o.from == from && o.to == to) {
            iconv(o.cd, nullptr, nullptr, nullptr, nullptr);
            return o.cd;
        }
    }
    const iconv_t cd = iconv_open(to, from);
    if (cd == iconv_t(-1))
        return cd;
    if (cache.open.size() == kMaxOpen) {
        iconv_close(cache.open.front().cd);
        cache.open.erase(cache.open.begin());
    }
    cache.open.push_back({QByteArray(from), QByteArray(to), cd});
    return cd;
}

// Runs iconv over all of `in`; invalid bytes become U+FFFD. Returns false when iconv cannot
// open the pair.
bool convert(const QByteArray &in, const char *from, const char *to, QByteArray *out, int *invalid)
{
    const iconv_t cd = openConverter(from, to);
    if (cd == iconv_t(-1))  // iconv_open's documented failure value
        return false;
    out->clear();
    out->reserve(in.size() + in.size() / 2 + 16);
    char buffer[4096];
    char *inPtr = const_cast<char *>(in.constData());  // iconv's signature; it does not write
    size_t inLeft = size_t(in.size());
    int bad = 0;
    while (inLeft > 0) {
        char *outPtr = buffer;
        size_t outLeft = sizeof buffer;
        const size_t r = iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft);
        out->append(buffer, qsizetype(sizeof buffer - outLeft));
        if (r != size_t(-1))
            continue;
        if (errno == E2BIG)
            continue;
        if (errno == EINVAL) {  // an incomplete sequence at the end: truncated input
            out->append(kReplacementUtf8);
            ++bad;
            break;
        }
        // EILSEQ (or anything else): skip one byte and go on.
        if (to[0] == 'U')
            out->append(kReplacementUtf8);
        else
            out->append('?');
        ++bad;
        ++inPtr;
        --inLeft;
    }
    char *outPtr = buffer;
    size_t outLeft = sizeof buffer;
    iconv(cd, nullptr, nullptr, &outPtr, &outLeft);  // flush a stateful encoder's shift state
    out->append(buffer, qsizetype(sizeof buffer - outLeft));
    if (invalid)
        *invalid = bad;
    return true;
}

// Whether the bytes hold at least one well-formed multi-byte UTF-8 sequence.
bool hasUtf8Sequence(const QByteArray &bytes)
{
    for (qsizetype i = 0; i + 1 < bytes.size(); ++i) {
        const uchar c = uchar(bytes.at(i));
        const int trail = (c & 0xE0) == 0xC0 ? 1 : (c & 0xF0) == 0xE0 ? 2 : (c & 0xF8) == 0xF0 ? 3 : 0;
        if (trail == 0 || c == 0xC0 || c == 0xC1 || i + trail >= bytes.size())
            continue;
        bool ok = true;
        for (int k = 1; k <= trail; ++k)
            ok &= (uchar(bytes.at(i + k)) & 0xC0) == 0x80;
        if (ok)
            return true;
    }
    return false;
}

DecodedText guess(const QByteArray &bytes, bool known)
{
    DecodedText d;
    d.charsetKnown = known;
    if (bytes.isValidUtf8()) {
        d.text = QString::fromUtf8(bytes);
        return d;
    }
    QByteArray utf8;
    if (convert(bytes, "WINDOWS-1252", "UTF-8", &utf8, &d.invalidSequences))
        d.text = QString::fromUtf8(utf8);
    else
        d.text = QString::fromLatin1(bytes);
    return d;
}

} // namespace

QByteArray iconvNameForLabel(const QByteArray &label)
{
    const QByteArray l = normaliseLabel(label);
    for (const Alias &a : kAliases) {
        if (l == a.label)
            return QByteArray(a.iconv);
    }
    return l.toUpper();
}

DecodedText decodeCharset(const QByteArray &bytes, const QByteArray &charset)
{
    const QByteArray name = iconvNameForLabel(charset);
    if (name.isEmpty())
        return guess(bytes, true);
    if (name == "UTF-8") {
        if (bytes.isValidUtf8())
            return {QString::fromUtf8(bytes), true, 0};
        // Labelled UTF-8 without a single UTF-8 sequence: Latin-1 text under the wrong label.
        if (!hasUtf8Sequence(bytes))
            return guess(bytes, true);
    }
    DecodedText d;
    QByteArray utf8;
    if (!convert(bytes, name.constData(), "UTF-8", &utf8, &d.invalidSequences))
        return guess(bytes, false);
    // A label that lies (UTF-8 text sent as iso-8859-x): prefer the reading without errors.
    if (d.invalidSequences > 0 && name != "UTF-8" && bytes.isValidUtf8())
        return {QString::fromUtf8(bytes), true, 0};
    d.text = QString::fromUtf8(utf8);
    return d;
}

QByteArray encodeCharset(const QString &text, const QByteArray &charset, bool *ok)
{
    QByteArray name = iconvNameForLabel(charset);
    if (name.isEmpty())
        name = "US-ASCII";
    if (name == "ISO-2022-JP-2" && normaliseLabel(charset) == "iso-2022-jp")
        name = "ISO-2022-JP";  // write the strict form, which every reader knows
    QByteArray out;
    int invalid = 0;
    const bool opened = convert(text.toUtf8(), "UTF-8", name.constData(), &out, &invalid);
    if (ok)
        *ok = opened && invalid == 0;
    if (!opened || invalid > 0)
        return {};
    return out;
}

} // namespace Ndr::Mime
