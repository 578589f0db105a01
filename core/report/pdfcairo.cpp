// Qt's painting turned into cairo calls for the tagged PDF. Glyphs are Qt's own (QTextLayout's glyph runs),
// shown in a cairo font made from the same font file through fontconfig, so that the file's text sits exactly
// where the preview puts it; each run carries its text and clusters, which keeps it extractable.
#include "pdfcairo.h"
#include "pdflayout.h"

#include <QFont>
#include <QGlyphRun>
#include <QHash>
#include <QImage>
#include <QMutex>
#include <QPaintEngine>
#include <QPainterPath>
#include <QRawFont>
#include <QTextLayout>

#include <cairo-ft.h>
#include <fontconfig/fontconfig.h>

#include <cmath>
#include <vector>

namespace tfp::report::cairo {

namespace {

// The cairo face of a Qt raw font: the file fontconfig gives for its family, weight and style (the file Qt
// took it from, as Qt asks fontconfig the same). Faces live as long as the process, like Qt's font cache.
cairo_font_face_t *faceOf(const QRawFont &raw)
{
    static QMutex mutex;
    static QHash<QString, cairo_font_face_t *> faces;
    const QString key =
        raw.familyName() + u'|' + QString::number(raw.weight()) + u'|' + QString::number(int(raw.style()));
    QMutexLocker lock(&mutex);
    if (cairo_font_face_t *face = faces.value(key))
        return face;
    FcPattern *pattern = FcPatternCreate();
    FcPatternAddString(pattern, FC_FAMILY,
                       reinterpret_cast<const FcChar8 *>(raw.familyName().toUtf8().constData()));
    FcPatternAddInteger(pattern, FC_WEIGHT, FcWeightFromOpenType(raw.weight()));
    FcPatternAddInteger(pattern, FC_SLANT,
                        raw.style() == QFont::StyleNormal ? FC_SLANT_ROMAN : FC_SLANT_ITALIC);
    FcConfigSubstitute(nullptr, pattern, FcMatchPattern);
    FcDefaultSubstitute(pattern);
    FcResult result = FcResultNoMatch;
    FcPattern *match = FcFontMatch(nullptr, pattern, &result);
    FcPatternDestroy(pattern);
    cairo_font_face_t *face = cairo_ft_font_face_create_for_pattern(match ? match : FcPatternCreate());
    if (match)
        FcPatternDestroy(match);
    faces.insert(key, face);
    return face;
}

QTextLayout &laidOut(QTextLayout &layout)
{
    QTextOption option;
    option.setWrapMode(QTextOption::NoWrap);
    layout.setTextOption(option);
    layout.setCacheEnabled(true);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    if (line.isValid())
        line.setLineWidth(1e7);
    layout.endLayout();
    return layout;
}

void showRun(cairo_t *cr, const QGlyphRun &run, const QString &text, const QPointF &origin)
{
    const QList<quint32> ids = run.glyphIndexes();
    const QList<QPointF> positions = run.positions();
    if (ids.isEmpty())
        return;
    std::vector<cairo_glyph_t> glyphs(ids.size());
    for (qsizetype i = 0; i < ids.size(); ++i)
        glyphs[i] = {ids[i], origin.x() + positions[i].x(), origin.y() + positions[i].y()};
    const QRawFont raw = run.rawFont();
    cairo_set_font_face(cr, faceOf(raw));
    cairo_set_font_size(cr, raw.pixelSize());
    const QByteArray utf8 = text.toUtf8();
    // One cluster per character where Qt made one glyph per character (the usual case), else one cluster for
    // the run: either way a reader extracts the text as typed.
    std::vector<cairo_text_cluster_t> clusters;
    const bool oneToOne = ids.size() == text.size() &&
                          std::none_of(text.cbegin(), text.cend(), [](QChar c) { return c.isSurrogate(); });
    if (oneToOne) {
        for (QChar c : text)
            clusters.push_back({c.unicode() < 0x80 ? 1 : c.unicode() < 0x800 ? 2 : 3, 1});
    } else if (!utf8.isEmpty()) {
        clusters.push_back({int(utf8.size()), int(ids.size())});
    }
    if (clusters.empty())
        cairo_show_glyphs(cr, glyphs.data(), int(glyphs.size()));
    else
        cairo_show_text_glyphs(cr, utf8.constData(), int(utf8.size()), glyphs.data(), int(glyphs.size()),
                               clusters.data(), int(clusters.size()), cairo_text_cluster_flags_t(0));
}

} // namespace

namespace {

// A line shaped by Qt: its glyph runs, each with the text it shows, and its width.
struct Shaped
{
    QList<std::pair<QGlyphRun, QString>> runs;
    double width = 0;
};

Shaped shape(const QString &text, const QFont &font)
{
    QTextLayout layout(text, font, const_cast<QPaintDevice *>(layout::measureDevice()));
    const QList<QGlyphRun> runs = laidOut(layout).glyphRuns();
    Shaped s;
    s.width = layout.lineAt(0).naturalTextWidth();
    if (runs.size() == 1) {
        s.runs.append({runs.first(), text});
        return s;
    }
    // Several fonts (a character DejaVu lacks): each character's glyphs with its own text.
    const QTextLine line = layout.lineAt(0);
    for (qsizetype i = 0; i < text.size();) {
        const int n = text[i].isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
        for (const QGlyphRun &run : line.glyphRuns(int(i), n))
            s.runs.append({run, text.mid(i, n)});
        i += n;
    }
    return s;
}

} // namespace

struct LineCache::Lines
{
    QHash<QString, Shaped> shaped;
};

LineCache::LineCache() : lines(std::make_unique<Lines>()) {}

LineCache::~LineCache() = default;

void showText(cairo_t *cr, const QString &text, const QFont &font, const QRectF &rect, Qt::Alignment align,
              LineCache *cache)
{
    if (text.isEmpty())
        return;
    Shaped own;
    const Shaped *it = &own;
    if (cache) {
        const QString key = font.key() + QChar(0x1f) + text;
        auto found = cache->lines->shaped.constFind(key);
        if (found == cache->lines->shaped.cend())
            found = cache->lines->shaped.insert(key, shape(text, font));
        it = &*found;
    } else {
        own = shape(text, font);
    }
    QPointF topLeft = rect.topLeft();
    if (align & Qt::AlignRight)
        topLeft.rx() = rect.right() - it->width;
    else if (align & Qt::AlignHCenter)
        topLeft.rx() = rect.center().x() - it->width / 2;
    for (const auto &[run, part] : it->runs)
        showRun(cr, run, part, topLeft);
}

// Forwards QPainter's primitives to cairo: paths filled and stroked with the pen and brush in the painter's
// transform, text as glyphs (showText), images as image surfaces. Clipping is kept as a list of device-space
// paths, each applied with cairo_clip (their intersection).
class Engine : public QPaintEngine
{
public:
    explicit Engine(cairo_t *cr) : QPaintEngine(AllFeatures), m_cr(cr) {}

    bool begin(QPaintDevice *) override
    {
        m_clips.clear();
        return true;
    }
    bool end() override { return true; }
    Type type() const override { return User; }

    void updateState(const QPaintEngineState &s) override
    {
        const QPaintEngine::DirtyFlags f = s.state();
        if (f & DirtyTransform)
            m_transform = s.transform();
        if (f & DirtyPen)
            m_pen = s.pen();
        if (f & DirtyBrush)
            m_brush = s.brush();
        if (f & DirtyOpacity)
            m_opacity = s.opacity();
        if (f & DirtyClipEnabled && !s.isClipEnabled())
            m_clips.clear();
        if (f & (DirtyClipPath | DirtyClipRegion)) {
            QPainterPath path;
            if (f & DirtyClipPath)
                path = s.clipPath();
            else
                path.addRegion(s.clipRegion());
            path = s.transform().map(path);
            switch (s.clipOperation()) {
            case Qt::NoClip:
                m_clips.clear();
                break;
            case Qt::ReplaceClip:
                m_clips = {path};
                break;
            case Qt::IntersectClip:
                m_clips.append(path);
                break;
            }
        }
    }

    void drawPath(const QPainterPath &path) override { draw(path, m_brush.style() != Qt::NoBrush, true); }

    void drawPolygon(const QPointF *points, int count, PolygonDrawMode mode) override
    {
        QPainterPath path;
        path.setFillRule(mode == WindingMode ? Qt::WindingFill : Qt::OddEvenFill);
        path.addPolygon(QPolygonF(QList<QPointF>(points, points + count)));
        if (mode != PolylineMode)
            path.closeSubpath();
        draw(path, mode != PolylineMode && m_brush.style() != Qt::NoBrush, true);
    }

    void drawPixmap(const QRectF &r, const QPixmap &pm, const QRectF &sr) override
    {
        drawImage(r, pm.toImage(), sr, Qt::AutoColor);
    }

    void drawImage(const QRectF &r, const QImage &image, const QRectF &sr, Qt::ImageConversionFlags) override
    {
        QImage img = image.copy(sr.toAlignedRect()).convertToFormat(QImage::Format_ARGB32_Premultiplied);
        if (img.isNull())
            return;
        cairo_surface_t *surface = cairo_image_surface_create_for_data(
            img.bits(), CAIRO_FORMAT_ARGB32, img.width(), img.height(), int(img.bytesPerLine()));
        begin();
        cairo_translate(m_cr, r.x(), r.y());
        cairo_scale(m_cr, r.width() / img.width(), r.height() / img.height());
        cairo_set_source_surface(m_cr, surface, 0, 0);
        cairo_paint_with_alpha(m_cr, m_opacity);
        cairo_restore(m_cr);
        cairo_surface_destroy(surface);
    }

    void drawTextItem(const QPointF &p, const QTextItem &ti) override
    {
        const QFont f = ti.font();
        QTextLayout layout(ti.text(), f, const_cast<QPaintDevice *>(layout::measureDevice()));
        const double ascent = laidOut(layout).lineCount() ? layout.lineAt(0).ascent() : 0;
        begin();
        source(m_pen.brush());
        showText(m_cr, ti.text(), f, QRectF(p.x(), p.y() - ascent, 0, 0));
        cairo_restore(m_cr);
    }

    void drawTiledPixmap(const QRectF &r, const QPixmap &pm, const QPointF &s) override
    {
        QPaintEngine::drawTiledPixmap(r, pm, s);
    }

private:
    // Saves cairo's state, clips and sets the painter's transform (undone by cairo_restore).
    void begin()
    {
        cairo_save(m_cr);
        for (const QPainterPath &c : m_clips) {
            cairo_new_path(m_cr);
            append(c);
            cairo_set_fill_rule(m_cr, c.fillRule() == Qt::WindingFill ? CAIRO_FILL_RULE_WINDING
                                                                      : CAIRO_FILL_RULE_EVEN_ODD);
            cairo_clip(m_cr);
        }
        const QTransform &t = m_transform;
        const cairo_matrix_t m{t.m11(), t.m12(), t.m21(), t.m22(), t.dx(), t.dy()};
        cairo_transform(m_cr, &m);
    }
    void append(const QPainterPath &path)
    {
        for (int i = 0; i < path.elementCount(); ++i) {
            const QPainterPath::Element e = path.elementAt(i);
            switch (e.type) {
            case QPainterPath::MoveToElement:
                cairo_move_to(m_cr, e.x, e.y);
                break;
            case QPainterPath::LineToElement:
                cairo_line_to(m_cr, e.x, e.y);
                break;
            case QPainterPath::CurveToElement: {
                const QPainterPath::Element c2 = path.elementAt(i + 1), end = path.elementAt(i + 2);
                cairo_curve_to(m_cr, e.x, e.y, c2.x, c2.y, end.x, end.y);
                i += 2;
                break;
            }
            case QPainterPath::CurveToDataElement:
                break;
            }
        }
    }
    // A brush as cairo's source: its colour (gradients by their first stop: the charts use flat colours).
    void source(const QBrush &b)
    {
        QColor c = b.color();
        if (const QGradient *g = b.gradient(); g && !g->stops().isEmpty())
            c = g->stops().first().second;
        cairo_set_source_rgba(m_cr, c.redF(), c.greenF(), c.blueF(), c.alphaF() * m_opacity);
    }
    void draw(const QPainterPath &path, bool fill, bool stroke)
    {
        stroke = stroke && m_pen.style() != Qt::NoPen;
        if (!fill && !stroke)
            return;
        begin();
        cairo_new_path(m_cr);
        append(path);
        if (fill) {
            source(m_brush);
            cairo_set_fill_rule(m_cr, path.fillRule() == Qt::WindingFill ? CAIRO_FILL_RULE_WINDING
                                                                         : CAIRO_FILL_RULE_EVEN_ODD);
            stroke ? cairo_fill_preserve(m_cr) : cairo_fill(m_cr);
        }
        if (stroke) {
            double width = m_pen.widthF();
            if (m_pen.isCosmetic()) {
                // A cosmetic pen is given in device pixels, here a tenth of a point, as on QPdfWriter.
                cairo_identity_matrix(m_cr);
                cairo_scale(m_cr, 0.1, 0.1);
                width = std::max(width, 1.0);
            }
            cairo_set_line_width(m_cr, width);
            cairo_set_line_cap(m_cr, m_pen.capStyle() == Qt::FlatCap    ? CAIRO_LINE_CAP_BUTT
                                     : m_pen.capStyle() == Qt::RoundCap ? CAIRO_LINE_CAP_ROUND
                                                                        : CAIRO_LINE_CAP_SQUARE);
            cairo_set_line_join(m_cr, m_pen.joinStyle() == Qt::RoundJoin   ? CAIRO_LINE_JOIN_ROUND
                                      : m_pen.joinStyle() == Qt::BevelJoin ? CAIRO_LINE_JOIN_BEVEL
                                                                           : CAIRO_LINE_JOIN_MITER);
            if (m_pen.style() != Qt::SolidLine) {
                std::vector<double> dashes;
                for (double d : m_pen.dashPattern())
                    dashes.push_back(d * std::max(width, 1.0));
                cairo_set_dash(m_cr, dashes.data(), int(dashes.size()), m_pen.dashOffset() * width);
            }
            source(m_pen.brush());
            cairo_stroke(m_cr);
        }
        cairo_new_path(m_cr);
        cairo_restore(m_cr);
    }

    cairo_t *m_cr;
    QTransform m_transform;
    QPen m_pen;
    QBrush m_brush;
    double m_opacity = 1;
    QList<QPainterPath> m_clips;
};

Device::Device(cairo_t *cr, const QSizeF &size) : m_engine(std::make_unique<Engine>(cr)), m_size(size) {}

Device::~Device() = default;

QPaintEngine *Device::paintEngine() const
{
    return m_engine.get();
}

int Device::metric(PaintDeviceMetric metric) const
{
    switch (metric) {
    case PdmWidth:
        return qRound(m_size.width());
    case PdmHeight:
        return qRound(m_size.height());
    case PdmWidthMM:
        return qRound(m_size.width() * 25.4 / kDpi);
    case PdmHeightMM:
        return qRound(m_size.height() * 25.4 / kDpi);
    case PdmNumColors:
        return INT_MAX;
    case PdmDepth:
        return 32;
    case PdmDpiX:
    case PdmDpiY:
    case PdmPhysicalDpiX:
    case PdmPhysicalDpiY:
        return kDpi;
    case PdmDevicePixelRatio:
        return 1;
    case PdmDevicePixelRatioScaled:
        return int(devicePixelRatioFScale());
    }
    return 0;
}

} // namespace tfp::report::cairo
