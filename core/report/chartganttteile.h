// The parts of the Gantt painter (chartgantt.cpp) that its dependency arrows (chartganttpfeile.cpp) share.
// Internal to core/report.
#pragma once

#include "chartcanvas.h"

#include "analysis/progress.h"

#include <QColor>
#include <QList>
#include <QString>

#include <algorithm>

namespace tfp::report::gantt {

// Where the rows' parts go, as shares of a row's height: the project's term as a thin bar at the top, the
// phase bars below it with the milestones on their ends, the milestones' labels under them.
struct Zeilenmass
{
    Zeilenmass(double y, double h)
        : laufzeit(y + h * 0.07), balkenOben(y + h * 0.17), balkenHoehe(h * 0.3),
          mitte(balkenOben + balkenHoehe / 2), r(std::clamp(h * 0.13, 1.5, 6.0)),
          labelOben(balkenOben + balkenHoehe + r * 0.4), labelPx(std::clamp(int(h * 0.24), 6, 9)),
          labels(y + h - labelOben >= labelPx * 1.2)
    {
    }
    double laufzeit, balkenOben, balkenHoehe, mitte, r, labelOben;
    int labelPx;
    bool labels; // the row is high enough for a line of labels
};

QString tage(int n);
// The arrows of dependencies: near-black, so that they do not read as a phase; broken ones in the warning
// colour.
QColor pfeilFarbe();

// The finish-to-start arrows between the drawn rows' milestones, over the rows: out of the predecessor's
// diamond to the right, along the gap below (or above) its row, and into the successor's diamond from the
// left. An end outside these rows or dates leaves a short stub at the other end, the missing side named in
// its tooltip. A milestone's arrows meet the diamond of its reached date, else of its planned date, the date
// the schedule's flags compare. Only the arrows of the rows in sight ([erste, letzte) of the n drawn) are
// drawn, each to its other end wherever that row lies: a programme of ten thousand rows shows twenty.
void abhaengigkeitsPfeile(ChartCanvas &c, const TimeAxis &axis, const QList<analysis::GanttRow> &rows,
                          qsizetype n, qsizetype erste, qsizetype letzte, const QRectF &plot, double h);

} // namespace tfp::report::gantt
