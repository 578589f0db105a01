// Charts as files and images at a chosen size: PNG and SVG for the command line, the app's export buttons
// and its clipboard copy.
#pragma once

#include "charts.h"

#include <QImage>
#include <QSize>

namespace tfp::report {

enum class ChartFormat
{
    Png,
    Svg
};

// By the file's suffix (.png, .svg, any case); none for anything else.
std::optional<ChartFormat> chartFormatOf(const QString &path);

// Sizes a chart can be exported at, in pixels.
constexpr int minChartSize = 200;
constexpr int maxChartSize = 8000;
// Empty when the size is fine, else the German reason naming the bounds.
QString chartSizeProblem(const QSize &size);

// The height to export the chart at for this width: 800 for 1360 (about A4 landscape), more when the Gantt
// needs it for all its rows (up to maxChartSize).
int suggestedChartHeight(const ChartModel &m, int width);

QImage renderChartImage(const ChartModel &m, const ChartOptions &o, const QSize &size);
QByteArray renderChartSvg(const ChartModel &m, const ChartOptions &o, const QSize &size);

// Writes the chart to path as PNG or SVG (by its suffix), all or nothing; throws tfp::Error naming the file
// when the suffix, the size or the writing fails (the file is then left as it was).
void exportChart(const QString &path, const ChartModel &m, const ChartOptions &o, const QSize &size);

} // namespace tfp::report
