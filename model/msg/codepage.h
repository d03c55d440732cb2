#pragma once
// PT_STRING8 in a .msg: bytes in the message's code page (PR_MESSAGE_CODEPAGE, else
// PR_INTERNET_CPID; [MS-OXMSG] 2.1.2 and [MS-OXCMSG] 2.2.1.1.3), decoded through ICU codecs
// by name where Qt has them.
//
// Writing: a value the code page can carry exactly is written in that code page. Any other
// value (and any whose encoded bytes would themselves begin with a UTF-8 BOM) is written as
// EF BB BF followed by its UTF-8 bytes; the reader takes a value that begins with EF BB BF
// and is valid UTF-8 after it as UTF-8. So readMsg(writeMsg(m)) gives every PT_STRING8
// value back exactly, whatever the code page, and values in the code page stay plain.
#include <QByteArray>
#include <QString>
#include <memory>

namespace Ndr::Msg {

class CodePage {
public:
    // 0 = none known: windows-1252.
    explicit CodePage(quint32 codePage = 0);
    ~CodePage();
    CodePage(const CodePage &other);
    CodePage &operator=(const CodePage &other);

    quint32 number() const { return m_codePage; }
    // False when the code page is unknown to us or to Qt; windows-1252 is used instead.
    bool isSupported() const { return m_supported; }
    QString name() const;  // the codec name used, e.g. "windows-1252"

    QString decode(QByteArrayView bytes) const;  // stops at the first NUL
    QByteArray encode(const QString &text) const;  // exact round trip, see above

private:
    quint32 m_codePage = 0;
    bool m_supported = true;
    QByteArray m_codec;
};

} // namespace Ndr::Msg
