#include "reviewfixture.h"

#include "error.h"
#include "support/tamper.h"

using namespace tfp;
using namespace tfp::schema;

namespace {

qint64 beteiligter(const Catalog &c, const QString &kuerzel)
{
    return c.rowsWhere(Table::Beteiligter, col::kuerzel, kuerzel).value(0).value(u"id"_qs).toLongLong();
}

// The plan with every conflict decided for the package, as `--resolve paket` does.
ReviewMergePlan planForPackage(test::ReviewFixture &f, const QString &path)
{
    ReviewMergePlan plan = planReviewMerge(*f.catalog, openReviewPackage(path, *f.catalog));
    resolveAll(plan, MergeSide::Package);
    validateReviewMerge(*f.catalog, plan);
    return plan;
}

const MergeItem *rejectedOf(const ReviewMergePlan &plan, Table t)
{
    for (const MergeItem &i : plan.rejected)
        if (i.table == t)
            return &i;
    return nullptr;
}

} // namespace

TEST_CASE("a package cannot change what lies outside its Themenfeld", "[core][review][backends]")
{
    test::ReviewFixture f;
    const QString path = f.pack();
    const qint64 arbeit = 1;
    REQUIRE(f.value(Table::Themenfeld, arbeit, col::name).toString() == u"Arbeit & Ruhestand");
    const qint64 fremdeLage =
        f.catalog->rowsWhere(Table::Lage, col::themenfeldId, arbeit).value(0).value(u"id"_qs).toLongLong();
    const qint64 he = beteiligter(*f.catalog, u"HE"_qs);
    REQUIRE(he > 0);
    const QByteArray before = f.exported();

    struct Attack
    {
        const char *what;
        std::function<void(const QString &)> tamper; // changes the package at the path given
        Table refusedTable;
        const char *reason;
    };
    const QList<Attack> attacks{
        {"a project in another Themenfeld",
         [&](const QString &p) {
             // The other Themenfeld's row too, so that the package passes the open check's references and
             // it is the scope that refuses the project.
             test::tamper(
                 p, {u"INSERT INTO themenfeld (id, name) VALUES (%1, 'Arbeit & Ruhestand')"_qs.arg(arbeit),
                     u"INSERT INTO projekt (id, themenfeld_id, name, efa_modell, phase, notes) "
                     "VALUES (9001, %1, 'Rentenportal', 'offen', 'vorbereitung', '')"_qs.arg(arbeit),
                     test::journalRow(u"themenfeld"_qs, arbeit), test::journalRow(u"projekt"_qs, 9001)});
         },
         Table::Projekt, "gehört nicht zum Themenfeld „Familie & Kind“"},
        {"Elterngeld moved into another Themenfeld's Lage",
         [&](const QString &p) {
             test::tamper(
                 p, {u"INSERT INTO themenfeld (id, name) VALUES (%1, 'Arbeit & Ruhestand')"_qs.arg(arbeit),
                     u"INSERT INTO lage (id, themenfeld_id, name) VALUES (%1, %2, 'Rente')"_qs.arg(fremdeLage)
                         .arg(arbeit),
                     u"UPDATE leistung SET lage_id = %1 WHERE ozg_id = 10000"_qs.arg(fremdeLage),
                     test::journalRow(u"themenfeld"_qs, arbeit), test::journalRow(u"lage"_qs, fremdeLage),
                     test::journalRow(u"leistung"_qs, 10000, u"lage_id"_qs)});
         },
         Table::Leistung, "gemeinsamen Katalog"},
        {"the Land HE deleted with its Federführung everywhere",
         [&](const QString &p) {
             const QString ff =
                 test::queryValue(p, u"SELECT id FROM federfuehrung WHERE beteiligter_id = %1"_qs.arg(he));
             REQUIRE_FALSE(ff.isEmpty());
             test::tamper(p, {u"DELETE FROM federfuehrung WHERE beteiligter_id = %1"_qs.arg(he),
                              u"DELETE FROM beteiligter WHERE id = %1"_qs.arg(he),
                              test::journalRow(u"federfuehrung"_qs, ff.toLongLong()),
                              test::journalRow(u"beteiligter"_qs, he)});
         },
         Table::Beteiligter, "gemeinsamen Katalog"},
    };
    for (const Attack &a : attacks) {
        INFO(a.what);
        const QString copy = f.dir.filePath(QString::fromLatin1(a.what).left(8) + u".tfreview"_qs);
        REQUIRE(QFile::copy(path, copy));
        a.tamper(copy);

        ReviewMergePlan plan = planForPackage(f, copy);
        CHECK(plan.applied.isEmpty());
        CHECK(plan.conflicts.isEmpty());
        const MergeItem *refused = rejectedOf(plan, a.refusedTable);
        REQUIRE(refused);
        CHECK(refused->note.contains(QString::fromUtf8(a.reason)));
        try {
            f.merge(plan);
            FAIL("merged although the package reaches outside its Themenfeld");
        } catch (const Error &e) {
            INFO(e.message().toStdString());
            CHECK(e.message().contains(u"wird nicht übernommen"));
            CHECK(e.message().contains(QString::fromUtf8(a.reason)));
        }
        CHECK((f.exported() == before));
    }
    CHECK(f.catalog->row(Table::Beteiligter, he));
    CHECK(f.value(Table::Leistung, 10000, col::lageId).toLongLong() != fremdeLage);
}

TEST_CASE("what lies outside the scope is refused while the rest of the workshop's work is taken",
          "[core][review][backends]")
{
    test::ReviewFixture f;
    const QString path = f.pack();
    {
        auto w = test::ReviewFixture::workshop(path);
        w->apply(edit::setField(*w, Table::Leistung, 10003, col::status, u"in_umsetzung"_qs));
        // honest edits the app allows in a package, but that belong to the shared catalog
        w->apply(edit::setField(*w, Table::Leistung, 10000, col::name, u"Elterngeld Plus"_qs));
        w->apply(edit::setField(*w, Table::Themenfeld, f.familie, col::schwelleHoechste, 4.5));
    }
    ReviewMergePlan plan = f.plan(path);
    CHECK(test::findItem(plan.applied, u"leistung/10003/status"_qs));
    CHECK(test::findItem(plan.applied, u"themenfeld/6/schwelle_hoechste"_qs));
    const MergeItem *name = test::findItem(plan.rejected, u"leistung/10000/name"_qs);
    REQUIRE(name);
    CHECK(name->note.contains(u"gemeinsamen Katalog"));
    f.merge(plan);
    CHECK(f.value(Table::Leistung, 10003, col::status).toString() == u"in_umsetzung");
    CHECK(f.value(Table::Leistung, 10000, col::name).toString() == u"Elterngeld");
    CHECK(f.value(Table::Themenfeld, f.familie, col::schwelleHoechste).toDouble() == 4.5);
}

TEST_CASE("a merge holds a package's values to the same rules as an edit and an import",
          "[core][review][backends]")
{
    test::ReviewFixture f;
    f.catalog->apply(edit::setField(*f.catalog, Table::Projekt, f.projekt, col::start, u"2026-01-01"_qs));
    const QString path = f.pack();
    const QString projekt = QString::number(f.projekt), meilenstein = QString::number(f.meilenstein(0));
    const QString future = QDate::currentDate().addDays(10).toString(Qt::ISODate);
    struct Rule
    {
        const char *what;
        QStringList sql;
        QString id; // the refused field
        const char *fragment;
    };
    const QList<Rule> rules{
        {"Reifegrad 6 under model 1.x",
         {u"UPDATE leistung SET reifegrad_ist = 6 WHERE ozg_id = 10000"_qs,
          test::journalRow(u"leistung"_qs, 10000, u"reifegrad_ist"_qs)},
         u"leistung/10000/reifegrad_ist"_qs,
         "Stufen 0 bis 4"},
        {"a Ziel below the Ist",
         {u"UPDATE leistung SET reifegrad_ist = 3, reifegrad_ziel = 2 WHERE ozg_id = 10000"_qs,
          test::journalRow(u"leistung"_qs, 10000, u"reifegrad_ist"_qs),
          test::journalRow(u"leistung"_qs, 10000, u"reifegrad_ziel"_qs)},
         u"leistung/10000/reifegrad_ist"_qs,
         "Ziel-Reifegrad (2)"},
        {"thresholds that do not descend",
         {u"UPDATE themenfeld SET schwelle_hoechste = 2.0 WHERE id = 6"_qs,
          test::journalRow(u"themenfeld"_qs, 6, u"schwelle_hoechste"_qs)},
         u"themenfeld/6/schwelle_hoechste"_qs,
         "Schwellen müssen absteigen"},
        {"a project that ends before it starts",
         {u"UPDATE projekt SET ende = '2025-01-01' WHERE id = %1"_qs.arg(projekt),
          test::journalRow(u"projekt"_qs, f.projekt, u"ende"_qs)},
         u"projekt/%1/ende"_qs.arg(projekt),
         "vor dem Projektbeginn"},
        {"a milestone reached in the future",
         {u"UPDATE meilenstein SET ist = '%1' WHERE id = %2"_qs.arg(future, meilenstein),
          test::journalRow(u"meilenstein"_qs, f.meilenstein(0), u"ist"_qs)},
         u"meilenstein/%1/ist"_qs.arg(meilenstein),
         "in der Zukunft"},
        {"a milestone reached before its project began",
         {u"UPDATE meilenstein SET ist = '2025-06-30' WHERE id = %1"_qs.arg(meilenstein),
          test::journalRow(u"meilenstein"_qs, f.meilenstein(0), u"ist"_qs)},
         u"meilenstein/%1/ist"_qs.arg(meilenstein),
         "vor dem Projektbeginn"},
    };
    const QByteArray before = f.exported();
    int n = 0;
    for (const Rule &r : rules) {
        INFO(r.what);
        const QString copy = f.dir.filePath(u"regel%1.tfreview"_qs.arg(n++));
        REQUIRE(QFile::copy(path, copy));
        test::tamper(copy, r.sql);
        ReviewMergePlan plan = f.plan(copy);
        const MergeItem *refused = test::findItem(plan.rejected, r.id);
        REQUIRE(refused);
        CHECK(refused->note.contains(QString::fromUtf8(r.fragment)));
        CHECK_FALSE(refused->label.isEmpty()); // names the field and the row
        CHECK_THROWS(f.merge(plan));
        CHECK((f.exported() == before));
    }
}

TEST_CASE("a package that brings too many rows or too long a text is refused before the merge reads it",
          "[core][review][backends]")
{
    test::ReviewFixture f;
    const QString path = f.pack();
    const QByteArray before = f.exported();
    const auto refusal = [&]() -> QString {
        try {
            openReviewPackage(path, *f.catalog);
        } catch (const Error &e) {
            return e.message();
        }
        return {};
    };

    SECTION("200,000 new comments")
    {
        test::tamper(path,
                     {u"INSERT INTO kommentar (id, entity_table, entity_key, autor, zeitpunkt, text) "
                      "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 200000) "
                      "SELECT 1000000 + i, 'leistung', 10000, 'Workshop', '2026-12-01T10:00:00Z', "
                      "'Kommentar ' || i FROM n"_qs});
        const QString why = refusal();
        INFO(why.toStdString());
        CHECK(why.contains(u"sitzung.tfreview"_qs));
        CHECK(why.contains(u"200.000 neue Einträge in „kommentar“"_qs));
        CHECK(why.contains(u"höchstens 20.000"_qs));
    }
    SECTION("a note of a million characters")
    {
        test::tamper(path,
                     {u"UPDATE leistung SET notes = printf('%.*c', 1000000, 'x') WHERE ozg_id = 10000"_qs});
        const QString why = refusal();
        INFO(why.toStdString());
        CHECK(why.contains(u"„leistung“, Eintrag 10000, Feld „notes“ einen Text mit 1.000.000 Zeichen"_qs));
        CHECK(why.contains(u"höchstens 100.000 Zeichen"_qs));
    }
    SECTION("a long note the catalog had already passes")
    {
        const QString note = QString(150000, u'n');
        f.catalog->apply(edit::setField(*f.catalog, Table::Leistung, 10000, col::notes, note));
        const QString again = f.pack(u"zweite.tfreview"_qs);
        CHECK_NOTHROW(openReviewPackage(again, *f.catalog));
        return;
    }
    CHECK(f.exported() == before);
}
