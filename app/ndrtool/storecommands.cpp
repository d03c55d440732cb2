// ndrtool resend / ndrtool store: the resend engine and the message store from the command line.
#include "commands.h"

namespace NdrTool {

int resend(const QStringList &args)
{
    Q_UNUSED(args);
    fail(QStringLiteral("resend: not implemented yet"));
    return 2;
}

int store(const QStringList &args)
{
    Q_UNUSED(args);
    fail(QStringLiteral("store: not implemented yet"));
    return 2;
}

} // namespace NdrTool
