// The text a painting draws, read back as text with where it was drawn: a paint device whose engine records
// every drawTextItem instead of rasterising it. A chart test asserts on the words a reader sees (a project's
// full name on its Gantt row, a legend entry) rather than on inked pixels.
#pragma once

#include <QList>
#include <QPaintDevice>
#include <QPointF>
#include <QString>
#include <memory>

namespace tfp::test {

struct PaintedText
{
    QString text;
    QPointF position; // the baseline's start in device coordinates
};

class TextCapture : public QPaintDevice
{
public:
    explicit TextCapture(QSize size);
    ~TextCapture() override;

    QPaintEngine *paintEngine() const override;
    const QList<PaintedText> &texts() const;
    // Every text item drawn, in order, joined by new lines.
    QString allText() const;
    // The first item that contains s, or nullptr.
    const PaintedText *find(const QString &s) const;
    // The first item of a run of consecutive items that, joined by spaces, read s (a name wrapped onto
    // several lines), or nullptr.
    const PaintedText *findWrapped(const QString &s) const;

protected:
    int metric(PaintDeviceMetric metric) const override;

private:
    class Engine;
    QSize m_size;
    std::unique_ptr<Engine> m_engine;
};

} // namespace tfp::test
