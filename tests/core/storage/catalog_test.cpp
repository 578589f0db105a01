#include <catch2/catch.hpp>

#include "edit/edits.h"
#include "error.h"
#include "storage/catalog.h"
#include "support/pgserver.h"
#include "support/testutil.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>

#include <limits>

using namespace tfp;
using namespace tfp::schema;

namespace {

void patchHeader(const QString &path, int offset, quint32 value)
{
    QByteArray data = test::readFile(path);
    data[offset] = char(value >> 24);
    data[offset + 1] = char(value >> 16);
    data[offset + 2] = char(value >> 8);
    data[offset + 3] = char(value);
    test::writeFile(path, data);
}

void requireRefused(const QString &path, const QString &fragment)
{
    const QByteArray before = test::fileHash(path);
    try {
        Catalog::open(path);
        FAIL("opened although it should be refused");
    } catch (const Error &e) {
        INFO(e.message().toStdString());
        CHECK(e.message().contains(fragment));
        CHECK(e.message().contains(QFileInfo(path).fileName()));
    }
    CHECK(test::fileHash(path) == before);
}

} // namespace

TEST_CASE("a new catalog refuses to overwrite an existing file", "[core]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"x.tfplan"_qs);
    test::writeFile(path, "keep me");
    REQUIRE_THROWS_AS(Catalog::create(path), Error);
    CHECK(test::readFile(path) == "keep me");
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size() == 1);
}

TEST_CASE("files that are not catalogs are refused and left untouched", "[core]")
{
    QTemporaryDir dir;
    const QString good = test::defaultCatalogCopy(dir);

    SECTION("missing")
    {
        REQUIRE_THROWS_WITH(Catalog::open(dir.filePath(u"nope.tfplan"_qs)), Catch::Contains("gibt es nicht"));
    }
    SECTION("text file")
    {
        const QString p = dir.filePath(u"text.tfplan"_qs);
        test::writeFile(p, "Dies ist kein Katalog\n");
        requireRefused(p, u"keine SQLite-Datenbank"_qs);
    }
    SECTION("empty file")
    {
        const QString p = dir.filePath(u"empty.tfplan"_qs);
        test::writeFile(p, {});
        requireRefused(p, u"leer"_qs);
    }
    SECTION("SQLite database of another program")
    {
        patchHeader(good, 68, 0); // application_id
        requireRefused(good, u"anderen Programms"_qs);
    }
    SECTION("SQLite database with another program's application id")
    {
        patchHeader(good, 68, 0x47504B47); // "GPKG", a GeoPackage
        requireRefused(good, u"anderen Programms"_qs);
    }
    SECTION("newer schema")
    {
        patchHeader(good, 60, kVersion + 1); // user_version
        requireRefused(good, u"neueren Version"_qs);
    }
    SECTION("schema version 0: older than the first there is")
    {
        patchHeader(good, 60, 0);
        requireRefused(good, u"Schemaversion fehlt"_qs);
    }
    SECTION("truncated")
    {
        QByteArray data = test::readFile(good);
        data.truncate(data.size() / 2);
        test::writeFile(good, data);
        requireRefused(good, u"abgeschnitten"_qs);
    }
    SECTION("corrupt pages")
    {
        QByteArray data = test::readFile(good);
        for (qsizetype i = data.size() / 3; i < data.size() / 3 + 8192; ++i)
            data[i] = char(0xA5);
        test::writeFile(good, data);
        requireRefused(good, u"beschädigt"_qs);
    }
}

TEST_CASE("the migration steps lead from schema 1 to the current one without a gap", "[core]")
{
    int version = 1;
    for (const Catalog::MigrationStep &step : Catalog::migrationSteps()) {
        CHECK(step.from == version);
        CHECK(step.to == version + 1);
        CHECK(step.run != nullptr);
        version = step.to;
    }
    CHECK(version == kVersion);
}

TEST_CASE("an applied change set is committed, journaled and undone by its inverse", "[core][backends]")
{
    QTemporaryDir dir;
    auto c = Catalog::open(test::defaultCatalogOnBackend(dir));
    REQUIRE_FALSE(c->isReadOnly());
    const qint64 rev = c->revision();
    QSignalSpy spy(c.get(), &Catalog::changed);

    ChangeSet cs(u"Reifegrad setzen"_qs);
    cs.append(Change::update(Table::Leistung, 10000, col::reifegradIst.toString(), QVariant(), 3));
    c->apply(cs);
    CHECK(c->value(Table::Leistung, 10000, col::reifegradIst).toInt() == 3);
    CHECK(c->revision() == rev + 1);
    CHECK(spy.count() == 1);
    const auto journal = c->journal(rev);
    REQUIRE(journal.size() == 1);
    CHECK(journal[0].column == col::reifegradIst);
    CHECK(journal[0].neu == u"3");

    c->apply(cs.inverted());
    CHECK(c->value(Table::Leistung, 10000, col::reifegradIst).isNull());
}

TEST_CASE("the journal keeps the values of a row deleted and of a row added", "[core][backends]")
{
    QTemporaryDir dir;
    auto c = Catalog::open(test::defaultCatalogOnBackend(dir));
    const int themenfeld = c->loadPlan(PlanDetail::Summary).themenfelder.first().id;
    c->apply(edit::createProjekt(*c, themenfeld, u"Portal „Ü“"_qs, {10000, 10003}));
    const auto projekte = c->rowsWhere(Table::Projekt, col::name, u"Portal „Ü“"_qs);
    REQUIRE(projekte.size() == 1);
    const qint64 projekt = projekte[0].value(col::id.toString()).toLongLong();
    const qint64 rev = c->revision();
    c->apply(edit::remove(*c, Table::Projekt, projekt));
    REQUIRE_FALSE(c->row(Table::Projekt, projekt));
    // What the project was, and which Leistungen it held, stays readable in the history.
    int links = 0;
    for (const JournalEntry &e : c->journal(rev)) {
        INFO(e.table.toStdString() << " " << e.key << " " << e.zeile.toStdString());
        REQUIRE(e.column.isEmpty()); // whole rows only
        const QVariantMap row = journalRow(e);
        CHECK(row.value(col::id.toString()).toLongLong() == e.key);
        if (e.table == u"projekt")
            CHECK(row.value(col::name.toString()).toString() == u"Portal „Ü“");
        if (e.table == u"projekt_leistung") {
            ++links;
            CHECK(row.value(col::projektId.toString()).toLongLong() == projekt);
        }
    }
    CHECK(links == 2);
    // An update keeps its field's old and new value, not a row.
    c->apply(edit::setField(*c, Table::Leistung, 10000, col::name, u"Elterngeld neu"_qs));
    CHECK(c->journal(c->revision() - 1).last().zeile.isEmpty());
}

TEST_CASE("a catalog at the highest revision refuses changes instead of wrapping around", "[core]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"a.tfplan"_qs);
    constexpr qint64 highest = std::numeric_limits<qint64>::max();
    Catalog::create(path, [](Catalog &n) {
        n.setIdentityRaw(u"0f8fad5b-d9cb-469f-a165-70867728950e"_qs, highest);
        n.insertRaw(Table::Themenfeld,
                    {1, u"Umwelt"_qs, 0, 4.0, 3.0, 2.0, QVariant(), u"leistungen"_qs, u""_qs});
    });
    auto c = Catalog::open(path);
    REQUIRE(c->revision() == highest);
    ChangeSet cs(u"Umbenennen"_qs);
    cs.append(Change::update(Table::Themenfeld, 1, col::name.toString(), u"Umwelt"_qs, u"Klima"_qs));
    REQUIRE_THROWS_WITH(c->apply(cs), Catch::Contains("a.tfplan") &&
                                          Catch::Contains("höchste mögliche Revision") &&
                                          Catch::Contains("9223372036854775807"));
    CHECK(c->revision() == highest);
    CHECK(c->value(Table::Themenfeld, 1, col::name).toString() == u"Umwelt");
    CHECK(c->journal(0).isEmpty());
}

TEST_CASE("a change whose expected old value is stale is refused as a conflict", "[core][backends]")
{
    QTemporaryDir dir;
    auto c = Catalog::open(test::defaultCatalogOnBackend(dir));
    ChangeSet cs;
    cs.append(Change::update(Table::Leistung, 10000, col::status.toString(), u"online"_qs, u"in_planung"_qs));
    REQUIRE_THROWS_AS(c->apply(cs), ConflictError);
    CHECK(c->value(Table::Leistung, 10000, col::status).toString() == u"ohne");
}

TEST_CASE("a change set is all or nothing", "[core][backends]")
{
    QTemporaryDir dir;
    auto c = Catalog::open(test::defaultCatalogOnBackend(dir));
    const qint64 rev = c->revision();
    ChangeSet cs;
    cs.append(Change::update(Table::Leistung, 10000, col::reifegradIst.toString(), QVariant(), 2));
    cs.append(
        Change::update(Table::Leistung, 10001, col::reifegradIst.toString(), QVariant(), 9)); // out of range
    REQUIRE_THROWS_WITH(c->apply(cs), Catch::Contains("reifegrad_ist") && Catch::Contains("0 bis 7"));
    CHECK(c->value(Table::Leistung, 10000, col::reifegradIst).isNull());
    CHECK(c->revision() == rev);
}

TEST_CASE("foreign keys are enforced", "[core][backends]")
{
    QTemporaryDir dir;
    auto c = Catalog::open(test::defaultCatalogOnBackend(dir));
    ChangeSet cs;
    const qint64 key = c->allocateKey(Table::Projekt);
    cs.append(Change::insert(Table::Projekt, key, {{u"themenfeld_id"_qs, 999}, {u"name"_qs, u"P"_qs}}));
    REQUIRE_THROWS_WITH(c->apply(cs), Catch::Contains("verweist auf einen Eintrag"));
    CHECK(c->count(Table::Projekt) == 0);
}

TEST_CASE("removing a project removes its milestones and links, and the inverse restores all",
          "[core][backends]")
{
    QTemporaryDir dir;
    auto c = Catalog::open(test::defaultCatalogOnBackend(dir));
    const qint64 p = c->allocateKey(Table::Projekt);
    ChangeSet create(u"Projekt anlegen"_qs);
    create.append(Change::insert(Table::Projekt, p,
                                 {{u"themenfeld_id"_qs, 6}, {u"name"_qs, u"Elterngeld digital"_qs}}));
    create.append(Change::insert(Table::ProjektLeistung, c->allocateKey(Table::ProjektLeistung),
                                 {{u"projekt_id"_qs, p}, {u"ozg_id"_qs, 10000}}));
    create.append(Change::insert(
        Table::Meilenstein, c->allocateKey(Table::Meilenstein),
        {{u"projekt_id"_qs, p}, {u"titel"_qs, u"Konzeption"_qs}, {u"geplant"_qs, u"2027-03-31"_qs}}));
    c->apply(create);
    REQUIRE(c->dependents(Table::Projekt, p).size() == 2);

    const ChangeSet removal = c->removal(Table::Projekt, p, u"Projekt löschen"_qs);
    CHECK(removal.changes.size() == 3);
    c->apply(removal);
    CHECK(c->count(Table::Projekt) == 0);
    CHECK(c->count(Table::Meilenstein) == 0);
    c->apply(removal.inverted());
    CHECK(c->count(Table::Projekt) == 1);
    CHECK(c->count(Table::Meilenstein) == 1);
    CHECK(c->count(Table::ProjektLeistung) == 1);
}

TEST_CASE("a second writer gets a read-only catalog with a clear notice", "[core]")
{
    QTemporaryDir dir;
    const QString path = test::defaultCatalogCopy(dir);
    auto first = Catalog::open(path);
    REQUIRE_FALSE(first->isReadOnly());
    auto second = Catalog::open(path);
    CHECK(second->isReadOnly());
    CHECK(second->readOnlyReason().contains(u"nur zum Lesen"));
    ChangeSet cs;
    cs.append(Change::update(Table::Leistung, 10000, col::status.toString(), u"ohne"_qs, u"online"_qs));
    REQUIRE_THROWS_WITH(second->apply(cs), Catch::Contains("schreibgeschützt"));

    SECTION("the reader notices the writer's change")
    {
        CHECK_FALSE(second->checkExternalChange());
        first->apply(cs);
        CHECK(second->checkExternalChange());
        CHECK(second->value(Table::Leistung, 10000, col::status).toString() == u"online");
    }
    SECTION("the reader takes over when the writer closes")
    {
        CHECK_FALSE(second->tryBecomeWritable());
        first.reset();
        CHECK(second->tryBecomeWritable());
        second->apply(cs);
        CHECK(second->value(Table::Leistung, 10000, col::status).toString() == u"online");
    }
}

TEST_CASE("a new catalog clears what a killed creation of the same file left behind", "[core]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"neu.tfplan"_qs);
    // A creating process that is gone (its pid is free again after it exited) and one that still runs (this).
    QProcess gone;
    gone.start(u"true"_qs, {});
    REQUIRE(gone.waitForStarted());
    const qint64 pid = gone.processId();
    REQUIRE(gone.waitForFinished());
    const QString abandoned = dir.filePath(u".neu.tfplan.creating-%1-0000abcd"_qs.arg(pid));
    const QString running =
        dir.filePath(u".neu.tfplan.creating-%1-0000ef01"_qs.arg(QCoreApplication::applicationPid()));
    test::writeFile(abandoned, "halb geschrieben");
    test::writeFile(running, "wird noch gebaut");
    Catalog::create(path);
    CHECK_FALSE(QFileInfo::exists(abandoned));
    CHECK(QFileInfo::exists(running));
    CHECK(QFileInfo::exists(path));
}

TEST_CASE("a new catalog does not take over the write-ahead log a deleted catalog left behind", "[core]")
{
    QTemporaryDir dir;
    const QString old = test::defaultCatalogCopy(dir);
    const QString path = dir.filePath(u"neu.tfplan"_qs);
    {
        // The old catalog open, with a committed change still in its log (as when its process is killed).
        auto c = Catalog::open(old);
        ChangeSet cs(u"Reifegrad setzen"_qs);
        cs.append(Change::update(Table::Leistung, 10000, col::reifegradIst.toString(), QVariant(), 3));
        c->apply(cs);
        REQUIRE(QFileInfo(old + u"-wal"_qs).size() > 0);
        REQUIRE(QFile::copy(old + u"-wal"_qs, path + u"-wal"_qs));
        REQUIRE(QFile::copy(old + u"-shm"_qs, path + u"-shm"_qs));
    }
    auto fresh = Catalog::create(path, [](Catalog &) {});
    CHECK(fresh->value(Table::Leistung, 10000, col::reifegradIst).isNull());
    CHECK(fresh->revision() == 0);
    fresh.reset();
    CHECK(Catalog::verifyPages(path).isEmpty());
    CHECK(Catalog::open(path)->journal(0).isEmpty());
}

TEST_CASE("a change set's meta facts commit with it and go with its inverse", "[core][backends]")
{
    QTemporaryDir dir;
    auto c = Catalog::open(test::defaultCatalogOnBackend(dir));
    ChangeSet cs(u"Paket übernehmen"_qs);
    cs.append(Change::update(Table::Leistung, 10000, col::status.toString(), u"ohne"_qs, u"online"_qs));
    cs.meta.append({u"review.merged.x"_qs, {}, u"{}"_qs});
    c->apply(cs);
    CHECK(c->meta(u"review.merged.x"_qs) == u"{}");
    REQUIRE_THROWS_AS(c->apply(cs), ConflictError); // the fact is set already
    c->apply(cs.inverted());
    CHECK(c->meta(u"review.merged.x"_qs).isEmpty());
    CHECK(c->value(Table::Leistung, 10000, col::status).toString() == u"ohne");

    ChangeSet identity;
    identity.meta.append({u"catalog_id"_qs, c->catalogId(), u"0f8fad5b-d9cb-469f-a165-70867728950e"_qs});
    REQUIRE_THROWS_WITH(c->apply(identity), Catch::Contains("catalog_id"));
}

TEST_CASE("a probe sees the changes it applies and leaves the catalog as it was", "[core][backends]")
{
    QTemporaryDir dir;
    auto c = Catalog::open(test::defaultCatalogOnBackend(dir));
    const qint64 revision = c->revision();
    QSignalSpy spy(c.get(), &Catalog::changed);
    ChangeSet cs;
    cs.append(Change::update(Table::Leistung, 10000, col::reifegradIst.toString(), QVariant(), 3));
    QVariant seen;
    c->probe(cs, [&] { seen = c->value(Table::Leistung, 10000, col::reifegradIst); });
    CHECK(seen.toInt() == 3);
    CHECK(c->value(Table::Leistung, 10000, col::reifegradIst).isNull());
    CHECK(c->revision() == revision);
    CHECK(c->journal(revision).isEmpty());
    CHECK(spy.count() == 0);

    REQUIRE_THROWS_WITH(c->probe(cs, [] { throw Error(u"abgelehnt"_qs); }), Catch::Contains("abgelehnt"));
    CHECK(c->value(Table::Leistung, 10000, col::reifegradIst).isNull());
    c->apply(cs); // the connection is usable after a probe that threw
    CHECK(c->value(Table::Leistung, 10000, col::reifegradIst).toInt() == 3);
}
