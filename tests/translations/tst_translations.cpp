// German and French are complete: every text of the program has a finished translation that
// keeps its placeholders (%1, %n) and its keyboard accelerator (&), and lupdate, run now over
// the program's sources, finds no text that the .ts files lack. When this fails after a
// change of texts: cmake --build BUILD --target update_translations, fill the new entries in
// Qt Linguist (or by hand), and build again.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

const QString kTsDir = QStringLiteral(NDR_SOURCE_DIR "/resources/translations");
const QStringList kLanguages = {QStringLiteral("de"), QStringLiteral("fr")};

struct Message {
    QString context;
    QString source;
    QStringList translations;  // one, or the plural forms
    QString type;              // "", "unfinished", "vanished", "obsolete"
    bool numerus = false;
};

// Every message of a .ts file, plural ones with all their forms.
QList<Message> readTs(const QString &path, QString *error)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1").arg(path);
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    bool inMessage = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            messages << current;
            inMessage = false;
            continue;
        }
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name") && !inMessage) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            inMessage = true;
            current = Message{context, {}, {}, {}, xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes")};
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!current.numerus)
                current.translations << xml.readElementText();
        } else if (name == QLatin1String("numerusform")) {
            current.translations << xml.readElementText();
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1: %2 (line %3)").arg(path, xml.errorString()).arg(xml.lineNumber());
    return messages;
}

QString describe(const Message &m)
{
    return QStringLiteral("[%1] \"%2\"").arg(m.context, m.source.left(90));
}

// %1..%99 and %n, as a sorted list (a text may use one twice).
QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%(\\d{1,2}|n)"));
    QSet<QString> found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured(0));
    QStringList list(found.cbegin(), found.cend());
    list.sort();
    return list;
}

// The accelerator letters: "&x" marks one, "&&" is a literal ampersand.
int accelerators(const QString &text)
{
    int count = 0;
    for (int i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        if (text.at(i + 1).isLetterOrNumber())
            ++count;
    }
    return count;
}

bool isRichText(const QString &text)
{
    return text.contains(QLatin1String("<b>")) || text.contains(QLatin1String("<h3>"));
}

} // namespace

class TstTranslations : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void everyTextIsTranslated_data();
    void everyTextIsTranslated();
    void placeholdersAndAcceleratorsKept_data();
    void placeholdersAndAcceleratorsKept();
    void lupdateFindsNothingNew();

private:
    void addLanguages();
};

void TstTranslations::addLanguages()
{
    QTest::addColumn<QString>("path");
    for (const QString &language : kLanguages)
        QTest::newRow(qPrintable(language)) << QDir(kTsDir).filePath(QStringLiteral("ndrform_%1.ts").arg(language));
}

void TstTranslations::everyTextIsTranslated_data()
{
    addLanguages();
}

void TstTranslations::everyTextIsTranslated()
{
    QFETCH(QString, path);
    QString error;
    const QList<Message> messages = readTs(path, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(messages.size() > 100, "the .ts file holds too few texts to be the program's");
    QStringList problems;
    for (const Message &m : messages) {
        if (!m.type.isEmpty())
            problems << QStringLiteral("%1 is %2").arg(describe(m), m.type);
        else if (m.translations.isEmpty())
            problems << QStringLiteral("%1 has no translation").arg(describe(m));
        for (const QString &t : m.translations) {
            if (t.trimmed().isEmpty()) {
                problems << QStringLiteral("%1 has an empty translation").arg(describe(m));
                break;
            }
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 of %2 texts not done:\n").arg(problems.size()).arg(messages.size())
                                            + problems.mid(0, 30).join(QLatin1Char('\n'))));
}

void TstTranslations::placeholdersAndAcceleratorsKept_data()
{
    addLanguages();
}

void TstTranslations::placeholdersAndAcceleratorsKept()
{
    QFETCH(QString, path);
    QString error;
    const QList<Message> messages = readTs(path, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList problems;
    for (const Message &m : messages) {
        const QStringList wanted = placeholders(m.source);
        for (const QString &t : m.translations) {
            QStringList got = placeholders(t);
            // A singular form may say "one" in words instead of %n.
            if (m.numerus && !got.contains(QLatin1String("%n")) && wanted.contains(QLatin1String("%n"))) {
                got << QStringLiteral("%n");
                got.sort();
            }
            if (got != wanted)
                problems << QStringLiteral("%1: placeholders %2 became %3 in \"%4\"")
                                .arg(describe(m), wanted.join(QLatin1Char(' ')), got.join(QLatin1Char(' ')), t);
            // Menus, buttons and labels keep their accelerator (rich text has no accelerators).
            if (!isRichText(m.source) && accelerators(m.source) != accelerators(t))
                problems << QStringLiteral("%1: %2 accelerator(s) became %3 in \"%4\"")
                                .arg(describe(m)).arg(accelerators(m.source)).arg(accelerators(t)).arg(t);
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TstTranslations::lupdateFindsNothingNew()
{
    // lupdate over the program's sources (the list the build passes to qt_add_translations),
    // into copies of the .ts files: a text they lack comes in unfinished.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QStringList copies;
    for (const QString &language : kLanguages) {
        const QString name = QStringLiteral("ndrform_%1.ts").arg(language);
        QVERIFY(QFile::copy(QDir(kTsDir).filePath(name), dir.filePath(name)));
        copies << dir.filePath(name);
    }
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(NDR_LUPDATE),
                  QStringList{QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"),
                              QStringLiteral("@" NDR_TRANSLATION_SOURCES_LIST), QStringLiteral("-ts")}
                      + copies);
    QVERIFY2(lupdate.waitForFinished(300000), "lupdate did not finish");
    const QString said = QString::fromUtf8(lupdate.readAll());
    QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0, qPrintable(said));

    for (const QString &copy : std::as_const(copies)) {
        QString error;
        const QList<Message> now = readTs(copy, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QList<Message> committed = readTs(QDir(kTsDir).filePath(QFileInfo(copy).fileName()), &error);
        QStringList fresh;
        for (const Message &m : now) {
            if (m.type == QLatin1String("unfinished"))
                fresh << describe(m);
        }
        QVERIFY2(fresh.isEmpty(), qPrintable(QStringLiteral("%1: %2 text(s) in the sources are not in the .ts file "
                                                            "(cmake --build BUILD --target update_translations, then "
                                                            "translate them):\n")
                                                 .arg(QFileInfo(copy).fileName()).arg(fresh.size())
                                             + fresh.mid(0, 30).join(QLatin1Char('\n'))));
        // And none that the sources no longer have.
        QCOMPARE(now.size(), committed.size());
    }
}

QTEST_GUILESS_MAIN(TstTranslations)
#include "tst_translations.moc"
