// The bar charts and the matrix: Reifegrad ist and ziel per Lage (stacked, horizontal, so that long Lage
// names stay readable), the budget per quarter with person-days, and the Nachnutzung heatmap.
#include "chartpaint.h"

#include "chartpalette.h"
#include "tr.h"

#include "domain/labels.h"

#include <QCoreApplication>

namespace tfp::report {

namespace {

constexpr double kGruppe = 48; // logical height of one Lage's pair of bars, at most

double nameSpalte(ChartCanvas &c, const QStringList &names, double width, double anteil)
{
    double w = 0;
    for (const QString &n : names)
        w = std::max(w, c.textWidth(n));
    return std::min(w + 10, width * anteil);
}

} // namespace

void paintReifegrad(ChartCanvas &c, const QRectF &platz, const ChartModel &m)
{
    QList<LegendEntry> legende;
    for (int i = 0; i < 6 && i < m.series.size(); ++i)
        legende.append({m.series[i].name, m.series[i].color, LegendEntry::Form::Area});
    // Bars keep their height: a tall page leaves the space below the legend rather than between the bars.
    QRectF area = platz;
    area.setHeight(std::min(platz.height(), m.categories.size() * kGruppe + ChartCanvas::normal * 3.6 +
                                                c.legendHeight(platz.width(), legende)));
    QRectF rest = c.legend(area, legende);
    rest.setBottom(rest.bottom() - ChartCanvas::normal * 3.2); // the value axis: labels and title
    const double names = nameSpalte(c, m.categories, rest.width(), 0.34);
    const double tag = c.textWidth(Tr::tr("Ziel")) + 8;
    const QRectF plot(rest.left() + names + tag, rest.top(), rest.width() - names - tag - 12, rest.height());
    double maxSum = 0;
    const qsizetype halbe = m.series.size() / 2; // Ist series first, then Ziel
    for (qsizetype k = 0; k < m.categories.size(); ++k)
        for (qsizetype base : {qsizetype(0), halbe}) {
            double sum = 0;
            for (qsizetype s = base; s < base + halbe; ++s)
                sum += m.series[s].values.value(k);
            maxSum = std::max(maxSum, sum);
        }
    ValueAxis axis = niceAxis(maxSum, plot.left(), plot.right());
    std::swap(axis.top, axis.bottom); // horizontal: 0 at the left
    QPainter &p = c.painter();
    for (double v = 0; v <= axis.max + axis.step / 2; v += axis.step) {
        const double x = axis.map(v);
        p.setPen(QPen(v == 0 ? palette::line() : palette::grid(), 0.7));
        p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        c.text(QRectF(x - 30, plot.bottom() + 2, 60, ChartCanvas::normal * 1.6), Qt::AlignCenter,
               formatNumber(v));
    }
    c.text(QRectF(plot.left(), plot.bottom() + ChartCanvas::normal * 1.5, plot.width(),
                  ChartCanvas::normal * 1.6),
           Qt::AlignCenter, m.axisY);
    const double gruppe = m.categories.isEmpty() ? 0 : std::min(kGruppe, plot.height() / m.categories.size());
    const double balken = gruppe * 0.36;
    for (qsizetype k = 0; k < m.categories.size(); ++k) {
        const double y = plot.top() + k * gruppe;
        c.text(QRectF(rest.left(), y, names - 6, gruppe), Qt::AlignLeft | Qt::AlignVCenter,
               c.elided(m.categories[k], names - 6));
        for (int half = 0; half < 2; ++half) {
            const double by = y + gruppe * 0.1 + half * (balken + gruppe * 0.06);
            const QString stapel = m.series[half * halbe].stack;
            if (balken + 2 >= ChartCanvas::normal - 2) // else the subtitle says which bar is which
                c.text(QRectF(rest.left() + names, by, tag, balken), Qt::AlignLeft | Qt::AlignVCenter, stapel,
                       std::min(ChartCanvas::normal, int(balken) + 2));
            double x = axis.map(0);
            for (qsizetype s = half * halbe; s < (half + 1) * halbe; ++s) {
                const double v = m.series[s].values.value(k);
                if (v <= 0)
                    continue;
                const double w = axis.map(v) - axis.map(0);
                const QRectF bar(x, by, w, balken);
                p.setPen(QPen(Qt::white, 0.6));
                p.setBrush(m.series[s].color);
                p.drawRect(bar);
                if (w > c.textWidth(formatNumber(v)) + 4 && balken >= ChartCanvas::normal)
                    c.text(bar, Qt::AlignCenter, formatNumber(v), ChartCanvas::normal,
                           m.series[s].color.lightness() < 140 ? Qt::white : palette::text());
                c.hotspot(
                    bar,
                    Tr::tr("%1, %2 – %3: %4").arg(m.categories[k], stapel, m.series[s].name, leistungen(v)));
                x += w;
            }
        }
    }
}

void paintBudget(ChartCanvas &c, const QRectF &area, const ChartModel &m)
{
    const ChartSeries &plan = m.series[0], &ist = m.series[1], &pt = m.series[2];
    QRectF rest = c.legend(area, {{plan.name, plan.color, LegendEntry::Form::Area},
                                  {ist.name, ist.color, LegendEntry::Form::Area},
                                  {pt.name, pt.color, LegendEntry::Form::Line}});
    const QRectF plot(rest.left() + 88, rest.top() + 6, rest.width() - 88 - 72,
                      rest.height() - ChartCanvas::normal * 2 - 6);
    double maxEuro = 0, maxPt = 0;
    for (qsizetype i = 0; i < m.categories.size(); ++i) {
        maxEuro = std::max({maxEuro, plan.values.value(i), ist.values.value(i)});
        maxPt = std::max(maxPt, pt.values.value(i));
    }
    const ValueAxis euro = niceAxis(maxEuro, plot.top(), plot.bottom());
    const ValueAxis tage = niceAxis(maxPt, plot.top(), plot.bottom());
    c.valueAxis(plot, euro, m.axisY);
    c.valueAxis(plot, tage, m.axisY2, true, false);
    const qsizetype n = m.categories.size();
    const double slot = plot.width() / std::max<qsizetype>(1, n);
    const double bar = slot * 0.36;
    // Label every k-th quarter so that the labels do not overlap.
    const int jede = std::max(1, int(std::ceil((c.textWidth(u"Q4/2026"_qs) + 6) / slot)));
    QPainter &p = c.painter();
    for (qsizetype i = 0; i < n; ++i) {
        const double x = plot.left() + i * slot + slot * 0.14;
        const QRectF a(x, euro.map(plan.values[i]), bar, euro.map(0) - euro.map(plan.values[i]));
        const QRectF b(x + bar, euro.map(ist.values[i]), bar, euro.map(0) - euro.map(ist.values[i]));
        p.setPen(Qt::NoPen);
        p.setBrush(plan.color);
        p.drawRect(a);
        p.setBrush(ist.color);
        p.drawRect(b);
        const QLocale l;
        const QString tip =
            Tr::tr("%1: Plan %2, Mittelabfluss %3, %4 Personentage")
                .arg(m.categories[i], l.toCurrencyString(plan.values[i], u"€"_qs, 0),
                     l.toCurrencyString(ist.values[i], u"€"_qs, 0), formatNumber(pt.values[i], 1));
        c.hotspot(QRectF(plot.left() + i * slot, plot.top(), slot, plot.height()), tip);
        if (i % jede == 0)
            c.text(
                QRectF(plot.left() + i * slot - slot, plot.bottom() + 2, slot * 3, ChartCanvas::normal * 1.6),
                Qt::AlignCenter, m.categories[i]);
    }
    // Person-days only where reported, the line broken across quarters without a report.
    const auto at = [&](const QPointF &q) {
        return QPointF(plot.left() + (q.x() + 0.5) * slot, tage.map(q.y()));
    };
    p.setPen(QPen(pt.color, 2.2));
    for (qsizetype i = 1; i < pt.points.size(); ++i)
        if (pt.points[i].x() - pt.points[i - 1].x() == 1)
            p.drawLine(at(pt.points[i - 1]), at(pt.points[i]));
    p.setBrush(pt.color);
    for (const QPointF &q : pt.points)
        p.drawEllipse(at(q), 2.6, 2.6);
}

void paintNachnutzung(ChartCanvas &c, const QRectF &area, const ChartModel &m)
{
    // One row per project (or Themenfeld) with its name readable on the left, one column per Land.
    const bool programm = m.categoryIds.isEmpty();
    QList<LegendEntry> legende;
    if (!programm)
        for (NachnutzungStand s :
             {NachnutzungStand::Interessiert, NachnutzungStand::Geplant, NachnutzungStand::InUmsetzung,
              NachnutzungStand::Live, NachnutzungStand::Abgelehnt})
            legende.append({labels::nachnutzungStand(s), palette::nachnutzung(s), LegendEntry::Form::Area});
    else
        legende.append({Tr::tr("Zahl der nachgenutzten Projekte"),
                        palette::nachnutzung(NachnutzungStand::Geplant), LegendEntry::Form::Area});
    const QRectF rest = c.legend(area, legende);
    const qsizetype zeilen = m.categories.size(), spalten = m.series.size();
    const double names = nameSpalte(c, m.categories, rest.width(), 0.4);
    const double kopf = ChartCanvas::normal * 1.8;
    const double w = std::min(44.0, (rest.width() - names) / std::max<qsizetype>(1, spalten));
    const double h = std::min(28.0, (rest.height() - kopf) / std::max<qsizetype>(1, zeilen));
    const QRectF grid(rest.left() + names, rest.top() + kopf, w * spalten, h * zeilen);
    const int px = std::clamp(int(h * 0.62), 6, ChartCanvas::normal);
    QPainter &p = c.painter();
    for (qsizetype l = 0; l < spalten; ++l)
        c.text(QRectF(grid.left() + l * w, rest.top(), w, kopf), Qt::AlignCenter, m.series[l].name,
               std::min(ChartCanvas::normal, int(w * 0.45)), {}, true);
    double maxWert = 1;
    for (const ChartSeries &s : m.series)
        for (double v : s.values)
            maxWert = std::max(maxWert, v);
    for (qsizetype k = 0; k < zeilen; ++k) {
        const double y = grid.top() + k * h;
        const QRectF name(rest.left(), y, names - 6, h);
        c.text(name, Qt::AlignLeft | Qt::AlignVCenter, c.elided(m.categories[k], name.width(), px), px);
        if (!programm)
            c.hotspot(name, Tr::tr("%1: im Reiter „Projekte“ öffnen").arg(m.categories[k]),
                      ChartHotspot::Target::Projekt, m.categoryIds[k]);
        for (qsizetype l = 0; l < spalten; ++l) {
            const ChartSeries &land = m.series[l];
            const double v = land.values.value(k);
            const QRectF cell(grid.left() + l * w, y, w, h);
            QColor color = QColor(0xF2, 0xF2, 0xF2);
            QString tip;
            if (programm) {
                if (v > 0) // light to dark with the count, on the green ramp of the stands
                    color =
                        lightened(palette::nachnutzung(NachnutzungStand::Live), 0.25 + 0.75 * v / maxWert);
                tip = Tr::tr("%1 in %2: %3 nachgenutzt")
                          .arg(land.name, m.categories[k],
                               countText(v, Tr::tr("%1 Projekt"), Tr::tr("%1 Projekte")));
            } else if (v > 0) {
                const auto stand = NachnutzungStand(int(v) - 1);
                color = palette::nachnutzung(stand);
                tip =
                    Tr::tr("%1 in „%2“: %3").arg(land.name, m.categories[k], labels::nachnutzungStand(stand));
            } else {
                tip = Tr::tr("%1 in „%2“: keine Nachnutzung erfasst").arg(land.name, m.categories[k]);
            }
            p.setPen(QPen(Qt::white, 1.2));
            p.setBrush(color);
            p.drawRect(cell);
            if (programm && v > 0)
                c.text(cell, Qt::AlignCenter, formatNumber(v), px,
                       color.lightness() < 120 ? Qt::white : palette::text());
            c.hotspot(cell, tip, programm ? ChartHotspot::Target::None : ChartHotspot::Target::Projekt,
                      programm ? 0 : m.categoryIds[k]);
        }
    }
}

} // namespace tfp::report
