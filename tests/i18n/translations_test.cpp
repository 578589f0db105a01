// The translations are complete and current: lupdate over today's sources finds no message that the German
// or English .ts file lacks, leaves unfinished, or translates with other placeholders, mnemonics or tags.
#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context, source, comment;
    QStringList translations; // one, or the plural forms of a %n message
    bool numerus = false;
    bool finished = false;
    QString location; // file:line of the first occurrence
    QString key() const { return context + u'\x1f' + source + u'\x1f' + comment; }
};

QList<Message> readTs(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = u"cannot read %1"_qs.arg(path);
        return {};
    }
    const QString dir = QFileInfo(path).absolutePath();
    QList<Message> out;
    QXmlStreamReader xml(&f);
    QString context;
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            m = Message{context, {}, {}, {}, xml.attributes().value(u"numerus"_qs) == u"yes", true, {}};
        } else if (name == u"location" && m.location.isEmpty()) {
            const QString file =
                QDir::cleanPath(dir + u'/' + xml.attributes().value(u"filename"_qs).toString());
            m.location = file + u':' + xml.attributes().value(u"line"_qs).toString();
        } else if (name == u"source") {
            m.source = xml.readElementText();
        } else if (name == u"comment") {
            m.comment = xml.readElementText();
        } else if (name == u"translation") {
            const QString type = xml.attributes().value(u"type"_qs).toString();
            m.finished = type.isEmpty();
            if (m.numerus) {
                while (xml.readNextStartElement())
                    m.translations << xml.readElementText();
            } else {
                m.translations << xml.readElementText();
            }
            out << m;
        }
    }
    if (xml.hasError())
        *error = u"%1: %2 (line %3)"_qs.arg(path, xml.errorString()).arg(xml.lineNumber());
    return out;
}

QStringList sorted(QStringList l)
{
    l.sort();
    return l;
}

QStringList placeholders(const QString &s)
{
    static const QRegularExpression re(u"%L?(\\d+|n)"_qs);
    QStringList out;
    for (const auto &m : re.globalMatch(s))
        out << m.captured(1);
    return sorted(out);
}

int mnemonics(QString s)
{
    static const QRegularExpression entity(u"&(#\\d+|[a-zA-Z]+);"_qs);
    s.remove(u"&&"_qs).remove(entity);
    return int(s.count(u'&'));
}

QStringList tags(const QString &s)
{
    static const QRegularExpression re(u"</?([a-zA-Z][a-zA-Z0-9]*)[^>]*>"_qs);
    QStringList out;
    for (const auto &m : re.globalMatch(s))
        out << (m.captured(0).startsWith(u"</") ? u"/"_qs : QString()) + m.captured(1);
    return sorted(out);
}

// Everything wrong with one language's file against the messages lupdate found in the sources.
QStringList problems(const QList<Message> &current, const QList<Message> &committed, const QString &file,
                     int pluralForms)
{
    QHash<QString, Message> byKey;
    for (const Message &m : committed)
        byKey.insert(m.key(), m);
    QStringList out;
    QSet<QString> used;
    for (const Message &m : current) {
        used.insert(m.key());
        const QString what = u"„%1“ (%2, %3)"_qs.arg(m.source.left(70), m.context, m.location);
        const auto it = byKey.constFind(m.key());
        if (it == byKey.constEnd()) {
            out << u"%1: missing in %2 (run the update_translations target, then translate)"_qs.arg(what,
                                                                                                    file);
            continue;
        }
        if (!it->finished) {
            out << u"%1: unfinished in %2"_qs.arg(what, file);
            continue;
        }
        if (it->translations.size() != (m.numerus ? pluralForms : 1)) {
            out << u"%1: %2 translation form(s) in %3, expected %4"_qs.arg(what)
                       .arg(it->translations.size())
                       .arg(file)
                       .arg(m.numerus ? pluralForms : 1);
            continue;
        }
        for (const QString &t : it->translations) {
            if (t.trimmed().isEmpty() && !m.source.trimmed().isEmpty())
                out << u"%1: empty translation in %2"_qs.arg(what, file);
            else if (placeholders(t) != placeholders(m.source))
                out << u"%1: placeholders %2 in %3, the source has %4"_qs.arg(
                    what, placeholders(t).join(u' '), file, placeholders(m.source).join(u' '));
            else if (mnemonics(t) != mnemonics(m.source))
                out << u"%1: %2 mnemonic(s) & in %3, the source has %4"_qs.arg(what)
                           .arg(mnemonics(t))
                           .arg(file)
                           .arg(mnemonics(m.source));
            else if (tags(t) != tags(m.source))
                out << u"%1: other HTML tags in %2"_qs.arg(what, file);
        }
    }
    for (const Message &m : committed)
        if (!used.contains(m.key()))
            out << u"„%1“ (%2) is in %3 but no longer in the sources (run the update_translations target)"_qs
                       .arg(m.source.left(70), m.context, file);
    return out;
}

QList<Message> lupdateSources(const QTemporaryDir &dir)
{
    const QString ts = dir.filePath(u"current.ts"_qs);
    QProcess p;
    p.start(QStringLiteral(TFP_LUPDATE),
            {u"-silent"_qs, u"-no-obsolete"_qs, u"-source-language"_qs, u"de_DE"_qs, u"-target-language"_qs,
             u"en_GB"_qs, u"@"_qs + QStringLiteral(TFP_TR_SOURCE_LIST), u"-ts"_qs, ts});
    REQUIRE(p.waitForFinished(120000));
    INFO(QString::fromUtf8(p.readAllStandardError()).toStdString());
    REQUIRE(p.exitCode() == 0);
    QString error;
    const QList<Message> current = readTs(ts, &error);
    INFO(error.toStdString());
    REQUIRE(error.isEmpty());
    return current;
}

const QString kTsDir = QStringLiteral(TFP_TS_DIR);

} // namespace

TEST_CASE("every source string has a finished German and English translation", "[core][i18n]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QList<Message> current = lupdateSources(dir);
    // The sources hold well over a thousand messages: an empty result means lupdate read nothing.
    REQUIRE(current.size() > 1000);
    for (const QString &lang : {u"de"_qs, u"en"_qs}) {
        const QString file = kTsDir + u"/themenfeldplaner_%1.ts"_qs.arg(lang);
        QString error;
        const QList<Message> committed = readTs(file, &error);
        INFO(error.toStdString());
        REQUIRE(error.isEmpty());
        const QStringList found = problems(current, committed, QFileInfo(file).fileName(), 2);
        INFO(found.mid(0, 40).join(u'\n').toStdString());
        CHECK(found.size() == 0);
    }
}

TEST_CASE("German plural forms differ where the source writes Zeile(n)", "[core][i18n]")
{
    QString error;
    const QList<Message> de = readTs(kTsDir + u"/themenfeldplaner_de.ts"_qs, &error);
    REQUIRE(error.isEmpty());
    int numerus = 0;
    for (const Message &m : de) {
        if (!m.numerus)
            continue;
        ++numerus;
        INFO(m.source.toStdString());
        REQUIRE(m.translations.size() == 2);
        // A "(n)", "(en)" or "(e)" in the source is the placeholder of a plural a translation must spell out.
        static const QRegularExpression placeholder(u"\\((e|en|n|s|er)\\)"_qs);
        CHECK_FALSE(m.translations[0].contains(placeholder));
        CHECK_FALSE(m.translations[1].contains(placeholder));
    }
    CHECK(numerus > 0);
}

TEST_CASE("the translation check names a missing, unfinished or mistranslated string", "[core][i18n]")
{
    const Message source{u"tfp::ui::MainWindow"_qs, u"&Öffnen %1"_qs, {}, {}, false, true, u"ui/x.cpp:7"_qs};
    Message good = source;
    good.translations = {u"&Open %1"_qs};
    CHECK(problems({source}, {good}, u"x_en.ts"_qs, 2).isEmpty());

    const QStringList missing = problems({source}, {}, u"x_en.ts"_qs, 2);
    REQUIRE(missing.size() == 1);
    CHECK(missing[0].contains(u"„&Öffnen %1“"_qs));
    CHECK(missing[0].contains(u"ui/x.cpp:7"_qs));
    CHECK(missing[0].contains(u"missing in x_en.ts"_qs));

    Message unfinished = good;
    unfinished.finished = false;
    CHECK(problems({source}, {unfinished}, u"x_en.ts"_qs, 2).value(0).contains(u"unfinished"_qs));

    Message lostPlaceholder = good;
    lostPlaceholder.translations = {u"&Open"_qs};
    CHECK(problems({source}, {lostPlaceholder}, u"x_en.ts"_qs, 2).value(0).contains(u"placeholders"_qs));

    Message lostMnemonic = good;
    lostMnemonic.translations = {u"Open %1"_qs};
    CHECK(problems({source}, {lostMnemonic}, u"x_en.ts"_qs, 2).value(0).contains(u"mnemonic"_qs));

    Message stale = good;
    stale.source = u"Gibt es nicht mehr"_qs;
    const QStringList staleFound = problems({source}, {good, stale}, u"x_en.ts"_qs, 2);
    REQUIRE(staleFound.size() == 1);
    CHECK(staleFound[0].contains(u"no longer in the sources"_qs));
}
