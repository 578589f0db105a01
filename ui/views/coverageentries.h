// The entries of the coverage view's lists, built from a CoverageReport and the snapshot it was computed
// from: names, Lagen and Themenfelder are copied in, so a list stays valid while the plan changes under it.
#pragma once

#include "analysis/coverage.h"
#include "models/coveragelistmodel.h"
#include "models/dienstcoveragemodel.h"
#include "models/nachnutzungmatrixmodel.h"

namespace tfp::ui::coverage {

QList<CoverageListModel::Column> leistungColumns();
QList<CoverageEntry> leistungEntries(const PlanSnapshot &plan, const QList<int> &ozgIds);

QList<CoverageListModel::Column> lageColumns();
QList<CoverageEntry> lageEntries(const PlanSnapshot &plan, const analysis::CoverageReport &report);

QList<CoverageListModel::Column> projektColumns();
QList<CoverageEntry> projektEntries(const PlanSnapshot &plan, const analysis::CoverageReport &report);

// Overdue (verzoegert false) or slipped milestones.
QList<CoverageListModel::Column> meilensteinColumns(bool verzoegert);
QList<CoverageEntry> meilensteinEntries(const PlanSnapshot &plan,
                                        const QList<analysis::MeilensteinVerzug> &liste, bool verzoegert);

// The schedule's consistency flags (analysis::terminHinweise).
QList<CoverageListModel::Column> terminColumns();
QList<CoverageEntry> terminEntries(const PlanSnapshot &plan, const QList<analysis::TerminHinweis> &liste);

QList<NachnutzungMatrixModel::LandRow> nachnutzungLaender(const PlanSnapshot &plan,
                                                          const analysis::CoverageReport &report);
QList<NachnutzungMatrixModel::ProjektColumn> nachnutzungProjekte(const PlanSnapshot &plan,
                                                                 const analysis::CoverageReport &report);

QList<DienstCoverageModel::Dienst> dienste(const PlanSnapshot &plan, const analysis::CoverageReport &report);

} // namespace tfp::ui::coverage
