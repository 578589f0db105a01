// tfp speaks German whatever the shell's locale (its own texts, Qt's --help texts and dates), English only
// when asked with --lang en or TFP_LANG=en; every subcommand's usage line names the subcommand.
#include <catch2/catch.hpp>

#include "edit/edits.h"
#include "exchange/csv.h"
#include "storage/catalog.h"
#include "support/pgserver.h"
#include "support/testutil.h"

#include <QDate>
#include <QFile>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <algorithm>
#include <functional>

using namespace tfp;
using namespace tfp::schema;

namespace {

// A shell without a German locale: what CI, cron and many containers give.
test::Run tfpIn(const QStringList &args, const QString &tfpLang = {})
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"LC_ALL", "LC_MESSAGES", "LC_TIME", "LANGUAGE", "TFP_LANG"})
        env.remove(QString::fromLatin1(name));
    env.insert(u"LANG"_qs, u"C.UTF-8"_qs);
    if (!tfpLang.isEmpty())
        env.insert(u"TFP_LANG"_qs, tfpLang);
    return test::runProgram(QString::fromUtf8(TFP_CLI), args, env, 60000);
}

QString firstLine(const QByteArray &out)
{
    return QString::fromUtf8(out).section(u'\n', 0, 0);
}

// The subcommands as `tfp --help` lists them.
QStringList subcommands()
{
    const auto r = tfpIn({u"--help"_qs});
    REQUIRE(r.exitCode == 0);
    QStringList names;
    static const QRegularExpression line(u"^  ([a-z][a-z-]+) "_qs, QRegularExpression::MultilineOption);
    for (const auto &m : line.globalMatch(QString::fromUtf8(r.out)))
        names << m.captured(1);
    return names;
}

// A catalog with one dated change: Go-live of Elterngeld set to 30.09.2026.
QString changedCatalog(const QTemporaryDir &dir)
{
    const QString path = test::defaultCatalogOnBackend(dir);
    auto c = Catalog::open(path);
    c->apply(edit::setField(*c, Table::Leistung, 10000, col::goLive, u"2026-09-30"_qs));
    return path;
}

} // namespace

TEST_CASE("tfp speaks German under LANG=C.UTF-8, Qt's help texts and dates included", "[cli]")
{
    auto r = tfpIn({u"stats"_qs, u"--help"_qs});
    CHECK(r.exitCode == 0);
    const QString help = QString::fromUtf8(r.out);
    CHECK(firstLine(r.out) == u"Aufruf: tfp stats [Optionen] DATEI");
    CHECK(help.contains(u"\nOptionen:\n"));
    CHECK(help.contains(u"Zeigt Hilfe zu den Kommandozeilenoptionen an."));
    CHECK(help.contains(u"\nArgumente:\n"));
    CHECK_FALSE(help.contains(u"Options:"));
    CHECK_FALSE(help.contains(u"Displays"));

    r = tfpIn({u"stats"_qs, u"--frobnicate"_qs});
    CHECK(r.exitCode == 2);
    CHECK(QString::fromUtf8(r.err).contains(u"Unbekannte Option"));

    QTemporaryDir dir;
    r = tfpIn({u"changes"_qs, changedCatalog(dir)});
    INFO(r.out.toStdString());
    CHECK(r.exitCode == 0);
    const QString changes = QString::fromUtf8(r.out);
    CHECK(changes.contains(u"→ 30.09.2026"));
    CHECK(changes.startsWith(QDate::currentDate().toString(u"dd.MM.yyyy"_qs)));
    CHECK_FALSE(changes.contains(u"Sep"));

    r = tfpIn({u"coverage"_qs, test::defaultCatalogCopy(dir, u"abdeckung.tfplan"_qs), u"--themenfeld"_qs,
               u"Familie & Kind"_qs});
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains("100,0 %"));
}

TEST_CASE("every tfp subcommand's usage line names the subcommand", "[cli]")
{
    const QStringList names = subcommands();
    REQUIRE(names.size() >= 15);
    for (const QString &name : names) {
        INFO(name.toStdString());
        const auto r = tfpIn({name, u"--help"_qs});
        CHECK(r.exitCode == 0);
        CHECK(firstLine(r.out).startsWith(u"Aufruf: tfp %1 [Optionen]"_qs.arg(name)));
    }
}

TEST_CASE("tfp in English translates the strings of the core too, under the context lupdate files them",
          "[cli]")
{
    QTemporaryDir dir;
    const QString catalog = changedCatalog(dir);
    const QString csv = dir.filePath(u"changes.csv"_qs);
    // The change list's columns come from core/exchange: under a file-local tr() helper they stayed German.
    const auto r = tfpIn({u"--lang"_qs, u"en"_qs, u"changes"_qs, catalog, u"--csv"_qs, csv});
    REQUIRE(r.exitCode == 0);
    QFile f(csv);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QString header = QString::fromUtf8(f.readLine()).remove(QChar(0xFEFF)).trimmed();
    CHECK(header == u"Time;Author;Source;Change;Topic area;Kind;Table;Entry;Field;Old;New;Revision;Login");
}

TEST_CASE("tfp speaks English with --lang en or TFP_LANG=en, and refuses another language", "[cli]")
{
    QTemporaryDir dir;
    const QString catalog = changedCatalog(dir);
    const QList<QPair<QStringList, QString>> ways{
        {{u"--lang"_qs, u"en"_qs}, {}}, {{u"--lang=en"_qs}, {}}, {{}, u"en"_qs}};
    for (const auto &[lang, env] : ways) {
        INFO(lang.join(u' ').toStdString() << " TFP_LANG=" << env.toStdString());
        auto r = tfpIn(lang + QStringList{u"stats"_qs, u"--help"_qs}, env);
        CHECK(r.exitCode == 0);
        CHECK(firstLine(r.out).startsWith(u"Usage: tfp stats [options]"));
        CHECK(QString::fromUtf8(r.out).contains(u"Displays help on commandline options."));
        CHECK_FALSE(QString::fromUtf8(r.out).contains(u"Aufruf"));
        r = tfpIn(lang + QStringList{u"changes"_qs, catalog}, env);
        CHECK(r.exitCode == 0);
        CHECK(r.out.contains("30/09/2026"));
        CHECK_FALSE(r.out.contains("30.09.2026"));
        r = tfpIn(lang + QStringList{u"coverage"_qs, catalog, u"--themenfeld"_qs, u"Familie & Kind"_qs}, env);
        CHECK(r.exitCode == 0);
        CHECK(r.out.contains("100.0 %"));
        CHECK_FALSE(r.out.contains(",0 %"));
        // The four status lines keep their counts and shares in columns, however long the English labels.
        static const QRegularExpression statusLine(u"^  (\\S.*?) +(\\d+) (\\S+ %)$"_qs,
                                                   QRegularExpression::MultilineOption);
        QList<qsizetype> shareAt;
        for (const auto &m : statusLine.globalMatch(QString::fromUtf8(r.out)))
            shareAt << m.capturedStart(3) - m.capturedStart(0);
        CHECK(shareAt.size() == 4);
        CHECK(std::adjacent_find(shareAt.cbegin(), shareAt.cend(), std::not_equal_to<>()) == shareAt.cend());
    }
    // After the command too, as its own option.
    auto r = tfpIn({u"stats"_qs, u"--lang"_qs, u"en"_qs, u"--help"_qs});
    CHECK(firstLine(r.out).startsWith(u"Usage: tfp stats [options]"));
    // --lang de wins over TFP_LANG=en.
    r = tfpIn({u"--lang"_qs, u"de"_qs, u"stats"_qs, u"--help"_qs}, u"en"_qs);
    CHECK(firstLine(r.out).startsWith(u"Aufruf: tfp stats [Optionen]"));

    r = tfpIn({u"--lang"_qs, u"fr"_qs, u"stats"_qs, u"--help"_qs});
    CHECK(r.exitCode == 2);
    CHECK(r.out.isEmpty());
    CHECK(QString::fromUtf8(r.err).contains(u"--lang erwartet de oder en, nicht „fr“"));
    r = tfpIn({u"stats"_qs, u"--help"_qs}, u"fr"_qs);
    CHECK(r.exitCode == 2);
    CHECK(QString::fromUtf8(r.err).contains(u"TFP_LANG erwartet de oder en, nicht „fr“"));
}

TEST_CASE("tfp changes tells a change set in the reader's language, not in the one it was made in",
          "[cli][backends]")
{
    QTemporaryDir dir;
    const QString catalog = changedCatalog(dir);
    // The CSV's fourth column is the change set as a whole: the step the edit function described.
    const auto description = [&](const QStringList &lang, const QString &file) {
        const QString out = dir.filePath(file);
        const auto r = tfpIn(lang + QStringList{u"changes"_qs, catalog, u"--csv"_qs, out});
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        const csv::Table table = csv::parse(QString::fromUtf8(test::readFile(out)), u';', out);
        REQUIRE(table.rows.size() == 1);
        REQUIRE(table.rows[0].size() > 3);
        return table.rows[0][3];
    };
    CHECK(description({}, u"de.csv"_qs) == u"Go-live von „Elterngeld“ auf 30.09.2026 setzen");
    const QString english = description({u"--lang"_qs, u"en"_qs}, u"en.csv"_qs);
    INFO(english.toStdString());
    CHECK(english.startsWith(u"Set Go-live"));
    CHECK(english.contains(u"‘Elterngeld’"));
    CHECK(english.contains(u"30/09/2026"));
    CHECK_FALSE(english.contains(u"setzen"));
    CHECK_FALSE(english.contains(u"„"));
}

TEST_CASE(
    "A received file's German values are understood in English too, and the journal names its source in "
    "the reader's language",
    "[cli][backends]")
{
    QTemporaryDir dir;
    const QString catalog = test::defaultCatalogOnBackend(dir);
    const QString input = dir.filePath(u"leistungen.csv"_qs);
    // A German file (its status in German words, its Reifegrad by name), imported by someone whose tfp speaks
    // English: the values mean the same whatever the reader's language.
    test::writeFile(input,
                    "ozg_id;status;reifegrad_ist\n10000;in Umsetzung;Online-Leistung\n10001;in Planung;\n");
    auto r = tfpIn({u"--lang"_qs, u"en"_qs, u"import"_qs, catalog, input, u"--kind"_qs, u"leistungen"_qs});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    // Its English words still work, and the codes; a word of neither language is refused with the English
    // choices named.
    const QString english = dir.filePath(u"english.csv"_qs);
    test::writeFile(english, "ozg_id;status\n10000;online\n10001;in implementation\n10002;in_planung\n");
    r = tfpIn({u"--lang"_qs, u"en"_qs, u"import"_qs, catalog, english, u"--kind"_qs, u"leistungen"_qs});
    REQUIRE(r.exitCode == 0);
    const QString wrong = dir.filePath(u"wrong.csv"_qs);
    test::writeFile(wrong, "ozg_id;status\n10000;fertig\n");
    const QByteArray before = test::catalogState(catalog);
    r = tfpIn({u"--lang"_qs, u"en"_qs, u"import"_qs, catalog, wrong, u"--kind"_qs, u"leistungen"_qs});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains("in implementation"));
    CHECK(test::catalogState(catalog) == before);

    // The journal keeps where a change came from as data, and each reader is told it in their language.
    r = tfpIn({u"changes"_qs, catalog});
    CHECK(r.out.contains("(Import aus leistungen.csv)"));
    r = tfpIn({u"--lang"_qs, u"en"_qs, u"changes"_qs, catalog});
    CHECK(r.out.contains("(Import from leistungen.csv)"));
    CHECK(r.out.contains("(Import from english.csv)"));
}
