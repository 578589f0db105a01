// Moving planned dates in the schedule: the milestones that depend on a moved one go along as far as their
// dependencies need, a project's open milestones shift together, and each move is one step the rules check.
#include <catch2/catch.hpp>

#include "edit/changetext.h"
#include "edit/edits.h"
#include "edit/scheduleedits.h"
#include "error.h"
#include "storage/catalog.h"
#include "support/testutil.h"

using namespace tfp;
using namespace tfp::schema;

namespace {

struct Chain
{
    QTemporaryDir dir;
    std::unique_ptr<Catalog> c = Catalog::open(test::defaultCatalogCopy(dir));
    qint64 projekt = 0;
    QList<qint64> ms; // the project's standard milestones, in phase order

    Chain()
    {
        const PlanSnapshot p = c->loadPlan(PlanDetail::Summary);
        const ChangeSet cs = edit::createProjekt(*c, p.themenfeldByName(u"Familie & Kind"_qs)->id,
                                                 u"Kindergeld digital"_qs, {});
        c->apply(cs);
        projekt = cs.changes.first().key;
        for (const Meilenstein &m : c->loadPlan(PlanDetail::Summary).meilensteine)
            if (m.projektId == projekt)
                ms << m.id;
        REQUIRE(ms.size() >= 5);
        // Planned a month apart from 1 March 2027 on.
        for (int i = 0; i < 4; ++i)
            set(ms[i], QDate(2027, 3 + i, 1));
    }
    void set(qint64 m, const QDate &d)
    {
        c->apply(edit::setField(*c, Table::Meilenstein, m, col::geplant, d.toString(Qt::ISODate)));
    }
    QDate geplant(qint64 m) const
    {
        return QDate::fromString(c->value(Table::Meilenstein, m, col::geplant).toString(), Qt::ISODate);
    }
    PlanSnapshot plan() const { return c->loadPlan(PlanDetail::Summary); }
};

} // namespace

TEST_CASE("moving a predecessor moves the successors that would break, as far as their lag needs")
{
    Chain t;
    // ms[1] after ms[0] with 10 days, ms[2] after ms[1] with 10, ms[3] after ms[0] with 0 (far enough
    // already).
    t.c->apply(edit::addMeilensteinAbhaengigkeit(*t.c, t.ms[1], t.ms[0], 10));
    t.c->apply(edit::addMeilensteinAbhaengigkeit(*t.c, t.ms[2], t.ms[1], 10));
    t.c->apply(edit::addMeilensteinAbhaengigkeit(*t.c, t.ms[3], t.ms[0], 0));

    const edit::TerminVerschiebung move{t.ms[0], QDate(2027, 3, 1), QDate(2027, 4, 15)};
    const auto mit = edit::abhaengigeVerschiebungen(t.plan(), {move});
    REQUIRE(mit.size() == 2);
    CHECK(mit[0] == edit::TerminVerschiebung{t.ms[1], QDate(2027, 4, 1), QDate(2027, 4, 25)});
    // Through the chain: ms[2] must come 10 days after ms[1]'s new date.
    CHECK(mit[1] == edit::TerminVerschiebung{t.ms[2], QDate(2027, 5, 1), QDate(2027, 5, 5)});

    // Moving it earlier breaks nothing: nothing else moves.
    CHECK(edit::abhaengigeVerschiebungen(t.plan(), {{t.ms[0], QDate(2027, 3, 1), QDate(2027, 2, 1)}})
              .isEmpty());

    // All of it is one step, described by the first move and how many went along, and undone as one.
    QList<edit::TerminVerschiebung> all{move};
    all += mit;
    const ChangeSet cs = edit::verschiebeMeilensteine(*t.c, all);
    CHECK(edit::descriptionText(cs.description).contains(u"2 abhängige Meilensteine mit"_qs));
    t.c->apply(cs);
    CHECK(t.geplant(t.ms[0]) == QDate(2027, 4, 15));
    CHECK(t.geplant(t.ms[1]) == QDate(2027, 4, 25));
    CHECK(t.geplant(t.ms[2]) == QDate(2027, 5, 5));
    CHECK(t.geplant(t.ms[3]) == QDate(2027, 6, 1)); // after its predecessor already: stays
    t.c->apply(cs.inverted());
    CHECK(t.geplant(t.ms[0]) == QDate(2027, 3, 1));
    CHECK(t.geplant(t.ms[1]) == QDate(2027, 4, 1));
}

TEST_CASE("a reached successor is never moved, however its predecessor moves")
{
    Chain t;
    t.c->apply(edit::addMeilensteinAbhaengigkeit(*t.c, t.ms[1], t.ms[0], 0));
    t.c->apply(edit::setField(*t.c, Table::Meilenstein, t.ms[1], col::ist, u"2026-04-01"_qs));
    CHECK(edit::abhaengigeVerschiebungen(t.plan(), {{t.ms[0], QDate(2027, 3, 1), QDate(2028, 1, 1)}})
              .isEmpty());
}

TEST_CASE("a project's open milestones shift together by months, keeping the day, and reached ones stay")
{
    Chain t;
    t.c->apply(edit::setField(*t.c, Table::Meilenstein, t.ms[0], col::ist, u"2026-03-01"_qs));
    const auto v = edit::projektVerschiebung(t.plan(), t.projekt, 2, 0);
    REQUIRE(v.size() == 3);
    const ChangeSet cs = edit::verschiebeMeilensteine(*t.c, v, t.projekt);
    CHECK(edit::descriptionText(cs.description) ==
          u"3 offene Meilensteine von Projekt „Kindergeld digital“ verschieben"_qs);
    t.c->apply(cs);
    CHECK(t.geplant(t.ms[0]) == QDate(2027, 3, 1)); // reached: stays
    CHECK(t.geplant(t.ms[1]) == QDate(2027, 6, 1));
    CHECK(t.geplant(t.ms[3]) == QDate(2027, 8, 1));
}

TEST_CASE("a move the rules refuse moves nothing and says why")
{
    Chain t;
    // Year 3000 is beyond what a planned date may be.
    QList<edit::TerminVerschiebung> v{{t.ms[0], QDate(2027, 3, 1), QDate(2027, 3, 8)},
                                      {t.ms[1], QDate(2027, 4, 1), QDate(3000, 1, 1)}};
    CHECK_THROWS_AS(edit::verschiebeMeilensteine(*t.c, v), Error);
    CHECK(t.geplant(t.ms[0]) == QDate(2027, 3, 1));
}
