// The plan's projects and milestones by id, for the analyses that follow references (a milestone's project, a
// dependency's ends). Milestones of a project the plan lacks are left out.
#pragma once

#include "domain/plan.h"

#include <QHash>

namespace tfp::analysis {

struct PlanIndex
{
    explicit PlanIndex(const PlanSnapshot &plan)
    {
        for (const Projekt &p : plan.projekte)
            projekte.insert(p.id, &p);
        for (const Meilenstein &m : plan.meilensteine)
            if (projekte.contains(m.projektId))
                meilensteine.insert(m.id, &m);
    }
    QHash<qint64, const Projekt *> projekte;
    QHash<qint64, const Meilenstein *> meilensteine;
};

} // namespace tfp::analysis
