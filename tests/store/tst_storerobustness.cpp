// The store under trouble: files that are not stores, read-only stores, a full disk, a
// process killed in the middle of a submission, two processes submitting at once.
#include "samplemessages.h"
#include "store/messagestore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>


using namespace Ndr;
using namespace Ndr::Mapi;
using namespace Qt::StringLiterals;

namespace {

const Store::Identity kHelper{u"Helper"_s, u"helper@example.org"_s};

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// Runs SQL on a connection of the test's own (to make foreign databases).
bool execOn(const QString &path, const QStringList &statements)
{
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"tst.raw"_s);
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery q(db);
        for (const QString &sql : statements)
            ok = ok && q.exec(sql);
    }
    QSqlDatabase::removeDatabase(u"tst.raw"_s);
    return ok;
}

// Every message in the Outbox is a whole copy of the helper's message with its seed.
QString checkWhole(Store::MessageStore &store, int recipients, qsizetype bytes, int *count)
{
    const auto list = store.list(Store::Folder::Outbox);
    if (!list)
        return list.error().detail;
    *count = int(list->size());
    static const QRegularExpression seedRe(u"^seed (\\d+)$"_s);
    for (const Store::MessageSummary &s : *list) {
        const auto loaded = store.load(s.id);
        if (!loaded)
            return loaded.error().detail;
        const auto m = seedRe.match(loaded->props.string(PropKey::lid(PSETID_Common, 0x8580)));
        if (!m.hasMatch())
            return u"message %1 has no seed"_s.arg(s.id);
        Message expected = TestSupport::largeMessage(recipients, bytes, m.captured(1).toUInt());
        Store::stampSender(expected.props, kHelper);
        expected.props.setInt32(PR_MESSAGE_FLAGS, qint32(MSGFLAG_READ | MSGFLAG_HASATTACH | MSGFLAG_UNSENT | MSGFLAG_SUBMIT));
        const QStringList diff = TestSupport::diffMessages(expected, *loaded);
        if (!diff.isEmpty())
            return u"message %1 is not whole: %2"_s.arg(s.id).arg(diff.mid(0, 5).join(u"; "_s));
    }
    return {};
}

} // namespace

class TestStoreRobustness : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void refusesFilesThatAreNotStores_data();
    void refusesFilesThatAreNotStores();
    void damagedStore();
    void readOnlyStore();
    void readOnlyFile();
    void fullDisk_data();
    void fullDisk();
    void killedMidSubmission();
    void twoProcessesSubmitAtOnce();
};

void TestStoreRobustness::refusesFilesThatAreNotStores_data()
{
    QTest::addColumn<QByteArray>("kind");
    QTest::addColumn<QString>("words");
    QTest::newRow("text-file") << QByteArray("text") << u"not a SQLite database"_s;
    QTest::newRow("msg-file-header") << QByteArray("cfb") << u"not a SQLite database"_s;
    QTest::newRow("truncated-sqlite-header") << QByteArray("truncated") << u"not a SQLite database"_s;
    QTest::newRow("foreign-sqlite-database") << QByteArray("foreign") << u"another program"_s;
    QTest::newRow("store-of-a-newer-version") << QByteArray("newer") << u"newer version"_s;
    QTest::newRow("a-folder") << QByteArray("folder") << u"folder"_s;
    QTest::newRow("missing-folder") << QByteArray("nofolder") << u"does not exist"_s;
}

void TestStoreRobustness::refusesFilesThatAreNotStores()
{
    QFETCH(QByteArray, kind);
    QFETCH(QString, words);
    QTemporaryDir dir;
    QString path = dir.filePath(u"store.sqlite"_s);
    auto write = [&](const QByteArray &bytes) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    };
    if (kind == "text")
        write("This is my shopping list, not a database.\n");
    else if (kind == "cfb")
        write(QByteArray::fromHex("D0CF11E0A1B11AE1") + QByteArray(504, '\0'));
    else if (kind == "truncated")
        write("SQLite form");
    else if (kind == "foreign")
        QVERIFY(execOn(path, {u"CREATE TABLE contacts(name TEXT)"_s, u"INSERT INTO contacts VALUES ('Ann')"_s}));
    else if (kind == "newer") {
        QVERIFY(Store::MessageStore::open(path));
        QVERIFY(execOn(path, {u"PRAGMA user_version = 99"_s}));
    } else if (kind == "folder")
        QVERIFY(QDir().mkpath(path));
    else if (kind == "nofolder")
        path = dir.filePath(u"no/such/folder/store.sqlite"_s);
    const QByteArray before = fileHash(path);

    const auto store = Store::MessageStore::open(path);
    QVERIFY(!store);
    QVERIFY2(store.error().detail.contains(path), qPrintable(store.error().detail));
    QVERIFY2(store.error().detail.contains(words), qPrintable(store.error().detail));
    QCOMPARE(fileHash(path), before);  // nothing was written to somebody else's file
    QVERIFY(!QFile::exists(path + u"-wal"_s));
}

// A store whose pages were overwritten (a bad disk, a copy cut short): every call answers,
// with an error naming the file where it cannot, and check() names the damage.
void TestStoreRobustness::damagedStore()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"store.sqlite"_s);
    {
        auto store = Store::MessageStore::open(path);
        QVERIFY(store);
        for (quint32 seed = 1; seed <= 3; ++seed)
            QVERIFY((*store)->submit(TestSupport::largeMessage(300, 2000, seed), kHelper));
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    const qint64 size = file.size();
    QVERIFY(size > 16 * 4096);
    QRandomGenerator rng(42);
    for (qint64 page = 2; page * 4096 < size; page += 3) {  // every third page after the schema
        QByteArray junk(4096, Qt::Uninitialized);
        rng.fillRange(reinterpret_cast<quint32 *>(junk.data()), junk.size() / 4);
        file.seek(page * 4096);
        file.write(junk);
    }
    file.close();

    auto store = Store::MessageStore::open(path);
    if (!store) {
        QVERIFY2(store.error().detail.contains(path), qPrintable(store.error().detail));
        return;
    }
    bool sawError = false;
    const auto list = (*store)->list(Store::Folder::Outbox);
    if (!list) {
        sawError = true;
        QVERIFY2(list.error().detail.contains(path), qPrintable(list.error().detail));
    }
    for (qint64 id = 1; id <= 3; ++id) {
        const auto m = (*store)->load(id);
        if (!m) {
            sawError = true;
            QVERIFY2(m.error().detail.contains(path), qPrintable(m.error().detail));
        }
    }
    const auto problems = (*store)->check();
    if (!problems)
        QVERIFY2(problems.error().detail.contains(path), qPrintable(problems.error().detail));
    const bool checkNoticed = !problems || !problems->isEmpty();
    qInfo("list/load %s; check() %s", sawError ? "failed with errors naming the file" : "answered",
          checkNoticed ? "names the damage" : "found nothing");
    QVERIFY2(checkNoticed, "integrity_check missed pages of random bytes");
}

void TestStoreRobustness::readOnlyStore()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"store.sqlite"_s);
    {
        auto store = Store::MessageStore::open(path);
        QVERIFY(store);
        QVERIFY((*store)->submit(TestSupport::largeMessage(3, 100, 1), kHelper));
    }
    const QByteArray before = fileHash(path);
    Store::MessageStore::Options options;
    options.path = path;
    options.readOnly = true;
    auto store = Store::MessageStore::open(options);
    QVERIFY2(store, store ? "" : qPrintable(store.error().detail));
    QCOMPARE((*store)->list(Store::Folder::Outbox)->size(), 1);
    QVERIFY((*store)->load((*store)->list(Store::Folder::Outbox)->at(0).id));
    const auto id = (*store)->submit(TestSupport::largeMessage(3, 100, 2), kHelper);
    QVERIFY(!id);
    QVERIFY2(id.error().detail.contains(u"read-only"_s) && id.error().detail.contains(path), qPrintable(id.error().detail));
    QVERIFY(!(*store)->remove(1));
    QCOMPARE(fileHash(path), before);
    // A read-only open of a file that is not there does not create it.
    options.path = dir.filePath(u"absent.sqlite"_s);
    QVERIFY(!Store::MessageStore::open(options));
    QVERIFY(!QFile::exists(options.path));
}

void TestStoreRobustness::readOnlyFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"store.sqlite"_s);
    {
        auto store = Store::MessageStore::open(path);
        QVERIFY(store);
        QVERIFY((*store)->submit(TestSupport::largeMessage(3, 100, 1), kHelper));
    }
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    QFile probe(path);
    if (probe.open(QIODevice::ReadWrite))
        QSKIP("file permissions do not bind this user (root): readOnlyStore covers the read-only path");
    auto store = Store::MessageStore::open(path);
    if (store) {
        // SQLite opens such a file read-only: reading works, writing is refused clearly.
        QCOMPARE((*store)->count(Store::Folder::Outbox).value(), 1);
        const auto id = (*store)->submit(TestSupport::largeMessage(3, 100, 2), kHelper);
        QVERIFY(!id);
        QVERIFY2(id.error().detail.contains(u"read-only"_s) && id.error().detail.contains(path), qPrintable(id.error().detail));
    } else {
        QVERIFY2(store.error().detail.contains(path), qPrintable(store.error().detail));
    }
}

void TestStoreRobustness::fullDisk_data()
{
    QTest::addColumn<int>("recipients");
    QTest::addColumn<int>("attachmentBytes");
    QTest::addColumn<bool>("portableWrites");
    QTest::newRow("full-in-the-attachment") << 100 << (4 << 20) << false;
    QTest::newRow("full-in-the-recipient-rows") << 20000 << 10 << false;
    QTest::newRow("full-in-the-recipient-rows-qt-writes") << 20000 << 10 << true;
}

void TestStoreRobustness::fullDisk()
{
    QFETCH(int, recipients);
    QFETCH(int, attachmentBytes);
    QFETCH(bool, portableWrites);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"store.sqlite"_s);
    const Message small = TestSupport::largeMessage(5, 1000, 1);
    qint64 firstId = 0;
    {
        auto store = Store::MessageStore::open(path);
        QVERIFY(store);
        firstId = (*store)->submit(small, kHelper).value();
    }
    // A file capped at 200 pages (4 KiB each) stands in for a full disk.
    Store::MessageStore::Options options;
    options.path = path;
    options.maxPageCount = 200;
    options.portableWrites = portableWrites;
    auto store = Store::MessageStore::open(options);
    QVERIFY2(store, store ? "" : qPrintable(store.error().detail));
    const Message big = TestSupport::largeMessage(recipients, attachmentBytes, 2);
    const auto id = (*store)->submit(big, kHelper);
    QVERIFY(!id);
    QVERIFY2(id.error().detail.contains(u"disk is full"_s) && id.error().detail.contains(path), qPrintable(id.error().detail));
    // Nothing lost, nothing half-written; the store goes on working.
    QCOMPARE((*store)->count(Store::Folder::Outbox).value(), 1);
    QVERIFY((*store)->check()->isEmpty());
    const auto back = (*store)->load(firstId);
    QVERIFY(back);
    QCOMPARE(back->subject(), small.subject());
    QVERIFY((*store)->submit(TestSupport::largeMessage(5, 1000, 3), kHelper));
    store = Store::MessageStore::open(path);
    QVERIFY((*store)->submit(big, kHelper));
    QCOMPARE((*store)->count(Store::Folder::Outbox).value(), 3);
}

void TestStoreRobustness::killedMidSubmission()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"store.sqlite"_s);
    constexpr int kRecipients = 2000;
    constexpr qsizetype kBytes = 6 << 20;
    int lastCount = 0;
    for (int round = 0; round < 3; ++round) {
        QProcess helper;
        helper.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        helper.start(QStringLiteral(STORE_HELPER),
                     {u"loop"_s, path, QString::number(kRecipients), QString::number(kBytes)});
        QVERIFY(helper.waitForStarted());
        QVERIFY(helper.waitForReadyRead(20000));
        QVERIFY(helper.readLine().startsWith("ready"));
        // Let it commit a message or so, then kill it at a moment of no particular choosing.
        const int killedAfter = 300 + QRandomGenerator::global()->bounded(900);
        QTest::qWait(killedAfter);
        QCOMPARE(helper.state(), QProcess::Running);
        helper.kill();  // SIGKILL on Unix: no handler, no clean-up
        QVERIFY(helper.waitForFinished(10000));
        QCOMPARE(helper.exitStatus(), QProcess::CrashExit);
        const int committed = int(helper.readAll().count("committed"));

        auto store = Store::MessageStore::open(path);
        QVERIFY2(store, store ? "" : qPrintable(store.error().detail));
        const auto problems = (*store)->check();
        QVERIFY(problems);
        QVERIFY2(problems->isEmpty(), qPrintable(problems->join(u'\n')));
        int count = 0;
        const QString broken = checkWhole(**store, kRecipients, kBytes, &count);
        QVERIFY2(broken.isEmpty(), qPrintable(broken));
        // Every commit the helper reported is there (a kill between COMMIT and the
        // report can leave one more).
        QVERIFY2(count >= lastCount + committed && count <= lastCount + committed + 1,
                 qPrintable(u"%1 messages, %2 before, %3 reported"_s.arg(count).arg(lastCount).arg(committed)));
        qInfo("round %d: killed after %d ms and %d reported commits; the store holds %d whole messages",
              round, int(killedAfter), committed, count);
        lastCount = count;
    }
}

void TestStoreRobustness::twoProcessesSubmitAtOnce()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"store.sqlite"_s);  // not there yet: both may create it
    constexpr int kEach = 15;
    QProcess a, b;
    for (QProcess *p : {&a, &b})
        p->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    a.start(QStringLiteral(STORE_HELPER), {u"submit"_s, path, QString::number(kEach), u"1"_s});
    b.start(QStringLiteral(STORE_HELPER), {u"submit"_s, path, QString::number(kEach), u"2"_s});
    for (QProcess *p : {&a, &b}) {
        QVERIFY(p->waitForReadyRead(20000));
        QCOMPARE(p->readLine(), QByteArray("ready\n"));
    }
    for (QProcess *p : {&a, &b})
        p->write("go\n");
    for (QProcess *p : {&a, &b}) {
        QVERIFY(p->waitForFinished(120000));
        QCOMPARE(p->exitStatus(), QProcess::NormalExit);
        QCOMPARE(p->exitCode(), 0);
    }
    const QList<QByteArray> idsA = a.readAllStandardOutput().trimmed().split('\n');
    const QList<QByteArray> idsB = b.readAllStandardOutput().trimmed().split('\n');
    QCOMPARE(idsA.size(), kEach);
    QCOMPARE(idsB.size(), kEach);
    // Interleaved ids show that the two really wrote at the same time.
    const bool interleaved = idsA.first().toLongLong() < idsB.last().toLongLong()
        && idsB.first().toLongLong() < idsA.last().toLongLong();
    qInfo("ids %s..%s and %s..%s: %s", idsA.first().constData(), idsA.last().constData(), idsB.first().constData(),
          idsB.last().constData(), interleaved ? "interleaved" : "one waited for the other (busy timeout)");
    auto store = Store::MessageStore::open(path);
    QVERIFY(store);
    int count = 0;
    const QString broken = checkWhole(**store, 400, 64 * 1024, &count);
    QVERIFY2(broken.isEmpty(), qPrintable(broken));
    QCOMPARE(count, 2 * kEach);
    QVERIFY((*store)->check()->isEmpty());
}

QTEST_GUILESS_MAIN(TestStoreRobustness)
#include "tst_storerobustness.moc"
