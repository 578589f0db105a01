// paintChart: the frame every chart shares (white page, title, empty state) and the status donut.
#include "chartpaint.h"

#include "tr.h"

#include "chartpalette.h"

#include <QCoreApplication>
#include <QPainterPath>

#include <cmath>

namespace tfp::report {

void paintChart(QPainter &p, const QRectF &rect, const ChartModel &m, const ChartOptions &o,
                QList<ChartHotspot> *hotspots)
{
    ChartCanvas c(p, rect, o.referenceWidth, hotspots);
    p.fillRect(c.bounds(), Qt::white);
    const QRectF area = c.header(c.bounds().adjusted(10, 6, -10, -8), m);
    if (!m.emptyText.isEmpty()) {
        c.empty(area, m.emptyText);
        return;
    }
    switch (m.kind) {
    case ChartKind::Status:
        paintStatus(c, area, m);
        break;
    case ChartKind::Reifegrad:
        paintReifegrad(c, area, m);
        break;
    case ChartKind::BurnUp:
        paintBurnUp(c, area, m);
        break;
    case ChartKind::Gantt:
        paintGanttRows(c, area, m.gantt, m.from, m.to, m.today, 30, m.baseline);
        break;
    case ChartKind::Nachnutzung:
        paintNachnutzung(c, area, m);
        break;
    case ChartKind::Budget:
        paintBudget(c, area, m);
        break;
    case ChartKind::Prioritisation:
        paintPrioritisation(c, area, m);
        break;
    }
}

void paintChart(QPainter &p, const QRectF &rect, ChartKind kind, const PlanSnapshot &plan,
                const ChartOptions &o)
{
    paintChart(p, rect, chartModel(kind, plan, o), o);
}

void paintStatus(ChartCanvas &c, const QRectF &area, const ChartModel &m)
{
    static constexpr Status reihe[] = {Status::Online, Status::InUmsetzung, Status::InPlanung, Status::Ohne};
    const ChartSeries &s = m.series.value(0);
    double total = 0;
    for (double v : s.values)
        total += v;
    const double d = std::min(area.height(), area.width() * 0.45);
    const QRectF ring(area.left() + 4, area.top() + (area.height() - d) / 2, d, d);
    const QRectF hole = ring.adjusted(d * 0.2, d * 0.2, -d * 0.2, -d * 0.2);
    QPainter &p = c.painter();
    double angle = 90; // clockwise from twelve o'clock
    const QRectF legende(ring.right() + 24, area.top(), area.right() - ring.right() - 24, area.height());
    const double zeile = ChartCanvas::normal * 2.6;
    double y = legende.top() + (legende.height() - zeile * s.values.size()) / 2;
    for (qsizetype i = 0; i < s.values.size(); ++i) {
        const double v = s.values[i];
        const QColor color = palette::status(reihe[i]);
        const QString anteil = formatNumber(total > 0 ? 100.0 * v / total : 0, 1);
        const QString tip = Tr::tr("%1: %2 (%3 %)").arg(m.categories.value(i), leistungen(v), anteil);
        if (v > 0) {
            const double span = -360.0 * v / total;
            QPainterPath slice;
            slice.arcMoveTo(ring, angle);
            slice.arcTo(ring, angle, span);
            slice.arcTo(hole, angle + span, -span);
            slice.closeSubpath();
            p.setPen(QPen(Qt::white, 1.5));
            p.setBrush(color);
            p.drawPath(slice);
            // The label sits on the ring where the slice is wide enough for it; hovering there shows the
            // figure (a slice's bounding box would overlap its neighbours').
            const double mid = (angle + span / 2) * M_PI / 180.0;
            const double r = d * 0.4;
            const QPointF at(ring.center().x() + r * std::cos(mid), ring.center().y() - r * std::sin(mid));
            const double griff = std::max(4.0, std::min(d * 0.2, std::abs(span) * M_PI / 180.0 * r));
            c.hotspot(QRectF(at.x() - griff / 2, at.y() - griff / 2, griff, griff), tip);
            if (std::abs(span) >= 18) {
                c.text(QRectF(at.x() - 30, at.y() - 10, 60, 20), Qt::AlignCenter, formatNumber(v),
                       ChartCanvas::normal,
                       reihe[i] == Status::Ohne || reihe[i] == Status::InPlanung ? palette::text()
                                                                                 : Qt::white,
                       true);
            }
            angle += span;
        }
        p.setPen(Qt::NoPen);
        p.setBrush(color);
        const double box = ChartCanvas::normal * 1.1;
        p.drawRect(QRectF(legende.left(), y + (zeile - box) / 2, box, box));
        const QRectF textRect(legende.left() + box + 8, y, legende.width() - box - 8, zeile);
        c.text(textRect, Qt::AlignLeft | Qt::AlignVCenter,
               Tr::tr("%1: %2 (%3 %)").arg(m.categories.value(i), formatNumber(v), anteil));
        c.hotspot(textRect, tip);
        y += zeile;
    }
    c.text(hole, Qt::AlignCenter, leistungen(total).replace(u' ', u'\n'), ChartCanvas::normal, {}, true);
}

} // namespace tfp::report
