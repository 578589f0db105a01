// Dependencies between milestones (finish-to-start with a lag): the edits, their rules and descriptions, the
// snapshot that lists them, and the removal of a milestone that has some.
#include <catch2/catch.hpp>

#include "edit/changetext.h"
#include "edit/edits.h"
#include "error.h"
#include "storage/catalog.h"
#include "support/testutil.h"

#include <QFile>

#include <functional>

using namespace tfp;
using namespace tfp::schema;

namespace {

struct TwoProjects
{
    QTemporaryDir dir;
    std::unique_ptr<Catalog> c = Catalog::open(test::defaultCatalogCopy(dir));
    QList<qint64> familie;    // the standard milestones of a project in „Familie & Kind“, in phase order
    QList<qint64> gesundheit; // and of one in „Umwelt“

    TwoProjects()
    {
        const PlanSnapshot p = c->loadPlan(PlanDetail::Summary);
        familie = milestonesOf(create(p, u"Familie & Kind"_qs, u"Kindergeld digital"_qs));
        gesundheit = milestonesOf(create(p, u"Umwelt"_qs, u"Basiskomponente Postfach"_qs));
    }
    qint64 create(const PlanSnapshot &p, const QString &themenfeld, const QString &name)
    {
        const Themenfeld *t = p.themenfeldByName(themenfeld);
        REQUIRE(t);
        const ChangeSet cs = edit::createProjekt(*c, t->id, name, {});
        c->apply(cs);
        return cs.changes.first().key;
    }
    QList<qint64> milestonesOf(qint64 projekt) const
    {
        QList<qint64> out;
        const PlanSnapshot p = c->loadPlan(PlanDetail::Summary);
        for (const Meilenstein &m : p.meilensteine)
            if (m.projektId == projekt)
                out << m.id;
        REQUIRE(out.size() >= 5);
        return out;
    }
    QString title(qint64 m) const { return c->value(Table::Meilenstein, m, col::titel).toString(); }
    // As the rules name a milestone: its title and its project.
    QString named(qint64 m) const
    {
        const qint64 p = c->value(Table::Meilenstein, m, col::projektId).toLongLong();
        return u"„%1“ (%2)"_qs.arg(title(m), c->value(Table::Projekt, p, col::name).toString());
    }
};

void requireRefused(Catalog &c, const std::function<ChangeSet()> &attempt, const QStringList &fragments)
{
    const qint64 revision = c.revision();
    const qsizetype rows = c.count(Table::MeilensteinAbhaengigkeit);
    try {
        c.apply(attempt());
        FAIL("accepted although the rules refuse it");
    } catch (const Error &e) {
        INFO(e.message().toStdString());
        for (const QString &f : fragments)
            CHECK(e.message().contains(f));
    }
    CHECK(c.revision() == revision);
    CHECK(c.count(Table::MeilensteinAbhaengigkeit) == rows);
}

} // namespace

TEST_CASE("a milestone depends on a milestone of another project and Themenfeld, with a lag", "[core]")
{
    TwoProjects f;
    Catalog &c = *f.c;
    PlanSnapshot kept = c.loadPlan();
    // The Roll-out of „Kindergeld digital“ comes at least 14 days after the Postfach's Regelbetrieb.
    const qint64 rollout = f.familie[4], regelbetrieb = f.gesundheit[5];
    const ChangeSet add = edit::addMeilensteinAbhaengigkeit(c, rollout, regelbetrieb, 14);
    CHECK(edit::descriptionText(add.description) ==
          u"Abhängigkeit anlegen: Meilenstein „%1“ nach Meilenstein „%2“ (Abstand 14 Tage)"_qs.arg(
              f.title(rollout), f.title(regelbetrieb)));
    c.apply(add);
    c.refresh(kept, add);

    const PlanSnapshot p = c.loadPlan();
    REQUIRE(p.meilensteinAbhaengigkeiten.size() == 1);
    const MeilensteinAbhaengigkeit &d = p.meilensteinAbhaengigkeiten[0];
    CHECK(d.meilensteinId == rollout);
    CHECK(d.haengtAbVon == regelbetrieb);
    CHECK(d.abstandTage == 14);
    // A snapshot kept current by refresh sees the same.
    REQUIRE(kept.meilensteinAbhaengigkeiten.size() == 1);
    CHECK(kept.meilensteinAbhaengigkeiten[0].abstandTage == 14);

    // The lag changes through setField, within 0 … kMaxAbstandTage.
    const ChangeSet lag = edit::setField(c, Table::MeilensteinAbhaengigkeit, d.id, col::abstandTage, 0);
    c.apply(lag);
    c.refresh(kept, lag);
    CHECK(kept.meilensteinAbhaengigkeiten[0].abstandTage == 0);
    CHECK(c.loadPlan().meilensteinAbhaengigkeiten[0].abstandTage == 0);
    requireRefused(
        c, [&] { return edit::setField(c, Table::MeilensteinAbhaengigkeit, d.id, col::abstandTage, -1); },
        {u"Abstand (Tage)"_qs, u"von 0 bis 3650"_qs});
    requireRefused(c,
                   [&] {
                       return edit::setField(c, Table::MeilensteinAbhaengigkeit, d.id, col::abstandTage,
                                             kMaxAbstandTage + 1);
                   },
                   {u"von 0 bis 3650"_qs});

    // Removed, and back by the inverse (the undo).
    const ChangeSet removal = edit::remove(c, Table::MeilensteinAbhaengigkeit, d.id);
    c.apply(removal);
    c.refresh(kept, removal);
    CHECK(kept.meilensteinAbhaengigkeiten.isEmpty());
    CHECK(c.loadPlan().meilensteinAbhaengigkeiten.isEmpty());
    c.apply(removal.inverted());
    CHECK(c.loadPlan().meilensteinAbhaengigkeiten.size() == 1);
    CHECK(c.loadPlan().meilensteinAbhaengigkeiten[0].abstandTage == 0);
}

TEST_CASE("a dependency on itself, on a missing milestone, twice, or out of range is refused", "[core]")
{
    TwoProjects f;
    Catalog &c = *f.c;
    const qint64 a = f.familie[0], b = f.familie[1];
    requireRefused(c, [&] { return edit::addMeilensteinAbhaengigkeit(c, a, a); },
                   {u"kann nicht von sich selbst abhängen"_qs, f.named(a)});
    requireRefused(c, [&] { return edit::addMeilensteinAbhaengigkeit(c, a, 999999); },
                   {u"999999 gibt es nicht"_qs});
    requireRefused(c, [&] { return edit::addMeilensteinAbhaengigkeit(c, 999999, a); },
                   {u"999999 gibt es nicht"_qs});
    requireRefused(c, [&] { return edit::addMeilensteinAbhaengigkeit(c, b, a, -1); }, {u"von 0 bis 3650"_qs});
    requireRefused(c, [&] { return edit::addMeilensteinAbhaengigkeit(c, b, a, 3651); },
                   {u"von 0 bis 3650"_qs});
    c.apply(edit::addMeilensteinAbhaengigkeit(c, b, a, 3650));
    requireRefused(c, [&] { return edit::addMeilensteinAbhaengigkeit(c, b, a, 5); },
                   {f.named(b) + u" hängt schon von "_qs + f.named(a)});
    // The other way round closes a cycle of two.
    requireRefused(c, [&] { return edit::addMeilensteinAbhaengigkeit(c, a, b); }, {u"Kreis"_qs});
}

TEST_CASE("a dependency that would close a cycle is refused with the chain named", "[core]")
{
    TwoProjects f;
    Catalog &c = *f.c;
    // Postfach's Pilot → Kindergeld's Konzeption → Kindergeld's Umsetzung → Postfach's Roll-out
    const qint64 pilot = f.gesundheit[3], konzeption = f.familie[1], umsetzung = f.familie[2],
                 rollout = f.gesundheit[4];
    c.apply(edit::addMeilensteinAbhaengigkeit(c, konzeption, pilot));
    c.apply(edit::addMeilensteinAbhaengigkeit(c, umsetzung, konzeption, 7));
    c.apply(edit::addMeilensteinAbhaengigkeit(c, rollout, umsetzung));
    // Pilot after Roll-out would make Roll-out come before itself.
    const QString chain =
        QStringList{f.named(pilot), f.named(konzeption), f.named(umsetzung), f.named(rollout), f.named(pilot)}
            .join(u" → ");
    requireRefused(c, [&] { return edit::addMeilensteinAbhaengigkeit(c, pilot, rollout); },
                   {u"Kreis"_qs, chain});
    // Changing an existing dependency into one that closes the cycle is refused the same way.
    const PlanSnapshot p = c.loadPlan();
    qint64 first = 0;
    for (const MeilensteinAbhaengigkeit &d : p.meilensteinAbhaengigkeiten)
        if (d.meilensteinId == konzeption)
            first = d.id;
    REQUIRE(first != 0);
    requireRefused(
        c,
        [&] { return edit::setField(c, Table::MeilensteinAbhaengigkeit, first, col::haengtAbVon, rollout); },
        {u"Kreis"_qs});
    // A dependency beside the chain is no cycle.
    c.apply(edit::addMeilensteinAbhaengigkeit(c, rollout, pilot));
    CHECK(c.count(Table::MeilensteinAbhaengigkeit) == 4);
}

TEST_CASE("removing a milestone removes its dependencies in the same journaled step, undone together",
          "[core]")
{
    TwoProjects f;
    Catalog &c = *f.c;
    const qint64 mitte = f.familie[2];
    c.apply(edit::addMeilensteinAbhaengigkeit(c, mitte, f.gesundheit[0], 3));
    c.apply(edit::addMeilensteinAbhaengigkeit(c, f.gesundheit[5], mitte));
    c.apply(edit::addMeilensteinAbhaengigkeit(c, f.familie[4], f.familie[3]));
    const ChangeSet removal = edit::remove(c, Table::Meilenstein, mitte);
    const auto deletes =
        std::count_if(removal.changes.cbegin(), removal.changes.cend(), [](const Change &ch) {
            return ch.kind == Change::Kind::Delete && ch.table == Table::MeilensteinAbhaengigkeit;
        });
    CHECK(deletes == 2);
    const qint64 revision = c.revision();
    c.apply(removal);
    CHECK(c.revision() == revision + 1);
    const PlanSnapshot p = c.loadPlan();
    REQUIRE(p.meilensteinAbhaengigkeiten.size() == 1); // no dangling dependency
    CHECK(p.meilensteinAbhaengigkeiten[0].meilensteinId == f.familie[4]);
    c.apply(removal.inverted());
    const PlanSnapshot back = c.loadPlan();
    CHECK(back.meilensteinAbhaengigkeiten.size() == 3);
    CHECK(c.value(Table::Meilenstein, mitte, col::titel).toString() == f.title(mitte));
}

TEST_CASE("a catalog migrated from schema 1 takes a dependency between its milestones", "[core]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"alt.tfplan"_qs);
    REQUIRE(QFile::copy(QStringLiteral(TFP_TEST_DATA "/catalog/schema1.tfplan"), path));
    REQUIRE(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
    auto c = Catalog::open(path);
    const PlanSnapshot plan = c->loadPlan();
    REQUIRE(plan.meilensteine.size() == 5);
    CHECK(plan.meilensteinAbhaengigkeiten.isEmpty());
    const qint64 a = plan.meilensteine[0].id, b = plan.meilensteine[1].id;
    c->apply(edit::addMeilensteinAbhaengigkeit(*c, b, a, 3));
    const PlanSnapshot after = c->loadPlan();
    REQUIRE(after.meilensteinAbhaengigkeiten.size() == 1);
    CHECK(after.meilensteinAbhaengigkeiten[0].meilensteinId == b);
    CHECK(after.meilensteinAbhaengigkeiten[0].abstandTage == 3);
}
