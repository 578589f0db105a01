// The chart as a widget for the app's Übersicht tab: paints one chart at the widget's size, shows the figure
// under the mouse as a tooltip and reports clicks on a project or Leistung. How charts are drawn stays in
// core/report (paintChart); this is only the widget around it.
#pragma once

#include "report/charts.h"

#include <QWidget>

namespace tfp::ui {

using report::ChartHotspot;
using report::ChartModel;
using report::ChartOptions;

class ChartView : public QWidget
{
    Q_OBJECT
public:
    explicit ChartView(QWidget *parent = nullptr);

    void setChart(ChartModel model, const ChartOptions &options);
    const ChartModel &model() const { return m_model; }
    const ChartOptions &options() const { return m_options; }
    // The spots of the chart as painted at the widget's current size (the tests click them).
    const QList<ChartHotspot> &hotspots() const;
    const ChartHotspot *hotspotAt(const QPointF &pos) const;
    QSize sizeHint() const override { return {760, 480}; }
    // A Gantt is as tall as its rows need: the tab scrolls it.
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void projektClicked(qint64 projektId);
    void leistungClicked(int ozgId);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;

private:
    ChartOptions widgetOptions() const;

    ChartModel m_model;
    ChartOptions m_options;
    // Made on demand by painting into a QPicture; invalid after a new chart or size.
    mutable QList<ChartHotspot> m_hotspots;
    mutable bool m_hotspotsValid = false;
};

} // namespace tfp::ui
