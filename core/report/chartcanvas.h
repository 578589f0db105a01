// The drawing surface every chart shares: a logical page of fixed width scaled onto the target rect, with
// title, legend, value axes, the empty state and the hotspots the widget uses for tooltips and clicks.
#pragma once

#include "charts.h"

#include <QFont>
#include <QFontMetricsF>
#include <QHash>
#include <QPainter>

#include <algorithm>

namespace tfp::report {

struct LegendEntry
{
    enum class Form
    {
        Area,
        Line,
        Diamond,
        DiamondOutline,
        DiamondGhost,
        Ring,
        Arrow
    };
    QString text;
    QColor color;
    Form form = Form::Area;
};

// A linear value axis from 0 with round steps.
struct ValueAxis
{
    double max = 1;
    double step = 1;
    double top = 0;    // logical y of max (vertical axes) or x of 0 (horizontal ones)
    double bottom = 0; // logical y of 0 (vertical) or x of max (horizontal)
    double map(double v) const { return bottom + (top - bottom) * (max > 0 ? v / max : 0); }
};
ValueAxis niceAxis(double maxValue, double top, double bottom);

// A date axis from von to bis mapped onto left … right.
struct TimeAxis
{
    QDate from, to;
    double left = 0, right = 1;
    double map(const QDate &d) const
    {
        const double span = std::max<qint64>(1, from.daysTo(to));
        return left + (right - left) * double(from.daysTo(d)) / span;
    }
    double map(double julianDay) const { return map(QDate::fromJulianDay(qint64(julianDay))); }
};

class ChartCanvas
{
public:
    ChartCanvas(QPainter &p, const QRectF &rect, double referenceWidth, QList<ChartHotspot> *hotspots);
    ~ChartCanvas();
    ChartCanvas(const ChartCanvas &) = delete;
    ChartCanvas &operator=(const ChartCanvas &) = delete;

    QPainter &painter() { return m_p; }
    QRectF bounds() const { return m_bounds; }

    static constexpr int titleSize = 15;
    static constexpr int normal = 11; // the smallest size: 7.5 pt and more across an A4 page
    QFont font(int px, bool bold = false) const;
    double textWidth(const QString &s, int px = normal, bool bold = false) const;
    QString elided(const QString &s, double width, int px = normal) const;
    void text(const QRectF &r, int flags, const QString &s, int px = normal, const QColor &c = {},
              bool bold = false);

    // Title and subtitle at the top; returns the area below them.
    QRectF header(const QRectF &area, const ChartModel &m);
    // The legend in rows at the bottom of area; returns the area above it.
    QRectF legend(const QRectF &area, const QList<LegendEntry> &entries);
    double legendHeight(double width, const QList<LegendEntry> &entries) const;
    void empty(const QRectF &area, const QString &text);
    // A vertical value axis with grid lines across plot; labels left of plot (or right when onRight).
    void valueAxis(const QRectF &plot, const ValueAxis &axis, const QString &title, bool onRight = false,
                   bool grid = true);
    void hotspot(const QRectF &logical, const QString &text,
                 ChartHotspot::Target target = ChartHotspot::Target::None, qint64 id = 0,
                 ChartHotspot::Part part = ChartHotspot::Part::None, qint64 meilensteinId = 0);
    // Year (and, where there is room, quarter) ticks of a date axis across plot; labels above or below it.
    void timeAxis(const QRectF &plot, const TimeAxis &axis, bool above);
    double timeAxisHeight(const TimeAxis &axis) const;
    // The vertical line of today with its label (inside at the top, or below the plot), when today lies on
    // the axis.
    void todayLine(const QRectF &plot, const TimeAxis &axis, const QDate &today, bool below = false);
    static void diamond(QPainter &p, const QPointF &c, double r, const QColor &color, bool filled);
    // A diamond's dashed outline over whatever lies below it: where a milestone was planned in a Stand.
    static void ghostDiamond(QPainter &p, const QPointF &c, double r, const QColor &color);
    // A circle around a mark that needs attention.
    static void ring(QPainter &p, const QPointF &c, double r, const QColor &color);
    // A filled arrowhead pointing right, its tip at `tip`.
    static void arrowHead(QPainter &p, const QPointF &tip, double size, const QColor &color);

private:
    QList<QList<LegendEntry>> legendRows(double width, const QList<LegendEntry> &entries) const;

    const QFontMetricsF &metrics(int px, bool bold) const;

    QPainter &m_p;
    QRectF m_bounds;
    // Measuring is the costly part of long charts (thousands of names): one QFontMetricsF per size.
    mutable QHash<int, QFontMetricsF> m_metrics;
    QList<ChartHotspot> *m_hotspots;
};

// Escapes what would break an SVG's title or description (QSvgGenerator writes them unescaped).
QString xmlEscaped(const QString &s);
// Thousands separators and the decimal comma of the locale; no decimals for whole numbers.
QString formatNumber(double v, int decimals = 0);
// German singular or plural, both texts with %1 for the number: the source text has no plural rules of its
// own (Qt resolves %n only through a translation file). "1 OZG-Leistung", "5 OZG-Leistungen".
QString countText(double n, const QString &eins, const QString &mehrere);
QString leistungen(double n);

// The colour mixed with white: anteil 1 is the colour itself. Opaque, so legends match the areas they name.
QColor lightened(const QColor &c, double anteil);

} // namespace tfp::report
