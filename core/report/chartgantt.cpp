// The milestone timeline (Gantt): one row per project, planned milestones as hollow diamonds above the
// reached ones, the slip between them drawn as a line, overdue ones in red up to today.
#include "chartcanvas.h"
#include "chartpaint.h"
#include "chartpalette.h"

#include "domain/labels.h"

#include <QCoreApplication>

namespace tfp::report {

namespace {

QString tr(const char *s, const char *c = nullptr, int n = -1)
{
    return QCoreApplication::translate("tfp::report", s, c, n);
}

QString datum(const QDate &d)
{
    return d.toString(u"dd.MM.yyyy"_qs);
}

QString meilensteinText(const analysis::GanttZeile &z, const analysis::GanttMeilenstein &m)
{
    QString s = tr("%1: %2 (%3)").arg(z.name, m.titel, labels::phase(m.phase));
    if (m.geplant.isValid())
        s += u"\n"_qs + tr("geplant %1").arg(datum(m.geplant));
    if (m.ist.isValid()) {
        s += u"\n"_qs + tr("erreicht %1").arg(datum(m.ist));
        if (m.verzugTage > 0)
            s += tr(" (%n Tage später)", nullptr, m.verzugTage);
        else if (m.verzugTage < 0)
            s += tr(" (%n Tage früher)", nullptr, -m.verzugTage);
    } else if (m.ueberfaellig) {
        s += u"\n"_qs + tr("überfällig seit %n Tagen", nullptr, m.verzugTage);
    }
    return s;
}

QList<LegendEntry> ganttLegende()
{
    QList<LegendEntry> l;
    for (Phase p : {Phase::Vorbereitung, Phase::Konzeption, Phase::Umsetzung, Phase::Pilotierung,
                    Phase::Rollout, Phase::Regelbetrieb, Phase::Flaechendeckend})
        l.append({labels::phase(p), palette::phase(p), LegendEntry::Form::Flaeche});
    l.append({tr("geplant"), palette::linie(), LegendEntry::Form::RauteHohl});
    l.append({tr("erreicht"), palette::linie(), LegendEntry::Form::Raute});
    l.append({tr("überfällig"), palette::zinnober(), LegendEntry::Form::Linie});
    return l;
}

void zeile(ChartCanvas &c, const QRectF &plot, const TimeAxis &axis, const analysis::GanttZeile &z, double y,
           double h, const QDate &heute)
{
    QPainter &p = c.painter();
    if (z.start.isValid() && z.ende.isValid()) {
        const double x0 = std::max(plot.left(), axis.map(z.start));
        const double x1 = std::min(plot.right(), axis.map(z.ende));
        if (x1 > x0) {
            QColor f = palette::phase(z.phase);
            f.setAlpha(55);
            p.setPen(Qt::NoPen);
            p.setBrush(f);
            p.drawRoundedRect(QRectF(x0, y + h * 0.2, x1 - x0, h * 0.6), 2, 2);
        }
    }
    const double r = std::clamp(h * 0.2, 1.5, 6.0);
    const double yPlan = y + h * 0.32, yIst = y + h * 0.68;
    // Overdue milestones: one line on the line of the reached ones, from the earliest of them to today.
    QDate ersterUeberfaellig;
    for (const analysis::GanttMeilenstein &m : z.meilensteine)
        if (m.ueberfaellig && m.geplant.isValid() &&
            (!ersterUeberfaellig.isValid() || m.geplant < ersterUeberfaellig))
            ersterUeberfaellig = m.geplant;
    if (ersterUeberfaellig.isValid()) {
        p.setPen(QPen(palette::zinnober(), 1.8, Qt::DashLine));
        p.drawLine(QPointF(axis.map(std::clamp(ersterUeberfaellig, axis.von, axis.bis)), yIst),
                   QPointF(axis.map(std::clamp(heute, axis.von, axis.bis)), yIst));
    }
    for (const analysis::GanttMeilenstein &m : z.meilensteine) {
        const bool planSichtbar = m.geplant.isValid() && m.geplant >= axis.von && m.geplant <= axis.bis;
        const bool istSichtbar = m.ist.isValid() && m.ist >= axis.von && m.ist <= axis.bis;
        const QColor farbe = palette::phase(m.phase);
        if (m.geplant.isValid() && m.ist.isValid() && (planSichtbar || istSichtbar)) {
            p.setPen(QPen(m.verzugTage > 0 ? palette::zinnober() : palette::linie(), 1.2));
            p.drawLine(QPointF(axis.map(std::clamp(m.geplant, axis.von, axis.bis)), yPlan),
                       QPointF(axis.map(std::clamp(m.ist, axis.von, axis.bis)), yIst));
        }
        const QString tip = meilensteinText(z, m);
        if (planSichtbar) {
            const QPointF pt(axis.map(m.geplant), yPlan);
            ChartCanvas::raute(p, pt, r, m.ueberfaellig ? palette::zinnober() : farbe, false);
            c.hotspot(QRectF(pt.x() - r - 1, pt.y() - r - 1, 2 * r + 2, 2 * r + 2), tip,
                      ChartHotspot::Ziel::Projekt, z.projektId);
        }
        if (istSichtbar) {
            const QPointF pt(axis.map(m.ist), yIst);
            ChartCanvas::raute(p, pt, r, farbe, true);
            c.hotspot(QRectF(pt.x() - r - 1, pt.y() - r - 1, 2 * r + 2, 2 * r + 2), tip,
                      ChartHotspot::Ziel::Projekt, z.projektId);
        }
    }
}

} // namespace

void paintGanttRows(ChartCanvas &c, const QRectF &area, const QList<analysis::GanttZeile> &rows,
                    const QDate &von, const QDate &bis, const QDate &heute)
{
    const QList<LegendEntry> legende = ganttLegende();
    const double legendeHoehe = c.legendHeight(area.width(), legende);
    double nameWidth = 0;
    for (const analysis::GanttZeile &z : rows)
        nameWidth = std::max(nameWidth, c.textWidth(z.name));
    nameWidth = std::min(nameWidth + 10, area.width() * 0.32);
    const double left = area.left() + nameWidth;
    const TimeAxis axis{von, bis.isValid() && bis > von ? bis : von.addDays(30), left, area.right() - 6};
    const double kopf = c.timeAxisHeight(axis);
    const double verfuegbar = area.height() - kopf - legendeHoehe - 6;
    const double h = rows.isEmpty() ? 0 : std::min(30.0, verfuegbar / rows.size());
    const QRectF plot(left, area.top() + kopf, area.width() - nameWidth, h * rows.size());
    const int px = std::clamp(int(h * 0.62), 6, ChartCanvas::normal);
    QPainter &p = c.painter();
    for (qsizetype i = 1; i < rows.size(); i += 2) {
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0xF4, 0xF4, 0xF4));
        p.drawRect(QRectF(area.left(), plot.top() + i * h, area.width(), h));
    }
    c.timeAxis(plot, axis, true);
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const double y = plot.top() + i * h;
        const analysis::GanttZeile &z = rows[i];
        const QRectF name(area.left(), y, nameWidth - 6, h);
        c.text(name, Qt::AlignLeft | Qt::AlignVCenter, c.elided(z.name, name.width(), px), px);
        c.hotspot(name, tr("%1 (Phase %2): im Reiter „Projekte“ öffnen").arg(z.name, labels::phase(z.phase)),
                  ChartHotspot::Ziel::Projekt, z.projektId);
        p.save();
        p.setClipRect(QRectF(plot.left() - 8, y, plot.width() + 8, h), Qt::IntersectClip);
        zeile(c, plot, axis, z, y, h, heute);
        p.restore();
    }
    c.heuteLinie(plot, axis, heute, true);
    // The legend right below the rows, so that a short plan does not leave it stranded at the bottom.
    c.legend(QRectF(area.left(), plot.bottom() + 6, area.width(), legendeHoehe), legende);
}

void paintGantt(QPainter &p, const QRectF &rect, const QList<analysis::GanttZeile> &rows, QDate von,
                QDate bis, QDate heute, double referenzBreite, QList<ChartHotspot> *hotspots)
{
    ChartCanvas c(p, rect, referenzBreite, hotspots);
    paintGanttRows(c, c.bounds(), rows, von, bis, heute);
}

void paintGantt(QPainter &p, const QRectF &rect, const QList<analysis::GanttZeile> &rows, QDate von,
                QDate bis, QDate heute)
{
    paintGantt(p, rect, rows, von, bis, heute, ChartOptions{}.referenzBreite);
}

} // namespace tfp::report
