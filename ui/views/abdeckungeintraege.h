// The entries of the coverage view's lists, built from a CoverageReport and the snapshot it was computed
// from: names, Lagen and Themenfelder are copied in, so a list stays valid while the plan changes under it.
#pragma once

#include "analysis/coverage.h"
#include "models/abdeckunglistmodel.h"
#include "models/dienstabdeckungmodel.h"
#include "models/nachnutzungmatrixmodel.h"

namespace tfp::ui::abdeckung {

QList<AbdeckungListModel::Spalte> leistungSpalten();
QList<AbdeckungEintrag> leistungEintraege(const PlanSnapshot &plan, const QList<int> &ozgIds);

QList<AbdeckungListModel::Spalte> lageSpalten();
QList<AbdeckungEintrag> lageEintraege(const PlanSnapshot &plan, const analysis::CoverageReport &report);

QList<AbdeckungListModel::Spalte> projektSpalten();
QList<AbdeckungEintrag> projektEintraege(const PlanSnapshot &plan, const analysis::CoverageReport &report);

// Overdue (verzoegert false) or slipped milestones.
QList<AbdeckungListModel::Spalte> meilensteinSpalten(bool verzoegert);
QList<AbdeckungEintrag> meilensteinEintraege(const PlanSnapshot &plan,
                                             const QList<analysis::MeilensteinVerzug> &liste,
                                             bool verzoegert);

QList<NachnutzungMatrixModel::Landzeile> nachnutzungLaender(const PlanSnapshot &plan,
                                                            const analysis::CoverageReport &report);
QList<NachnutzungMatrixModel::Projektspalte> nachnutzungProjekte(const PlanSnapshot &plan,
                                                                 const analysis::CoverageReport &report);

QList<DienstAbdeckungModel::Dienst> dienste(const PlanSnapshot &plan, const analysis::CoverageReport &report);

} // namespace tfp::ui::abdeckung
