// A hand-made plan for Familie & Kind on a copy of the embedded default catalog, written down as a PlanSpec
// and built by buildPlan (planbuilder.h) through the same edit functions the UI uses: statuses, Reifegrade, a
// project with slipped and overdue milestones, Nachnutzung, a Zahlungsplan, scores and an empty Themenfeld.
// Small and exact, so that a test can name its figures; the Workshop shape adds what the screenshots show (an
// Onlinedienst, a project without milestones, risks, a full workshop's scores and weights, dependencies,
// pinned waves). For a large generated plan see demoplan.h.
#pragma once

#include "storage/catalog.h"
#include "support/planbuilder.h"
#include "support/testutil.h"

#include <QDate>
#include <QTemporaryDir>
#include <functional>
#include <memory>

namespace tfp::test {

struct FamiliePlan
{
    int familie = 0;
    int leer = 0; // a Themenfeld without Leistungen or projects
    qint64 projekt = 0;
};

enum class FamiliePlanShape
{
    Charts,   // the chart tests' figures
    Workshop, // the screenshots' fuller plan
};

PlanSpec familiePlanSpec(const Catalog &c, FamiliePlanShape shape);
// apply commits one change set: Catalog::apply in tests, the Document's undo stack in the screenshots.
FamiliePlan addFamiliePlan(Catalog &c, const Apply &apply, FamiliePlanShape shape = FamiliePlanShape::Charts);

struct OwnCatalog
{
    QTemporaryDir dir;
    QString path = defaultCatalogCopy(dir);
    std::unique_ptr<Catalog> catalog = Catalog::open(path);
};

// The Charts shape on a catalog of its own (the catalog is built first: bases in declaration order).
struct ChartPlan : OwnCatalog, FamiliePlan
{
    const QDate heute{2026, 12, 1};

    ChartPlan() : FamiliePlan(addFamiliePlan(*catalog, [this](const ChangeSet &cs) { catalog->apply(cs); }))
    {
    }
    PlanSnapshot plan() const { return catalog->loadPlan(); }
};

} // namespace tfp::test
