// The document model of printable reports and the painting of its laid-out pages into a PDF or a preview
// image. User text is only ever drawn as plain text (never rich text).
#include "pdfdocument.h"
#include "pdflayout.h"

#include "error.h"
#include "exchange/fileio.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>

#include <cmath>

namespace tfp::report {

using namespace layout;

PdfDocument::PdfDocument(DocumentInfo info) : m_info(std::move(info)) {}

void PdfDocument::heading(int level, const QString &text, bool inContents)
{
    Block b;
    b.kind = Block::Heading;
    b.level = std::clamp(level, 1, 3);
    b.text = text;
    b.inContents = inContents;
    m_blocks.append(b);
    m_laidOut = false;
}

void PdfDocument::paragraph(const QString &text, Style style)
{
    Block b;
    b.kind = Block::Paragraph;
    b.text = text;
    b.style = style;
    m_blocks.append(b);
    m_laidOut = false;
}

void PdfDocument::space(double units)
{
    Block b;
    b.kind = Block::Space;
    b.height = units;
    m_blocks.append(b);
}

void PdfDocument::table(const QList<Column> &columns, const QList<QStringList> &rows, bool header,
                        bool compact)
{
    Block b;
    b.kind = Block::Table;
    b.columns = columns;
    b.rows = rows;
    b.header = header;
    b.compact = compact;
    m_blocks.append(b);
    m_laidOut = false;
}

void PdfDocument::figure(double height, Painter paint, QString alt)
{
    Block b;
    b.kind = Block::Figure;
    b.height = height;
    b.paint = std::move(paint);
    b.alt = std::move(alt);
    m_blocks.append(b);
    m_laidOut = false;
}

void PdfDocument::pageBreak(QPageLayout::Orientation orientation)
{
    Block b;
    b.kind = Block::PageBreak;
    b.orientation = orientation;
    m_blocks.append(b);
    m_laidOut = false;
}

void PdfDocument::tableOfContents(const QString &title)
{
    Block b;
    b.kind = Block::Contents;
    b.text = title;
    m_blocks.append(b);
    m_laidOut = false;
}

QSizeF PdfDocument::contentSize(QPageLayout::Orientation orientation)
{
    const QSizeF size = pageSize(orientation);
    return {size.width() - 2 * kMarginX, size.height() - kContentTop - kContentBottom};
}

int PdfDocument::pageCount() const
{
    layOut();
    return int(m_pages.size());
}

QPageLayout::Orientation PdfDocument::orientation(int page) const
{
    layOut();
    return m_pages.value(page).orientation;
}

const QList<PdfDocument::Item> &PdfDocument::items(int page) const
{
    layOut();
    return m_pages.at(page).items;
}

QStringList PdfDocument::pageText(int page) const
{
    layOut();
    QStringList out;
    for (const Item &i : m_pages.value(page).items)
        if (i.kind == Item::Text && !i.text.isEmpty())
            out.append(i.text);
    return out;
}

void PdfDocument::paintPage(QPainter &p, int page) const
{
    layOut();
    const Page &pg = m_pages.at(page);
    const QSizeF size = pageSize(pg.orientation);
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    for (const Item &i : pg.items) {
        switch (i.kind) {
        case Item::Text:
            p.setFont(font(i.style));
            p.setPen(i.color);
            p.drawText(i.rect, int(i.align | Qt::AlignTop | Qt::TextSingleLine | Qt::TextDontClip), i.text);
            break;
        case Item::Fill:
            p.fillRect(i.rect, i.color);
            break;
        case Item::Rule:
            p.setPen(QPen(i.color, pt(0.5)));
            p.drawLine(i.rect.topLeft(), i.rect.topRight());
            break;
        case Item::Figure:
            p.save();
            p.setClipRect(i.rect);
            i.paint(p, i.rect);
            p.restore();
            break;
        }
    }
    // Running header and footer.
    const double w = size.width() - 2 * kMarginX;
    const double lh = lineHeight(Style::Small);
    p.setFont(font(Style::Small));
    p.setPen(kMuted);
    if (!(m_info.coverPage && page == 0)) {
        const QRectF band(kMarginX, kHeaderTop, w, lh);
        p.drawText(band, int(Qt::AlignLeft | Qt::TextSingleLine), plainText(m_info.headerLeft));
        p.drawText(band, int(Qt::AlignRight | Qt::TextSingleLine), plainText(m_info.headerRight));
        p.setPen(QPen(kRule, pt(0.5)));
        p.drawLine(QPointF(kMarginX, kHeaderTop + lh + pt(2)),
                   QPointF(kMarginX + w, kHeaderTop + lh + pt(2)));
    }
    const double footerY = size.height() - kFooterTop;
    p.setPen(QPen(kRule, pt(0.5)));
    p.drawLine(QPointF(kMarginX, footerY), QPointF(kMarginX + w, footerY));
    p.setPen(kMuted);
    const QRectF footer(kMarginX, footerY + pt(3), w, lh);
    p.drawText(footer, int(Qt::AlignLeft | Qt::TextSingleLine), plainText(m_info.title));
    p.drawText(
        footer, int(Qt::AlignRight | Qt::TextSingleLine),
        QCoreApplication::translate("tfp::report", "Seite %1 von %2").arg(page + 1).arg(m_pages.size()));
    p.restore();
}

QImage PdfDocument::pageImage(int page, int width) const
{
    layOut();
    const QSizeF size = pageSize(orientation(page));
    const double scale = width / size.width();
    QImage img(width, int(std::ceil(size.height() * scale)), QImage::Format_RGB32);
    // The image claims kDpi so that fonts given in points are sized as on the PDF page; the painter scales.
    img.setDotsPerMeterX(qRound(kDpi / 0.0254));
    img.setDotsPerMeterY(qRound(kDpi / 0.0254));
    img.fill(Qt::white);
    QPainter p(&img);
    p.scale(scale, scale);
    paintPage(p, page);
    return img;
}

bool PdfDocument::paintPages(QPagedPaintDevice &device, const std::function<bool(int, int)> &progress) const
{
    layOut();
    device.setPageOrientation(orientation(0));
    QPainter p;
    if (!p.begin(&device))
        return false;
    // A QPdfWriter is set to kDpi; a printer keeps its own resolution, so the layout is scaled to it.
    const double scale = double(device.logicalDpiX()) / kDpi;
    for (int i = 0; i < pageCount(); ++i) {
        if (i > 0) {
            device.setPageOrientation(orientation(i));
            device.newPage();
        }
        p.save();
        p.scale(scale, scale);
        paintPage(p, i);
        p.restore();
        if (progress && !progress(i + 1, pageCount())) {
            p.end();
            return false;
        }
    }
    p.end();
    return true;
}

namespace {
QByteArray xmpMetadata(const DocumentInfo &info)
{
    const QString created = info.created.toUTC().toString(Qt::ISODate);
    const QString xmp =
        u"<?xpacket begin='' id='W5M0MpCehiHzreSzNTczkc9d'?>\n"
        u"<x:xmpmeta xmlns:x='adobe:ns:meta/'><rdf:RDF "
        u"xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'>"
        u"<rdf:Description rdf:about='' xmlns:dc='http://purl.org/dc/elements/1.1/' "
        u"xmlns:xmp='http://ns.adobe.com/xap/1.0/' xmlns:pdf='http://ns.adobe.com/pdf/1.3/'>"
        u"<dc:title><rdf:Alt><rdf:li xml:lang='x-default'>%1</rdf:li></rdf:Alt></dc:title>"
        u"<dc:creator><rdf:Seq><rdf:li>%2</rdf:li></rdf:Seq></dc:creator>"
        u"<xmp:CreateDate>%3</xmp:CreateDate><xmp:CreatorTool>Themenfeldplaner</xmp:CreatorTool>"
        u"<pdf:Producer>Themenfeldplaner %4</pdf:Producer>"
        u"</rdf:Description></rdf:RDF></x:xmpmeta>\n<?xpacket end='w'?>"_qs.arg(
            info.title.toHtmlEscaped(), info.author.toHtmlEscaped(), created, QStringLiteral(TFP_VERSION));
    return xmp.toUtf8();
}
} // namespace

bool PdfDocument::writePdf(const QString &path, const std::function<bool(int, int)> &progress) const
{
    layOut();
    auto failed = [&](const QString &why) {
        return Error(
            QCoreApplication::translate("tfp::report", "Die Datei „%1“ kann nicht geschrieben werden: %2")
                .arg(QDir::toNativeSeparators(path), why));
    };
    // Painted into memory first, then written in one checked step: a full disk leaves the old file as it was.
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(kDpi);
        writer.setTitle(m_info.title);
        // Qt 6.4 writes no /Author into the document info: the author goes into /Creator and the XMP
        // metadata (dc:creator), where PDF readers show it.
        writer.setCreator(m_info.author);
        writer.setDocumentXmpMetadata(xmpMetadata(m_info));
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), orientation(0), QMarginsF()));
        bool cancelled = false;
        const bool painted = paintPages(writer, [&](int page, int pages) {
            cancelled = progress && !progress(page, pages);
            return !cancelled;
        });
        if (!painted) {
            if (cancelled)
                return false;
            throw failed(buffer.errorString());
        }
    }
    buffer.close();
    fileio::writeAtomically(path, bytes);
    return true;
}

} // namespace tfp::report
