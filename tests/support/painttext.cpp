#include "painttext.h"

#include <QPaintEngine>
#include <QTextItem>
#include <QTransform>

namespace tfp::test {

class TextCapture::Engine : public QPaintEngine
{
public:
    Engine() : QPaintEngine(QPaintEngine::AllFeatures) {}

    bool begin(QPaintDevice *) override { return true; }
    bool end() override { return true; }
    void updateState(const QPaintEngineState &state) override
    {
        if (state.state() & QPaintEngine::DirtyTransform)
            m_transform = state.transform();
    }
    void drawPixmap(const QRectF &, const QPixmap &, const QRectF &) override {}
    void drawPath(const QPainterPath &) override {}
    void drawPolygon(const QPointF *, int, PolygonDrawMode) override {}
    void drawLines(const QLineF *, int) override {}
    void drawRects(const QRectF *, int) override {}
    void drawEllipse(const QRectF &) override {}
    void drawImage(const QRectF &, const QImage &, const QRectF &, Qt::ImageConversionFlags) override {}
    void drawTextItem(const QPointF &p, const QTextItem &item) override
    {
        texts.append({item.text(), m_transform.map(p)});
    }
    Type type() const override { return QPaintEngine::User; }

    QList<PaintedText> texts;

private:
    QTransform m_transform;
};

TextCapture::TextCapture(QSize size) : m_size(size), m_engine(std::make_unique<Engine>()) {}

TextCapture::~TextCapture() = default;

QPaintEngine *TextCapture::paintEngine() const
{
    return m_engine.get();
}

const QList<PaintedText> &TextCapture::texts() const
{
    return m_engine->texts;
}

QString TextCapture::allText() const
{
    QStringList lines;
    for (const PaintedText &t : m_engine->texts)
        lines << t.text;
    return lines.join(u'\n');
}

const PaintedText *TextCapture::find(const QString &s) const
{
    for (const PaintedText &t : m_engine->texts)
        if (t.text.contains(s))
            return &t;
    return nullptr;
}

const PaintedText *TextCapture::findWrapped(const QString &s) const
{
    const QList<PaintedText> &all = m_engine->texts;
    for (qsizetype i = 0; i < all.size(); ++i) {
        QString joined = all[i].text;
        for (qsizetype j = i + 1; j < all.size() && joined.size() < s.size() && s.startsWith(joined); ++j)
            joined += u' ' + all[j].text;
        if (joined == s)
            return &all[i];
    }
    return nullptr;
}

int TextCapture::metric(PaintDeviceMetric metric) const
{
    switch (metric) {
    case PdmWidth:
        return m_size.width();
    case PdmHeight:
        return m_size.height();
    case PdmWidthMM:
        return qRound(m_size.width() * 25.4 / 96);
    case PdmHeightMM:
        return qRound(m_size.height() * 25.4 / 96);
    case PdmNumColors:
        return INT_MAX;
    case PdmDepth:
        return 32;
    case PdmDpiX:
    case PdmDpiY:
    case PdmPhysicalDpiX:
    case PdmPhysicalDpiY:
        return 96;
    case PdmDevicePixelRatio:
        return 1;
    case PdmDevicePixelRatioScaled:
        return int(QPaintDevice::devicePixelRatioFScale());
    }
    return 0;
}

} // namespace tfp::test
