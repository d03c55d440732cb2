#include "attachmentsaver.h"

#include "mapi/deferredbytes.h"
#include "msg/msgwriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace Ndr {

namespace {

constexpr qsizetype kMaxNameBytes = 255;    // NAME_MAX on Linux, and NTFS's 255 units
constexpr qsizetype kMaxExtensionChars = 16;
constexpr int kMaxNumbered = 9999;           // "name (9999).ext", then give up

// Windows device names: "CON", "con.txt", "COM1.log" open the device, not a file.
constexpr const char *kDeviceNames[] = {"CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5",
                                        "COM6", "COM7", "COM8", "COM9", "LPT1", "LPT2", "LPT3", "LPT4",
                                        "LPT5", "LPT6", "LPT7", "LPT8", "LPT9"};

bool isForbidden(char32_t c)
{
    // Controls (C0, DEL, C1) and the characters Windows refuses in names; the separators are
    // gone already.
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == U'<' || c == U'>' || c == U':' || c == U'"'
        || c == U'|' || c == U'?' || c == U'*';
}

bool isDeviceName(const QString &name)
{
    const QString stem = name.section(QLatin1Char('.'), 0, 0).trimmed();
    for (const char *device : kDeviceNames)
        if (stem.compare(QLatin1String(device), Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

// Splits "report.final.pdf" into "report.final" and ".pdf"; a long or absent suffix stays in the stem.
std::pair<QString, QString> splitExtension(const QString &name)
{
    const qsizetype dot = name.lastIndexOf(QLatin1Char('.'));
    if (dot <= 0 || name.size() - dot > kMaxExtensionChars)
        return {name, QString()};
    return {name.left(dot), name.mid(dot)};
}

// Shortens the stem, a whole code point at a time, until stem + extension fits.
QString fitLength(QString stem, const QString &extension)
{
    while (!stem.isEmpty() && (stem + extension).toUtf8().size() > kMaxNameBytes) {
        stem.chop(1);
        if (!stem.isEmpty() && stem.back().isHighSurrogate())
            stem.chop(1);
    }
    return stem + extension;
}

} // namespace

AttachmentSaver::AttachmentSaver(const QString &folder) : m_folder(folder) {}

QString AttachmentSaver::safeFileName(const QString &proposed, const QString &fallback)
{
    // Only the last component: "../../x", "/etc/x", "C:\dir\x" and "\\host\share\x" give "x".
    QString name = proposed;
    name.replace(QLatin1Char('\\'), QLatin1Char('/'));
    name = name.section(QLatin1Char('/'), -1);

    QString clean;
    clean.reserve(name.size());
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        char32_t code = c.unicode();
        qsizetype width = 1;
        if (c.isHighSurrogate() && i + 1 < name.size() && name.at(i + 1).isLowSurrogate()) {
            code = QChar::surrogateToUcs4(c, name.at(i + 1));
            width = 2;
        } else if (c.isSurrogate()) {
            continue;  // a lone half of a pair means nothing in a file name
        }
        // Format characters (U+202E RIGHT-TO-LEFT OVERRIDE, zero-width ones) can make
        // "invoice\u202Efdp.exe" look like "invoiceexe.pdf".
        if (QChar::category(code) == QChar::Other_Format) {
            i += width - 1;
            continue;
        }
        if (isForbidden(code))
            clean += QLatin1Char('_');
        else
            clean += name.mid(i, width);
        i += width - 1;
    }

    // No hidden files, no "." or "..", nothing Windows would silently trim.
    qsizetype begin = 0, end = clean.size();
    while (begin < end && (clean.at(begin) == QLatin1Char('.') || clean.at(begin).isSpace()))
        ++begin;
    while (end > begin && (clean.at(end - 1) == QLatin1Char('.') || clean.at(end - 1).isSpace()))
        --end;
    clean = clean.mid(begin, end - begin);
    if (clean.isEmpty())
        return fallback;
    if (isDeviceName(clean))
        clean.prepend(QLatin1Char('_'));
    const auto [stem, extension] = splitExtension(clean);
    const QString fitted = fitLength(stem, extension);
    return fitted.size() > extension.size() ? fitted : fallback;
}

Expected<QString> AttachmentSaver::save(const QString &proposedName, const QByteArray &data) const
{
    const QFileInfo folderInfo(m_folder);
    if (!folderInfo.isDir())
        return makeError(Error::FileNotFound, QStringLiteral("%1: no such folder").arg(m_folder));
    const QString folder = folderInfo.canonicalFilePath();
    const auto [stem, extension] = splitExtension(safeFileName(proposedName));

    for (int n = 1; n <= kMaxNumbered; ++n) {
        const QString name = n == 1 ? stem + extension
                                    : fitLength(stem, QStringLiteral(" (%1)%2").arg(n).arg(extension));
        const QString path = folder + QLatin1Char('/') + name;
        // safeFileName leaves no separator; this holds whatever it becomes.
        if (QFileInfo(path).absolutePath() != folder)
            return makeError(Error::InvalidArgument, QStringLiteral("%1: not a plain file name").arg(name));
        QFile file(path);
        // NewOnly is O_CREAT|O_EXCL: it neither replaces a file nor follows a link (even a
        // dangling one) planted under that name.
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
            const QFileInfo there(path);
            if (there.exists() || there.isSymLink())
                continue;
            return makeError(Error::WriteFailed, QStringLiteral("%1: cannot create: %2").arg(path, file.errorString()));
        }
        if (file.write(data) != data.size() || !file.flush()) {
            const QString problem = file.errorString();
            file.close();
            file.remove();
            return makeError(Error::WriteFailed, QStringLiteral("%1: cannot write: %2").arg(path, problem));
        }
        return path;
    }
    return makeError(Error::WriteFailed, QStringLiteral("%1: every numbered name up to %2 is taken")
                                             .arg(QDir(folder).filePath(stem + extension))
                                             .arg(kMaxNumbered));
}

Expected<QString> AttachmentSaver::save(const Mapi::Attachment &attachment) const
{
    if (attachment.method() != Mapi::ATTACH_EMBEDDED_MSG || !attachment.embedded) {
        const Mapi::PropValue data = attachment.props.value(Mapi::PR_ATTACH_DATA_BIN);
        const Expected<QByteArray> bytes = Mapi::bytesOf(data.value);  // may still be in its file
        if (!bytes)
            return bytes.error();
        return save(attachment.fileName(), *bytes);
    }

    // An embedded message: as it came (MIME), else as an Outlook message.
    const Mapi::Message &m = *attachment.embedded;
    QString name = attachment.fileName();
    if (name.isEmpty())
        name = m.subject();
    if (name.isEmpty())
        name = QStringLiteral("message");
    const QString extension = m.rawMime.isEmpty() ? QStringLiteral(".msg") : QStringLiteral(".eml");
    if (!name.endsWith(extension, Qt::CaseInsensitive))
        name += extension;
    if (!m.rawMime.isEmpty())
        return save(name, m.rawMime);
    const auto bytes = Msg::writeMsg(m);
    if (!bytes)
        return bytes.error();
    return save(name, *bytes);
}

} // namespace Ndr
