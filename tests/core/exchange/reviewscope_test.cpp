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

TEST_CASE("a package cannot change what lies outside its Themenfeld", "[core][review]")
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
             test::tamper(p, {u"INSERT INTO projekt (id, themenfeld_id, name, efa_modell, phase, notes) "
                              "VALUES (9001, %1, 'Rentenportal', 'offen', 'vorbereitung', '')"_qs.arg(arbeit),
                              test::journalRow(u"projekt"_qs, 9001)});
         },
         Table::Projekt, "gehört nicht zum Themenfeld „Familie & Kind“"},
        {"Elterngeld moved into another Themenfeld's Lage",
         [&](const QString &p) {
             test::tamper(p, {u"UPDATE leistung SET lage_id = %1 WHERE ozg_id = 10000"_qs.arg(fremdeLage),
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
          "[core][review]")
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
