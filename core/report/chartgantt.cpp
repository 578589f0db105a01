// The milestone timeline (Gantt): one row per project, planned milestones as hollow diamonds above the
// reached ones, the slip between them drawn as a line, overdue ones in red up to today; with a baseline, the
// dates planned in a named Stand as dashed ghosts.
#include "chartcanvas.h"
#include "chartganttteile.h"

#include "chartpaint.h"
#include "chartpalette.h"
#include "tr.h"

#include "domain/labels.h"
#include "edit/fieldtext.h"

#include <QCoreApplication>
#include <QHash>
#include <QPainterPath>
#include <QSet>

namespace tfp::report {

namespace {

using gantt::abhaengigkeitsPfeile;
using gantt::pfeilFarbe;
using gantt::tage;
using gantt::Zeilenmass;

constexpr double kMinZeile = 11;             // logical pixels: names at 7 px, diamonds still apart
constexpr double kNamenAnteil = 0.38;        // the name column at most: a name of 150 characters on two lines
constexpr double kGeplantAnteil = 0.3;       // a planned phase: its colour mixed with white
constexpr double kUeberfaelligAnteil = 0.45; // the overdue part of a phase

// Warning text in small print: vermillion darkened to 6.4 : 1 on white (vermillion itself has 3.9 : 1).
const QColor kWarnText(0xA3, 0x3F, 0x00);

QColor laufzeitFarbe()
{
    return QColor(0x44, 0x44, 0x44);
}

// The baseline's ghosts: a dark grey that keeps 7 : 1 on white and stays apart from the phases in greyscale.
QColor baselineFarbe()
{
    return QColor(0x59, 0x59, 0x59);
}

// Where the milestone was planned in the Stand and how far it has moved since.
QString baselineText(const QString &stand, const analysis::GanttMeilenstein &m)
{
    if (!m.baseline.isValid())
        return Tr::tr("im Stand „%1“: noch nicht geplant").arg(stand);
    QString s = Tr::tr("im Stand „%1“: %2").arg(stand, edit::dateText(m.baseline));
    if (!m.geplant.isValid())
        return s;
    const int tageSeither = int(m.baseline.daysTo(m.geplant));
    if (tageSeither > 0)
        return s + Tr::tr(" (%1 später)").arg(tage(tageSeither));
    if (tageSeither < 0)
        return s + Tr::tr(" (%1 früher)").arg(tage(-tageSeither));
    return s + Tr::tr(" (unverändert)");
}

QString meilensteinText(const analysis::GanttRow &z, const analysis::GanttMeilenstein &m,
                        const QString &stand)
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
    if (m.ausserhalbLaufzeit)
        s += u"\n"_qs + Tr::tr("außerhalb der Laufzeit des Projekts (%1 bis %2)")
                            .arg(edit::dateText(z.start), edit::dateText(z.ende));
    if (!stand.isEmpty())
        s += u"\n"_qs + baselineText(stand, m);
    return s;
}

QList<LegendEntry> ganttLegende(const QString &stand, bool abhaengigkeiten)
{
    QList<LegendEntry> l;
    for (Phase p : {Phase::Vorbereitung, Phase::Konzeption, Phase::Umsetzung, Phase::Pilotierung,
                    Phase::Rollout, Phase::Regelbetrieb, Phase::Flaechendeckend})
        l.append({labels::phase(p), palette::phase(p), LegendEntry::Form::Area});
    l.append({Tr::tr("Laufzeit"), laufzeitFarbe(), LegendEntry::Form::Line});
    l.append({Tr::tr("Phase geplant"), lightened(palette::line(), kGeplantAnteil), LegendEntry::Form::Area});
    l.append({Tr::tr("Phase erreicht"), palette::line(), LegendEntry::Form::Area});
    l.append({Tr::tr("Verzug"), palette::vermillion(), LegendEntry::Form::Line});
    l.append({Tr::tr("überfällig"), lightened(palette::vermillion(), kUeberfaelligAnteil),
              LegendEntry::Form::Area});
    l.append({Tr::tr("Meilenstein geplant"), palette::line(), LegendEntry::Form::DiamondOutline});
    l.append({Tr::tr("erreicht"), palette::line(), LegendEntry::Form::Diamond});
    l.append({Tr::tr("außerhalb der Laufzeit"), palette::vermillion(), LegendEntry::Form::Ring});
    if (!stand.isEmpty())
        l.append({Tr::tr("Stand „%1“").arg(stand), baselineFarbe(), LegendEntry::Form::DiamondGhost});
    if (abhaengigkeiten) {
        l.append({Tr::tr("Abhängigkeit"), pfeilFarbe(), LegendEntry::Form::Arrow});
        l.append({Tr::tr("Abhängigkeit verletzt"), palette::vermillion(), LegendEntry::Form::Arrow});
    }
    return l;
}

QString phasenText(const analysis::GanttRow &z, const analysis::GanttPhase &b)
{
    QString s = Tr::tr("%1: Phase %2").arg(z.name, labels::phase(b.phase));
    if (b.planBis.isValid())
        s += u"\n"_qs +
             (b.planVon.isValid()
                  ? Tr::tr("geplant %1 bis %2").arg(edit::dateText(b.planVon), edit::dateText(b.planBis))
                  : Tr::tr("geplant bis %1").arg(edit::dateText(b.planBis)));
    if (b.istBis.isValid())
        s += u"\n"_qs +
             (b.istVon.isValid()
                  ? Tr::tr("erreicht %1 bis %2").arg(edit::dateText(b.istVon), edit::dateText(b.istBis))
                  : Tr::tr("erreicht %1").arg(edit::dateText(b.istBis)));
    else if (b.ueberfaelligBis.isValid())
        s += u"\n"_qs + Tr::tr("überfällig seit %1").arg(edit::dateText(b.planBis));
    return s;
}

// The part of [a, b] on the axis as logical x, empty when it lies outside.
std::pair<double, double> spanne(const TimeAxis &axis, const QDate &a, const QDate &b)
{
    if (!a.isValid() || !b.isValid() || b < axis.from || a > axis.to || b < a)
        return {0, 0};
    return {axis.map(std::max(a, axis.from)), axis.map(std::min(b, axis.to))};
}

void phasenBalken(ChartCanvas &c, const TimeAxis &axis, const analysis::GanttRow &z, const Zeilenmass &m)
{
    QPainter &p = c.painter();
    auto balken = [&](const QDate &a, const QDate &b, const QBrush &brush, const QPen &pen) {
        const auto [x0, x1] = spanne(axis, a, b);
        if (x1 <= x0)
            return QRectF();
        const QRectF r(x0, m.balkenOben, x1 - x0, m.balkenHoehe);
        p.setPen(pen);
        p.setBrush(brush);
        p.drawRect(r);
        return r;
    };
    // Planned as an outline, then reached filled over them; the overdue parts, from the planned end up to
    // today, and the slips over both, so that the next phase's plan does not hide them.
    QList<QRectF> flaeche(z.phasen.size());
    for (qsizetype i = 0; i < z.phasen.size(); ++i) {
        const analysis::GanttPhase &b = z.phasen[i];
        const QColor farbe = palette::phase(b.phase);
        flaeche[i] =
            balken(b.planVon, b.planBis, lightened(farbe, kGeplantAnteil), QPen(farbe.darker(115), 1));
    }
    for (qsizetype i = 0; i < z.phasen.size(); ++i)
        if (const analysis::GanttPhase &b = z.phasen[i]; b.istBis.isValid())
            flaeche[i] |= balken(b.istVon, b.istBis, palette::phase(b.phase), Qt::NoPen);
    for (qsizetype i = 0; i < z.phasen.size(); ++i) {
        const analysis::GanttPhase &b = z.phasen[i];
        if (!b.istBis.isValid() && b.ueberfaelligBis.isValid())
            flaeche[i] |=
                balken(b.planBis, b.ueberfaelligBis, lightened(palette::vermillion(), kUeberfaelligAnteil),
                       QPen(palette::vermillion(), 1));
        // The slip of a phase reached late: a line from its planned end to the day it was reached.
        if (b.istBis.isValid() && b.planBis.isValid() && b.istBis > b.planBis) {
            const auto [x0, x1] = spanne(axis, b.planBis, b.istBis);
            if (x1 > x0) {
                p.setPen(QPen(palette::vermillion(), std::max(1.2, m.balkenHoehe * 0.22), Qt::SolidLine,
                              Qt::FlatCap));
                const double yv = m.balkenOben + m.balkenHoehe;
                p.drawLine(QPointF(x0, yv), QPointF(x1, yv));
            }
        }
        if (!flaeche[i].isEmpty())
            c.hotspot(flaeche[i], phasenText(z, b), ChartHotspot::Target::Projekt, z.projektId,
                      ChartHotspot::Part::Phase, b.meilensteinId);
    }
}

void zeile(ChartCanvas &c, const TimeAxis &axis, const analysis::GanttRow &z, double y, double h,
           const QString &stand)
{
    QPainter &p = c.painter();
    const Zeilenmass m(y, h);
    // The project's term: a thin bar with its ends marked.
    if (const auto [x0, x1] = spanne(axis, z.start, z.ende); x1 > x0) {
        const double dicke = std::max(1.5, h * 0.06);
        p.setPen(Qt::NoPen);
        p.setBrush(laufzeitFarbe());
        p.drawRect(QRectF(x0, m.laufzeit - dicke / 2, x1 - x0, dicke));
        const QRectF term(x0, m.laufzeit - dicke, x1 - x0, dicke * 2);
        if (z.start >= axis.from)
            p.drawRect(QRectF(x0, m.laufzeit - dicke / 2, dicke, dicke * 2.2));
        if (z.ende <= axis.to)
            p.drawRect(QRectF(x1 - dicke, m.laufzeit - dicke / 2, dicke, dicke * 2.2));
        c.hotspot(
            term,
            Tr::tr("%1: Laufzeit %2 bis %3").arg(z.name, edit::dateText(z.start), edit::dateText(z.ende)),
            ChartHotspot::Target::Projekt, z.projektId, ChartHotspot::Part::Laufzeit);
    }
    phasenBalken(c, axis, z, m);
    // The milestones on the bars' ends: planned hollow, reached filled; labels where they do not collide.
    struct Label
    {
        double x;
        QString text;
        bool warnung;
    };
    QList<Label> labels;
    for (const analysis::GanttMeilenstein &ms : z.meilensteine) {
        const bool planSichtbar = ms.geplant.isValid() && ms.geplant >= axis.from && ms.geplant <= axis.to;
        const bool istSichtbar = ms.ist.isValid() && ms.ist >= axis.from && ms.ist <= axis.to;
        const QColor color = palette::phase(ms.phase);
        const QString tip = meilensteinText(z, ms, stand);
        if (planSichtbar && !(istSichtbar && ms.ist == ms.geplant)) {
            const QPointF pt(axis.map(ms.geplant), m.mitte);
            ChartCanvas::diamond(p, pt, m.r, ms.ueberfaellig ? palette::vermillion() : color, false);
            c.hotspot(QRectF(pt.x() - m.r - 1, pt.y() - m.r - 1, 2 * m.r + 2, 2 * m.r + 2), tip,
                      ChartHotspot::Target::Projekt, z.projektId, ChartHotspot::Part::Meilenstein, ms.id);
        }
        if (istSichtbar) {
            const QPointF pt(axis.map(ms.ist), m.mitte);
            ChartCanvas::diamond(p, pt, m.r, color, true);
            c.hotspot(QRectF(pt.x() - m.r - 1, pt.y() - m.r - 1, 2 * m.r + 2, 2 * m.r + 2), tip,
                      ChartHotspot::Target::Projekt, z.projektId);
        }
        // Outside the project's term: a ring in the warning colour around it, and its label marked.
        if (ms.ausserhalbLaufzeit && (planSichtbar || istSichtbar)) {
            const QPointF pt(axis.map(istSichtbar ? ms.ist : ms.geplant), m.mitte);
            ChartCanvas::ring(p, pt, m.r * 1.7, palette::vermillion());
        }
        if (istSichtbar || (planSichtbar && !ms.ist.isValid()))
            labels.append({axis.map(istSichtbar ? ms.ist : ms.geplant),
                           ms.ausserhalbLaufzeit ? u"! "_qs + ms.titel : ms.titel, ms.ausserhalbLaufzeit});
    }
    if (!m.labels)
        return;
    std::stable_sort(labels.begin(), labels.end(), [](const Label &a, const Label &b) { return a.x < b.x; });
    const double gap = m.labelPx * 0.6, zeilenHoehe = m.labelPx * 1.3;
    double frei = axis.left; // the labels' line is free from here on
    for (const Label &l : labels) {
        const double w = c.textWidth(l.text, m.labelPx);
        // Right of its diamond where it fits, else ending at it; a label that fits neither is left out (the
        // milestone's tooltip and the PDF's milestone table name it).
        double links = l.x - m.r;
        if (links < frei || links + w > axis.right)
            links = l.x + m.r - w;
        if (links < frei || links < axis.left - 4)
            continue;
        c.text(QRectF(links, m.labelOben, w + 1, zeilenHoehe), Qt::AlignLeft | Qt::AlignTop, l.text,
               m.labelPx, l.warnung ? kWarnText : QColor());
        frei = links + w + gap;
    }
}

// The row's milestones as planned in the Stand: a dashed ghost diamond where one was planned then and is
// planned elsewhere now, joined to today's date by a thin line. Unmoved milestones get none (their tooltip
// says so): what stands out is what has moved.
void baselineMarken(ChartCanvas &c, const TimeAxis &axis, const analysis::GanttRow &z, double y, double h,
                    const QString &stand)
{
    if (stand.isEmpty())
        return;
    QPainter &p = c.painter();
    const Zeilenmass m(y, h);
    for (const analysis::GanttMeilenstein &ms : z.meilensteine) {
        if (!ms.baseline.isValid() || ms.baseline == ms.geplant || ms.baseline < axis.from ||
            ms.baseline > axis.to)
            continue;
        const QPointF alt(axis.map(ms.baseline), m.mitte);
        if (ms.geplant.isValid()) {
            // From the ghost's edge to the plan's diamond (or the axis' end), over the bars.
            const double x = axis.map(std::clamp(ms.geplant, axis.from, axis.to));
            const double richtung = x > alt.x() ? 1 : -1;
            if (std::abs(x - alt.x()) > 2 * m.r) {
                p.setPen(QPen(baselineFarbe(), 0.9, Qt::SolidLine, Qt::FlatCap));
                p.drawLine(QPointF(alt.x() + richtung * m.r, m.mitte), QPointF(x - richtung * m.r, m.mitte));
            }
        }
        ChartCanvas::ghostDiamond(p, alt, m.r, baselineFarbe());
        c.hotspot(QRectF(alt.x() - m.r - 1, alt.y() - m.r - 1, 2 * m.r + 2, 2 * m.r + 2),
                  Tr::tr("%1: %2 (%3)").arg(z.name, ms.titel, labels::phase(ms.phase)) + u"\n"_qs +
                      baselineText(stand, ms),
                  ChartHotspot::Target::Projekt, z.projektId);
    }
}

// A project's name on as many lines as the row holds, at the largest size from px down to 6 at which it fits
// in full; only a name that fits at none is elided, on its last line.
std::pair<QString, int> nameInZeile(const ChartCanvas &c, const QString &name, double width, double h, int px)
{
    const QStringList words = name.split(u' ', Qt::SkipEmptyParts);
    QStringList lines;
    int zeilen = 1;
    const int kleinste = std::min(px, 6);
    for (int s = px; s >= kleinste; --s) {
        zeilen = std::max(1, int(h / (s * 1.25)));
        lines.clear();
        for (const QString &w : words) {
            const QString next = lines.isEmpty() ? w : lines.last() + u' ' + w;
            if (!lines.isEmpty() && c.textWidth(next, s) <= width)
                lines.last() = next;
            else
                lines.append(c.textWidth(w, s) <= width ? w : c.elided(w, width, s));
        }
        if (lines.size() <= zeilen || s == kleinste) {
            px = s;
            break;
        }
    }
    if (lines.size() > zeilen) {
        const QString rest = lines.mid(zeilen - 1).join(u' ');
        lines = lines.mid(0, zeilen - 1);
        lines.append(c.elided(rest, width, px));
    }
    return {lines.join(u'\n'), px};
}

} // namespace

void paintGanttRows(ChartCanvas &c, const QRectF &area, const QList<analysis::GanttRow> &rows,
                    const QDate &from, const QDate &to, const QDate &today, double maxRowHeight,
                    const QString &baseline, GanttGeometry *geometry)
{
    const bool abhaengigkeiten = std::any_of(
        rows.cbegin(), rows.cend(), [](const analysis::GanttRow &z) { return !z.abhaengigkeiten.isEmpty(); });
    const QList<LegendEntry> legende = ganttLegende(baseline, abhaengigkeiten);
    const double legendeHoehe = c.legendHeight(area.width(), legende);
    const QDate ende = to.isValid() && to > from ? to : from.addDays(30);
    // The axis' height with the widest name column: it decides how many rows fit, and only those are
    // measured.
    const double kopf =
        c.timeAxisHeight({from, ende, area.left() + area.width() * kNamenAnteil, area.right() - 6});
    double verfuegbar = area.height() - kopf - legendeHoehe - ChartCanvas::normal * 1.6 - 6;
    // Rows stay readable: those that do not fit are left out, and a line says how many.
    qsizetype n = rows.size();
    if (n * kMinZeile > verfuegbar) {
        verfuegbar -= ChartCanvas::normal * 1.6;
        n = std::max<qsizetype>(0, qsizetype(verfuegbar / kMinZeile));
    }
    const double h = n == 0 ? 0 : std::min(maxRowHeight, verfuegbar / n);
    // The name column as wide as the longest name needs, up to its share (reached after a few long names: a
    // programme's ten thousand are not all measured).
    const double nameShare = area.width() * kNamenAnteil;
    double nameWidth = 0;
    for (qsizetype i = 0; i < n && nameWidth + 10 < nameShare; ++i)
        if (!rows[i].gruppe) // a heading spans the whole width
            nameWidth = std::max(nameWidth, c.textWidth(rows[i].name));
    nameWidth = std::min(nameWidth + 10, nameShare);
    const double left = area.left() + nameWidth;
    const TimeAxis axis{from, ende, left, area.right() - 6};
    const QRectF plot(left, area.top() + kopf, area.width() - nameWidth, h * n);
    const int px = std::clamp(int(h * 0.62), 6, ChartCanvas::normal);
    QPainter &p = c.painter();
    if (geometry) {
        const QTransform &t = p.transform();
        geometry->from = axis.from;
        geometry->to = axis.to;
        geometry->left = t.map(QPointF(axis.left, 0)).x();
        geometry->right = t.map(QPointF(axis.right, 0)).x();
        geometry->top = t.map(QPointF(0, plot.top())).y();
        geometry->rowHeight = t.map(QPointF(0, plot.top() + h)).y() - geometry->top;
        geometry->rows = int(n);
    }
    // A long Gantt in a scrolled widget: only the rows in the exposed part are painted.
    const QRectF sichtbar = p.clipBoundingRect();
    qsizetype erste = 0, letzte = n; // the rows in sight: [erste, letzte)
    if (h > 0 && !sichtbar.isEmpty()) {
        erste = std::clamp<qsizetype>(qsizetype(std::floor((sichtbar.top() - plot.top()) / h)), 0, n);
        letzte =
            std::clamp<qsizetype>(qsizetype(std::ceil((sichtbar.bottom() - plot.top()) / h)) + 1, erste, n);
    }
    for (qsizetype i = erste | 1; i < letzte; i += 2) {
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0xF4, 0xF4, 0xF4));
        p.drawRect(QRectF(area.left(), plot.top() + i * h, area.width(), h));
    }
    c.timeAxis(plot, axis, true);
    // All names at one size: the largest at which each of them fits its row.
    int namePx = px;
    for (qsizetype i = erste; i < letzte; ++i)
        if (!rows[i].gruppe)
            namePx = std::min(namePx, nameInZeile(c, rows[i].name, nameWidth - 6, h, px).second);
    for (qsizetype i = erste; i < letzte; ++i) {
        const double y = plot.top() + i * h;
        const analysis::GanttRow &z = rows[i];
        if (z.gruppe) {
            // The Themenfeld's heading over its projects, across the whole width.
            p.setPen(Qt::NoPen);
            p.setBrush(QColor(0xE4, 0xE9, 0xF0));
            p.drawRect(QRectF(area.left(), y, area.width(), h));
            c.text(QRectF(area.left() + 2, y, area.width() - 4, h), Qt::AlignLeft | Qt::AlignVCenter, z.name,
                   px, QColor(), true);
            continue;
        }
        const QRectF name(area.left(), y, nameWidth - 6, h);
        const auto [zeilen, groesse] = nameInZeile(c, z.name, name.width(), h, namePx);
        c.text(name, Qt::AlignLeft | Qt::AlignVCenter, zeilen, groesse);
        c.hotspot(name,
                  Tr::tr("%1 (Phase %2): im Reiter „Projekte“ öffnen").arg(z.name, labels::phase(z.phase)),
                  ChartHotspot::Target::Projekt, z.projektId);
        p.save();
        p.setClipRect(QRectF(plot.left() - 8, y, plot.width() + 14, h), Qt::IntersectClip);
        zeile(c, axis, z, y, h, baseline);
        baselineMarken(c, axis, z, y, h, baseline);
        p.restore();
    }
    abhaengigkeitsPfeile(c, axis, rows, n, erste, letzte, plot, h);
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

double GanttGeometry::x(const QDate &d) const
{
    return TimeAxis{from, to, left, right}.map(d);
}

QDate GanttGeometry::dateAt(double px) const
{
    const double span = std::max<qint64>(1, from.daysTo(to));
    return from.addDays(qRound64((px - left) / std::max(1e-9, right - left) * span));
}

int GanttGeometry::rowAt(double y) const
{
    if (rowHeight <= 0 || y < top)
        return -1;
    const int r = int((y - top) / rowHeight);
    return r < rows ? r : -1;
}

double ganttHeight(int rowCount)
{
    // Title, subtitle, two axis lines, the rows at a comfortable height and two legend lines.
    return 60 + ChartCanvas::normal * 3.0 + 2 + rowCount * 22.0 + 2 * ChartCanvas::normal * 1.6 + 24;
}

void paintGantt(QPainter &p, const QRectF &rect, const QList<analysis::GanttRow> &rows, QDate from, QDate to,
                QDate today, double referenceWidth, QList<ChartHotspot> *hotspots, const QString &baseline,
                GanttGeometry *geometry, double maxRowHeight)
{
    ChartCanvas c(p, rect, referenceWidth, hotspots);
    // A tile of a page: rows as high as the page allows, up to the height of three lines of names.
    paintGanttRows(c, c.bounds(), rows, from, to, today, maxRowHeight, baseline, geometry);
}

void paintGantt(QPainter &p, const QRectF &rect, const QList<analysis::GanttRow> &rows, QDate from, QDate to,
                QDate today)
{
    paintGantt(p, rect, rows, from, to, today, ChartOptions{}.referenceWidth);
}

} // namespace tfp::report
