// The painters of the single chart kinds, called by paintChart with the chart's canvas and the area below
// its title. Internal to core/report.
#pragma once

#include "chartcanvas.h"

namespace tfp::report {

void paintStatus(ChartCanvas &c, const QRectF &area, const ChartModel &m);
void paintReifegrad(ChartCanvas &c, const QRectF &area, const ChartModel &m);
void paintBurnUp(ChartCanvas &c, const QRectF &area, const ChartModel &m);
void paintGanttRows(ChartCanvas &c, const QRectF &area, const QList<analysis::GanttRow> &rows,
                    const QDate &from, const QDate &to, const QDate &today, double maxRowHeight = 30,
                    const QString &baseline = {}, GanttGeometry *geometry = nullptr);
void paintNachnutzung(ChartCanvas &c, const QRectF &area, const ChartModel &m);
void paintBudget(ChartCanvas &c, const QRectF &area, const ChartModel &m);
void paintPrioritisation(ChartCanvas &c, const QRectF &area, const ChartModel &m);

} // namespace tfp::report
