// .eml export.
#include "emlwriter.h"

namespace Ndr::Mime {

Expected<QByteArray> writeEml(const Mapi::Message &message)
{
    if (!message.rawMime.isEmpty())
        return message.rawMime;
    return makeError(Error::Unsupported, QStringLiteral(".eml writer not yet implemented"));
}

} // namespace Ndr::Mime
