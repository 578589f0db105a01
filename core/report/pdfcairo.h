// Drawing on a cairo context (the tagged PDF's writer) from Qt: text shaped by Qt and shown as glyphs of the
// same font file, so that positions match the layout and the text stays extractable, and a paint device whose
// QPainter calls (the charts) go to cairo as vector paths, text and images.
#pragma once

#include <QPaintDevice>
#include <QString>
#include <Qt>
#include <memory>

#include <cairo.h>

class QFont;
class QPointF;
class QRectF;

namespace tfp::report::cairo {

// Lines shaped once per document: tables repeat their words ("–", numbers, statuses).
class LineCache
{
public:
    LineCache();
    ~LineCache();
    struct Lines;
    std::unique_ptr<Lines> lines;
};

// Shows text on one line in font at the top of rect, aligned in it horizontally (layout units), where
// QPainter::drawText puts it.
void showText(cairo_t *cr, const QString &text, const QFont &font, const QRectF &rect,
              Qt::Alignment align = Qt::AlignLeft, LineCache *cache = nullptr);

class Engine;

// A paint device in layout units (kDpi) of the given size that paints on cr. cr must outlive the device.
class Device : public QPaintDevice
{
public:
    Device(cairo_t *cr, const QSizeF &size);
    ~Device() override;
    QPaintEngine *paintEngine() const override;

protected:
    int metric(PaintDeviceMetric metric) const override;

private:
    std::unique_ptr<Engine> m_engine;
    QSizeF m_size;
};

} // namespace tfp::report::cairo
