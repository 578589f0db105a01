// The JSON form of the analysis results, as `tfp prioritise --json` and `tfp coverage --json` print them
// (documented in docs/cli.md and docs/manual.md, "Analysis"). Keys and codes are stable; labels are not part
// of it.
#pragma once

#include "analysis/coverage.h"
#include "analysis/prioritisation.h"
#include "jsonwriter.h"

#include <QJsonObject>

namespace tfp {

QJsonObject prioritisationJson(const analysis::Prioritisation &p);
// Written as it goes (the programme's coverage is tens of megabytes on a large catalog).
void writeCoverageJson(const analysis::CoverageReport &r, JsonWriter &w);
// The same, as an object (for tests and small reports).
QJsonObject coverageJson(const analysis::CoverageReport &r);

// Percent with one decimal, as every "anteil" in the JSON is given.
double roundedPercent(double percent);

} // namespace tfp
