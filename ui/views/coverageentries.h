// The entries of the coverage view's lists, built from a CoverageReport and the snapshot it was computed
// from: names, Lagen and Themenfelder are copied in, so a list stays valid while the plan changes under it.
#pragma once

#include "analysis/coverage.h"
#include "models/coveragelistmodel.h"
#include "models/dienstcoveragemodel.h"
#include "models/nachnutzungmatrixmodel.h"

namespace tfp::ui::coverage {

QList<CoverageListModel::Spalte> leistungSpalten();
QList<CoverageEntry> leistungEintraege(const PlanSnapshot &plan, const QList<int> &ozgIds);

QList<CoverageListModel::Spalte> lageSpalten();
QList<CoverageEntry> lageEintraege(const PlanSnapshot &plan, const analysis::CoverageReport &report);

QList<CoverageListModel::Spalte> projektSpalten();
QList<CoverageEntry> projektEintraege(const PlanSnapshot &plan, const analysis::CoverageReport &report);

// Overdue (verzoegert false) or slipped milestones.
QList<CoverageListModel::Spalte> meilensteinSpalten(bool verzoegert);
QList<CoverageEntry> meilensteinEintraege(const PlanSnapshot &plan,
                                          const QList<analysis::MeilensteinVerzug> &liste, bool verzoegert);

QList<NachnutzungMatrixModel::Landzeile> nachnutzungLaender(const PlanSnapshot &plan,
                                                            const analysis::CoverageReport &report);
QList<NachnutzungMatrixModel::Projektspalte> nachnutzungProjekte(const PlanSnapshot &plan,
                                                                 const analysis::CoverageReport &report);

QList<DienstCoverageModel::Dienst> dienste(const PlanSnapshot &plan, const analysis::CoverageReport &report);

} // namespace tfp::ui::coverage
