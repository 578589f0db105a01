// The milestone timeline (Gantt): one row per project, planned milestones as hollow diamonds above the
// reached ones, the slip between them drawn as a line, overdue ones in red up to today.
#include "chartcanvas.h"

#include "chartpaint.h"
#include "chartpalette.h"
#include "tr.h"

#include "domain/labels.h"
#include "edit/fieldtext.h"

#include <QCoreApplication>

namespace tfp::report {

namespace {

constexpr double kMinZeile = 11; // logical pixels: names at 7 px, diamonds still apart

QString tage(int n)
{
    return countText(n, Tr::tr("%1 Tag"), Tr::tr("%1 Tage"));
}

QString meilensteinText(const analysis::GanttRow &z, const analysis::GanttMeilenstein &m)
{
    QString s = Tr::tr("%1: %2 (%3)").arg(z.name, m.titel, labels::phase(m.phase));
    if (m.geplant.isValid())
        s += u"\n"_qs + Tr::tr("geplant %1").arg(edit::dateText(m.geplant));
    if (m.ist.isValid()) {
        s += u"\n"_qs + Tr::tr("erreicht %1").arg(edit::dateText(m.ist));
        if (m.verzugTage > 0)
            s += Tr::tr(" (%1 später)").arg(tage(m.verzugTage));
        else if (m.verzugTage < 0)
            s += Tr::tr(" (%1 früher)").arg(tage(-m.verzugTage));
    } else if (m.ueberfaellig) {
        s += u"\n"_qs +
             countText(m.verzugTage, Tr::tr("überfällig seit %1 Tag"), Tr::tr("überfällig seit %1 Tagen"));
    }
    return s;
}

QList<LegendEntry> ganttLegende()
{
    QList<LegendEntry> l;
    for (Phase p : {Phase::Vorbereitung, Phase::Konzeption, Phase::Umsetzung, Phase::Pilotierung,
                    Phase::Rollout, Phase::Regelbetrieb, Phase::Flaechendeckend})
        l.append({labels::phase(p), palette::phase(p), LegendEntry::Form::Area});
    l.append({Tr::tr("geplant"), palette::line(), LegendEntry::Form::DiamondOutline});
    l.append({Tr::tr("erreicht"), palette::line(), LegendEntry::Form::Diamond});
    l.append({Tr::tr("überfällig"), palette::vermillion(), LegendEntry::Form::Line});
    return l;
}

void zeile(ChartCanvas &c, const QRectF &plot, const TimeAxis &axis, const analysis::GanttRow &z, double y,
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
        p.setPen(QPen(palette::vermillion(), 1.8, Qt::DashLine));
        p.drawLine(QPointF(axis.map(std::clamp(ersterUeberfaellig, axis.from, axis.to)), yIst),
                   QPointF(axis.map(std::clamp(heute, axis.from, axis.to)), yIst));
    }
    for (const analysis::GanttMeilenstein &m : z.meilensteine) {
        const bool planSichtbar = m.geplant.isValid() && m.geplant >= axis.from && m.geplant <= axis.to;
        const bool istSichtbar = m.ist.isValid() && m.ist >= axis.from && m.ist <= axis.to;
        const QColor color = palette::phase(m.phase);
        if (m.geplant.isValid() && m.ist.isValid() && (planSichtbar || istSichtbar)) {
            p.setPen(QPen(m.verzugTage > 0 ? palette::vermillion() : palette::line(), 1.2));
            p.drawLine(QPointF(axis.map(std::clamp(m.geplant, axis.from, axis.to)), yPlan),
                       QPointF(axis.map(std::clamp(m.ist, axis.from, axis.to)), yIst));
        }
        const QString tip = meilensteinText(z, m);
        if (planSichtbar) {
            const QPointF pt(axis.map(m.geplant), yPlan);
            ChartCanvas::diamond(p, pt, r, m.ueberfaellig ? palette::vermillion() : color, false);
            c.hotspot(QRectF(pt.x() - r - 1, pt.y() - r - 1, 2 * r + 2, 2 * r + 2), tip,
                      ChartHotspot::Target::Projekt, z.projektId);
        }
        if (istSichtbar) {
            const QPointF pt(axis.map(m.ist), yIst);
            ChartCanvas::diamond(p, pt, r, color, true);
            c.hotspot(QRectF(pt.x() - r - 1, pt.y() - r - 1, 2 * r + 2, 2 * r + 2), tip,
                      ChartHotspot::Target::Projekt, z.projektId);
        }
    }
}

// A long project name on two lines where the row has room for them, elided only after the second.
QString nameInZeile(const ChartCanvas &c, const QString &name, double width, double h, int px)
{
    if (c.textWidth(name, px) <= width || h < px * 2.6)
        return c.elided(name, width, px);
    const QStringList words = name.split(u' ', Qt::SkipEmptyParts);
    QString first;
    qsizetype i = 0;
    for (; i < words.size(); ++i) {
        const QString next = first.isEmpty() ? words[i] : first + u' ' + words[i];
        if (c.textWidth(next, px) > width)
            break;
        first = next;
    }
    if (first.isEmpty())
        return c.elided(name, width, px);
    return first + u'\n' + c.elided(words.mid(i).join(u' '), width, px);
}

} // namespace

void paintGanttRows(ChartCanvas &c, const QRectF &area, const QList<analysis::GanttRow> &rows,
                    const QDate &from, const QDate &to, const QDate &today)
{
    const QList<LegendEntry> legende = ganttLegende();
    const double legendeHoehe = c.legendHeight(area.width(), legende);
    const QDate ende = to.isValid() && to > from ? to : from.addDays(30);
    // The axis' height with the widest name column: it decides how many rows fit, and only those are
    // measured.
    const double kopf = c.timeAxisHeight({from, ende, area.left() + area.width() * 0.32, area.right() - 6});
    double verfuegbar = area.height() - kopf - legendeHoehe - ChartCanvas::normal * 1.6 - 6;
    // Rows stay readable: those that do not fit are left out, and a line says how many.
    qsizetype n = rows.size();
    if (n * kMinZeile > verfuegbar) {
        verfuegbar -= ChartCanvas::normal * 1.6;
        n = std::max<qsizetype>(0, qsizetype(verfuegbar / kMinZeile));
    }
    const double h = n == 0 ? 0 : std::min(30.0, verfuegbar / n);
    double nameWidth = 0;
    for (qsizetype i = 0; i < n; ++i)
        nameWidth = std::max(nameWidth, c.textWidth(rows[i].name));
    nameWidth = std::min(nameWidth + 10, area.width() * 0.32);
    const double left = area.left() + nameWidth;
    const TimeAxis axis{from, ende, left, area.right() - 6};
    const QRectF plot(left, area.top() + kopf, area.width() - nameWidth, h * n);
    const int px = std::clamp(int(h * 0.62), 6, ChartCanvas::normal);
    QPainter &p = c.painter();
    for (qsizetype i = 1; i < n; i += 2) {
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0xF4, 0xF4, 0xF4));
        p.drawRect(QRectF(area.left(), plot.top() + i * h, area.width(), h));
    }
    c.timeAxis(plot, axis, true);
    // A long Gantt in a scrolled widget: only the rows in the exposed part are painted.
    const QRectF sichtbar = p.clipBoundingRect();
    for (qsizetype i = 0; i < n; ++i) {
        const double y = plot.top() + i * h;
        if (y + h < sichtbar.top() || y > sichtbar.bottom())
            continue;
        const analysis::GanttRow &z = rows[i];
        const QRectF name(area.left(), y, nameWidth - 6, h);
        c.text(name, Qt::AlignLeft | Qt::AlignVCenter, nameInZeile(c, z.name, name.width(), h, px), px);
        c.hotspot(name,
                  Tr::tr("%1 (Phase %2): im Reiter „Projekte“ öffnen").arg(z.name, labels::phase(z.phase)),
                  ChartHotspot::Target::Projekt, z.projektId);
        p.save();
        p.setClipRect(QRectF(plot.left() - 8, y, plot.width() + 8, h), Qt::IntersectClip);
        zeile(c, plot, axis, z, y, h, today);
        p.restore();
    }
    c.todayLine(plot, axis, today, true); // its label below the rows, clear of their milestones
    double unten = plot.bottom() + ChartCanvas::normal * 1.6 + 4;
    if (n < rows.size()) {
        c.text(QRectF(area.left(), unten, area.width(), ChartCanvas::normal * 1.6),
               Qt::AlignLeft | Qt::AlignVCenter,
               countText(double(rows.size() - n),
                         Tr::tr("… und %1 weiteres Umsetzungsprojekt: für alle ein höheres Bild wählen"),
                         Tr::tr("… und %1 weitere Umsetzungsprojekte: für alle ein höheres Bild wählen")),
               ChartCanvas::normal, palette::vermillion());
        unten += ChartCanvas::normal * 1.6;
    }
    // The legend right below the rows, so that a short plan does not leave it stranded at the bottom.
    c.legend(QRectF(area.left(), unten, area.width(), legendeHoehe), legende);
}

double ganttHeight(int rowCount)
{
    // Title, subtitle, two axis lines, the rows at a comfortable height and two legend lines.
    return 60 + ChartCanvas::normal * 3.0 + 2 + rowCount * 22.0 + 2 * ChartCanvas::normal * 1.6 + 24;
}

void paintGantt(QPainter &p, const QRectF &rect, const QList<analysis::GanttRow> &rows, QDate from, QDate to,
                QDate today, double referenceWidth, QList<ChartHotspot> *hotspots)
{
    ChartCanvas c(p, rect, referenceWidth, hotspots);
    paintGanttRows(c, c.bounds(), rows, from, to, today);
}

void paintGantt(QPainter &p, const QRectF &rect, const QList<analysis::GanttRow> &rows, QDate from, QDate to,
                QDate today)
{
    paintGantt(p, rect, rows, from, to, today, ChartOptions{}.referenceWidth);
}

} // namespace tfp::report
