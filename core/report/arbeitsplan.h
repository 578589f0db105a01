// The Arbeitsplan of one Themenfeld, the document that leaves the workstation: its nine parts (DOMAIN.md,
// "The Arbeitsplan") built from the same analyses as the app, laid out as a PdfDocument.
#pragma once

#include "pdfdocument.h"

#include "analysis/progress.h"
#include "domain/plan.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

namespace tfp::report {

// The parts in their order in the document. The codes are those of `tfp export-pdf --sections`.
enum class Section
{
    Deckblatt,
    Ueberblick,
    Priorisierung,
    Projekte,
    Zeitplan,
    Meilensteine,
    Abdeckung,
    Risiken,
    Anhang
};

QList<Section> allSections();
QString sectionCode(Section a);  // "ueberblick"
QString sectionTitle(Section a); // "Überblick"
// A comma-separated list of codes, e.g. "deckblatt,zeitplan"; throws tfp::Error naming an unknown code and
// listing the valid ones. The result is in document order, without repeats.
QList<Section> sectionsFrom(const QString &codes);

struct ArbeitsplanOptions
{
    int themenfeldId = 0;
    QList<Section> sections = allSections();
    QDate stand; // the date the plan is printed for: "Stand", today's line in the Gantt, overdue milestones
    QDate from;  // the Gantt's date range; invalid: from the plan's earliest and latest dates
    QDate to;
    QString author; // for the PDF metadata and the cover
    // The Stand the schedule is compared with (exchange/changelog.h: standBaseline): its dates as ghosts in
    // the Gantt, and the date in the Stand and the shift in the milestone table. Empty name: none.
    analysis::Baseline baseline;
};

// Builds the Arbeitsplan. The plan must be loaded with PlanDetail::Full (scores and LeiKa-Leistungen).
// Throws tfp::Error for an unknown Themenfeld, an invalid Stand, a range with von after bis, or no section.
PdfDocument arbeitsplan(const PlanSnapshot &plan, const ArbeitsplanOptions &options);

// "Arbeitsplan Unternehmensführung und -entwicklung.pdf": a file name that is safe on every file system.
QString arbeitsplanFileName(const Themenfeld &t);
// The file names of all Themenfelder, one per Themenfeld id, none twice even where names differ only in
// characters a file name cannot hold or in case: a repeat gets the Themenfeld's id ("… (15).pdf").
QHash<int, QString> arbeitsplanFileNames(const QList<Themenfeld> &themenfelder);

} // namespace tfp::report
