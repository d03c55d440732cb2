// A second process for the store's crash and concurrency tests.
//   store_helper loop PATH RECIPIENTS BYTES   submits ever new messages until killed,
//                                            printing "committed ID SEED" after each
//   store_helper submit PATH COUNT TAG        prints "ready", waits for a line on stdin, then
//                                            submits COUNT messages and prints their ids
// Messages are TestSupport::largeMessage(RECIPIENTS or 400, BYTES or 64 KiB, SEED): a test
// rebuilds them from their seed to check that each stored one is whole.
#include "samplemessages.h"
#include "store/messagestore.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace Ndr;
using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (args.size() != 4) {
        err << "usage: store_helper loop PATH RECIPIENTS BYTES | submit PATH COUNT TAG\n";
        return 2;
    }
    auto store = Store::MessageStore::open(args[1]);
    if (!store) {
        err << store.error().detail << Qt::endl;
        return 1;
    }
    const Store::Identity me{u"Helper"_s, u"helper@example.org"_s};
    if (args[0] == u"loop"_s) {
        const int recipients = args[2].toInt();
        const qsizetype bytes = args[3].toLongLong();
        out << "ready" << Qt::endl;
        for (quint32 seed = 1;; ++seed) {
            // Seeds from the pid keep runs apart: each message is unique in the store.
            const quint32 unique = quint32(QCoreApplication::applicationPid()) * 1000 + seed;
            const auto id = (*store)->submit(TestSupport::largeMessage(recipients, bytes, unique), me);
            if (!id) {
                err << id.error().detail << Qt::endl;
                return 1;
            }
            out << "committed " << *id << ' ' << unique << Qt::endl;
        }
    }
    if (args[0] == u"submit"_s) {
        const int count = args[2].toInt();
        const int tag = args[3].toInt();
        out << "ready" << Qt::endl;
        QTextStream(stdin).readLine();  // both processes start together
        for (int i = 0; i < count; ++i) {
            const auto id = (*store)->submit(TestSupport::largeMessage(400, 64 * 1024, quint32(tag * 1000 + i)), me);
            if (!id) {
                err << id.error().detail << Qt::endl;
                return 1;
            }
            out << *id << Qt::endl;
        }
        return 0;
    }
    err << "unknown mode " << args[0] << Qt::endl;
    return 2;
}
