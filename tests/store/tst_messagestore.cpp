// The message store: every property comes back exactly, submission stamps what it must,
// folders list what they hold.
#include "samplemessages.h"
#include "msg/msgreader.h"
#include "store/messagestore.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Ndr;
using namespace Ndr::Mapi;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Ndr::Mapi::Message)

namespace {

std::unique_ptr<Store::MessageStore> openStore(const QString &path)
{
    auto store = Store::MessageStore::open(path);
    if (!store)
        qWarning("%s", qPrintable(store.error().detail));
    return store ? std::move(store).value() : nullptr;
}

const Store::Identity kMe{u"Mia Sender"_s, u"mia@example.org"_s};

// Reads one pragma through a connection of the test's own.
QVariant pragma(const QString &path, const QString &name)
{
    QVariant out;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"tst.pragma"_s);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(u"PRAGMA "_s + name) && q.next())
                out = q.value(0);
        }
    }
    QSqlDatabase::removeDatabase(u"tst.pragma"_s);
    return out;
}

} // namespace

class TestMessageStore : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void roundTripCorpus_data();
    void roundTripCorpus();
    void submitStampsSenderAndFlags();
    void submitRefusesMissingIdentity();
    void listsFolders();
    void keepsMessagesAcrossReopen();
    void newStoreSchema();
    void releasesItsConnection();
    void removeTakesEverythingWithIt();
    void saveAllIsAllOrNothing();
    void folderNames_data();
    void folderNames();
};

void TestMessageStore::roundTrip_data()
{
    QTest::addColumn<Message>("message");
    QTest::addColumn<bool>("portableWrites");  // rows through Qt Sql instead of SQLite's C API
    Message raw;
    raw.props.setString(PR_SUBJECT, u"from MIME"_s);
    raw.rawMime = QByteArray("Subject: from MIME\r\n\r\n\0binary\xff\r\n", 30);
    Message sameName = TestSupport::everyTypeMessage();
    sameName.props.set(PropKey::lid(PSETID_Common, 0x8580), {PT_I8, QVariant::fromValue<qint64>(5)});
    const QList<std::pair<const char *, Message>> messages{
        {"every-type-named-mv-embedded-3-deep", TestSupport::everyTypeMessage()},
        {"empty-message", Message()},
        {"raw-mime-kept", raw},
        {"2000-recipients-1mb-attachment", TestSupport::largeMessage(2000, 1 << 20, 7)},
        {"named-prop-reused-with-another-type", sameName},
    };
    for (bool portable : {false, true})
        for (const auto &[name, message] : messages)
            QTest::addRow("%s%s", name, portable ? "-qt-writes" : "") << message << portable;
}

void TestMessageStore::roundTrip()
{
    QFETCH(Message, message);
    QFETCH(bool, portableWrites);
    QTemporaryDir dir;
    Store::MessageStore::Options options;
    options.path = dir.filePath(u"store.sqlite"_s);
    options.portableWrites = portableWrites;
    auto opened = Store::MessageStore::open(options);
    QVERIFY(opened);
    auto &store = *opened;
    QCOMPARE(store->rowWriterName(), portableWrites ? u"qt"_s : u"sqlite3"_s);
    // Twice into one store: the second copy reuses the named-property ids of the first.
    for (int pass = 0; pass < 2; ++pass) {
        const auto id = store->save(message, Store::Folder::Drafts);
        QVERIFY2(id, id ? "" : qPrintable(id.error().detail));
        const auto back = store->load(*id);
        QVERIFY2(back, back ? "" : qPrintable(back.error().detail));
        const QStringList diff = TestSupport::diffMessages(message, *back, true);
        QVERIFY2(diff.isEmpty(), qPrintable(diff.join(u'\n')));
        QVERIFY(*back == message);
    }
    const auto problems = store->check();
    QVERIFY(problems && problems->isEmpty());
}

void TestMessageStore::roundTripCorpus_data()
{
    QTest::addColumn<QString>("path");
    const QDir corpus(QStringLiteral(NDR_CORPUS_DIR "/msg"));
    if (!corpus.exists())
        QSKIP("no corpus at " NDR_CORPUS_DIR);
    for (const QString &sub : corpus.entryList(QDir::Dirs | QDir::NoDotAndDotDot))
        for (const QString &file : QDir(corpus.filePath(sub)).entryList({u"*.msg"_s}, QDir::Files))
            QTest::newRow(qPrintable(sub + u'/' + file)) << corpus.filePath(sub + u'/' + file);
}

void TestMessageStore::roundTripCorpus()
{
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    auto message = Msg::readMsg(file.readAll());
    if (!message)
        QSKIP(qPrintable(u"the .msg reader cannot read it yet: "_s + message.error().detail));
    QTemporaryDir dir;
    auto store = openStore(dir.filePath(u"store.sqlite"_s));
    QVERIFY(store);
    const auto id = store->save(*message, Store::Folder::Inbox);
    QVERIFY2(id, id ? "" : qPrintable(id.error().detail));
    const auto back = store->load(*id);
    QVERIFY2(back, back ? "" : qPrintable(back.error().detail));
    const QStringList diff = TestSupport::diffMessages(*message, *back);
    QVERIFY2(diff.isEmpty(), qPrintable(diff.join(u'\n')));
}

void TestMessageStore::submitStampsSenderAndFlags()
{
    QTemporaryDir dir;
    auto store = openStore(dir.filePath(u"store.sqlite"_s));
    QVERIFY(store);
    Message message = TestSupport::everyTypeMessage();
    message.props.setString(PR_SENDER_NAME, u"Someone Else"_s);  // replaced, not kept
    const auto id = store->submit(message, kMe);
    QVERIFY2(id, id ? "" : qPrintable(id.error().detail));
    const auto back = store->load(*id);
    QVERIFY(back);
    const PropertyBag &p = back->props;
    QCOMPARE(p.int32(PR_MESSAGE_FLAGS).value(), qint32(MSGFLAG_READ | MSGFLAG_HASATTACH | MSGFLAG_UNSENT | MSGFLAG_SUBMIT));
    for (PropId name : {PR_SENDER_NAME, PR_SENT_REPRESENTING_NAME})
        QCOMPARE(p.string(name), kMe.name);
    for (PropId address : {PR_SENDER_EMAIL_ADDRESS, PR_SENDER_SMTP_ADDRESS, PR_SENT_REPRESENTING_EMAIL_ADDRESS,
                           PR_SENT_REPRESENTING_SMTP_ADDRESS})
        QCOMPARE(p.string(address), kMe.address);
    QCOMPARE(p.string(PR_SENDER_ADDRTYPE), u"SMTP"_s);
    QCOMPARE(p.binary(PR_SENDER_SEARCH_KEY), QByteArray("SMTP:MIA@EXAMPLE.ORG", 21));
    // [MS-OXCDATA] 2.2.5.1: the one-off entry id names the sender.
    const QByteArray entryId = p.binary(PR_SENDER_ENTRYID);
    QCOMPARE(entryId.mid(4, 16).toHex(), QByteArray("812b1fa4bea310199d6e00dd010f5402"));
    QVERIFY(entryId.contains(QByteArray("m\0i\0a\0@\0", 8)));
    QCOMPARE(p.binary(PR_SENT_REPRESENTING_ENTRYID), entryId);

    // Nothing else changed: the stamped properties are the only differences.
    PropertyBag stripped = back->props;
    for (PropId id : kSenderFamilies)
        stripped.remove(id);
    stripped.setInt32(PR_MESSAGE_FLAGS, message.props.int32(PR_MESSAGE_FLAGS).value());
    PropertyBag expected = message.props;
    expected.remove(PR_SENDER_NAME);
    const QStringList diff = TestSupport::diffBags(expected, stripped, u"props"_s, true);
    QVERIFY2(diff.isEmpty(), qPrintable(diff.join(u'\n')));
    Message rest = *back;
    rest.props = message.props;
    QVERIFY(TestSupport::diffMessages(message, rest).isEmpty());
}

void TestMessageStore::submitRefusesMissingIdentity()
{
    QTemporaryDir dir;
    auto store = openStore(dir.filePath(u"store.sqlite"_s));
    QVERIFY(store);
    const auto id = store->submit(TestSupport::everyTypeMessage(), Store::Identity{u"No Address"_s, QString()});
    QVERIFY(!id);
    QVERIFY2(id.error().detail.contains(u"sender"_s), qPrintable(id.error().detail));
    QCOMPARE(store->count(Store::Folder::Outbox).value(), 0);
}

void TestMessageStore::listsFolders()
{
    QTemporaryDir dir;
    auto store = openStore(dir.filePath(u"store.sqlite"_s));
    QVERIFY(store);
    Message a = TestSupport::largeMessage(12, 10, 1);
    a.recipients.append(TestSupport::smtpRecipient(u"Again"_s, u"again@example.org"_s, qint32(MAPI_P1), 12));
    a.recipients.append(TestSupport::smtpRecipient(u"Again 2"_s, u"again2@example.org"_s, qint32(MAPI_P1), 13));
    const Message b = TestSupport::largeMessage(3, 10, 2);
    const auto first = store->submit(a, kMe);
    const auto draft = store->save(b, Store::Folder::Drafts);
    const auto second = store->submit(b, kMe);
    QVERIFY(first && draft && second);
    const auto outbox = store->list(Store::Folder::Outbox);
    QVERIFY(outbox);
    QCOMPARE(outbox->size(), 2);
    QCOMPARE(outbox->at(0).id, *first);
    QCOMPARE(outbox->at(0).subject, a.subject());
    QCOMPARE(outbox->at(0).recipientCount, 14);
    QCOMPARE(outbox->at(0).p1Count, 2);
    QCOMPARE(outbox->at(1).id, *second);
    QCOMPARE(outbox->at(1).p1Count, 0);
    QVERIFY(qAbs(outbox->at(1).created.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    QCOMPARE(store->list(Store::Folder::Drafts)->size(), 1);
    QCOMPARE(store->list(Store::Folder::Inbox)->size(), 0);
    QCOMPARE(store->summary(*draft)->folder, Store::Folder::Drafts);
    QCOMPARE(store->load(*second + 100).error().code, Error::NotFound);
}

void TestMessageStore::keepsMessagesAcrossReopen()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"store.sqlite"_s);
    const Message message = TestSupport::everyTypeMessage();
    qint64 id = 0;
    {
        auto store = openStore(path);
        QVERIFY(store);
        id = store->save(message, Store::Folder::Outbox).value();
    }
    auto again = openStore(path);
    QVERIFY(again);
    const auto back = again->load(id);
    QVERIFY(back);
    QVERIFY(TestSupport::diffMessages(message, *back, true).isEmpty());
    // Two stores open at once in one process: separate connections.
    auto other = openStore(path);
    QVERIFY(other);
    QVERIFY(other->save(message, Store::Folder::Outbox));
    QCOMPARE(again->count(Store::Folder::Outbox).value(), 2);
}

void TestMessageStore::newStoreSchema()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"store.sqlite"_s);
    QVERIFY(openStore(path));
    QCOMPARE(pragma(path, u"user_version"_s).toInt(), Store::MessageStore::kSchemaVersion);
    QCOMPARE(pragma(path, u"application_id"_s).toLongLong(), 0x4E445246LL);
    QCOMPARE(pragma(path, u"journal_mode"_s).toString(), u"wal"_s);
    // A zero-byte file is an empty database: it becomes a store.
    const QString empty = dir.filePath(u"empty.sqlite"_s);
    QFile(empty).open(QIODevice::WriteOnly);
    QVERIFY(openStore(empty));
    QCOMPARE(pragma(empty, u"user_version"_s).toInt(), Store::MessageStore::kSchemaVersion);
}

void TestMessageStore::releasesItsConnection()
{
    QTemporaryDir dir;
    const QStringList before = QSqlDatabase::connectionNames();
    {
        auto a = openStore(dir.filePath(u"a.sqlite"_s));
        auto b = openStore(dir.filePath(u"a.sqlite"_s));
        QVERIFY(a && b);
        QCOMPARE(QSqlDatabase::connectionNames().size(), before.size() + 2);  // one each
        QVERIFY(a->save(Message(), Store::Folder::Drafts));
    }
    QCOMPARE(QSqlDatabase::connectionNames(), before);
    // A store that failed to open leaves nothing behind either.
    QVERIFY(!Store::MessageStore::open(dir.filePath(u"missing/x.sqlite"_s)));
    QFile junk(dir.filePath(u"junk.sqlite"_s));
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write("SQLite format 3\0 but then nothing useful at all, just words.");
    junk.close();
    QVERIFY(!Store::MessageStore::open(junk.fileName()));
    QCOMPARE(QSqlDatabase::connectionNames(), before);
}

void TestMessageStore::removeTakesEverythingWithIt()
{
    QTemporaryDir dir;
    auto store = openStore(dir.filePath(u"store.sqlite"_s));
    QVERIFY(store);
    const Message keep = TestSupport::largeMessage(5, 100, 3);
    const auto keepId = store->save(keep, Store::Folder::Inbox);
    const auto goneId = store->save(TestSupport::everyTypeMessage(), Store::Folder::Inbox);
    QVERIFY(keepId && goneId);
    QCOMPARE(store->remove(*goneId).value(), true);
    QCOMPARE(store->remove(*goneId).value(), false);
    QCOMPARE(store->load(*goneId).error().code, Error::NotFound);
    const auto problems = store->check();
    QVERIFY(problems);
    QVERIFY2(problems->isEmpty(), qPrintable(problems->join(u'\n')));
    QVERIFY(TestSupport::diffMessages(keep, *store->load(*keepId)).isEmpty());
}

void TestMessageStore::saveAllIsAllOrNothing()
{
    QTemporaryDir dir;
    auto store = openStore(dir.filePath(u"store.sqlite"_s));
    QVERIFY(store);
    const QList<Message> batch{TestSupport::largeMessage(3, 10, 1), TestSupport::largeMessage(4, 10, 2)};
    const auto ids = store->saveAll(batch, Store::Folder::Inbox);
    QVERIFY(ids);
    QCOMPARE(ids->size(), 2);
    QVERIFY(TestSupport::diffMessages(batch[1], *store->load(ids->at(1))).isEmpty());
    // A message nested deeper than the store takes fails the whole batch.
    Message deep;
    for (int i = 0; i < 70; ++i) {
        Message outer;
        Attachment a;
        a.props.setInt32(PR_ATTACH_METHOD, ATTACH_EMBEDDED_MSG);
        a.embedded = std::make_shared<Message>(deep);
        outer.attachments.append(a);
        deep = outer;
    }
    const auto failed = store->saveAll({batch[0], deep}, Store::Folder::Inbox);
    QVERIFY(!failed);
    QCOMPARE(failed.error().code, Error::TooLarge);
    QCOMPARE(store->count(Store::Folder::Inbox).value(), 2);
}

void TestMessageStore::folderNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("folder");
    QTest::newRow("Outbox") << u"Outbox"_s << int(Store::Folder::Outbox);
    QTest::newRow("sent-items-dashed") << u"sent-items"_s << int(Store::Folder::SentItems);
    QTest::newRow("Deleted Items") << u"Deleted Items"_s << int(Store::Folder::DeletedItems);
    QTest::newRow("drafts-lower") << u"drafts"_s << int(Store::Folder::Drafts);
    QTest::newRow("unknown") << u"Junk"_s << 0;
}

void TestMessageStore::folderNames()
{
    QFETCH(QString, name);
    QFETCH(int, folder);
    const auto f = Store::folderFromName(name);
    QCOMPARE(f ? int(*f) : 0, folder);
    if (f)
        QCOMPARE(Store::folderFromName(Store::folderName(*f)), f);
}

QTEST_GUILESS_MAIN(TestMessageStore)
#include "tst_messagestore.moc"
