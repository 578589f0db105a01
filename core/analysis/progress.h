// Progress over time of one Themenfeld or the whole programme: the go-live burn-up (planned against actual),
// the Zahlungsplan per quarter and the milestone rows of a Gantt chart. Pure functions over a PlanSnapshot.
#pragma once

#include "coverage.h"
#include "domain/plan.h"

#include <QDate>
#include <QList>
#include <optional>

namespace tfp::analysis {

struct BurnUpPunkt
{
    QDate datum;
    int anzahl = 0; // Leistungen online (or planned to be) on and after this day

    friend bool operator==(const BurnUpPunkt &, const BurnUpPunkt &) = default;
};

struct BurnUp
{
    int leistungen = 0;      // in range and scope: the line the burn-up grows towards
    int online = 0;          // status online now
    int onlineOhneDatum = 0; // online with no date to place it: counted from the start of the actual line
    int ohnePlantermin = 0;  // no planned date at all: in neither line's plan
    // One point per day on which the count changes, ascending; the last point holds the total.
    QList<BurnUpPunkt> geplant;
    QList<BurnUpPunkt> ist; // the first point starts from onlineOhneDatum
};

// Cumulative Leistungen online over time (README.md, "Analysis"):
// - planned go-live: the planned date of the Inbetriebnahme (Regelbetrieb) milestone that holds for the
//   Leistung (its own milestone overrides its project's; over several projects the earliest), else its
//   go_live date;
// - actual go-live, for a Leistung with status online only: its go_live date, else the date its
// Inbetriebnahme
//   milestone was reached, else none (onlineOhneDatum).
BurnUp burnUp(const PlanSnapshot &plan, std::optional<int> themenfeldId, Scope scope = Scope::Alle);

struct QuartalsBudget
{
    int jahr = 0;
    int quartal = 1;
    qint64 planCent = 0;
    qint64 istCent = 0;  // over the payments whose outflow is known
    int zahlungen = 0;   // entries of the Zahlungsplan in this quarter
    int istGemeldet = 0; // … of which have an outflow
    double personentage = 0;
    int ptGemeldet = 0; // … of which have person-days

    friend bool operator==(const QuartalsBudget &, const QuartalsBudget &) = default;
};

// The Zahlungsplan of the projects in range summed per quarter, from the first quarter with an entry to the
// last, quarters without entries included (all 0) so that the time axis has no gaps.
QList<QuartalsBudget> budgetJeQuartal(const PlanSnapshot &plan, std::optional<int> themenfeldId);

struct GanttMeilenstein
{
    qint64 id = 0;
    Phase phase = Phase::Vorbereitung;
    QString titel;
    QDate geplant;
    QDate ist;
    std::optional<int> ozgId;
    bool ueberfaellig = false; // planned before heute and not reached
    int verzugTage = 0;        // reached: ist − geplant (negative when early); overdue: heute − geplant
};

struct GanttZeile
{
    qint64 projektId = 0;
    QString name;
    Phase phase = Phase::Vorbereitung;
    QDate start;
    QDate ende;
    QList<GanttMeilenstein> meilensteine; // by sort order, then planned date, then id
};

// One row per project of the Themenfeld: by start date (else its earliest milestone date; undated projects
// last), then name. Throws tfp::Error when heute is not a valid date.
QList<GanttZeile> ganttZeilen(const PlanSnapshot &plan, int themenfeldId, const QDate &heute);

// The earliest and latest date of the rows (project start and end, planned and actual milestone dates);
// invalid dates when there are none.
std::pair<QDate, QDate> ganttZeitraum(const QList<GanttZeile> &zeilen);

} // namespace tfp::analysis
