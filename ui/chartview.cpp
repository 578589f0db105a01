#include "chartview.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPaintEvent>
#include <QPainter>
#include <QPicture>
#include <QToolTip>

namespace tfp::ui {

using namespace report;

ChartView::ChartView(QWidget *parent) : QWidget(parent)
{
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void ChartView::setChart(ChartModel model, const ChartOptions &options)
{
    m_model = std::move(model);
    m_options = options;
    m_hotspotsValid = false;
    setAccessibleName(m_model.title);
    setAccessibleDescription(m_model.emptyText.isEmpty() ? m_model.subtitle : m_model.emptyText);
    setMinimumHeight(minimumSizeHint().height());
    updateGeometry();
    update();
}

QSize ChartView::minimumSizeHint() const
{
    if (m_model.kind == ChartKind::Gantt && m_model.emptyText.isEmpty())
        return {320, int(ganttHeight(int(m_model.gantt.size())))};
    return {320, 220};
}

ChartOptions ChartView::widgetOptions() const
{
    // On screen the text keeps its natural size: the logical page is as wide as the widget (never narrower
    // than the print reference).
    ChartOptions o = m_options;
    o.referenceWidth = std::max(m_options.referenceWidth, double(width()));
    return o;
}

const QList<ChartHotspot> &ChartView::hotspots() const
{
    if (!m_hotspotsValid) {
        QPicture picture;
        QPainter p(&picture);
        m_hotspots.clear();
        paintChart(p, QRectF(rect()), m_model, widgetOptions(), &m_hotspots);
        m_hotspotsValid = true;
    }
    return m_hotspots;
}

const ChartHotspot *ChartView::hotspotAt(const QPointF &pos) const
{
    const QList<ChartHotspot> &all = hotspots();
    // Painted last is on top: search backwards.
    for (auto it = all.crbegin(); it != all.crend(); ++it)
        if (it->rect.contains(pos))
            return &*it;
    return nullptr;
}

void ChartView::paintEvent(QPaintEvent *event)
{
    // Only the exposed part is painted (a long Gantt scrolls); the hotspots cover the whole chart and are
    // made separately, on demand.
    QPainter p(this);
    p.setClipRect(event->rect());
    paintChart(p, QRectF(rect()), m_model, widgetOptions());
}

void ChartView::resizeEvent(QResizeEvent *event)
{
    m_hotspotsValid = false;
    QWidget::resizeEvent(event);
}

void ChartView::mouseMoveEvent(QMouseEvent *event)
{
    const ChartHotspot *h = hotspotAt(event->position());
    setCursor(h && h->target != ChartHotspot::Target::None ? Qt::PointingHandCursor : Qt::ArrowCursor);
    QWidget::mouseMoveEvent(event);
}

void ChartView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        if (const ChartHotspot *h = hotspotAt(event->position())) {
            if (h->target == ChartHotspot::Target::Projekt)
                Q_EMIT projektClicked(h->id);
            else if (h->target == ChartHotspot::Target::Leistung)
                Q_EMIT leistungClicked(int(h->id));
        }
    QWidget::mouseReleaseEvent(event);
}

bool ChartView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        if (const ChartHotspot *h = hotspotAt(help->pos()))
            QToolTip::showText(help->globalPos(), h->text, this, h->rect.toAlignedRect());
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

} // namespace tfp::ui
