// The alternative text of the Arbeitsplan's figures: each chart said in a sentence with its figures, built
// from the same model the chart is painted from (so that a screen reader hears what the eye sees).
#include "arbeitsplanteile.h"

#include "edit/fieldtext.h"
#include "tr.h"

#include "domain/labels.h"

#include <QLocale>

namespace tfp::report {

namespace {

QString zahl(double v, int decimals = 0)
{
    return QLocale().toString(v, 'f', decimals);
}

QString liste(const QStringList &teile)
{
    return teile.join(u", "_qs);
}

// "3 von 37 online, 3 in Umsetzung, 1 in Planung, 30 ohne Status"
QString status(const ChartModel &m)
{
    const QList<double> &w = m.series.value(0).values;
    double summe = 0;
    for (double v : w)
        summe += v;
    QStringList teile;
    for (qsizetype i = 0; i < m.categories.size(); ++i)
        teile << (i == 0 ? Tr::tr("%1 von %2 %3").arg(zahl(w.value(i)), zahl(summe), m.categories[i])
                         : u"%1 %2"_qs.arg(zahl(w.value(i)), m.categories[i]));
    return liste(teile);
}

// Per Lage: how many Leistungen are at each level, now (Ist) and as planned (Ziel); levels without any left
// out.
QString reifegrad(const ChartModel &m)
{
    QStringList zeilen;
    for (qsizetype k = 0; k < m.categories.size(); ++k) {
        QStringList ist, ziel;
        for (const ChartSeries &s : m.series) {
            const double v = s.values.value(k);
            if (v > 0)
                (s.stack == m.series.first().stack ? ist : ziel) << u"%1 %2"_qs.arg(zahl(v), s.name);
        }
        zeilen << Tr::tr("%1 – Ist: %2; Ziel: %3")
                      .arg(m.categories[k], ist.isEmpty() ? u"0"_qs : liste(ist),
                           ziel.isEmpty() ? u"0"_qs : liste(ziel));
    }
    return zeilen.join(u". "_qs);
}

// Per Land: the projects it reuses (a cell with an entry).
QString nachnutzung(const ChartModel &m)
{
    QStringList teile;
    for (const ChartSeries &s : m.series) {
        int n = 0;
        for (double v : s.values)
            n += v > 0;
        if (n > 0)
            teile << u"%1 %2"_qs.arg(s.name, zahl(n));
    }
    return Tr::tr("Einträge je Land bei %1 Umsetzungsprojekten: %2")
        .arg(zahl(double(m.categories.size())), liste(teile));
}

// Per quarter: plan, outflow and person-days.
QString budget(const ChartModel &m)
{
    const QLocale l;
    QStringList teile;
    for (qsizetype q = 0; q < m.categories.size(); ++q)
        teile << Tr::tr("%1 Plan %2, Abfluss %3, %4 Personentage")
                     .arg(m.categories[q], l.toCurrencyString(m.series.value(0).values.value(q), u"€"_qs, 0),
                          l.toCurrencyString(m.series.value(1).values.value(q), u"€"_qs, 0),
                          zahl(m.series.value(2).values.value(q), 1));
    return teile.join(u"; "_qs);
}

// The planned and the actual line: where each ends.
QString burnUp(const ChartModel &m)
{
    QStringList teile;
    for (const ChartSeries &s : m.series) {
        if (s.points.isEmpty())
            continue;
        const QPointF last = s.points.last();
        teile << Tr::tr("%1: %2 bis %3")
                     .arg(s.name, zahl(last.y() + s.base),
                          edit::dateText(QDate::fromJulianDay(qint64(last.x()))));
    }
    return Tr::tr("%1 von %2 OZG-Leistungen").arg(liste(teile), zahl(m.yMax));
}

// How many Leistungen fall into each category band, and the first ranks.
QString prioritaet(const ChartModel &m)
{
    const ChartSeries score = m.series.value(0);
    QStringList baender;
    for (const ChartBand &b : m.bands) {
        int n = 0;
        for (double v : score.values)
            n += v >= b.from && (v < b.to || (b.to >= 5 && v <= b.to));
        baender << u"%1 %2"_qs.arg(b.name, zahl(n));
    }
    QStringList erste;
    for (qsizetype i = 0; i < std::min<qsizetype>(3, m.categories.size()); ++i)
        erste << Tr::tr("Rang %1 %2 (Score %3)")
                     .arg(zahl(i + 1), m.categories[i], zahl(score.values.value(i), 2));
    return liste(baender) + u"; "_qs + liste(erste);
}

} // namespace

QString diagrammText(const ChartModel &m)
{
    QString zahlen;
    switch (m.kind) {
    case ChartKind::Status:
        zahlen = status(m);
        break;
    case ChartKind::Reifegrad:
        zahlen = reifegrad(m);
        break;
    case ChartKind::Nachnutzung:
        zahlen = nachnutzung(m);
        break;
    case ChartKind::Budget:
        zahlen = budget(m);
        break;
    case ChartKind::BurnUp:
        zahlen = burnUp(m);
        break;
    case ChartKind::Prioritisation:
        zahlen = prioritaet(m);
        break;
    case ChartKind::Gantt:
        zahlen = m.subtitle;
        break;
    }
    return Tr::tr("Diagramm „%1“ (%2): %3.").arg(m.title, m.subtitle, zahlen);
}

QString ganttText(const QList<analysis::GanttRow> &zeilen, QDate von, QDate bis, QDate heute)
{
    QStringList teile;
    for (const analysis::GanttRow &z : zeilen) {
        // The milestones the tile shows: planned or reached within its time span.
        int sichtbar = 0, erreicht = 0, ueberfaellig = 0, ausserhalb = 0, verschoben = 0;
        auto imBlatt = [&](const QDate &d) { return d.isValid() && d >= von && d <= bis; };
        for (const analysis::GanttMeilenstein &ms : z.meilensteine) {
            // A ghost of the baseline where the milestone has moved since.
            const bool bewegt = ms.baseline.isValid() && ms.geplant.isValid() && ms.baseline != ms.geplant;
            verschoben += bewegt && (imBlatt(ms.baseline) || imBlatt(ms.geplant));
            if (!imBlatt(ms.geplant) && !imBlatt(ms.ist))
                continue;
            ++sichtbar;
            erreicht += ms.ist.isValid();
            ueberfaellig += ms.ueberfaellig;
            ausserhalb += ms.ausserhalbLaufzeit;
        }
        QString teil =
            Tr::tr("%1 (%2 bis %3): %4, davon %5 erreicht, %6 überfällig")
                .arg(z.name, edit::dateText(z.start), edit::dateText(z.ende),
                     Tr::tr("%n Meilensteine", nullptr, sichtbar), zahl(erreicht), zahl(ueberfaellig));
        if (ausserhalb > 0)
            teil += Tr::tr(", %1 außerhalb der Laufzeit des Projekts").arg(zahl(ausserhalb));
        if (verschoben > 0)
            teil += Tr::tr(", %1 seit dem verglichenen Stand verschoben").arg(zahl(verschoben));
        teile << teil;
    }
    return Tr::tr("Zeitplan vom %1 bis %2, heute %3: %4.")
        .arg(edit::dateText(von), edit::dateText(bis), edit::dateText(heute), teile.join(u"; "_qs));
}

} // namespace tfp::report
