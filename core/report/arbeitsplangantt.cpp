// The Arbeitsplan's schedule: the Gantt of the projects cut into tiles of one landscape page each, a page's
// worth of rows by a page's width of time, so that a long plan stays readable in print instead of shrinking.
#include "arbeitsplanteile.h"

#include "charts.h"
#include "edit/fieldtext.h"
#include "tr.h"

#include <QLocale>

#include <algorithm>

namespace tfp::report {

namespace {

constexpr double kZeile =
    mm(9); // height of one project row: the chart draws up to 11.5 mm, text stays legible at 9
constexpr double kKopfUndLegende = mm(28); // the chart's time axis and its legend below the rows
constexpr int kMonateJeKachel = 24;        // a page's width of time: two years, about 9 mm per month
constexpr double kBeschriftung = pt(22);   // the tile's caption above the figure

} // namespace

void ganttKacheln(PdfDocument &d, const QList<analysis::GanttRow> &zeilen, QDate von, QDate bis, QDate heute)
{
    const QSizeF inhalt = PdfDocument::contentSize(QPageLayout::Landscape);
    const double hoehe = inhalt.height() - kBeschriftung;
    // As many rows as fit, spread evenly over the pages (no last page with one row).
    const int passen = std::max(1, int((hoehe - kKopfUndLegende) / kZeile));
    const qsizetype seiten = (zeilen.size() + passen - 1) / passen;
    const int zeilenJeSeite = int((zeilen.size() + seiten - 1) / std::max<qsizetype>(seiten, 1));
    // Tiles only within the time frame: a date of year 3000000 would ask for 1.5 million pages.
    von = analysis::withinTimeFrame(von);
    bis = analysis::withinTimeFrame(bis);
    QList<std::pair<QDate, QDate>> zeitraeume;
    for (QDate a = von; a <= bis;) {
        QDate e = QDate(a.year(), a.month(), 1).addMonths(kMonateJeKachel).addDays(-1);
        e = std::min(e, bis);
        zeitraeume.append({a, e});
        a = e.addDays(1);
    }
    const qsizetype blaetter = zeitraeume.size() * ((zeilen.size() + zeilenJeSeite - 1) / zeilenJeSeite);
    int blatt = 0;
    for (qsizetype erste = 0; erste < zeilen.size(); erste += zeilenJeSeite) {
        const QList<analysis::GanttRow> teil = zeilen.mid(erste, zeilenJeSeite);
        for (const auto &[a, e] : zeitraeume) {
            d.pageBreak(QPageLayout::Landscape);
            d.paragraph(Tr::tr("Zeitplan, Blatt %1 von %2: Projekte %3 bis %4 von %5, %6 bis %7")
                            .arg(++blatt)
                            .arg(blaetter)
                            .arg(erste + 1)
                            .arg(erste + teil.size())
                            .arg(zeilen.size())
                            .arg(edit::dateText(a), edit::dateText(e)),
                        Style::Small);
            // The painter keeps copies: the document outlives the analysis it was built from.
            d.figure(
                hoehe - pt(6),
                [teil, a = a, e = e, heute](QPainter &p, const QRectF &r) {
                    // The chart draws its own name column, so every tile repeats the project names.
                    paintGantt(p, r, teil, a, e, heute);
                },
                ganttText(teil, a, e, heute));
        }
    }
}

} // namespace tfp::report
