#include "codepage.h"

#include <QStringDecoder>
#include <QStringEncoder>

namespace Ndr::Msg {

namespace {
struct CodePageName {
    quint32 codePage;
    const char *name;
};
// Windows code page identifiers ([MS-OXCMSG] PidTagMessageCodepage uses them) and the
// ICU codec names Qt accepts for them.
constexpr CodePageName kCodePages[] = {
    {437, "IBM437"},          {850, "IBM850"},          {852, "IBM852"},
    {866, "IBM866"},          {874, "windows-874"},     {932, "Shift_JIS"},
    {936, "GBK"},             {949, "windows-949"},     {950, "Big5"},
    {1200, "UTF-16LE"},       {1201, "UTF-16BE"},       {1250, "windows-1250"},
    {1251, "windows-1251"},   {1252, "windows-1252"},   {1253, "windows-1253"},
    {1254, "windows-1254"},   {1255, "windows-1255"},   {1256, "windows-1256"},
    {1257, "windows-1257"},   {1258, "windows-1258"},   {10000, "macintosh"},
    {20127, "US-ASCII"},      {20866, "KOI8-R"},        {21866, "KOI8-U"},
    {28591, "ISO-8859-1"},    {28592, "ISO-8859-2"},    {28593, "ISO-8859-3"},
    {28594, "ISO-8859-4"},    {28595, "ISO-8859-5"},    {28596, "ISO-8859-6"},
    {28597, "ISO-8859-7"},    {28598, "ISO-8859-8"},    {28599, "ISO-8859-9"},
    {28603, "ISO-8859-13"},   {28605, "ISO-8859-15"},   {50220, "ISO-2022-JP"},
    {50221, "ISO-2022-JP"},   {50222, "ISO-2022-JP"},   {51932, "EUC-JP"},
    {51936, "GB2312"},        {51949, "EUC-KR"},        {52936, "HZ-GB-2312"},
    {54936, "GB18030"},       {65000, "UTF-7"},         {65001, "UTF-8"},
};
constexpr char kFallback[] = "windows-1252";
const QByteArray kBom("\xEF\xBB\xBF", 3);

const char *lookup(quint32 cp)
{
    for (const auto &c : kCodePages)
        if (c.codePage == cp)
            return c.name;
    return nullptr;
}

QString decodeWith(const QByteArray &codec, QByteArrayView bytes, bool *error = nullptr)
{
    // ConvertInitialBom: a leading U+FEFF is part of the value, not a signature.
    QStringDecoder dec(codec.constData(), QStringConverter::Flag::ConvertInitialBom);
    QString s = dec.decode(bytes);
    if (error)
        *error = dec.hasError();
    return s;
}
} // namespace

CodePage::CodePage(quint32 codePage) : m_codePage(codePage)
{
    const char *name = codePage == 0 ? kFallback : lookup(codePage);
    m_supported = name && QStringDecoder(name).isValid() && QStringEncoder(name).isValid();
    m_codec = m_supported ? QByteArray(name) : QByteArray(kFallback);
}

CodePage::~CodePage() = default;
CodePage::CodePage(const CodePage &other) = default;
CodePage &CodePage::operator=(const CodePage &other) = default;

QString CodePage::name() const { return QString::fromLatin1(m_codec); }

QString CodePage::decode(QByteArrayView bytes) const
{
    // Single-byte and multi-byte code pages alike end a string at the first NUL byte
    // (UTF-16 code pages are the exception: there a NUL is two bytes on a 2-byte boundary).
    const bool utf16 = m_codec.startsWith("UTF-16");
    qsizetype end = bytes.size();
    for (qsizetype i = 0; i < bytes.size(); i += utf16 ? 2 : 1) {
        if (bytes[i] == 0 && (!utf16 || (i + 1 < bytes.size() && bytes[i + 1] == 0))) {
            end = i;
            break;
        }
    }
    const QByteArrayView value = bytes.first(end);
    if (value.startsWith(QByteArrayView(kBom))) {
        bool error = false;
        const QString utf8 = decodeWith(QByteArrayLiteral("UTF-8"), value.sliced(3), &error);
        if (!error)
            return utf8;
    }
    return decodeWith(m_codec, value);
}

QByteArray CodePage::encode(const QString &text) const
{
    QStringEncoder enc(m_codec.constData(), QStringConverter::Flag::ConvertInitialBom);
    const QByteArray bytes = enc.encode(text);
    const bool exact = !enc.hasError() && !bytes.contains('\0') && !bytes.startsWith(kBom)
        && decodeWith(m_codec, bytes) == text;
    if (exact && !m_codec.startsWith("UTF-16"))
        return bytes;
    return kBom + text.toUtf8();
}

} // namespace Ndr::Msg
