// The progress charts of a Themenfeld or the programme, built from the analyses (never from the database) and
// painted on any QPainter: the app's Übersicht tab, `tfp chart` and the Arbeitsplan PDF show the same
// figures.
#pragma once

#include "analysis/coverage.h"
#include "analysis/progress.h"
#include "domain/plan.h"

#include <QColor>
#include <QDate>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <QStringList>
#include <optional>

class QPainter;

namespace tfp::report {

enum class ChartKind
{
    Status,
    Reifegrad,
    BurnUp,
    Gantt,
    Nachnutzung,
    Budget,
    Prioritisation
};

QList<ChartKind> allChartKinds();
// The command line's names: status, reifegrad, burnup, gantt, nachnutzung, budget, prioritaet.
QString chartKindName(ChartKind kind);
std::optional<ChartKind> chartKindByName(const QString &name);

struct ChartOptions
{
    std::optional<int> themenfeldId; // none: the whole programme
    analysis::Scope scope = analysis::Scope::Alle;
    QDate today;    // "today" marked in time charts and used for overdue milestones; required
    QDate from, to; // Gantt and burn-up: the date range shown; invalid: the plan's own range
    // Text and lines are laid out against a page this many logical pixels wide and scaled to the rect, so
    // that a chart printed across an A4 page keeps its text at 7.5 pt or more. A screen widget passes its own
    // width (never less than this) to keep text at its natural size.
    double referenceWidth = 680;
    // Gantt: the planned dates of a named Stand drawn as ghosts under today's plan; empty name: none.
    analysis::Baseline baseline;
};

// One series of a chart, as the tests read it back: values per category (bars, slices, heatmap rows) or
// points (lines: x is the QDate's Julian day, or the rank).
struct ChartSeries
{
    QString name;
    QColor color;
    QList<double> values;
    QList<QPointF> points;
    QString stack;   // bars of the same stack are stacked ("Ist", "Ziel"); empty: side by side
    double base = 0; // lines: the value before the first point (online without a date to place them)
};

// A horizontal band of the value axis (the prioritisation categories).
struct ChartBand
{
    QString name;
    double from = 0;
    double to = 0;
    QColor color;
};

// What a chart shows, built from the analysis results; painting only draws it.
struct ChartModel
{
    ChartKind kind = ChartKind::Status;
    QString title;
    QString subtitle;  // scope, Stand and what is left out
    QString emptyText; // set when there is nothing to draw: this text instead of empty axes
    QStringList categories;
    QList<qint64> categoryIds; // project id (Gantt, Nachnutzung) or OZG-ID (Prioritisation) per category
    QList<ChartSeries> series;
    QList<ChartBand> bands;
    QString axisX, axisY, axisY2;
    QList<analysis::GanttRow> gantt;
    QDate from, to, today;
    QString baseline; // Gantt: the Stand whose planned dates the rows carry (GanttMeilenstein::baseline)
    double yMax = 0;  // top of the value axis (burn-up: the Leistungen in range)
};

// A spot of a painted chart: what hovering shows and what clicking selects.
struct ChartHotspot
{
    enum class Target
    {
        None,
        Projekt,
        Leistung
    };
    QRectF rect; // in the painter's device coordinates
    QString text;
    Target target = Target::None;
    qint64 id = 0;
    // In a Gantt, what the spot is of, for a widget that edits there: a planned milestone (its diamond), a
    // project's term (its summary bar) or a phase bar (ending at meilensteinId).
    enum class Part
    {
        None,
        Meilenstein,
        Laufzeit,
        Phase
    };
    Part part = Part::None;
    qint64 meilensteinId = 0;
};

// Where a Gantt put its time axis and rows, in the painter's device coordinates: what a widget that edits
// the schedule maps the mouse with.
struct GanttGeometry
{
    QDate from, to;
    double left = 0, right = 1; // x of from and of to
    double top = 0;             // the first row's top
    double rowHeight = 0;
    int rows = 0; // rows drawn (those that fit)
    double x(const QDate &d) const;
    QDate dateAt(double x) const; // the nearest day
    int rowAt(double y) const;    // -1 outside the rows
};

// The chart's title: "Status der Leistungen – Familie & Kind" (or "– Gesamtprogramm").
QString chartTitle(ChartKind kind, const PlanSnapshot &plan, std::optional<int> themenfeldId);

// Builds the chart from the analyses. The Prioritisation chart needs the Themenfeld's scores in plan (a Full
// snapshot, or the UI's planWithScores). Throws tfp::Error when today is invalid or the Themenfeld unknown.
ChartModel chartModel(ChartKind kind, const PlanSnapshot &plan, const ChartOptions &options);

// Paints the chart into rect on any paint device (QImage, QSvgGenerator, QPdfWriter: vector there).
void paintChart(QPainter &p, const QRectF &rect, ChartKind kind, const PlanSnapshot &plan,
                const ChartOptions &o);
// The same from a model built before; hotspots (when given) receive the bars, points and rows painted.
void paintChart(QPainter &p, const QRectF &rect, const ChartModel &model, const ChartOptions &o,
                QList<ChartHotspot> *hotspots = nullptr);

// The logical height a Gantt of that many rows needs on the 680-wide page to show every row comfortably (a
// chart widget is at least as tall).
double ganttHeight(int rowCount);

// The Gantt painted for a slice, so that a PDF can tile it across pages with names repeated on each page.
void paintGantt(QPainter &p, const QRectF &rect, const QList<analysis::GanttRow> &rows, QDate from, QDate to,
                QDate today);
// baseline: the name of the Stand whose dates the rows carry, drawn as ghosts; empty: none.
void paintGantt(QPainter &p, const QRectF &rect, const QList<analysis::GanttRow> &rows, QDate from, QDate to,
                QDate today, double referenceWidth, QList<ChartHotspot> *hotspots = nullptr,
                const QString &baseline = {}, GanttGeometry *geometry = nullptr, double maxRowHeight = 64);

} // namespace tfp::report
