#include "reviewfixture.h"

#include "edit/changetext.h"
#include "edit/workshopedits.h"
#include "error.h"

#include <QDate>
#include <QFile>

using namespace tfp;
using namespace tfp::schema;
using test::findItem;

namespace {

QString today(int days = 0)
{
    return QDate::currentDate().addDays(days).toString(Qt::ISODate);
}

QList<QVariantMap> rowsOf(const Catalog &c, Table t, QStringView column, const QVariant &value)
{
    return c.rowsWhere(t, column, value);
}

} // namespace

TEST_CASE("a clean merge takes fields, new rows and comments over as one journaled step",
          "[core][review][backends]")
{
    test::ReviewFixture f;
    const QString path = f.pack();
    const qint64 konzeption = f.meilenstein(1);
    qint64 neuesProjekt = 0;
    {
        auto w = test::ReviewFixture::workshop(path);
        w->apply(edit::setField(*w, Table::Leistung, 10000, col::status, u"in_umsetzung"_qs));
        w->apply(edit::setField(*w, Table::Leistung, 10000, col::reifegradZiel, 4));
        w->apply(edit::setField(*w, Table::Meilenstein, konzeption, col::geplant, u"2027-03-31"_qs));
        const ChangeSet p = edit::createProjekt(*w, f.familie, u"Kita-Portal"_qs, {10005});
        neuesProjekt = p.changes.first().key;
        w->apply(p);
        w->apply(edit::addKommentar(*w, Table::Leistung, 10000, u"Antrag vor Bescheid digitalisieren"_qs));
        w->apply(edit::addKommentar(*w, Table::Projekt, neuesProjekt, u"Träger früh einbinden"_qs));
    }
    // Meanwhile at home: another field of another Leistung.
    f.catalog->apply(edit::setField(*f.catalog, Table::Leistung, 10001, col::notes, u"Rechtslage klären"_qs));
    const qint64 revision = f.catalog->revision();

    ReviewMergePlan plan = f.plan(path);
    CHECK_FALSE(plan.alreadyMerged);
    CHECK(plan.conflicts.isEmpty());
    CHECK(plan.rejected.isEmpty());
    const MergeItem *status = findItem(plan.applied, u"leistung/10000/status"_qs);
    REQUIRE(status);
    CHECK(status->base.toString() == u"ohne");
    CHECK(status->catalog.toString() == u"ohne");
    CHECK(status->package.toString() == u"in_umsetzung");
    CHECK(status->label == u"Status von „Elterngeld“");
    // A new comment says what it is about.
    QStringList commentLabels;
    for (const MergeItem &i : plan.applied)
        if (i.table == Table::Kommentar)
            commentLabels << i.label;
    CHECK(commentLabels.contains(u"Kommentar zu „Elterngeld“: „Antrag vor Bescheid digitalisieren“"_qs));
    CHECK(commentLabels.contains(u"Kommentar zu Projekt „Kita-Portal“: „Träger früh einbinden“"_qs));
    f.merge(plan);

    CHECK(f.catalog->revision() == revision + 1); // one step, one undo
    CHECK(f.value(Table::Leistung, 10000, col::status).toString() == u"in_umsetzung");
    CHECK(f.value(Table::Leistung, 10000, col::reifegradZiel).toInt() == 4);
    CHECK(f.value(Table::Meilenstein, konzeption, col::geplant).toString() == u"2027-03-31");
    CHECK(f.value(Table::Leistung, 10001, col::notes).toString() ==
          u"Rechtslage klären"); // the catalog's own change stays

    // The new project got a key of the catalog's, and its milestones, Leistung and comment follow it.
    const auto projekte = rowsOf(*f.catalog, Table::Projekt, col::name, u"Kita-Portal"_qs);
    REQUIRE(projekte.size() == 1);
    const qint64 kita = projekte[0].value(u"id"_qs).toLongLong();
    CHECK(rowsOf(*f.catalog, Table::Meilenstein, col::projektId, kita).size() == 7);
    const auto links = rowsOf(*f.catalog, Table::ProjektLeistung, col::projektId, kita);
    REQUIRE(links.size() == 1);
    CHECK(links[0].value(u"ozg_id"_qs).toInt() == 10005);

    const auto comments = f.catalog->rowsWhere(Table::Kommentar, col::autor, u"workshop"_qs);
    REQUIRE(comments.size() == 2);
    for (const QVariantMap &k : comments) {
        CHECK(k.value(u"quelle"_qs).toString() == u"Workshop-Paket sitzung.tfreview");
        CHECK_FALSE(k.value(u"zeitpunkt"_qs).toString().isEmpty());
    }
    CHECK(comments[1].value(u"entity_table"_qs).toString() == u"projekt");
    CHECK(comments[1].value(u"entity_key"_qs).toLongLong() == kita);

    // Journaled as one change set from the package: who merged, old → new.
    const auto journal = f.catalog->journal(revision);
    REQUIRE_FALSE(journal.isEmpty());
    for (const JournalEntry &e : journal) {
        CHECK(edit::descriptionText(e.quelle) == u"Workshop-Paket sitzung.tfreview");
        CHECK(e.autor == u"planung");
        CHECK(edit::descriptionText(e.beschreibung) == u"Workshop-Ergebnis „sitzung.tfreview“ übernehmen");
    }
    const auto entry = std::find_if(journal.cbegin(), journal.cend(),
                                    [](const JournalEntry &e) { return e.column == u"status"; });
    REQUIRE(entry != journal.cend());
    CHECK(entry->alt == u"ohne");
    CHECK(entry->neu == u"in_umsetzung");
}

TEST_CASE("a conflict shows base, catalog and package and is decided either way", "[core][review][backends]")
{
    test::ReviewFixture f;
    const QString path = f.pack();
    {
        auto w = test::ReviewFixture::workshop(path);
        w->apply(edit::setField(*w, Table::Leistung, 10000, col::status, u"online"_qs));
        w->apply(edit::setField(*w, Table::Leistung, 10003, col::nachfrage, 800000));
        w->apply(edit::setField(*w, Table::Leistung, 10005, col::notes, u"aus dem Workshop"_qs));
    }
    f.catalog->apply(edit::setField(*f.catalog, Table::Leistung, 10000, col::status, u"in_planung"_qs));
    f.catalog->apply(edit::setField(*f.catalog, Table::Leistung, 10003, col::nachfrage, 750000));
    const QByteArray before = f.exported();

    ReviewMergePlan plan = f.plan(path);
    REQUIRE(plan.conflicts.size() == 2);
    const MergeItem *status = findItem(plan.conflicts, u"leistung/10000/status"_qs);
    REQUIRE(status);
    CHECK(status->base.toString() == u"ohne");
    CHECK(status->catalog.toString() == u"in_planung");
    CHECK(status->package.toString() == u"online");
    CHECK(status->resolution == MergeSide::Open);
    CHECK(findItem(plan.applied, u"leistung/10005/notes"_qs));

    // Nothing is merged while a conflict is open.
    REQUIRE_THROWS_WITH(f.merge(plan), Catch::Contains("noch nicht entschiedene Konflikte: 2"));
    CHECK((f.exported() == before));

    SECTION("all for the package")
    {
        resolveAll(plan, MergeSide::Package);
        f.merge(plan);
        CHECK(f.value(Table::Leistung, 10000, col::status).toString() == u"online");
        CHECK(f.value(Table::Leistung, 10003, col::nachfrage).toInt() == 800000);
    }
    SECTION("all for the catalog")
    {
        resolveAll(plan, MergeSide::Catalog);
        f.merge(plan);
        CHECK(f.value(Table::Leistung, 10000, col::status).toString() == u"in_planung");
        CHECK(f.value(Table::Leistung, 10003, col::nachfrage).toInt() == 750000);
    }
    SECTION("field by field")
    {
        CHECK(resolve(plan, u"leistung/10000/status"_qs, MergeSide::Package));
        CHECK(resolve(plan, u"leistung/10003/nachfrage"_qs, MergeSide::Catalog));
        CHECK_FALSE(resolve(plan, u"leistung/10003/status"_qs, MergeSide::Package));
        f.merge(plan);
        CHECK(f.value(Table::Leistung, 10000, col::status).toString() == u"online");
        CHECK(f.value(Table::Leistung, 10003, col::nachfrage).toInt() == 750000);
    }
    CHECK(f.value(Table::Leistung, 10005, col::notes).toString() == u"aus dem Workshop");
}

TEST_CASE("packages merge one after another, each against its own base", "[core][review][backends]")
{
    test::ReviewFixture f;
    const qint64 hessen = 7;
    const QString a = f.pack(u"a.tfreview"_qs);
    const QString b = f.pack(u"b.tfreview"_qs);
    {
        auto w = test::ReviewFixture::workshop(a);
        w->apply(edit::setField(*w, Table::Leistung, 10000, col::status, u"online"_qs));
        w->apply(edit::setField(*w, Table::Leistung, 10002, col::notes, u"A"_qs));
        w->apply(edit::setNachnutzung(*w, f.projekt, int(hessen), u"geplant"_qs));
    }
    {
        auto w = test::ReviewFixture::workshop(b);
        w->apply(edit::setField(*w, Table::Leistung, 10002, col::notes, u"B"_qs));
        w->apply(edit::setField(*w, Table::Leistung, 10004, col::status, u"in_umsetzung"_qs));
        w->apply(edit::setNachnutzung(*w, f.projekt, int(hessen), u"geplant"_qs));
    }
    ReviewMergePlan first = f.plan(a);
    REQUIRE(first.conflicts.isEmpty());
    f.merge(first);

    ReviewMergePlan second = f.plan(b);
    // B never touched 10000: A's change stays. Both changed 10002: a conflict against the common base.
    CHECK_FALSE(findItem(second.applied, u"leistung/10000/status"_qs));
    REQUIRE(second.conflicts.size() == 1);
    CHECK(second.conflicts[0].id == u"leistung/10002/notes");
    CHECK(second.conflicts[0].base.toString() == u"");
    CHECK(second.conflicts[0].catalog.toString() == u"A");
    CHECK(second.conflicts[0].package.toString() == u"B");
    resolveAll(second, MergeSide::Package);
    f.merge(second);

    CHECK(f.value(Table::Leistung, 10000, col::status).toString() == u"online");
    CHECK(f.value(Table::Leistung, 10002, col::notes).toString() == u"B");
    CHECK(f.value(Table::Leistung, 10004, col::status).toString() == u"in_umsetzung");
    // Both workshops planned Hessen's Nachnutzung: one row, not two.
    CHECK(rowsOf(*f.catalog, Table::Nachnutzung, col::projektId, f.projekt).size() == 1);
}

TEST_CASE("the same package merged a second time changes nothing", "[core][review][backends]")
{
    test::ReviewFixture f;
    const QString path = f.pack();
    {
        auto w = test::ReviewFixture::workshop(path);
        w->apply(edit::createProjekt(*w, f.familie, u"Kita-Portal"_qs, {10005}));
        w->apply(edit::setField(*w, Table::Leistung, 10000, col::status, u"online"_qs));
    }
    ReviewMergePlan plan = f.plan(path);
    const ChangeSet merged = f.merge(plan);
    const QByteArray after = f.exported();

    ReviewMergePlan again = f.plan(path);
    CHECK(again.alreadyMerged);
    CHECK(again.applied.isEmpty());
    CHECK(again.conflicts.isEmpty());
    REQUIRE_FALSE(again.notes.isEmpty());
    CHECK(again.notes[0].contains(u"schon am"));
    CHECK(reviewMergeChanges(*f.catalog, again).isEmpty());
    CHECK((f.exported() == after));

    SECTION("a plan moved through its JSON export still knows the package as merged")
    {
        const QString moved = f.dir.filePath(u"umgezogen.tfplan"_qs);
        const auto copy =
            Catalog::create(moved, [&](Catalog &c) { importPlanJson(c, after, u"plan.json"_qs); });
        CHECK((exportPlanJson(*copy) == after));
        ReviewMergePlan fourth = planReviewMerge(*copy, openReviewPackage(path, *copy));
        CHECK(fourth.alreadyMerged);
        CHECK(reviewMergeChanges(*copy, fourth).isEmpty());
    }

    SECTION("after the merge is undone, the package merges again")
    {
        f.catalog->apply(merged.inverted());
        ReviewMergePlan third = f.plan(path);
        CHECK_FALSE(third.alreadyMerged);
        CHECK(findItem(third.applied, u"leistung/10000/status"_qs));
    }
}

TEST_CASE("undoing a merge brings the catalog back as it was", "[core][review][backends]")
{
    test::ReviewFixture f;
    const QString path = f.pack();
    const qint64 mvp = f.meilenstein(2);
    {
        auto w = test::ReviewFixture::workshop(path);
        w->apply(edit::setField(*w, Table::Leistung, 10000, col::reifegradIst, 2));
        w->apply(edit::setField(*w, Table::Meilenstein, mvp, col::geplant, u"2027-06-30"_qs));
        const ChangeSet p = edit::createProjekt(*w, f.familie, u"Kita-Portal"_qs, {10005});
        w->apply(p);
        w->apply(edit::addKommentar(*w, Table::Projekt, p.changes.first().key, u"Träger früh einbinden"_qs));
        w->apply(edit::unassignLeistungen(*w, f.projekt, {10003}));
        w->apply(edit::remove(*w, Table::Meilenstein, f.meilenstein(6)));
    }
    const QJsonObject before = f.content();
    ReviewMergePlan plan = f.plan(path);
    REQUIRE(plan.conflicts.isEmpty());
    const ChangeSet merged = f.merge(plan);
    CHECK(f.content() != before);
    CHECK(rowsOf(*f.catalog, Table::Meilenstein, col::projektId, f.projekt).size() == 6);

    f.catalog->apply(merged.inverted());
    CHECK(f.content() == before);
}

TEST_CASE("a row deleted in the workshop is deleted unless the catalog changed it",
          "[core][review][backends]")
{
    test::ReviewFixture f;
    const QString path = f.pack();
    {
        auto w = test::ReviewFixture::workshop(path);
        w->apply(edit::remove(*w, Table::Projekt, f.projekt));
    }

    SECTION("unchanged at home: deleted with its milestones")
    {
        ReviewMergePlan plan = f.plan(path);
        REQUIRE(plan.conflicts.isEmpty());
        const MergeItem *d = findItem(plan.applied, u"projekt/%1"_qs.arg(f.projekt));
        REQUIRE(d);
        CHECK(d->kind == MergeItem::Kind::Delete);
        f.merge(plan);
        CHECK_FALSE(f.catalog->row(Table::Projekt, f.projekt));
        CHECK(f.catalog->count(Table::Meilenstein) == 0);
    }
    SECTION("a milestone changed at home: a conflict")
    {
        f.catalog->apply(
            edit::setField(*f.catalog, Table::Meilenstein, f.meilenstein(0), col::ist, today(-3)));
        ReviewMergePlan plan = f.plan(path);
        REQUIRE(plan.conflicts.size() == 1);
        CHECK(plan.conflicts[0].kind == MergeItem::Kind::Delete);
        CHECK(plan.conflicts[0].note.contains(u"im Katalog geändert"));
        SECTION("kept")
        {
            resolveAll(plan, MergeSide::Catalog);
            f.merge(plan);
            CHECK(f.catalog->row(Table::Projekt, f.projekt));
            CHECK(f.value(Table::Meilenstein, f.meilenstein(0), col::ist).toString() == today(-3));
        }
        SECTION("deleted")
        {
            resolveAll(plan, MergeSide::Package);
            f.merge(plan);
            CHECK_FALSE(f.catalog->row(Table::Projekt, f.projekt));
        }
    }
}

TEST_CASE("a value the rules refuse is reported and never written", "[core][review][backends]")
{
    test::ReviewFixture f;
    const QString path = f.pack();
    {
        auto w = test::ReviewFixture::workshop(path);
        w->apply(edit::setField(*w, Table::Leistung, 10000, col::reifegradIst, 3));
        w->apply(edit::setField(*w, Table::Leistung, 10005, col::status, u"online"_qs));
    }
    // At home the Ziel was set to 2 meanwhile: Ist 3 over Ziel 2 is what no edit may produce.
    f.catalog->apply(edit::setField(*f.catalog, Table::Leistung, 10000, col::reifegradZiel, 2));

    ReviewMergePlan plan = f.plan(path);
    const MergeItem *ist = findItem(plan.rejected, u"leistung/10000/reifegrad_ist"_qs);
    REQUIRE(ist);
    CHECK(ist->note.contains(u"Ziel-Reifegrad (2)"));
    CHECK_FALSE(findItem(plan.applied, u"leistung/10000/reifegrad_ist"_qs));
    f.merge(plan);
    CHECK(f.value(Table::Leistung, 10000, col::reifegradIst).isNull());
    CHECK(f.value(Table::Leistung, 10005, col::status).toString() == u"online");
}

TEST_CASE("workshop votes are aggregated, and become scores only when asked", "[core][review][backends]")
{
    test::ReviewFixture f;
    const qint64 prioritaet = 31;
    const QString path = f.pack();
    {
        auto w = test::ReviewFixture::workshop(path);
        for (const auto &[who, wert] : {std::pair{u"Anna"_qs, 2}, {u"Ben"_qs, 3}, {u"Cem"_qs, 5}})
            w->apply(edit::setStimme(*w, prioritaet, 10000, who, u"Steuerungskreis"_qs, wert,
                                     QDate::currentDate()));
        w->apply(edit::setStimme(*w, prioritaet, 10003, u"Anna"_qs, u"Steuerungskreis"_qs, 4));
    }
    const auto score = [&](int ozg) -> QVariant {
        for (const QVariantMap &b : f.catalog->rowsWhere(Table::Bewertung, col::kriteriumId, prioritaet))
            if (b.value(u"ozg_id"_qs).toInt() == ozg)
                return b.value(u"wert"_qs);
        return {};
    };
    const QVariant before = score(10000);

    SECTION("listed, not applied")
    {
        ReviewMergePlan plan = f.plan(path);
        REQUIRE(plan.votes.size() == 2);
        const VoteAggregate &a = plan.votes[0];
        CHECK(a.ozgId == 10000);
        CHECK(a.count == 3);
        CHECK(a.mean == Approx(10.0 / 3));
        CHECK(a.spread == Approx(1.247219));
        CHECK(a.min == 2);
        CHECK(a.max == 5);
        CHECK(a.proposed == 3);
        f.merge(plan);
        CHECK(sameValue(score(10000), before));
        CHECK(f.catalog->rowsWhere(Table::Stimme, col::ozgId, 10000).size() ==
              3); // the votes themselves travel
    }
    SECTION("applied")
    {
        ReviewMergePlan plan = f.plan(path, {true});
        CHECK(plan.votesApplied);
        f.merge(plan);
        CHECK(score(10000).toInt() == 3);
        CHECK(score(10003).toInt() == 4);
    }
}

// File only: the subject is a catalog file of an older schema migrated on open, beside its package.
TEST_CASE("a package the program of an older schema made and edited merges into its catalog moved to the "
          "current schema",
          "[core][review]")
{
    // Made by tfp of that schema (tests/data/catalog/README.md): the package went out to a laptop with the
    // old program and came back after the catalog at home moved to the new schema.
    const int version = GENERATE(range(1, int(kVersion)));
    CAPTURE(version);
    QTemporaryDir dir;
    const QString catalogPath = dir.filePath(u"katalog.tfplan"_qs);
    const QString packagePath = dir.filePath(u"sitzung.tfreview"_qs);
    for (const auto &[from, to] : {std::pair{u"schema%1-paket-katalog.tfplan"_qs.arg(version), catalogPath},
                                   std::pair{u"schema%1-paket.tfreview"_qs.arg(version), packagePath}}) {
        REQUIRE(QFile::copy(QStringLiteral(TFP_TEST_DATA "/catalog/") + from, to));
        REQUIRE(QFile::setPermissions(to, QFile::ReadOwner | QFile::WriteOwner));
    }
    const QByteArray package = test::fileHash(packagePath);
    auto catalog = Catalog::open(catalogPath);
    REQUIRE(catalog->count(Table::MeilensteinAbhaengigkeit) == 0); // migrated: the new table is there

    ReviewMergePlan plan = planReviewMerge(*catalog, openReviewPackage(packagePath, *catalog), {});
    validateReviewMerge(*catalog, plan);
    CHECK(plan.conflicts.isEmpty());
    CHECK(plan.rejected.isEmpty());
    REQUIRE(plan.applied.size() == 1);
    CHECK(plan.applied[0].label.contains(u"MVP im Pilotland"_qs));
    catalog->apply(reviewMergeChanges(*catalog, plan), plan.source());
    const auto mvp = catalog->rowsWhere(Table::Meilenstein, col::titel, u"MVP im Pilotland"_qs);
    REQUIRE(mvp.size() == 1);
    CHECK(mvp[0].value(col::geplant.toString()).toString() == u"2025-10-31");
    // The received package is left as it came: read from a lifted copy, never migrated itself.
    CHECK(test::fileHash(packagePath) == package);
}
