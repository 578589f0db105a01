// The document model of printable reports and the painting of its laid-out pages into a PDF or a preview
// image. User text is only ever drawn as plain text (never rich text).
#include "pdfdocument.h"

#include "pdflayout.h"
#include "pdftagged.h"
#include "tr.h"

#include "error.h"
#include "exchange/fileio.h"

#include <QCoreApplication>
#include <QDir>
#include <QPagedPaintDevice>
#include <QPainter>

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

QList<PdfDocument::Item> PdfDocument::runningItems(int page) const
{
    layOut();
    const QSizeF size = pageSize(m_pages.at(page).orientation);
    const double w = size.width() - 2 * kMarginX;
    const double lh = lineHeight(Style::Small);
    QList<Item> out;
    auto text = [&](const QRectF &r, Qt::Alignment align, const QString &t) {
        out.append({Item::Text, r, plainText(t), Style::Small, align, kMuted, {}});
    };
    auto rule = [&](double y) {
        out.append({Item::Rule, QRectF(kMarginX, y, w, 0), {}, Style::Body, {}, kRule, {}});
    };
    if (!(m_info.coverPage && page == 0)) {
        const QRectF band(kMarginX, kHeaderTop, w, lh);
        text(band, Qt::AlignLeft, m_info.headerLeft);
        text(band, Qt::AlignRight, m_info.headerRight);
        rule(kHeaderTop + lh + pt(2));
    }
    const double footerY = size.height() - kFooterTop;
    rule(footerY);
    const QRectF footer(kMarginX, footerY + pt(3), w, lh);
    text(footer, Qt::AlignLeft, m_info.title);
    text(footer, Qt::AlignRight, Tr::tr("Seite %1 von %2").arg(page + 1).arg(m_pages.size()));
    return out;
}

void PdfDocument::paintItem(QPainter &p, const Item &i)
{
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

void PdfDocument::paintPage(QPainter &p, int page) const
{
    layOut();
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    for (const Item &i : m_pages.at(page).items)
        paintItem(p, i);
    for (const Item &i : runningItems(page))
        paintItem(p, i);
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

bool PdfDocument::writePdf(const QString &path, const std::function<bool(int, int)> &progress) const
{
    layOut();
    auto failed = [&](const QString &why) {
        return Error(Tr::tr("Die Datei „%1“ kann nicht geschrieben werden: %2")
                         .arg(QDir::toNativeSeparators(path), why));
    };
    // Written into memory first (tagged, with bookmarks and metadata: pdftagged.h), then to the file in one
    // checked step: a full disk leaves the old file as it was.
    std::optional<QByteArray> bytes;
    try {
        bytes = tagged::write(*this, progress);
    } catch (const Error &e) {
        throw failed(e.message());
    }
    if (!bytes)
        return false;
    fileio::writeAtomically(path, *bytes);
    return true;
}

} // namespace tfp::report
