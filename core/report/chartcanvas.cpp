#include "chartcanvas.h"

#include "tr.h"

#include "chartpalette.h"
#include "edit/fieldtext.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>

#include <cmath>

namespace tfp::report {

ValueAxis niceAxis(double maxValue, double top, double bottom)
{
    ValueAxis a;
    a.top = top;
    a.bottom = bottom;
    if (maxValue <= 0) {
        a.max = 1;
        a.step = 1;
        return a;
    }
    // About five grid lines at 1, 2 or 5 times a power of ten.
    const double raw = maxValue / 5.0;
    const double mag = std::pow(10.0, std::floor(std::log10(raw)));
    double step = mag;
    for (double f : {1.0, 2.0, 5.0, 10.0})
        if (f * mag >= raw) {
            step = f * mag;
            break;
        }
    if (maxValue >= 1 && step < 1)
        step = 1; // counts: no half Leistungen on the axis
    a.step = step;
    a.max = std::ceil(maxValue / step - 1e-9) * step;
    return a;
}

ChartCanvas::ChartCanvas(QPainter &p, const QRectF &rect, double referenceWidth,
                         QList<ChartHotspot> *hotspots)
    : m_p(p), m_hotspots(hotspots)
{
    m_p.save();
    const double s = rect.width() / std::max(1.0, referenceWidth);
    m_p.translate(rect.topLeft());
    m_p.scale(s, s);
    m_bounds = QRectF(0, 0, referenceWidth, rect.height() / s);
    m_p.setRenderHint(QPainter::Antialiasing);
    m_p.setRenderHint(QPainter::TextAntialiasing);
    // Intersected with what the caller clipped to (a widget's exposed part), so that painters can skip the
    // rest.
    m_p.setClipRect(m_bounds, m_p.hasClipping() ? Qt::IntersectClip : Qt::ReplaceClip);
}

ChartCanvas::~ChartCanvas()
{
    m_p.restore();
}

QFont ChartCanvas::font(int px, bool bold) const
{
    QFont f(u"DejaVu Sans"_qs);
    f.setPixelSize(px);
    f.setBold(bold);
    return f;
}

const QFontMetricsF &ChartCanvas::metrics(int px, bool bold) const
{
    const int key = px * 2 + (bold ? 1 : 0);
    auto it = m_metrics.find(key);
    if (it == m_metrics.end())
        it = m_metrics.insert(key, QFontMetricsF(font(px, bold)));
    return *it;
}

double ChartCanvas::textWidth(const QString &s, int px, bool bold) const
{
    return metrics(px, bold).horizontalAdvance(s);
}

QString ChartCanvas::elided(const QString &s, double width, int px) const
{
    return metrics(px, false).elidedText(s, Qt::ElideRight, width);
}

void ChartCanvas::text(const QRectF &r, int flags, const QString &s, int px, const QColor &c, bool bold)
{
    m_p.setFont(font(px, bold));
    m_p.setPen(c.isValid() ? c : palette::text());
    m_p.drawText(r, flags, s);
}

QRectF ChartCanvas::header(const QRectF &area, const ChartModel &m)
{
    QRectF r = area;
    const QRectF t(r.left(), r.top(), r.width(), titleSize * 1.5);
    text(t, Qt::AlignLeft | Qt::AlignVCenter, elided(m.title, r.width(), titleSize), titleSize, {}, true);
    r.setTop(t.bottom());
    // An empty chart says what is missing in its frame; counts of nothing would only repeat it.
    if (!m.subtitle.isEmpty() && m.emptyText.isEmpty()) {
        const QRectF need =
            metrics(normal, false).boundingRect(QRectF(0, 0, r.width(), 1000), Qt::TextWordWrap, m.subtitle);
        const QRectF u(r.left(), r.top(), r.width(), need.height() + 2);
        text(u, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, m.subtitle, normal,
             QColor(0x55, 0x55, 0x55));
        r.setTop(u.bottom());
    }
    r.setTop(r.top() + 8);
    return r;
}

QList<QList<LegendEntry>> ChartCanvas::legendRows(double width, const QList<LegendEntry> &entries) const
{
    const double box = normal * 0.9, gap = 14;
    QList<QList<LegendEntry>> rows(1);
    double x = 0;
    for (const LegendEntry &e : entries) {
        const double w = box + 5 + textWidth(e.text) + gap;
        if (x > 0 && x + w > width) {
            rows.append(QList<LegendEntry>());
            x = 0;
        }
        rows.last().append(e);
        x += w;
    }
    return rows;
}

double ChartCanvas::legendHeight(double width, const QList<LegendEntry> &entries) const
{
    return entries.isEmpty() ? 0 : legendRows(width, entries).size() * normal * 1.6 + 4;
}

QRectF ChartCanvas::legend(const QRectF &area, const QList<LegendEntry> &entries)
{
    if (entries.isEmpty())
        return area;
    const double h = normal * 1.6, box = normal * 0.9, gap = 14;
    const QList<QList<LegendEntry>> rows = legendRows(area.width(), entries);
    double y = area.bottom() - rows.size() * h;
    double x = 0;
    const double top = y;
    for (const auto &row : rows) {
        x = area.left();
        for (const LegendEntry &e : row) {
            const QPointF c(x + box / 2, y + h / 2);
            m_p.setPen(Qt::NoPen);
            switch (e.form) {
            case LegendEntry::Form::Area:
                m_p.setPen(QPen(e.color.darker(130), 0.6));
                m_p.setBrush(e.color);
                m_p.drawRect(QRectF(x, c.y() - box / 2, box, box));
                break;
            case LegendEntry::Form::Line:
                m_p.setPen(QPen(e.color, 2.2));
                m_p.drawLine(QPointF(x - 2, c.y()), QPointF(x + box + 2, c.y()));
                break;
            case LegendEntry::Form::Diamond:
            case LegendEntry::Form::DiamondOutline:
                diamond(m_p, c, box / 2 + 1, e.color, e.form == LegendEntry::Form::Diamond);
                break;
            case LegendEntry::Form::DiamondGhost:
                ghostDiamond(m_p, c, box / 2 + 1, e.color);
                break;
            case LegendEntry::Form::Ring:
                ring(m_p, c, box / 2 + 1, e.color);
                break;
            case LegendEntry::Form::Arrow:
                m_p.setPen(QPen(e.color, 1.4, Qt::SolidLine, Qt::FlatCap));
                m_p.drawLine(QPointF(x - 2, c.y()), QPointF(x + box - box * 0.4, c.y()));
                arrowHead(m_p, QPointF(x + box + 2, c.y()), box * 0.55, e.color);
                break;
            }
            const double tw = textWidth(e.text);
            text(QRectF(x + box + 5, y, tw + 2, h), Qt::AlignLeft | Qt::AlignVCenter, e.text);
            x += box + 5 + tw + gap;
        }
        y += h;
    }
    QRectF r = area;
    r.setBottom(top - 4);
    return r;
}

void ChartCanvas::empty(const QRectF &area, const QString &s)
{
    m_p.setPen(QPen(palette::grid(), 1, Qt::DashLine));
    m_p.setBrush(Qt::NoBrush);
    m_p.drawRoundedRect(area.adjusted(2, 2, -2, -2), 6, 6);
    text(area, Qt::AlignCenter | Qt::TextWordWrap, s, 13, QColor(0x66, 0x66, 0x66));
}

void ChartCanvas::valueAxis(const QRectF &plot, const ValueAxis &axis, const QString &title, bool onRight,
                            bool grid)
{
    for (double v = 0; v <= axis.max + axis.step / 2; v += axis.step) {
        const double y = axis.map(v);
        if (grid) {
            m_p.setPen(QPen(v == 0 ? palette::line() : palette::grid(), v == 0 ? 1 : 0.7));
            m_p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        }
        const QString label = formatNumber(v, axis.step < 1 ? 1 : 0);
        if (onRight)
            text(QRectF(plot.right() + 4, y - normal, 80, normal * 2), Qt::AlignLeft | Qt::AlignVCenter,
                 label);
        else
            text(QRectF(plot.left() - 84, y - normal, 80, normal * 2), Qt::AlignRight | Qt::AlignVCenter,
                 label);
    }
    if (title.isEmpty())
        return;
    m_p.save();
    const double x = onRight ? plot.right() + 58 : plot.left() - 62;
    m_p.translate(x, plot.center().y());
    m_p.rotate(onRight ? 90 : -90);
    text(QRectF(-plot.height() / 2, -normal, plot.height(), normal * 2), Qt::AlignCenter,
         elided(title, plot.height()));
    m_p.restore();
}

void ChartCanvas::timeAxis(const QRectF &plot, const TimeAxis &axis, bool above)
{
    // Two label lines: quarters centred in their quarter (where there is room), years centred in the part of
    // the year shown. Above the plot the years come first, below it the quarters.
    const double proJahr = (axis.right - axis.left) * 365.25 / std::max<qint64>(1, axis.from.daysTo(axis.to));
    const bool quartale = proJahr > 4 * (textWidth(u"Q4"_qs) + 8);
    const double zeile = normal * 1.5;
    const double jahrY =
        above ? plot.top() - (quartale ? 2 : 1) * zeile : plot.bottom() + (quartale ? zeile : 0);
    const double quartalY = above ? plot.top() - zeile : plot.bottom();
    const int jahrSchritt =
        proJahr > textWidth(u"2026"_qs, normal, true) + 8 ? 1 : (proJahr * 2 > 44 ? 2 : 5);
    // Only the years in the time frame: an axis over millions of years would loop for each of them.
    const int bisJahr = analysis::withinTimeFrame(axis.to).year();
    for (int jahr = analysis::withinTimeFrame(axis.from).year(); jahr <= bisJahr; ++jahr) {
        for (int q = 0; q < 4; ++q) {
            const QDate anfang(jahr, q * 3 + 1, 1);
            const QDate ende = anfang.addMonths(3);
            if (anfang > axis.from && anfang < axis.to && (q == 0 || quartale)) {
                const double x = axis.map(anfang);
                m_p.setPen(QPen(q == 0 ? palette::line() : palette::grid(), q == 0 ? 0.8 : 0.6));
                m_p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
            }
            if (!quartale)
                continue;
            const double x0 = axis.map(std::max(anfang, axis.from)), x1 = axis.map(std::min(ende, axis.to));
            if (x1 - x0 > textWidth(u"Q4"_qs) + 2)
                text(QRectF(x0, quartalY, x1 - x0, zeile), Qt::AlignCenter, u"Q%1"_qs.arg(q + 1), normal,
                     QColor(0x66, 0x66, 0x66));
        }
        const double x0 = axis.map(std::max(QDate(jahr, 1, 1), axis.from));
        const double x1 = axis.map(std::min(QDate(jahr + 1, 1, 1), axis.to));
        const QString label = QString::number(jahr);
        if (jahr % jahrSchritt == 0 && x1 - x0 > textWidth(label, normal, true) + 2)
            text(QRectF(x0, jahrY, x1 - x0, zeile), Qt::AlignCenter, label, normal, {}, true);
    }
}

double ChartCanvas::timeAxisHeight(const TimeAxis &axis) const
{
    const double proJahr = (axis.right - axis.left) * 365.25 / std::max<qint64>(1, axis.from.daysTo(axis.to));
    return normal * 1.5 * (proJahr > 4 * (textWidth(u"Q4"_qs) + 8) ? 2 : 1) + 2;
}

void ChartCanvas::todayLine(const QRectF &plot, const TimeAxis &axis, const QDate &today, bool below)
{
    if (!today.isValid() || today < axis.from || today > axis.to)
        return;
    const double x = axis.map(today);
    m_p.setPen(QPen(palette::vermillion(), 1.6, Qt::DashLine));
    m_p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
    const QString label = Tr::tr("heute %1").arg(edit::dateText(today));
    const double w = textWidth(label) + 6;
    const double lx = x + w + 4 > plot.right() ? x - w - 2 : x + 2;
    m_p.setPen(Qt::NoPen);
    m_p.setBrush(QColor(255, 255, 255, 220));
    const double y = below ? plot.bottom() + 1 : plot.top() + 1;
    m_p.drawRect(QRectF(lx, y, w, normal * 1.5));
    text(QRectF(lx, y, w, normal * 1.5), Qt::AlignCenter, label, normal, palette::vermillion());
}

void ChartCanvas::hotspot(const QRectF &logical, const QString &s, ChartHotspot::Target target, qint64 id,
                          ChartHotspot::Part part, qint64 meilensteinId)
{
    if (m_hotspots)
        m_hotspots->append({m_p.transform().mapRect(logical), s, target, id, part, meilensteinId});
}

void ChartCanvas::ring(QPainter &p, const QPointF &c, double r, const QColor &color)
{
    p.setPen(QPen(color, 1.4));
    p.setBrush(Qt::NoBrush);
    p.drawEllipse(c, r, r);
}

void ChartCanvas::arrowHead(QPainter &p, const QPointF &tip, double size, const QColor &color)
{
    const QPointF pts[] = {
        tip, {tip.x() - size, tip.y() - size * 0.6}, {tip.x() - size, tip.y() + size * 0.6}};
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    p.drawPolygon(pts, 3);
}

void ChartCanvas::diamond(QPainter &p, const QPointF &c, double r, const QColor &color, bool filled)
{
    const QPointF pts[] = {{c.x(), c.y() - r}, {c.x() + r, c.y()}, {c.x(), c.y() + r}, {c.x() - r, c.y()}};
    p.setPen(QPen(filled ? color.darker(140) : color.darker(110), filled ? 0.8 : 1.6));
    p.setBrush(filled ? QBrush(color) : QBrush(Qt::white));
    p.drawPolygon(pts, 4);
}

void ChartCanvas::ghostDiamond(QPainter &p, const QPointF &c, double r, const QColor &color)
{
    const QPointF pts[] = {{c.x(), c.y() - r}, {c.x() + r, c.y()}, {c.x(), c.y() + r}, {c.x() - r, c.y()}};
    QPen pen(color, 1.1, Qt::CustomDashLine);
    pen.setDashPattern({2.0, 1.5});
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    p.drawPolygon(pts, 4);
}

QString xmlEscaped(const QString &s)
{
    return s.toHtmlEscaped();
}

QString countText(double n, const QString &eins, const QString &mehrere)
{
    return (n == 1 ? eins : mehrere).arg(formatNumber(n));
}

QString leistungen(double n)
{
    return countText(n, Tr::tr("%1 OZG-Leistung"), Tr::tr("%1 OZG-Leistungen"));
}

QColor lightened(const QColor &c, double anteil)
{
    return QColor::fromRgbF(float(c.redF() * anteil + 1 - anteil), float(c.greenF() * anteil + 1 - anteil),
                            float(c.blueF() * anteil + 1 - anteil));
}

QString formatNumber(double v, int decimals)
{
    if (decimals == 0 || std::abs(v - std::round(v)) < 1e-9)
        return QLocale().toString(qint64(std::llround(v)));
    return QLocale().toString(v, 'f', decimals);
}

} // namespace tfp::report
