// What the model and the MIME reader module (readermodule.h) both use: where a message's
// headers start, and the mark of a message of headers only.
#include "mimereader.h"

namespace Ndr::Mime {

using namespace Ndr::Mapi;

std::optional<Error> checkMessageStart(QByteArrayView bytes)
{
    qsizetype i = 0;
    while (i < bytes.size() && (bytes.at(i) == '\r' || bytes.at(i) == '\n'))
        ++i;
    if (bytes.sliced(i).startsWith("From "))
        return std::nullopt;
    qsizetype j = i;
    while (j < bytes.size() && j - i < 200) {
        const uchar c = uchar(bytes.at(j));
        if (c == ':')
            break;
        if (c <= 32 || c >= 127)
            return makeError(Error::NotAMessageFile, QStringLiteral("no message header at the start of the file"), j);
        ++j;
    }
    if (j == i || j >= bytes.size() || bytes.at(j) != ':')
        return makeError(Error::NotAMessageFile, QStringLiteral("no message header at the start of the file"), i);
    return std::nullopt;
}

PropKey headersOnlyKey()
{
    return PropKey::string(PS_PUBLIC_STRINGS, QStringLiteral("x-ndr-headers-only"));
}

bool isHeadersOnly(const Message &message)
{
    return message.props.boolean(headersOnlyKey()).value_or(false);
}

} // namespace Ndr::Mime
