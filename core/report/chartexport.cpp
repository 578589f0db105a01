#include "chartexport.h"

#include "tr.h"

#include "chartcanvas.h"
#include "chartpaint.h"
#include "error.h"
#include "exchange/fileio.h"

#include <QBuffer>

#include <QCoreApplication>
#include <QFileInfo>
#include <QPainter>
#include <QSvgGenerator>
#include <cmath>

namespace tfp::report {

std::optional<ChartFormat> chartFormatOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"png")
        return ChartFormat::Png;
    if (suffix == u"svg")
        return ChartFormat::Svg;
    return std::nullopt;
}

QString chartSizeProblem(const QSize &size)
{
    if (size.width() < minChartSize || size.width() > maxChartSize || size.height() < minChartSize ||
        size.height() > maxChartSize)
        return Tr::tr("Die Größe %1 × %2 Pixel ist nicht möglich: Breite und Höhe müssen zwischen %3 und %4 "
                      "liegen.")
            .arg(size.width())
            .arg(size.height())
            .arg(minChartSize)
            .arg(maxChartSize);
    return {};
}

int suggestedChartHeight(const ChartModel &m, int width)
{
    int h = width * 800 / 1360;
    if (m.kind == ChartKind::Gantt && m.emptyText.isEmpty())
        h = std::max(
            h, int(std::ceil(ganttHeight(int(m.gantt.size())) * width / ChartOptions{}.referenceWidth)));
    return std::clamp(h, minChartSize, maxChartSize);
}

QImage renderChartImage(const ChartModel &m, const ChartOptions &o, const QSize &size)
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter p(&image);
    paintChart(p, QRectF(QPointF(0, 0), QSizeF(size)), m, o);
    p.end();
    return image;
}

QByteArray renderChartSvg(const ChartModel &m, const ChartOptions &o, const QSize &size)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setSize(size);
    svg.setViewBox(QRect(QPoint(0, 0), size));
    svg.setResolution(96); // CSS pixels: a viewer shows the SVG at the requested size in pixels
    // QSvgGenerator writes title and description as they are: "&" in a Themenfeld name would make the file
    // invalid XML.
    svg.setTitle(xmlEscaped(m.title));
    svg.setDescription(xmlEscaped(m.subtitle));
    QPainter p(&svg);
    paintChart(p, QRectF(QPointF(0, 0), QSizeF(size)), m, o);
    p.end();
    return bytes;
}

void exportChart(const QString &path, const ChartModel &m, const ChartOptions &o, const QSize &size)
{
    const auto format = chartFormatOf(path);
    if (!format)
        throw Error(Tr::tr("„%1“: das Diagramm kann nur als .png oder .svg gespeichert werden.").arg(path));
    if (const QString problem = chartSizeProblem(size); !problem.isEmpty())
        throw Error(Tr::tr("„%1“: %2").arg(path, problem));
    QByteArray bytes;
    if (*format == ChartFormat::Svg) {
        bytes = renderChartSvg(m, o, size);
    } else {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        if (!renderChartImage(m, o, size).save(&buffer, "PNG"))
            throw Error(Tr::tr("„%1“: das Bild konnte nicht erzeugt werden.").arg(path));
    }
    fileio::writeAtomically(path, bytes);
}

} // namespace tfp::report
