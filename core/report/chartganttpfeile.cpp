// The dependency arrows of the Gantt: finish-to-start, drawn over the rows (see chartganttteile.h).
#include "chartganttteile.h"

#include "chartpalette.h"
#include "tr.h"

#include "edit/fieldtext.h"

#include <QHash>
#include <QPainterPath>
#include <QSet>

namespace tfp::report::gantt {

QString tage(int n)
{
    return countText(n, Tr::tr("%1 Tag"), Tr::tr("%1 Tage"));
}

// The arrows of dependencies: near-black, so that they do not read as a phase; broken ones in the warning
// colour.
QColor pfeilFarbe()
{
    return palette::text();
}

namespace {

QString pfeilText(const analysis::GanttAbhaengigkeit &a)
{
    QString s =
        a.abstandTage
            ? Tr::tr("Abhängigkeit: %1 folgt %2 (Abstand %3)").arg(a.nachText, a.vorText, tage(a.abstandTage))
            : Tr::tr("Abhängigkeit: %1 folgt %2").arg(a.nachText, a.vorText);
    if (a.verletzt)
        s += u"\n"_qs + Tr::tr("verletzt: frühestens am %1").arg(edit::dateText(a.fruehester));
    return s;
}

} // namespace

// The finish-to-start arrows between the drawn rows' milestones, over the rows: out of the predecessor's
// diamond to the right, along the gap below (or above) its row, and into the successor's diamond from the
// left. An end outside these rows or dates leaves a short stub at the other end, the missing side named in
// its tooltip. A milestone's arrows meet the diamond of its reached date, else of its planned date, the date
// the schedule's flags compare. Only the arrows of the rows in sight ([erste, letzte) of the n drawn) are
// drawn, each to its other end wherever that row lies: a programme of ten thousand rows shows twenty.
void abhaengigkeitsPfeile(ChartCanvas &c, const TimeAxis &axis, const QList<analysis::GanttRow> &rows,
                          qsizetype n, qsizetype erste, qsizetype letzte, const QRectF &plot, double h)
{
    struct Ort
    {
        QPointF mitte;
        double zeileOben;
    };
    QList<const analysis::GanttAbhaengigkeit *> alle;
    QSet<qint64> gesehen;
    for (qsizetype i = erste; i < letzte; ++i)
        for (const analysis::GanttAbhaengigkeit &a : rows[i].abhaengigkeiten)
            if (!gesehen.contains(a.id)) {
                gesehen.insert(a.id);
                alle.append(&a);
            }
    if (alle.isEmpty())
        return;
    // The rows the arrows end in: those in sight and those of their other ends.
    QHash<qint64, qsizetype> zeileVon;
    for (qsizetype i = 0; i < n; ++i)
        if (rows[i].projektId)
            zeileVon.insert(rows[i].projektId, i);
    QSet<qsizetype> zeilen;
    for (qsizetype i = erste; i < letzte; ++i)
        zeilen.insert(i);
    for (const analysis::GanttAbhaengigkeit *a : std::as_const(alle))
        for (qint64 projekt : {a->vorProjektId, a->nachProjektId})
            if (const auto it = zeileVon.constFind(projekt); it != zeileVon.cend())
                zeilen.insert(*it);
    QHash<qint64, Ort> orte;
    for (qsizetype i : std::as_const(zeilen)) {
        const double y = plot.top() + i * h;
        const Zeilenmass m(y, h);
        for (const analysis::GanttMeilenstein &ms : rows[i].meilensteine) {
            const QDate d = ms.ist.isValid() ? ms.ist : ms.geplant;
            if (d.isValid() && d >= axis.from && d <= axis.to)
                orte.insert(ms.id, {QPointF(axis.map(d), m.mitte), y});
        }
    }
    // The broken ones last, so that none is hidden under a sound one.
    std::stable_partition(alle.begin(), alle.end(), [](const auto *a) { return !a->verletzt; });
    const Zeilenmass m(plot.top(), h);
    const double r = m.r, abstand = std::max(3.0, r * 1.2), spitze = std::max(3.0, r * 0.9);
    const double stummel = abstand * 2.5;
    QPainter &p = c.painter();
    p.save();
    p.setClipRect(QRectF(plot.left() - 8, plot.top(), plot.width() + 14, plot.height()), Qt::IntersectClip);
    for (const analysis::GanttAbhaengigkeit *a : std::as_const(alle)) {
        const auto vor = orte.constFind(a->vorId), nach = orte.constFind(a->nachId);
        const bool mitVor = vor != orte.cend(), mitNach = nach != orte.cend();
        if (!mitVor && !mitNach)
            continue;
        const QColor farbe = a->verletzt ? palette::vermillion() : pfeilFarbe();
        const QPen stift(farbe, std::max(0.8, r * 0.22), Qt::SolidLine, Qt::FlatCap, Qt::MiterJoin);
        QPainterPath weg;
        QString text = pfeilText(*a);
        QRectF spot;
        qint64 projekt = a->nachProjektId;
        if (mitVor && mitNach) {
            const QPointF aus(vor->mitte.x() + r, vor->mitte.y());
            const QPointF spitzeBei(nach->mitte.x() - r, nach->mitte.y());
            const double xa = aus.x() + abstand, xb = spitzeBei.x() - spitze - abstand;
            weg.moveTo(aus);
            if (vor->zeileOben == nach->zeileOben && xb >= xa) {
                weg.lineTo(spitzeBei.x() - spitze, spitzeBei.y());
            } else {
                // Along the gap between the predecessor's row and the next one towards the successor.
                const double spalt = nach->zeileOben < vor->zeileOben ? vor->zeileOben : vor->zeileOben + h;
                weg.lineTo(xa, aus.y());
                weg.lineTo(xa, spalt);
                weg.lineTo(xb, spalt);
                weg.lineTo(xb, spitzeBei.y());
                weg.lineTo(spitzeBei.x() - spitze, spitzeBei.y());
                c.hotspot(QRectF(std::min(xa, xb), spalt - 2, std::abs(xb - xa) + 1, 4), text,
                          ChartHotspot::Target::Projekt, projekt);
            }
            p.strokePath(weg, stift);
            ChartCanvas::arrowHead(p, spitzeBei, spitze, farbe);
            spot = QRectF(spitzeBei.x() - spitze - abstand, spitzeBei.y() - spitze, spitze + abstand,
                          2 * spitze);
        } else if (mitNach) {
            const QPointF spitzeBei(nach->mitte.x() - r, nach->mitte.y());
            weg.moveTo(spitzeBei.x() - spitze - stummel, spitzeBei.y());
            weg.lineTo(spitzeBei.x() - spitze, spitzeBei.y());
            p.strokePath(weg, stift);
            ChartCanvas::arrowHead(p, spitzeBei, spitze, farbe);
            text += u"\n"_qs + Tr::tr("%1 liegt außerhalb dieses Ausschnitts.").arg(a->vorText);
            spot = QRectF(spitzeBei.x() - spitze - stummel, spitzeBei.y() - spitze, spitze + stummel,
                          2 * spitze);
        } else {
            const QPointF aus(vor->mitte.x() + r, vor->mitte.y());
            weg.moveTo(aus);
            weg.lineTo(aus.x() + stummel, aus.y());
            p.strokePath(weg, stift);
            ChartCanvas::arrowHead(p, QPointF(aus.x() + stummel + spitze, aus.y()), spitze, farbe);
            text += u"\n"_qs + Tr::tr("%1 liegt außerhalb dieses Ausschnitts.").arg(a->nachText);
            spot = QRectF(aus.x(), aus.y() - spitze, stummel + spitze, 2 * spitze);
            projekt = a->vorProjektId;
        }
        c.hotspot(spot, text, ChartHotspot::Target::Projekt, projekt);
    }
    p.restore();
}

} // namespace tfp::report::gantt
