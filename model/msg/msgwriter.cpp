#include "msgwriter.h"

namespace Ndr::Msg {

Expected<QByteArray> writeMsg(const Mapi::Message &)
{
    return makeError(Error::Unsupported, QStringLiteral("the .msg writer is not written yet"));
}

} // namespace Ndr::Msg
