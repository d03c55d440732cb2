#pragma once
// The subcommands of ndrtool (DESIGN.md "Command-line contract"). Each takes the arguments
// after its name and returns the process exit status.
#include <QStringList>

namespace NdrTool {

int dump(const QStringList &args);         // dumpcommands.cpp
int props(const QStringList &args);        // dumpcommands.cpp
int resend(const QStringList &args);       // storecommands.cpp
int store(const QStringList &args);        // storecommands.cpp

// Writes a line to stderr, prefixed "ndrtool: ".
void fail(const QString &message);

} // namespace NdrTool
