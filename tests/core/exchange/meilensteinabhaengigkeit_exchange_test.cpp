// Milestone dependencies in the JSON exchange and in workshop packages: they travel, they merge, and a file
// that breaks their rules is refused without a trace.
#include "reviewfixture.h"

#include "error.h"

#include <QDir>
#include <QJsonArray>

using namespace tfp;
using namespace tfp::schema;
using test::findItem;

namespace {

QList<MeilensteinAbhaengigkeit> dependencies(const Catalog &c)
{
    const PlanSnapshot p = c.loadPlan(PlanDetail::Summary);
    return p.meilensteinAbhaengigkeiten;
}

bool hasDependency(const Catalog &c, qint64 nach, qint64 vor, int abstand)
{
    const auto all = dependencies(c);
    return std::any_of(all.cbegin(), all.cend(), [&](const MeilensteinAbhaengigkeit &d) {
        return d.meilensteinId == nach && d.haengtAbVon == vor && d.abstandTage == abstand;
    });
}

// A project in another Themenfeld (Umwelt), with its standard milestones.
qint64 umweltMeilenstein(Catalog &c, int index)
{
    const PlanSnapshot p = c.loadPlan(PlanDetail::Summary);
    const Themenfeld *umwelt = p.themenfeldByName(u"Umwelt"_qs);
    REQUIRE(umwelt);
    const ChangeSet cs = edit::createProjekt(c, umwelt->id, u"Basiskomponente Bezahlen"_qs, {});
    c.apply(cs);
    return c.rowsWhere(Table::Meilenstein, col::projektId, cs.changes.first().key)
        .value(index)
        .value(col::id.toString())
        .toLongLong();
}

} // namespace

TEST_CASE("milestone dependencies survive export-json and import-json byte for byte", "[core][backends]")
{
    test::ReviewFixture f;
    Catalog &c = *f.catalog;
    const qint64 fremd = umweltMeilenstein(c, 5);
    c.apply(edit::addMeilensteinAbhaengigkeit(c, f.meilenstein(4), fremd, 21));
    c.apply(edit::addMeilensteinAbhaengigkeit(c, f.meilenstein(2), f.meilenstein(1)));
    const QByteArray first = exportPlanJson(c);
    const QJsonArray rows = QJsonDocument::fromJson(first)
                                .object()
                                .value(u"tables"_qs)
                                .toObject()
                                .value(u"meilenstein_abhaengigkeit"_qs)
                                .toArray();
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].toObject().value(u"abstand_tage"_qs).toInt() == 21);
    CHECK(rows[0].toObject().value(u"haengt_ab_von"_qs).toInteger() == fremd);

    const QString copyPath = f.dir.filePath(u"kopie.tfplan"_qs);
    Catalog::create(copyPath, [&](Catalog &n) { importPlanJson(n, first, u"plan.json"_qs); });
    const auto copy = Catalog::open(copyPath);
    CHECK((exportPlanJson(*copy) == first));
    CHECK(hasDependency(*copy, f.meilenstein(4), fremd, 21));
    CHECK(hasDependency(*copy, f.meilenstein(2), f.meilenstein(1), 0));
}

// File only: the subject is a received plan document and the new file catalog it would become; the catalog
// it is exported from is just where the document comes from.
TEST_CASE("a plan document with a broken milestone dependency is refused and creates nothing", "[core]")
{
    test::ReviewFixture f;
    Catalog &c = *f.catalog;
    const qint64 a = f.meilenstein(0), b = f.meilenstein(1), d = f.meilenstein(2);
    c.apply(edit::addMeilensteinAbhaengigkeit(c, b, a));
    c.apply(edit::addMeilensteinAbhaengigkeit(c, d, b));
    QJsonObject top = QJsonDocument::fromJson(exportPlanJson(c)).object();
    QJsonObject tablesObject = top.value(u"tables"_qs).toObject();
    QJsonArray rows = tablesObject.value(u"meilenstein_abhaengigkeit"_qs).toArray();
    const auto row = [](qint64 key, qint64 nach, qint64 vor, int abstand) {
        return QJsonObject{{u"id"_qs, key},
                           {u"meilenstein_id"_qs, nach},
                           {u"haengt_ab_von"_qs, vor},
                           {u"abstand_tage"_qs, abstand},
                           {u"notes"_qs, u""_qs}};
    };
    QStringList fragments;
    SECTION("on itself")
    {
        rows.append(row(50, a, a, 0));
        fragments << u"tables.meilenstein_abhaengigkeit[2] (id 50).meilenstein_id"_qs
                  << u"kann nicht von sich selbst abhängen"_qs;
    }
    SECTION("on a milestone that does not exist")
    {
        rows.append(row(50, a, 424242, 0));
        fragments << u"meilenstein_abhaengigkeit"_qs << u"424242"_qs;
    }
    SECTION("closing a cycle")
    {
        rows.append(row(50, a, d, 0));
        fragments << u"meilenstein_abhaengigkeit"_qs << u"Kreis"_qs;
    }
    SECTION("a lag beyond ten years")
    {
        rows.append(row(50, d, a, 4000));
        fragments << u"tables.meilenstein_abhaengigkeit[2] (id 50).abstand_tage"_qs << u"von 0 bis 3650"_qs;
    }
    SECTION("the same pair twice")
    {
        rows.append(row(50, b, a, 3));
        fragments << u"meilenstein_abhaengigkeit"_qs;
    }
    SECTION("in a document of schema 1, which has no such table")
    {
        top.insert(u"schema_version"_qs, 1);
        fragments << u"meilenstein_abhaengigkeit"_qs << u"erst ab Schemaversion 2"_qs;
    }
    tablesObject.insert(u"meilenstein_abhaengigkeit"_qs, rows);
    top.insert(u"tables"_qs, tablesObject);
    const QByteArray json = QJsonDocument(top).toJson();
    QTemporaryDir target;
    const QString path = target.filePath(u"neu.tfplan"_qs);
    try {
        Catalog::create(path, [&](Catalog &n) { importPlanJson(n, json, u"eingang.json"_qs); });
        FAIL("imported although a dependency breaks the rules");
    } catch (const Error &e) {
        INFO(e.message().toStdString());
        CHECK(e.message().startsWith(u"„eingang.json“"));
        for (const QString &fragment : std::as_const(fragments))
            CHECK(e.message().contains(fragment));
    }
    CHECK(QDir(target.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());
}

// File only, as the test above: the document's format and a new file catalog are the subject.
TEST_CASE("a plan document of schema 1 without milestone dependencies is still read", "[core]")
{
    test::ReviewFixture f;
    QJsonObject top = QJsonDocument::fromJson(exportPlanJson(*f.catalog)).object();
    QJsonObject tablesObject = top.value(u"tables"_qs).toObject();
    tablesObject.remove(u"meilenstein_abhaengigkeit"_qs);
    top.insert(u"tables"_qs, tablesObject);
    top.insert(u"schema_version"_qs, 1);
    const QString path = f.dir.filePath(u"alt.tfplan"_qs);
    Catalog::create(path,
                    [&](Catalog &n) { importPlanJson(n, QJsonDocument(top).toJson(), u"alt.json"_qs); });
    const auto c = Catalog::open(path);
    CHECK(c->count(Table::Meilenstein) == f.catalog->count(Table::Meilenstein));
    CHECK(c->count(Table::MeilensteinAbhaengigkeit) == 0);
}

TEST_CASE("a workshop package carries the Themenfeld's milestone dependencies and merges new ones",
          "[core][review][backends]")
{
    test::ReviewFixture f;
    Catalog &c = *f.catalog;
    const qint64 fremd = umweltMeilenstein(c, 5);
    c.apply(edit::addMeilensteinAbhaengigkeit(c, f.meilenstein(2), f.meilenstein(1), 3));
    c.apply(edit::addMeilensteinAbhaengigkeit(c, f.meilenstein(4), fremd, 10)); // across Themenfelder
    const QString path = f.pack();
    {
        auto w = test::ReviewFixture::workshop(path);
        const auto inPackage = dependencies(*w);
        REQUIRE(inPackage.size() == 1); // the one on Umwelt's milestone stays at home
        w->apply(edit::setField(*w, Table::MeilensteinAbhaengigkeit, inPackage[0].id, col::abstandTage, 7));
        w->apply(edit::addMeilensteinAbhaengigkeit(*w, f.meilenstein(3), f.meilenstein(2), 14));
    }
    ReviewMergePlan plan = f.plan(path);
    CHECK(plan.conflicts.isEmpty());
    CHECK(plan.rejected.isEmpty());
    f.merge(plan);
    CHECK(dependencies(c).size() == 3);
    CHECK(hasDependency(c, f.meilenstein(2), f.meilenstein(1), 7));
    CHECK(hasDependency(c, f.meilenstein(3), f.meilenstein(2), 14));
    CHECK(hasDependency(c, f.meilenstein(4), fremd, 10));
}

TEST_CASE("a workshop dependency that closes a cycle with one added at home is refused, not written",
          "[core][review][backends]")
{
    test::ReviewFixture f;
    Catalog &c = *f.catalog;
    const QString path = f.pack();
    {
        auto w = test::ReviewFixture::workshop(path);
        w->apply(edit::addMeilensteinAbhaengigkeit(*w, f.meilenstein(1), f.meilenstein(3)));
        w->apply(edit::setField(*w, Table::Leistung, 10000, col::status, u"in_umsetzung"_qs));
    }
    // Meanwhile at home the other way round: 3 after 2 after 1.
    c.apply(edit::addMeilensteinAbhaengigkeit(c, f.meilenstein(2), f.meilenstein(1)));
    c.apply(edit::addMeilensteinAbhaengigkeit(c, f.meilenstein(3), f.meilenstein(2)));
    ReviewMergePlan plan = f.plan(path);
    QStringList notes;
    for (const MergeItem &i : plan.rejected)
        if (i.table == Table::MeilensteinAbhaengigkeit)
            notes << i.note;
    REQUIRE(notes.size() == 1);
    CHECK(notes[0].contains(u"Kreis"_qs));
    f.merge(plan);
    CHECK(dependencies(c).size() == 2);
    CHECK_FALSE(hasDependency(c, f.meilenstein(1), f.meilenstein(3), 0));
    CHECK(f.value(Table::Leistung, 10000, col::status).toString() == u"in_umsetzung");
}
