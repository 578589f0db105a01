// The translations are complete and current: lupdate over today's sources finds no message that the German
// or English .ts file lacks, leaves unfinished, or translates with other placeholders, mnemonics or tags.
#include <catch2/catch.hpp>

#include "support/glossary.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QXmlStreamReader>

using tfp::test::Glossary;
using tfp::test::readGlossary;

namespace {

struct Message
{
    QString context, source, comment;
    QStringList translations; // one, or the plural forms of a %n message
    bool numerus = false;
    bool finished = false;
    QString location;      // file:line of the first occurrence
    QStringList locations; // file:line of every occurrence
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
            m = Message{context, {}, {}, {}, xml.attributes().value(u"numerus"_qs) == u"yes", true, {}, {}};
        } else if (name == u"location") {
            const QString file =
                QDir::cleanPath(dir + u'/' + xml.attributes().value(u"filename"_qs).toString());
            m.locations << file + u':' + xml.attributes().value(u"line"_qs).toString();
            if (m.location.isEmpty())
                m.location = m.locations.last();
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

// What the sources say about the contexts strings are looked up under at run time.
struct ContextFacts
{
    QSet<QString> literal; // translate("C", …), QT_TRANSLATE_NOOP("C", …), Q_DECLARE_TR_FUNCTIONS(C)
    QSet<QString> qobjectClasses; // simple names of the classes with Q_OBJECT: their tr() uses their own name
    struct Helper
    {
        QString context, where; // where: file:line of the helper's definition
    };
    QHash<QString, Helper> helperOf; // file -> the hand-written tr() it calls
};

// Reads the sources (path -> text): contexts, Q_OBJECT classes and hand-written tr() helpers. A helper is a
// function named tr that Qt's macros did not declare; lupdate cannot see the context it translates under and
// files its strings under the enclosing namespace or class instead. A file uses the helper it defines or the
// one a header it includes ("…") defines or declares.
ContextFacts scanSources(const QHash<QString, QString> &sources)
{
    static const QRegularExpression literal(
        uR"((?:\btranslate|\bQT_TRANSLATE_N?_?NOOP3?|\bQ_DECLARE_TR_FUNCTIONS)\(\s*"?([\w:]*))"_qs);
    static const QRegularExpression qobject(
        uR"(\b(?:class|struct)\s+(?:[A-Z_]+_EXPORT\s+)?(\w+)(?:\s+final)?\s*(?::[^;{]*)?\{\s*Q_OBJECT\b)"_qs);
    static const QRegularExpression helper(
        uR"(^[ \t]*(?:inline\s+|static\s+)*QString\s+tr\s*\([^)]*\)\s*([;{]))"_qs,
        QRegularExpression::MultilineOption);
    static const QRegularExpression helperContext(uR"re(translate\(\s*"([^"]*)")re"_qs);
    static const QRegularExpression include(uR"re(#include\s+"([^"]+)")re"_qs);
    ContextFacts facts;
    QHash<QString, ContextFacts::Helper> defined;
    QSet<QString> declared;
    for (auto it = sources.constBegin(); it != sources.constEnd(); ++it) {
        for (const auto &m : literal.globalMatch(*it))
            facts.literal.insert(m.captured(1));
        for (const auto &m : qobject.globalMatch(*it))
            facts.qobjectClasses.insert(m.captured(1));
        for (const auto &m : helper.globalMatch(*it)) {
            const QString where =
                it.key() + u':' + QString::number(it->left(m.capturedStart()).count(u'\n') + 1);
            if (m.captured(1) == u";") {
                declared.insert(it.key());
                continue;
            }
            const auto c = helperContext.match(*it, m.capturedEnd());
            defined.insert(it.key(), {c.hasMatch() ? c.captured(1) : QString(), where});
        }
    }
    const auto includes = [&](const QString &file) {
        QStringList out;
        for (const auto &m : include.globalMatch(sources.value(file)))
            out << QDir::cleanPath(QFileInfo(file).absolutePath() + u'/' + m.captured(1));
        return out;
    };
    // A declared helper is defined in a file that includes its header.
    QHash<QString, ContextFacts::Helper> ofHeader = defined;
    for (auto it = defined.constBegin(); it != defined.constEnd(); ++it)
        for (const QString &h : includes(it.key()))
            if (declared.contains(h))
                ofHeader.insert(h, *it);
    for (auto it = sources.constBegin(); it != sources.constEnd(); ++it) {
        if (defined.contains(it.key())) {
            facts.helperOf.insert(it.key(), defined.value(it.key()));
            continue;
        }
        for (const QString &h : includes(it.key()))
            if (ofHeader.contains(h))
                facts.helperOf.insert(it.key(), ofHeader.value(h));
    }
    return facts;
}

// Every string whose run-time context differs from the one lupdate filed it under: it comes out untranslated.
QStringList contextProblems(const QList<Message> &current, const ContextFacts &facts)
{
    const auto isClass = [&](const QString &context) {
        return !context.isEmpty() && facts.qobjectClasses.contains(context.section(u"::"_qs, -1));
    };
    QStringList out;
    for (const Message &m : current) {
        for (const QString &location : m.locations) {
            const QString file = location.section(u':', 0, -2);
            const QString what = u"„%1“ (%2)"_qs.arg(m.source.left(70), location);
            const auto helper = facts.helperOf.constFind(file);
            if (helper != facts.helperOf.constEnd() && helper->context != m.context && !isClass(m.context))
                out << u"%1: lupdate files it under „%2“, the tr() helper at %3 looks it up under „%4“"_qs
                           .arg(what, m.context, helper->where, helper->context);
            else if (!facts.literal.contains(m.context) && !isClass(m.context) && m.context != u"QObject")
                out << u"%1: lupdate files it under „%2“, a context no code translates under"_qs.arg(
                    what, m.context);
        }
    }
    return out;
}

QHash<QString, QString> readSources(const QString &listFile)
{
    QFile list(listFile);
    REQUIRE(list.open(QIODevice::ReadOnly));
    QHash<QString, QString> out;
    for (const QByteArray &line : list.readAll().split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        QFile f(QString::fromUtf8(line.trimmed()));
        REQUIRE(f.open(QIODevice::ReadOnly));
        out.insert(QDir::cleanPath(f.fileName()), QString::fromUtf8(f.readAll()));
    }
    return out;
}

// Every English translation that holds a German glossary word.
QStringList glossaryProblems(const QList<Message> &english, const Glossary &g)
{
    const QRegularExpression word = g.pattern();
    QStringList out;
    for (const Message &m : english) {
        for (const QString &t : m.translations) {
            // A mnemonic's & splits a word for the eye only: "Save S&tand" says Stand.
            QString shown = t;
            shown.replace(u"&&"_qs, u"\x01"_qs).remove(u'&').replace(u'\x01', u'&');
            QStringList found;
            for (const auto &hit : word.globalMatch(shown))
                if (!g.codeWords.contains(hit.captured(1)))
                    found << hit.captured(1);
            if (!found.isEmpty())
                out << u"„%1“ (%2): the English „%3“ says %4 (translations/glossary.md)"_qs.arg(
                    m.source.left(60), m.context, t.left(80), found.join(u", "_qs));
        }
    }
    return out;
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
    const Message source{
        u"tfp::ui::MainWindow"_qs, u"&Öffnen %1"_qs, {}, {}, false, true, u"ui/x.cpp:7"_qs, {}};
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

TEST_CASE("every string is looked up under the context lupdate files it under", "[core][i18n]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QList<Message> current = lupdateSources(dir);
    REQUIRE(current.size() > 1000);
    const ContextFacts facts = scanSources(readSources(QStringLiteral(TFP_TR_SOURCE_LIST)));
    REQUIRE(facts.qobjectClasses.contains(u"MainWindow"_qs));
    const QStringList found = contextProblems(current, facts);
    INFO(found.size() << " strings:\n" << found.mid(0, 40).join(u'\n').toStdString());
    CHECK(found.size() == 0);
}

TEST_CASE("the context check names a string that a tr() helper looks up under another context",
          "[core][i18n]")
{
    const QHash<QString, QString> sources{
        {u"/s/a.h"_qs, u"namespace tfp::x {\nQString tr(const char *s);\n}\n"_qs},
        {u"/s/a.cpp"_qs, u"#include \"a.h\"\nnamespace tfp::x {\nQString tr(const char *s)\n{\n"
                         u"    return QCoreApplication::translate(\"tfp::x\", s);\n}\n}\n"_qs},
        {u"/s/b.cpp"_qs,
         u"#include \"a.h\"\nnamespace tfp::x::detail {\nQString f() { return tr(\"B\"); }\n}\n"_qs},
        {u"/s/c.h"_qs, u"namespace tfp {\nclass C : public QObject\n{\n    Q_OBJECT\n};\n"
                       u"class T\n{\n    Q_DECLARE_TR_FUNCTIONS(tfp::t)\n};\n}\n"_qs}};
    const ContextFacts facts = scanSources(sources);
    CHECK(facts.helperOf.value(u"/s/b.cpp"_qs).context == u"tfp::x");
    CHECK(facts.helperOf.value(u"/s/b.cpp"_qs).where == u"/s/a.cpp:3");
    const auto message = [](const QString &context, const QString &location) {
        return Message{context, u"B"_qs, {}, {}, false, true, location, {location}};
    };
    // A helper's strings under the helper's context, a Q_OBJECT class's and a declared context are fine.
    CHECK(contextProblems({message(u"tfp::x"_qs, u"/s/b.cpp:3"_qs), message(u"tfp::C"_qs, u"/s/b.cpp:3"_qs),
                           message(u"tfp::t"_qs, u"/s/c.h:9"_qs)},
                          facts)
              .isEmpty());
    const QStringList helper = contextProblems({message(u"tfp::x::detail"_qs, u"/s/b.cpp:3"_qs)}, facts);
    REQUIRE(helper.size() == 1);
    CHECK(helper[0].contains(u"„B“ (/s/b.cpp:3): lupdate files it under „tfp::x::detail“, the tr() helper at "
                             u"/s/a.cpp:3 looks it up under „tfp::x“"_qs));
    // An alias (using M = C; M::tr) gives lupdate no context at all.
    const QStringList unknown = contextProblems({message(QString(), u"/s/c.h:3"_qs)}, facts);
    REQUIRE(unknown.size() == 1);
    CHECK(unknown[0].contains(u"a context no code translates under"_qs));
}

TEST_CASE("English translations follow the glossary", "[core][i18n]")
{
    const Glossary g = readGlossary(kTsDir + u"/glossary.md"_qs);
    REQUIRE(g.forms.contains(u"Themenfeld"_qs));
    REQUIRE(g.forms.contains(u"Umsetzungsprojekte"_qs));
    REQUIRE(g.codeWords.contains(u"reifegrad"_qs));
    QString error;
    const QList<Message> en = readTs(kTsDir + u"/themenfeldplaner_en.ts"_qs, &error);
    REQUIRE(error.isEmpty());
    const QStringList found = glossaryProblems(en, g);
    INFO(found.size() << " translations:\n" << found.mid(0, 40).join(u'\n').toStdString());
    CHECK(found.size() == 0);
}

TEST_CASE("the glossary check names a German domain word in an English translation", "[core][i18n]")
{
    const Glossary g{{u"Reifegrad"_qs, u"Reifegrade"_qs, u"Leistung"_qs, u"Bund"_qs}, {u"reifegrad"_qs}};
    const auto english = [](const QString &t) {
        return Message{u"tfp::ui"_qs, u"Quelle"_qs, {}, {t}, false, true, {}, {}};
    };
    CHECK(glossaryProblems({english(u"All maturity levels"_qs), english(u"--kind reifegrad"_qs),
                            english(u"Bundle of federal programmes"_qs)},
                           g)
              .isEmpty());
    const QStringList found = glossaryProblems(
        {english(u"All Reifegrade"_qs), english(u"an OZG-Leistung"_qs), english(u"the BUND programme"_qs),
         english(u"Save &Leistung…"_qs), english(u"All Reife&grade"_qs)},
        g);
    REQUIRE(found.size() == 5);
    CHECK(found[0].contains(u"says Reifegrade"_qs));
    CHECK(found[1].contains(u"says Leistung"_qs));
    CHECK(found[2].contains(u"says BUND"_qs));
    CHECK(found[3].contains(u"says Leistung"_qs));
    CHECK(found[4].contains(u"says Reifegrade"_qs));
}
