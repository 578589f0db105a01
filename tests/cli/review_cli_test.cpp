#include <catch2/catch.hpp>

#include "edit/changetext.h"
#include "edit/edits.h"
#include "exchange/csv.h"
#include "exchange/defaultcatalog.h"
#include "exchange/planjson.h"
#include "storage/catalog.h"
#include "support/pgserver.h"
#include "support/testutil.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace tfp;
using namespace tfp::schema;

namespace {

const QString kFamilie = u"Familie & Kind"_qs;

QByteArray exported(const QString &catalog)
{
    const auto r = test::runTfp({u"export-json"_qs, catalog});
    REQUIRE(r.exitCode == 0);
    return r.out;
}

QString pack(const QString &catalog, const QString &out)
{
    const auto r = test::runTfp({u"review-pack"_qs, catalog, u"--themenfeld"_qs, kFamilie, u"-o"_qs, out});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    return out;
}

// What a workshop does in the app, or a planner at home: status edits, journaled in the file.
void setStatuses(const QString &file, const QString &who, const QList<QPair<int, QString>> &statuses,
                 const std::function<void(Catalog &)> &more = {})
{
    auto c = Catalog::open(file);
    c->setAuthor(who);
    for (const auto &[ozg, status] : statuses)
        c->apply(edit::setField(*c, Table::Leistung, ozg, col::status, status));
    if (more)
        more(*c);
}

QJsonObject json(const test::Run &r)
{
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    return QJsonDocument::fromJson(r.out).object();
}

} // namespace

TEST_CASE("tfp review-pack writes a package of one Themenfeld and overwrites nothing",
          "[cli][review][backends]")
{
    QTemporaryDir dir;
    const QString catalog = test::defaultCatalogOnBackend(dir);
    const QByteArray planBefore = exportPlanJson(*Catalog::open(catalog, Catalog::Access::ReadOnly));
    const QString out = dir.filePath(u"sitzung.tfreview"_qs);
    auto r = test::runTfp({u"review-pack"_qs, catalog, u"--themenfeld"_qs, kFamilie, u"-o"_qs, out});
    CHECK(r.exitCode == 0);
    CHECK(QString::fromUtf8(r.out).contains(u"Workshop-Paket „%1“ für „Familie & Kind“"_qs.arg(out)));
    {
        // The first package gives the catalog the secret that seals its packages, and changes nothing else.
        auto c = Catalog::open(catalog, Catalog::Access::ReadOnly);
        CHECK(c->secret().size() == 64);
        CHECK(exportPlanJson(*c) == planBefore);
    }
    const QByteArray catalogHash = test::catalogState(catalog);
    {
        auto p = Catalog::open(out, Catalog::Access::ReadOnly);
        CHECK(p->count(Table::Themenfeld) == 1);
    }

    const QByteArray packageHash = test::fileHash(out);
    r = test::runTfp({u"review-pack"_qs, catalog, u"--themenfeld"_qs, kFamilie, u"-o"_qs, out});
    CHECK(r.exitCode == 1);
    CHECK(r.err.count('\n') == 1);
    CHECK(r.err.contains("gibt es schon"));
    CHECK(test::fileHash(out) == packageHash);
    CHECK(test::catalogState(catalog) == catalogHash);

    const QString other = dir.filePath(u"anders.tfreview"_qs);
    r = test::runTfp({u"review-pack"_qs, catalog, u"--themenfeld"_qs, u"Familie"_qs, u"-o"_qs, other});
    CHECK(r.exitCode == 1);
    CHECK(QString::fromUtf8(r.err).contains(
        u"unbekanntes Themenfeld „Familie“; gültig sind: Arbeit & Ruhestand"));
    CHECK(test::runTfp({u"review-pack"_qs, catalog, u"-o"_qs, other}).exitCode == 2);
    CHECK_FALSE(QFileInfo::exists(other));
}

TEST_CASE("tfp review-merge --dry-run --json lists what it would take and the conflicts, and changes nothing",
          "[cli][review][backends]")
{
    QTemporaryDir dir;
    const QString catalog = test::defaultCatalogOnBackend(dir);
    const QString package = pack(catalog, dir.filePath(u"sitzung.tfreview"_qs));
    setStatuses(
        package, u"workshop"_qs, {{10000, u"online"_qs}, {10003, u"in_umsetzung"_qs}}, [](Catalog &c) {
            c.apply(edit::addKommentar(c, Table::Leistung, 10003, u"Anzeige durch das Krankenhaus"_qs));
        });
    setStatuses(catalog, u"planung"_qs, {{10000, u"in_planung"_qs}});
    const QByteArray catalogHash = test::catalogState(catalog);
    const QByteArray packageHash = test::fileHash(package);

    const QJsonObject plan =
        json(test::runTfp({u"review-merge"_qs, catalog, package, u"--dry-run"_qs, u"--json"_qs}));
    CHECK(plan.value(u"probelauf"_qs).toBool());
    CHECK(plan.value(u"revision"_qs).isNull());
    CHECK(plan.value(u"paket"_qs).toObject().value(u"themenfeld"_qs).toString() == kFamilie);
    const QJsonArray applied = plan.value(u"uebernommen"_qs).toArray();
    REQUIRE(applied.size() == 1);
    CHECK(applied[0].toObject().value(u"id"_qs).toString() == u"leistung/10003/status");
    CHECK(applied[0].toObject().value(u"paket"_qs).toString() == u"in_umsetzung");
    const QJsonArray conflicts = plan.value(u"konflikte"_qs).toArray();
    REQUIRE(conflicts.size() == 1);
    const QJsonObject conflict = conflicts[0].toObject();
    CHECK(conflict.value(u"id"_qs).toString() == u"leistung/10000/status");
    CHECK(conflict.value(u"basis"_qs).toString() == u"ohne");
    CHECK(conflict.value(u"katalog"_qs).toString() == u"in_planung");
    CHECK(conflict.value(u"paket"_qs).toString() == u"online");
    CHECK(conflict.value(u"entscheidung"_qs).toString() == u"offen");
    const QJsonArray comments = plan.value(u"kommentare"_qs).toArray();
    REQUIRE(comments.size() == 1);
    CHECK(comments[0].toObject().value(u"autor"_qs).toString() == u"workshop");
    CHECK(comments[0].toObject().value(u"eintrag"_qs).toString() == u"„Geburtsanzeige“");

    const auto text = test::runTfp({u"review-merge"_qs, catalog, package, u"--dry-run"_qs});
    CHECK(text.exitCode == 0);
    CHECK(QString::fromUtf8(text.out).contains(
        u"[leistung/10000/status] Status von „Elterngeld“: ohne Status | in Planung | online"));

    CHECK(test::catalogState(catalog) == catalogHash);
    CHECK(test::fileHash(package) == packageHash);
}

TEST_CASE("tfp review-merge takes decisions, merges in one step and a second time changes nothing",
          "[cli][review][backends]")
{
    QTemporaryDir dir;
    const QString catalog = test::defaultCatalogOnBackend(dir);
    const QString package = pack(catalog, dir.filePath(u"sitzung.tfreview"_qs));
    setStatuses(package, u"workshop"_qs,
                {{10000, u"online"_qs}, {10002, u"online"_qs}, {10003, u"in_umsetzung"_qs}});
    setStatuses(catalog, u"planung"_qs, {{10000, u"in_planung"_qs}, {10002, u"in_planung"_qs}});
    const QByteArray hash = test::catalogState(catalog);
    auto r = test::runTfp({u"review-merge"_qs, catalog, package});
    CHECK(r.exitCode == 1);
    CHECK(r.err.count('\n') == 1);
    CHECK(QString::fromUtf8(r.err).contains(u"offene Konflikte: 2"));
    CHECK(test::catalogState(catalog) == hash);
    r = test::runTfp(
        {u"review-merge"_qs, catalog, package, u"--resolve"_qs, u"leistung/10001/status=paket"_qs});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains("kein Konflikt"));
    CHECK(test::runTfp({u"review-merge"_qs, catalog, package, u"--resolve"_qs, u"beide"_qs}).exitCode == 2);
    CHECK(test::catalogState(catalog) == hash);

    const QJsonObject done =
        json(test::runTfp({u"review-merge"_qs, catalog, package, u"--json"_qs, u"--resolve"_qs,
                           u"leistung/10000/status=paket"_qs, u"--resolve"_qs, u"katalog"_qs}));
    CHECK(done.value(u"revision"_qs).toInteger() == 3);
    {
        auto c = Catalog::open(catalog, Catalog::Access::ReadOnly);
        CHECK(c->value(Table::Leistung, 10000, col::status).toString() == u"online");
        CHECK(c->value(Table::Leistung, 10002, col::status).toString() == u"in_planung");
        CHECK(c->value(Table::Leistung, 10003, col::status).toString() == u"in_umsetzung");
        CHECK(c->revision() == 3);
        for (const JournalEntry &e : c->journal(2))
            CHECK(edit::descriptionText(e.quelle) == u"Workshop-Paket sitzung.tfreview");
    }

    const QByteArray after = test::catalogState(catalog);
    r = test::runTfp({u"review-merge"_qs, catalog, package});
    CHECK(r.exitCode == 0);
    CHECK(QString::fromUtf8(r.out).contains(u"wurde schon am"));
    CHECK(test::catalogState(catalog) == after);
}

TEST_CASE("tfp review-merge refuses what is no package of this catalog and leaves the catalog byte for byte",
          "[cli][review][backends]")
{
    QTemporaryDir dir;
    const QString catalog = test::defaultCatalogOnBackend(dir);
    const QString package = pack(catalog, dir.filePath(u"sitzung.tfreview"_qs));
    setStatuses(package, u"workshop"_qs, {{10000, u"online"_qs}});
    const QString other = dir.filePath(u"anderer.tfplan"_qs);
    Catalog::create(other, populateDefaultCatalog);
    const QString foreign = pack(other, dir.filePath(u"fremd.tfreview"_qs));
    const QString notes = dir.filePath(u"notizen.tfreview"_qs);
    test::writeFile(notes, "Notizen\n");
    const QString truncated = dir.filePath(u"halb.tfreview"_qs);
    QByteArray data = test::readFile(package);
    data.truncate(data.size() / 3);
    test::writeFile(truncated, data);

    const QByteArray catalogHash = test::catalogState(catalog);
    const QByteArray before = exported(catalog);
    for (const auto &[file, fragment] : {std::pair{foreign, "stammt aus einem anderen Katalog"},
                                         {notes, "keine SQLite-Datenbank"},
                                         {truncated, "abgeschnitten"},
                                         {other, "kein Workshop-Paket"}}) {
        INFO(file.toStdString());
        for (const QStringList &extra : {QStringList{}, QStringList{u"--dry-run"_qs, u"--json"_qs}}) {
            const QByteArray hash = test::fileHash(file);
            const auto r = test::runTfp(QStringList{u"review-merge"_qs, catalog, file} + extra);
            INFO(r.err.toStdString());
            CHECK(r.exitCode == 1);
            CHECK(r.out.isEmpty());
            CHECK(r.err.count('\n') == 1);
            CHECK(r.err.contains(QFileInfo(file).fileName().toUtf8()));
            CHECK(r.err.contains(fragment));
            CHECK(test::fileHash(file) == hash);
            CHECK(test::catalogState(catalog) == catalogHash);
        }
    }
    CHECK((exported(catalog) == before));
}

TEST_CASE("tfp review-merge refuses a package whose every change the rules refuse, the catalog byte for byte",
          "[cli][review][backends]")
{
    QTemporaryDir dir;
    const QString catalog = test::defaultCatalogOnBackend(dir);
    const QString package = pack(catalog, dir.filePath(u"sitzung.tfreview"_qs));
    {
        auto w = Catalog::open(package);
        w->apply(edit::setField(*w, Table::Leistung, 10000, col::reifegradIst, 3));
    }
    // At home the Ziel was set to 2 meanwhile: Ist 3 over Ziel 2 is what no edit may produce.
    {
        auto c = Catalog::open(catalog);
        c->apply(edit::setField(*c, Table::Leistung, 10000, col::reifegradZiel, 2));
    }
    const QByteArray catalogHash = test::catalogState(catalog);
    const QByteArray packageHash = test::fileHash(package);
    const auto r = test::runTfp({u"review-merge"_qs, catalog, package, u"--resolve"_qs, u"paket"_qs});
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains("keine seiner Änderungen ist zulässig"));
    CHECK(r.err.contains("Ziel-Reifegrad (2)"));
    CHECK_FALSE(r.err.contains(".."));
    CHECK(test::catalogState(catalog) == catalogHash);
    CHECK(test::fileHash(package) == packageHash);
}

TEST_CASE("tfp stand names the plan and tfp changes lists what changed since, also as CSV",
          "[cli][review][backends]")
{
    QTemporaryDir dir;
    const QString catalog = test::defaultCatalogOnBackend(dir);
    auto r = test::runTfp({u"stand"_qs, catalog, u"Steuerungskreis 14.11.2026"_qs});
    CHECK(r.exitCode == 0);
    CHECK(QString::fromUtf8(r.out).contains(u"Stand „Steuerungskreis 14.11.2026“ festgehalten"));
    CHECK(test::runTfp({u"stand"_qs, catalog, u"Steuerungskreis 14.11.2026"_qs}).exitCode == 1);
    setStatuses(catalog, u"mmeyer"_qs, {{10000, u"online"_qs}});
    setStatuses(catalog, u"akaya"_qs, {{10100, u"in_planung"_qs}});
    const QStringList since{u"changes"_qs, catalog, u"--stand"_qs, u"Steuerungskreis 14.11.2026"_qs};
    r = test::runTfp(since);
    CHECK(r.exitCode == 0);
    CHECK(r.out.count('\n') == 2);
    // On a server the journal names the database login beside the author.
    const QString author = test::onServerBackend() ? u"mmeyer (tfp)"_qs : u"mmeyer"_qs;
    CHECK(QString::fromUtf8(r.out).contains(
        author + u"  Familie & Kind  Status von OZG-Leistung „Elterngeld“: ohne Status → online"_qs));
    r = test::runTfp(since + QStringList{u"--themenfeld"_qs, kFamilie});
    CHECK(r.out.count('\n') == 1);
    r = test::runTfp(since + QStringList{u"--author"_qs, u"akaya"_qs});
    CHECK(r.out.count('\n') == 1);
    CHECK(r.out.contains("in Planung"));
    r = test::runTfp(since + QStringList{u"--entity"_qs, u"leistung:10100"_qs});
    CHECK(r.out.count('\n') == 1);

    const QString out = dir.filePath(u"aenderungen.csv"_qs);
    r = test::runTfp(since + QStringList{u"--csv"_qs, out});
    CHECK(r.exitCode == 0);
    const csv::Table table = csv::parse(QString::fromUtf8(test::readFile(out)), u';', out);
    REQUIRE(table.rows.size() == 2);
    CHECK(table.rows[0][table.column(u"Themenfeld"_qs)] == kFamilie);
    CHECK(table.rows[0][table.column(u"Alt"_qs)] == u"ohne Status");

    r = test::runTfp(
        {u"changes"_qs, catalog, u"--since"_qs, QDate::currentDate().addDays(1).toString(u"dd.MM.yyyy")});
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains("Keine Änderungen"));
    r = test::runTfp({u"changes"_qs, catalog, u"--stand"_qs, u"Jour-Fix"_qs});
    CHECK(r.exitCode == 1);
    CHECK(
        QString::fromUtf8(r.err).contains(u"keinen Stand „Jour-Fix“; es gibt: „Steuerungskreis 14.11.2026“"));
    CHECK(test::runTfp({u"changes"_qs, catalog, u"--since"_qs, u"gestern"_qs}).exitCode == 2);
    CHECK(test::runTfp(since + QStringList{u"--since"_qs, u"2026-01-01"_qs}).exitCode == 2);
    CHECK(test::runTfp({u"changes"_qs, catalog, u"--entity"_qs, u"leistungen"_qs}).exitCode == 2);
}

TEST_CASE("the review and history commands have --help and check their arguments", "[cli][review]")
{
    for (const char *cmd : {"review-pack", "review-merge", "changes", "stand"}) {
        INFO(cmd);
        const auto r = test::runTfp({QString::fromLatin1(cmd), u"--help"_qs});
        CHECK(r.exitCode == 0);
        CHECK(r.out.contains("--help"));
        CHECK(test::runTfp({QString::fromLatin1(cmd)}).exitCode == 2);
        CHECK(test::runTfp({u"--help"_qs}).out.contains(cmd));
    }
}
