// The Arbeitsplan's schedule: the Gantt of the projects cut into tiles of one landscape page each. The tiles
// follow the plan's dates: a stretch of time without any date or running project gets no tile, a lone date
// far from the rest joins its neighbour's tile, and each tile shows only the projects that have something
// in its time span, their rows as high as the page allows.
#include "arbeitsplanteile.h"

#include "charts.h"
#include "edit/fieldtext.h"
#include "tr.h"

#include <QLocale>

#include <algorithm>

namespace tfp::report {

namespace {

constexpr double kZeile = mm(11); // the lowest row: a long name on three lines, labels below the bars
constexpr double kKopfUndLegende = mm(28); // the chart's time axis and its legend below the rows
constexpr int kMonateJeKachel = 24;        // a page's width of time: about two years, 7.5 mm a month
constexpr int kLuecke = 6;                 // months without a date or a running project that part tiles
constexpr int kMindestDaten = 3;           // a stretch with fewer dates joins its neighbour's tile …
constexpr int kMonateHoechstens = 36;      // … as long as that tile then spans at most three years
constexpr double kBeschriftung = pt(22);   // the tile's caption above the figure

QDate monatsAnfang(const QDate &d)
{
    return QDate(d.year(), d.month(), 1);
}

QDate monatsEnde(const QDate &d)
{
    return monatsAnfang(d).addMonths(1).addDays(-1);
}

int monate(const QDate &von, const QDate &bis)
{
    return (bis.year() - von.year()) * 12 + bis.month() - von.month() + 1;
}

struct Strecke
{
    QDate von, bis; // first and last day of a month
    int daten = 0;  // the dates in it: projects' Beginn and Ende, milestones planned and reached
};

// Whether the row draws anything in [von, bis].
bool zeigt(const analysis::GanttRow &z, const QDate &von, const QDate &bis)
{
    auto in = [&](const QDate &d) { return d.isValid() && d >= von && d <= bis; };
    if (z.start.isValid() && z.ende.isValid() && z.start <= bis && z.ende >= von)
        return true;
    if (in(z.start) || in(z.ende))
        return true;
    for (const analysis::GanttMeilenstein &m : z.meilensteine)
        if (in(m.geplant) || in(m.ist) || in(m.baseline))
            return true;
    for (const analysis::GanttPhase &b : z.phasen) {
        const QDate ende = std::max({b.planBis, b.istBis, b.ueberfaelligBis});
        const QDate anfang = b.planVon.isValid() ? b.planVon : b.istVon;
        if (anfang.isValid() && ende.isValid() && anfang <= bis && ende >= von)
            return true;
    }
    return false;
}

// The stretches of [von, bis] that hold the rows' dates and terms, in whole months, apart where nothing
// happens for kLuecke months; a stretch of fewer than kMindestDaten dates joined to its nearer neighbour.
QList<Strecke> strecken(const QList<analysis::GanttRow> &zeilen, const QDate &von, const QDate &bis)
{
    QList<Strecke> teile;
    QList<QDate> daten;
    auto add = [&](const QDate &a, const QDate &b, bool zaehlt) {
        if (!a.isValid() || !b.isValid() || b < von || a > bis || b < a)
            return;
        teile.append(
            {std::max(monatsAnfang(std::max(a, von)), von), std::min(monatsEnde(std::min(b, bis)), bis), 0});
        if (zaehlt)
            daten.append(a);
    };
    for (const analysis::GanttRow &z : zeilen) {
        add(z.start, z.ende, false);
        add(z.start, z.start, true);
        add(z.ende, z.ende, true);
        for (const analysis::GanttMeilenstein &m : z.meilensteine) {
            add(m.geplant, m.geplant, true);
            add(m.ist, m.ist, true);
            add(m.baseline, m.baseline, true);
        }
    }
    std::sort(teile.begin(), teile.end(), [](const Strecke &a, const Strecke &b) { return a.von < b.von; });
    QList<Strecke> out;
    for (const Strecke &s : std::as_const(teile)) {
        if (!out.isEmpty() && s.von <= out.last().bis.addMonths(kLuecke))
            out.last().bis = std::max(out.last().bis, s.bis);
        else
            out.append(s);
    }
    for (const QDate &d : std::as_const(daten))
        for (Strecke &s : out)
            if (d >= s.von && d <= s.bis)
                ++s.daten;
    // Lone dates join a neighbour, the nearer one first, where the joined tile stays within bounds.
    for (qsizetype i = 0; i < out.size();) {
        if (out[i].daten >= kMindestDaten || out.size() == 1) {
            ++i;
            continue;
        }
        const qint64 vorher = i > 0 ? out[i - 1].bis.daysTo(out[i].von) : -1;
        const qint64 nachher = i + 1 < out.size() ? out[i].bis.daysTo(out[i + 1].von) : -1;
        auto passt = [&](qsizetype a, qsizetype b) {
            return monate(out[a].von, out[b].bis) <= kMonateHoechstens;
        };
        qsizetype mit = -1;
        if (vorher >= 0 && passt(i - 1, i) && (nachher < 0 || vorher <= nachher || !passt(i, i + 1)))
            mit = i - 1;
        else if (nachher >= 0 && passt(i, i + 1))
            mit = i + 1;
        if (mit < 0) {
            ++i;
            continue;
        }
        const qsizetype a = std::min(i, mit);
        out[a] = {out[a].von, out[a + 1].bis, out[a].daten + out[a + 1].daten};
        out.removeAt(a + 1);
        i = a;
    }
    return out;
}

// The tiles' time spans: each stretch in equal parts of at most kMonateJeKachel months.
QList<std::pair<QDate, QDate>> zeitraeume(const QList<analysis::GanttRow> &zeilen, const QDate &von,
                                          const QDate &bis)
{
    QList<std::pair<QDate, QDate>> out;
    QList<Strecke> teile = strecken(zeilen, von, bis);
    if (teile.isEmpty())
        teile.append({von, bis, 0});
    for (const Strecke &s : std::as_const(teile)) {
        // Up to three years on one tile, as a lone date joined to its neighbour may ask; longer stretches in
        // parts of about two years.
        const int m = monate(s.von, s.bis);
        const int n = m <= kMonateHoechstens ? 1 : (m + kMonateJeKachel - 1) / kMonateJeKachel;
        const int je = (m + n - 1) / n;
        for (QDate a = s.von; a <= s.bis;) {
            const QDate e = std::min(s.bis, monatsAnfang(a).addMonths(je).addDays(-1));
            out.append({a, e});
            a = e.addDays(1);
        }
    }
    return out;
}

} // namespace

void ganttKacheln(PdfDocument &d, const QList<analysis::GanttRow> &zeilen, QDate von, QDate bis, QDate heute,
                  const QString &baseline)
{
    const QSizeF inhalt = PdfDocument::contentSize(QPageLayout::Landscape);
    const double hoehe = inhalt.height() - kBeschriftung;
    const int passen = std::max(1, int((hoehe - kKopfUndLegende) / kZeile));
    // Tiles only within the time frame: a date of year 3000000 would ask for 1.5 million pages.
    von = analysis::withinTimeFrame(von);
    bis = analysis::withinTimeFrame(bis);
    struct Kachel
    {
        QDate von, bis;
        QList<analysis::GanttRow> zeilen;
        qsizetype erste = 0, gesamt = 0; // the tile's rows among those of its time span
    };
    QList<Kachel> kacheln;
    for (const auto &[a, e] : zeitraeume(zeilen, von, bis)) {
        QList<analysis::GanttRow> dabei;
        for (const analysis::GanttRow &z : zeilen)
            if (zeigt(z, a, e))
                dabei.append(z);
        if (dabei.isEmpty())
            continue;
        // As many rows as fit, spread evenly over the pages (no last page with one row).
        const qsizetype seiten = (dabei.size() + passen - 1) / passen;
        const qsizetype jeSeite = (dabei.size() + seiten - 1) / seiten;
        for (qsizetype erste = 0; erste < dabei.size(); erste += jeSeite)
            kacheln.append({a, e, dabei.mid(erste, jeSeite), erste, dabei.size()});
    }
    int blatt = 0;
    for (const Kachel &k : std::as_const(kacheln)) {
        d.pageBreak(QPageLayout::Landscape);
        d.paragraph(Tr::tr("Zeitplan, Blatt %1 von %2: %3 bis %4, Projekte %5 bis %6 von %7 mit Terminen in "
                           "diesem Zeitraum")
                        .arg(++blatt)
                        .arg(kacheln.size())
                        .arg(edit::dateText(k.von), edit::dateText(k.bis))
                        .arg(k.erste + 1)
                        .arg(k.erste + k.zeilen.size())
                        .arg(k.gesamt),
                    Style::Small);
        // The painter keeps copies: the document outlives the analysis it was built from.
        d.figure(
            hoehe - pt(6),
            [teil = k.zeilen, a = k.von, e = k.bis, heute, baseline](QPainter &p, const QRectF &r) {
                // The chart draws its own name column, so every tile repeats the project names.
                paintGantt(p, r, teil, a, e, heute, ChartOptions{}.referenceWidth, nullptr, baseline);
            },
            ganttText(k.zeilen, k.von, k.bis, heute));
    }
}

} // namespace tfp::report
