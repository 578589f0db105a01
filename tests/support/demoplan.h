// A realistic plan for one Themenfeld, generated as a PlanSpec and built by buildPlan (planbuilder.h) through
// the same edit functions the UI uses: statuses and Reifegrade, scores for every criterion, projects with
// dated, slipped and accepted milestones, Nachnutzung, a Zahlungsplan, risks and dependencies. Shared by the
// report tests and the PDF benchmark; deterministic.
#pragma once

#include <QDate>
#include <QList>

namespace tfp {
class Catalog;
}

namespace tfp::test {

struct DemoPlan
{
    QList<qint64> projekte;
    QList<int> leistungen; // of the Themenfeld, by OZG-ID
};

struct PlanSpec;

// Milestones due before stichtag are reached (some late); later ones are open, a few of them overdue.
PlanSpec demoPlanSpec(const Catalog &c, int themenfeldId, QDate stichtag = QDate(2025, 6, 30),
                      int projekte = 14);
DemoPlan addDemoPlan(Catalog &c, int themenfeldId, QDate stichtag = QDate(2025, 6, 30), int projekte = 14);

} // namespace tfp::test
