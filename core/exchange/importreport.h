// An ImportPlan as the command line shows it: a short text report or a JSON document (keys in docs/cli.md,
// "tfp import").
#pragma once

#include "importplan.h"

#include <QByteArray>

namespace tfp::exchange {

QString
actionCode(ImportRow::Action a); // "neu", "geaendert", "unveraendert", "abgelehnt", "nicht_zugeordnet"
QString actionLabel(ImportRow::Action a); // German, for people
// "3 neu, 12 geändert, 540 unverändert, 1 abgelehnt"
QString importSummary(const ImportPlan &plan);
QByteArray importReportText(const ImportPlan &plan, bool applied);
QByteArray importReportJson(const ImportPlan &plan, bool applied);

} // namespace tfp::exchange
