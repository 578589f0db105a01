// The line charts: the go-live burn-up (planned against actual, as steps, today marked) and the
// prioritisation scores by rank over the category bands with each Leistung's rank span.
#include "chartpaint.h"

#include "chartpalette.h"
#include "edit/fieldtext.h"
#include "tr.h"

#include <QCoreApplication>

namespace tfp::report {

namespace {

// Cumulative points as steps from the axis start to its end.
QPolygonF stufen(const QList<QPointF> &punkte, double basis, const TimeAxis &t, const ValueAxis &v)
{
    // Without points the line still shows its base (Leistungen online without a date count from the start).
    QPolygonF out;
    const double start = t.from.toJulianDay();
    double y = basis;
    for (const QPointF &pt : punkte) {
        if (pt.x() < start) {
            y = pt.y();
            continue;
        }
        if (out.isEmpty())
            out << QPointF(t.left, v.map(y));
        const double x = t.map(std::min(pt.x(), double(t.to.toJulianDay())));
        out << QPointF(x, v.map(y)) << QPointF(x, v.map(pt.y()));
        y = pt.y();
        if (pt.x() > t.to.toJulianDay())
            break;
    }
    if (out.isEmpty())
        out << QPointF(t.left, v.map(y));
    out << QPointF(t.right, v.map(y));
    return out;
}

} // namespace

void paintBurnUp(ChartCanvas &c, const QRectF &area, const ChartModel &m)
{
    const ChartSeries &geplant = m.series[0], &ist = m.series[1];
    QRectF rest =
        c.legend(area, {{geplant.name, geplant.color, LegendEntry::Form::Line},
                        {ist.name, ist.color, LegendEntry::Form::Line},
                        {Tr::tr("alle OZG-Leistungen im Umfang"), palette::line(), LegendEntry::Form::Line}});
    QRectF plot(rest.left() + 70, rest.top() + 4, rest.width() - 78, rest.height() - 4);
    const TimeAxis t{m.from, m.to, plot.left(), plot.right()};
    plot.setBottom(plot.bottom() - c.timeAxisHeight(t));
    const ValueAxis v = niceAxis(m.yMax, plot.top(), plot.bottom());
    c.valueAxis(plot, v, m.axisY);
    c.timeAxis(plot, t, false);
    QPainter &p = c.painter();
    p.setPen(QPen(palette::line(), 1.2, Qt::DotLine));
    p.drawLine(QPointF(plot.left(), v.map(m.yMax)), QPointF(plot.right(), v.map(m.yMax)));
    p.setBrush(Qt::NoBrush);
    for (const ChartSeries *s : {&geplant, &ist}) {
        p.setPen(QPen(s->color, s == &ist ? 2.6 : 2.0, s == &ist ? Qt::SolidLine : Qt::DashLine));
        p.drawPolyline(stufen(s->points, s->base, t, v));
        for (const QPointF &pt : s->points) {
            const QDate d = QDate::fromJulianDay(qint64(pt.x()));
            if (d < t.from || d > t.to)
                continue;
            const QPointF at(t.map(d), v.map(pt.y()));
            c.hotspot(QRectF(at.x() - 4, at.y() - 4, 8, 8),
                      Tr::tr("%1 am %2: %3").arg(s->name, edit::dateText(d), leistungen(pt.y())));
        }
    }
    c.todayLine(plot, t, m.today);
}

void paintPrioritisation(ChartCanvas &c, const QRectF &area, const ChartModel &m)
{
    QList<LegendEntry> legende;
    for (const ChartBand &b : m.bands)
        legende.append({b.name, lightened(b.color, 0.3), LegendEntry::Form::Area});
    legende.append({Tr::tr("Score"), palette::text(), LegendEntry::Form::Diamond});
    legende.append({Tr::tr("Rangspanne"), palette::line(), LegendEntry::Form::Line});
    QRectF rest = c.legend(area, legende);
    const QRectF plot(rest.left() + 62, rest.top() + 4, rest.width() - 70,
                      rest.height() - ChartCanvas::normal * 3.6);
    const ValueAxis v{m.yMax, 1, plot.top(), plot.bottom()};
    QPainter &p = c.painter();
    for (const ChartBand &b : m.bands) {
        const QColor f = lightened(b.color, 0.3);
        const QRectF band(plot.left(), v.map(std::min(b.to, m.yMax)), plot.width(),
                          v.map(std::max(0.0, b.from)) - v.map(std::min(b.to, m.yMax)));
        p.fillRect(band, f);
    }
    c.valueAxis(plot, v, m.axisY);
    const ChartSeries &score = m.series[0], &rangMin = m.series[1], &rangMax = m.series[2];
    const int n = int(m.categories.size());
    // The rank axis runs over every rank a span reaches.
    double maxRang = n;
    for (double r : rangMax.values)
        maxRang = std::max(maxRang, r);
    const auto xOf = [&](double rang) { return plot.left() + (rang - 0.5) / maxRang * plot.width(); };
    const int jede = std::max(1, int(std::ceil(maxRang * 28.0 / plot.width())));
    for (int r = 1; r <= int(maxRang); ++r)
        if (r == 1 || r % jede == 0)
            c.text(QRectF(xOf(r) - 20, plot.bottom() + 2, 40, ChartCanvas::normal * 1.6), Qt::AlignCenter,
                   QString::number(r));
    c.text(QRectF(plot.left(), plot.bottom() + ChartCanvas::normal * 1.6, plot.width(),
                  ChartCanvas::normal * 1.6),
           Qt::AlignCenter, m.axisX);
    const double rr = std::clamp(plot.width() / maxRang * 0.3, 2.5, 5.5);
    for (int i = 0; i < n; ++i) {
        const QPointF at(xOf(score.points[i].x()), v.map(score.values[i]));
        p.setPen(QPen(palette::line(), 1.4));
        p.drawLine(QPointF(xOf(rangMin.values[i]), at.y()), QPointF(xOf(rangMax.values[i]), at.y()));
        p.drawLine(QPointF(xOf(rangMin.values[i]), at.y() - 3), QPointF(xOf(rangMin.values[i]), at.y() + 3));
        p.drawLine(QPointF(xOf(rangMax.values[i]), at.y() - 3), QPointF(xOf(rangMax.values[i]), at.y() + 3));
        ChartCanvas::diamond(p, at, rr, palette::text(), true);
        c.hotspot(QRectF(at.x() - rr - 2, at.y() - rr - 2, 2 * rr + 4, 2 * rr + 4),
                  Tr::tr("Rang %1: %2 (%3)\nScore %4, Rangspanne %5–%6")
                      .arg(int(score.points[i].x()))
                      .arg(m.categories[i])
                      .arg(m.categoryIds[i])
                      .arg(formatNumber(score.values[i], 2), formatNumber(rangMin.values[i]),
                           formatNumber(rangMax.values[i])),
                  ChartHotspot::Target::Leistung, m.categoryIds[i]);
    }
}

} // namespace tfp::report
