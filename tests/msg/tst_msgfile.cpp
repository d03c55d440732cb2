// A .msg opened from its file (openMessageFile): what it reads only when used, the attachment
// data, and what happens when the file changes before then.
#include "msgtestutil.h"

#include "attachmentsaver.h"
#include "fixturewriter.h"
#include "mapi/deferredbytes.h"
#include "msg/msgreader.h"
#include "msg/msgwriter.h"
#include "reportfile.h"
#include "store/messagestore.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Ndr;
using namespace Ndr::Mapi;

namespace {

constexpr qint64 kAttachmentSize = 2 << 20;

const Attachment *originalsAttachment(const Message &report)
{
    const Message *original = MsgTest::attachedOriginal(report);
    return original && !original->attachments.isEmpty() ? &original->attachments.first() : nullptr;
}

// The bytes the fixture writer attaches to the original.
QByteArray writtenAttachment(qint64 size)
{
    Fixtures::OriginalSpec original;
    original.attachmentSize = size;
    return Fixtures::buildOriginal(original).attachments.value(0).data();
}

} // namespace

class TstMsgFile : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void attachmentDataStaysInTheFile();
    void smallFilesAreReadWhole();
    void tablesBeyondTheFirstChunk_data();
    void tablesBeyondTheFirstChunk();
    void changedFile_data();
    void changedFile();
    void changedFileIsNotStored();
    void changedFileIsNotSaved();

private:
    QString writeReport(qint64 attachmentSize = kAttachmentSize, int extraRecipients = 0);

    std::unique_ptr<QTemporaryDir> m_dir;
    QByteArray m_bytes;  // what the last writeReport wrote
};

void TstMsgFile::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TstMsgFile::writeReport(qint64 attachmentSize, int extraRecipients)
{
    Fixtures::NdrSpec spec;
    spec.original.attachmentSize = attachmentSize;
    spec.original.extraRecipients = extraRecipients;
    m_bytes = *Msg::writeMsg(Fixtures::buildNdr(spec));
    const QString path = m_dir->filePath(QStringLiteral("report.msg"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(m_bytes) != m_bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void TstMsgFile::attachmentDataStaysInTheFile()
{
    // DESIGN.md budgets: the form is shown without loading attachment data.
    const QString path = writeReport();
    const auto opened = openMessageFile(path);
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().toString()));
    QVERIFY2(opened->warnings.isEmpty(), qPrintable(opened->warnings.join(u'\n')));
    const Attachment *a = originalsAttachment(*opened->message);
    QVERIFY(a);
    QVERIFY2(isDeferred(a->props.value(PR_ATTACH_DATA_BIN).value), "the attachment data was read with the report");
    QCOMPARE(a->dataSize(), kAttachmentSize);

    // Used, it is the bytes the writer wrote, and the message is the one read from memory.
    QCOMPARE(a->data(), writtenAttachment(kAttachmentSize));
    const auto fromMemory = Msg::readMsg(m_bytes);
    QVERIFY(fromMemory);
    QVERIFY(*opened->message == *fromMemory);
}

void TstMsgFile::smallFilesAreReadWhole()
{
    // Data under 64 KiB is read with the report: the file cut short later takes none of it away.
    const QString path = writeReport(1536);
    const auto opened = openMessageFile(path);
    QVERIFY(opened);
    const Attachment *a = originalsAttachment(*opened->message);
    QVERIFY(a);
    QVERIFY(!isDeferred(a->props.value(PR_ATTACH_DATA_BIN).value));
    QVERIFY(QFile::resize(path, 512));
    QVERIFY(loadDeferred(*opened->message));
    QCOMPARE(a->data(), writtenAttachment(1536));
}

void TstMsgFile::tablesBeyondTheFirstChunk_data()
{
    // Enough recipients that the directory, the mini FAT and the mini stream are read from the
    // file in several chunks, at different times: each layout failed once when the reader kept
    // a copy of the file's buffer made before the later chunks were read.
    QTest::addColumn<int>("recipients");
    QTest::newRow("1,500") << 1500;
    QTest::newRow("3,000") << 3000;
}

void TstMsgFile::tablesBeyondTheFirstChunk()
{
    QFETCH(int, recipients);
    const QString path = writeReport(kAttachmentSize, recipients);
    const auto opened = openMessageFile(path);
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().toString()));
    QVERIFY2(opened->warnings.isEmpty(), qPrintable(opened->warnings.join(u'\n')));
    const Message *original = MsgTest::attachedOriginal(*opened->message);
    QVERIFY(original);
    QCOMPARE(original->recipients.size(), 5 + recipients);
    const auto fromMemory = Msg::readMsg(m_bytes);
    QVERIFY(fromMemory);
    QVERIFY(*opened->message == *fromMemory);
}

void TstMsgFile::changedFile_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<bool>("readable");
    QTest::newRow("cut-short") << "truncate" << false;
    QTest::newRow("rewritten-same-size") << "rewrite" << false;
    // The open file keeps its bytes when its name is removed or replaced (a save by rename).
    QTest::newRow("deleted") << "remove" << true;
    QTest::newRow("replaced-by-rename") << "rename" << true;
}

void TstMsgFile::changedFile()
{
    QFETCH(QString, change);
    QFETCH(bool, readable);
    const QString path = writeReport();
    const auto opened = openMessageFile(path);
    QVERIFY(opened);
    if (change == QLatin1String("truncate")) {
        QVERIFY(QFile::resize(path, m_bytes.size() / 2));
    } else if (change == QLatin1String("rewrite")) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.write(QByteArray(m_bytes.size(), 'x')) == m_bytes.size());
        // Later than the time it was opened at, whatever the file system's clock resolution.
        QVERIFY(f.setFileTime(QDateTime::currentDateTime().addSecs(60), QFileDevice::FileModificationTime));
    } else if (change == QLatin1String("remove")) {
        QVERIFY(QFile::remove(path));
    } else {
        const QString other = m_dir->filePath(QStringLiteral("other.msg"));
        QFile f(other);
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write("not this") == 8);
        f.close();
        QVERIFY(std::rename(QFile::encodeName(other).constData(), QFile::encodeName(path).constData()) == 0);
    }

    const auto loaded = loadDeferred(*opened->message);
    QCOMPARE(bool(loaded), readable);
    if (readable) {
        QCOMPARE(originalsAttachment(*opened->message)->data(), writtenAttachment(kAttachmentSize));
        return;
    }
    // The error names the file and says what happened; the value is never the changed bytes.
    QVERIFY2(loaded.error().detail.contains(path), qPrintable(loaded.error().detail));
    QVERIFY2(loaded.error().detail.contains(QLatin1String("changed after it was opened")), qPrintable(loaded.error().detail));
    QCOMPARE(loaded.error().code, Error::ReadFailed);
    QVERIFY(!originalsAttachment(*opened->message)->data().contains("xxxxxxxx"));
}

void TstMsgFile::changedFileIsNotStored()
{
    // A resend of a report whose file was cut short meanwhile: refused, and nothing half-written.
    const QString path = writeReport();
    const auto opened = openMessageFile(path);
    QVERIFY(opened);
    auto store = Store::MessageStore::open(m_dir->filePath(QStringLiteral("store.sqlite")));
    QVERIFY(store);
    QVERIFY(QFile::resize(path, 4096));
    const auto saved = (*store)->save(*opened->message, Store::Folder::Outbox);
    QVERIFY(!saved);
    QVERIFY2(saved.error().detail.contains(path), qPrintable(saved.error().detail));
    QVERIFY2(saved.error().detail.contains(QLatin1String("cannot store the message")), qPrintable(saved.error().detail));
    QCOMPARE(*(*store)->count(Store::Folder::Outbox), 0);
}

void TstMsgFile::changedFileIsNotSaved()
{
    const QString path = writeReport();
    const auto opened = openMessageFile(path);
    QVERIFY(opened);
    QVERIFY(QFile::resize(path, 4096));
    const QString folder = m_dir->filePath(QStringLiteral("saved"));
    QVERIFY(QDir().mkpath(folder));
    const auto saved = AttachmentSaver(folder).save(*originalsAttachment(*opened->message));
    QVERIFY(!saved);
    QVERIFY2(saved.error().detail.contains(path), qPrintable(saved.error().detail));
    QVERIFY(QDir(folder).isEmpty());  // no empty or partial file left behind
}

QTEST_GUILESS_MAIN(TstMsgFile)
#include "tst_msgfile.moc"
