// Counts of a catalog and its Federführung, as `tfp stats --json` prints them.
#pragma once

#include "domain/plan.h"

#include <QJsonObject>

namespace tfp {

QJsonObject catalogStats(const PlanSnapshot &plan);

} // namespace tfp
