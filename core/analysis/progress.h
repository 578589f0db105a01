// Progress over time of one Themenfeld or the whole programme: the go-live burn-up (planned against actual),
// the Zahlungsplan per quarter and the milestone rows of a Gantt chart. Pure functions over a PlanSnapshot.
#pragma once

#include "coverage.h"
#include "domain/plan.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <optional>

namespace tfp::analysis {

// The years a plan holds as the schema checks them on every edit and import (schema.cpp): dates 1990–2100,
// Zahlungen 2000–2100. The analyses and charts clamp to them as well, so that a value that slipped past the
// checks cannot make a loop over days, months or quarters run for millions of steps.
inline constexpr int kErstesJahr = 1990;
inline constexpr int kErstesZahlungsjahr = 2000;
inline constexpr int kLetztesJahr = 2100;

struct BurnUpPoint
{
    QDate datum;
    int anzahl = 0; // Leistungen online (or planned to be) on and after this day

    friend bool operator==(const BurnUpPoint &, const BurnUpPoint &) = default;
};

struct BurnUp
{
    int leistungen = 0;      // in range and scope: the line the burn-up grows towards
    int online = 0;          // status online now
    int onlineOhneDatum = 0; // online with no date to place it: counted from the start of the actual line
    int ohnePlantermin = 0;  // no planned date at all: in neither line's plan
    // One point per day on which the count changes, ascending; the last point holds the total.
    QList<BurnUpPoint> geplant;
    QList<BurnUpPoint> ist; // the first point starts from onlineOhneDatum
};

// Cumulative Leistungen online over time (docs/manual.md, "Analysis"):
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

struct Zahlungsplan
{
    QList<QuartalsBudget> quartale;
    int ausserhalb = 0; // entries with a year outside 2000–2100 or a quarter outside 1–4: left out
};

// The Zahlungsplan of the projects in range summed per quarter, from the first quarter with an entry to the
// last, quarters without entries included (all 0) so that the time axis has no gaps.
Zahlungsplan budgetJeQuartal(const PlanSnapshot &plan, std::optional<int> themenfeldId);

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
    bool ausserhalbLaufzeit = false; // planned or reached before the project's Beginn or after its Ende
    // Its planned date in the Stand the plan is compared with (applyBaseline); invalid when none is chosen,
    // when the milestone was added after it or had no planned date then.
    QDate baseline;
};

// One phase of a project as a bar: from the previous phase milestone (the project's Beginn for the first) to
// the milestone of this phase, planned and, once reached, as reached.
struct GanttPhase
{
    Phase phase = Phase::Vorbereitung;
    qint64 meilensteinId = 0; // the phase milestone the bar ends at
    QDate planVon, planBis;   // planned; planVon invalid when nothing before it has a planned date
    QDate istVon, istBis;  // reached (istBis valid only then); istVon the previous reached date, else planVon
    QDate ueberfaelligBis; // not reached and planned before heute: heute (the overdue part runs from planBis)
};

// A finish-to-start dependency with an end in a Gantt row, as its arrow is drawn and named.
struct GanttAbhaengigkeit
{
    qint64 id = 0;
    qint64 vorId = 0, nachId = 0; // the predecessor and the successor milestone
    qint64 vorProjektId = 0, nachProjektId = 0;
    QString vorText, nachText; // „Titel“ (Projekt)
    int abstandTage = 0;
    QDate fruehester;      // the earliest date the successor may have (invalid: the predecessor has none)
    bool verletzt = false; // the successor lies before it (the schedule's flag Abhaengigkeit)
};

struct GanttRow
{
    qint64 projektId = 0;
    QString name;
    Phase phase = Phase::Vorbereitung;
    QDate start;
    QDate ende;
    QList<GanttMeilenstein> meilensteine; // by sort order, then planned date, then id
    // The phase bars in the order of the phases: one per phase that has a milestone for the whole project
    // (not for one Leistung) with a planned or reached date; of several, the last planned.
    QList<GanttPhase> phasen;
    // The dependencies with either end among this row's milestones, by id.
    QList<GanttAbhaengigkeit> abhaengigkeiten;
    // A heading, not a project: the Themenfeld whose projects follow in the programme's Gantt (no bars).
    int gruppe = 0;
};

// The planned dates of a named Stand (`tfp stand`): what the Gantt and the Arbeitsplan compare today's plan
// with, to show what has moved since (exchange/changelog.h: standBaseline).
struct Baseline
{
    QString name;                 // the Stand's name; empty: no comparison
    QHash<qint64, QDate> geplant; // milestone id → its planned date in the Stand; absent: added since, or
                                  // without a planned date then
};

// Sets each milestone's baseline date from the Stand's dates (clears them for an empty baseline).
void applyBaseline(QList<GanttRow> &zeilen, const Baseline &baseline);

// One row per project of the Themenfeld: by start date (else its earliest milestone date; undated projects
// last), then name. Throws tfp::Error when heute is not a valid date.
QList<GanttRow> ganttRows(const PlanSnapshot &plan, int themenfeldId, const QDate &heute);

// The whole programme: for each Themenfeld with projects (in the plan's order) a heading row, then its rows
// as ganttRows gives them.
QList<GanttRow> ganttRowsProgramm(const PlanSnapshot &plan, const QDate &heute);

// The earliest and latest date of the rows (project start and end, planned, actual and baseline dates),
// within the time frame; invalid dates when there are none.
std::pair<QDate, QDate> ganttRange(const QList<GanttRow> &zeilen);

// The time frame every time axis stays in: the plan's years with one to spare on either side for the
// charts' margins. A date beyond it comes only from a file that slipped past the checks; clamping to the
// frame keeps each loop over years, quarters or months bounded whatever PlanSnapshot it is given. An
// invalid date stays invalid.
QDate withinTimeFrame(const QDate &d);

} // namespace tfp::analysis
