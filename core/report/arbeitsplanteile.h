// The parts of the Arbeitsplan, each written into the document by its own function over one shared context
// (the Themenfeld's Leistungen, projects and analyses, computed once). Internal to core/report.
#pragma once

#include "arbeitsplan.h"
#include "charts.h"

#include "analysis/coverage.h"
#include "analysis/prioritisation.h"
#include "analysis/progress.h"

#include <QCoreApplication>
#include <QHash>

namespace tfp::report {

struct Kontext
{
    Kontext(const PlanSnapshot &plan, const Themenfeld &tf, const ArbeitsplanOptions &o);
    Kontext(const Kontext &) = delete;

    const PlanSnapshot &plan;
    const Themenfeld &tf;
    const ArbeitsplanOptions &o;
    QList<const Leistung *> leistungen; // of the Themenfeld, by OZG-ID
    QList<const Projekt *> projekte;    // of the Themenfeld, in the Gantt's order
    QList<analysis::GanttRow> gantt;    // one row per project
    analysis::Prioritisation prio;
    analysis::CoverageReport alle;
    analysis::CoverageReport foederal;
    QHash<int, const analysis::RankedLeistung *> rang; // OZG-ID → its line in prio
    QHash<int, QList<const Projekt *>> projekteVon;    // OZG-ID → the projects that bundle it
    int kapitel = 0;                                   // number of the last section heading

    // Starts a section: a numbered heading of level 1 in the table of contents.
    void abschnitt(PdfDocument &d, Section a);
    // A chart of the app's Übersicht as a figure of this height; its empty text instead when it has no data.
    void diagramm(PdfDocument &d, ChartKind kind, double hoehe) const;
    QString datum(const QDate &d) const;            // dd.MM.yyyy, "–" when invalid
    QString zahl(double v, int decimals = 0) const; // German digits
    QString anteil(int count, int total) const;     // "12 (34,5 %)"
    QString euro(std::optional<qint64> cent) const; // "4.800.000 €", "–"
    QString kuerzel(std::optional<int> beteiligterId) const;
    QString leistungName(int ozgId) const;
};

void deckblatt(PdfDocument &d, Kontext &k);
void ueberblick(PdfDocument &d, Kontext &k);
void priorisierung(PdfDocument &d, Kontext &k);
void projekte(PdfDocument &d, Kontext &k);
void zeitplan(PdfDocument &d, Kontext &k);
void meilensteine(PdfDocument &d, Kontext &k);
// Part of the milestones' section: the schedule's flags (analysis::terminHinweise) of the Themenfeld.
void terminkonflikte(PdfDocument &d, Kontext &k);
void abdeckung(PdfDocument &d, Kontext &k);
void risiken(PdfDocument &d, Kontext &k);
void anhang(PdfDocument &d, Kontext &k);

// The Gantt of the projects over [von, bis], tiled over landscape pages: as many rows as fit a page, and a
// page's width of time per tile, the project names repeated on every tile.
// The alternative text of a chart or of a tile of the Gantt: what it shows, said in a sentence with its
// figures.
QString diagrammText(const ChartModel &model);
QString ganttText(const QList<analysis::GanttRow> &zeilen, QDate von, QDate bis, QDate heute);

// baseline: the name of the Stand whose dates the rows carry, drawn as ghosts; empty: none.
void ganttKacheln(PdfDocument &d, const QList<analysis::GanttRow> &zeilen, QDate von, QDate bis, QDate heute,
                  const QString &baseline = {});

} // namespace tfp::report
