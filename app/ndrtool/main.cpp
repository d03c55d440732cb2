// ndrtool: reads reports, resends them, and inspects the message store from the command line.
#include "commands.h"

#include <QCoreApplication>
#include <QTextStream>
#include <cstdio>
#include <cstring>

namespace NdrTool {
void fail(const QString &message)
{
    QTextStream(stderr) << "ndrtool: " << message << Qt::endl;
}
} // namespace NdrTool

static const char kUsage[] =
    "usage: ndrtool dump [--all] FILE...\n"
    "       ndrtool props FILE\n"
    "       ndrtool resend FILE [--only ADDRESS]... [--fix OLD=NEW]... [--original FILE]\n"
    "                      [--store PATH] [--from \"Name <address>\"]\n"
    "       ndrtool store list [--folder NAME] [--store PATH]\n"
    "       ndrtool store show ID [--store PATH]\n"
    "       ndrtool store export ID --format json|msg|eml -o OUT|- [--store PATH]\n";

// PCRE2's JIT compiles each of the ~80 bounce-text patterns before its first match: some
// 25 ms, which only a dump of several hundred reports earns back (break-even about 350
// files of the corpus). One report, or a few dozen, are read faster with the patterns
// interpreted. QT_ENABLE_REGEXP_JIT set by the caller wins.
static void chooseRegexJit(int argc, char **argv)
{
    constexpr int kJitFromFiles = 300;
    if (qEnvironmentVariableIsSet("QT_ENABLE_REGEXP_JIT"))
        return;
    const bool manyFiles = argc >= 2 && std::strcmp(argv[1], "dump") == 0 && argc - 2 >= kJitFromFiles;
    qputenv("QT_ENABLE_REGEXP_JIT", manyFiles ? "1" : "0");
}

int main(int argc, char **argv)
{
    chooseRegexJit(argc, argv);
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ndrform"));
    QCoreApplication::setApplicationName(QStringLiteral("ndrform"));  // shares the store with ndrform
    QStringList args = app.arguments().mid(1);
    if (args.isEmpty() || args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h")) {
        std::fputs(kUsage, args.isEmpty() ? stderr : stdout);
        return args.isEmpty() ? 2 : 0;
    }
    const QString command = args.takeFirst();
    if (command == QLatin1String("dump"))
        return NdrTool::dump(args);
    if (command == QLatin1String("props"))
        return NdrTool::props(args);
    if (command == QLatin1String("resend"))
        return NdrTool::resend(args);
    if (command == QLatin1String("store"))
        return NdrTool::store(args);
    NdrTool::fail(QStringLiteral("unknown command '%1'").arg(command));
    std::fputs(kUsage, stderr);
    return 2;
}
