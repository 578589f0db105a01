// The layout engine of printable reports: breaks blocks into lines and pages once, then paints the same
// pages into a PDF or a preview image. User text is only ever drawn as plain text (never rich text).
#include "pdfdocument.h"

#include "error.h"

#include <QCoreApplication>
#include <QDir>
#include <QFontMetricsF>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextLayout>

#include <cmath>

namespace tfp::report {

namespace {

const QColor kText(0x20, 0x20, 0x20);
const QColor kMuted(0x5a, 0x5a, 0x5a);
const QColor kAccent(0x1f, 0x4e, 0x79);
const QColor kHeaderFill(0xe4, 0xea, 0xf1);
const QColor kRule(0xb8, 0xbe, 0xc6);

// Page geometry in layout units: margins, and the bands of the running header and footer.
constexpr double kMarginX = mm(18);
constexpr double kContentTop = mm(22);
constexpr double kContentBottom = mm(18); // distance of the content's end from the page's bottom edge
constexpr double kHeaderTop = mm(10);
constexpr double kFooterTop = mm(11); // distance of the footer's top from the page's bottom edge
constexpr double kPadX = pt(3);
constexpr double kPadY = pt(2.2);

QSizeF pageSize(QPageLayout::Orientation o)
{
    const QSizeF a4(mm(210), mm(297));
    return o == QPageLayout::Portrait ? a4 : a4.transposed();
}

// Fonts and metrics are taken at kDpi from an image device, so that layout does not depend on a screen.
const QPaintDevice *measureDevice()
{
    static const QImage device = [] {
        QImage img(1, 1, QImage::Format_RGB32);
        img.setDotsPerMeterX(qRound(kDpi / 0.0254));
        img.setDotsPerMeterY(qRound(kDpi / 0.0254));
        return img;
    }();
    return &device;
}

double lineHeight(Style s)
{
    return QFontMetricsF(font(s), measureDevice()).lineSpacing();
}

// Text as the user typed it, made safe for single-line drawing: line breaks become line separators for the
// wrapping, tabs spaces, and other control characters go.
QString plainText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'\r') {
            if (i + 1 < text.size() && text[i + 1] == u'\n')
                continue;
            out += QChar::LineSeparator;
        } else if (c == u'\n' || c == QChar::ParagraphSeparator) {
            out += QChar::LineSeparator;
        } else if (c == u'\t') {
            out += u' ';
        } else if (c.unicode() >= 0x20 && c.unicode() != 0x7f) {
            out += c;
        }
    }
    return out;
}

} // namespace

QFont font(Style style)
{
    QFont f(u"DejaVu Sans"_qs);
    f.setStyleHint(QFont::SansSerif);
    double size = 9;
    switch (style) {
    case Style::Body:
        break;
    case Style::Small:
        size = 7.5;
        break;
    case Style::SmallBold:
        size = 7.5;
        f.setBold(true);
        break;
    case Style::Bold:
        f.setBold(true);
        break;
    case Style::Title:
        size = 22;
        f.setBold(true);
        break;
    case Style::Subtitle:
        size = 13;
        break;
    case Style::Heading1:
        size = 15;
        f.setBold(true);
        break;
    case Style::Heading2:
        size = 11.5;
        f.setBold(true);
        break;
    case Style::Heading3:
        size = 9.5;
        f.setBold(true);
        break;
    }
    f.setPixelSize(qRound(pt(size)));
    return f;
}

QStringList wrapText(const QString &text, Style style, double width)
{
    QStringList lines;
    const QString t = plainText(text);
    if (t.isEmpty())
        return lines;
    QTextLayout layout(t, font(style), measureDevice());
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(std::max(width, 1.0));
        QString part = t.mid(line.textStart(), line.textLength());
        while (!part.isEmpty() && (part.back().isSpace() || part.back() == QChar::LineSeparator))
            part.chop(1);
        lines.append(part);
    }
    layout.endLayout();
    return lines;
}

// Places the blocks on pages. Keeps the cursor of the current page; everything is in layout units.
class Layouter
{
public:
    using Page = PdfDocument::Page;
    using Item = PdfDocument::Item;
    using Block = PdfDocument::Block;

    explicit Layouter(QList<Page> &pages) : m_pages(pages) {}

    void newPage(QPageLayout::Orientation o)
    {
        m_orientation = o;
        m_pages.append(Page{o, {}});
        const QSizeF size = pageSize(o);
        m_y = kContentTop;
        m_bottom = size.height() - kContentBottom;
        m_width = size.width() - 2 * kMarginX;
        m_empty = true;
    }
    // A page break on a page still empty only turns the page: no blank pages.
    void breakTo(QPageLayout::Orientation o)
    {
        if (m_empty)
            m_pages.removeLast();
        newPage(o);
    }
    // Moves to a new page unless h fits below the cursor (or the page is still empty).
    void ensure(double h)
    {
        if (m_y + h > m_bottom && !m_empty)
            newPage(m_orientation);
    }
    void advance(double h)
    {
        if (!m_empty)
            m_y = std::min(m_y + h, m_bottom);
    }
    void add(Item item)
    {
        m_pages.last().items.append(std::move(item));
        m_empty = false;
    }
    void text(const QString &line, Style style, const QRectF &rect, Qt::Alignment align = Qt::AlignLeft,
              QColor color = kText)
    {
        add({Item::Text, rect, line, style, align, color, {}});
    }
    // Wrapped lines of a paragraph; the paragraph may continue on the next page between lines.
    void lines(const QString &t, Style style, double indent = 0, QColor color = kText)
    {
        const double h = lineHeight(style);
        for (const QString &line : wrapText(t, style, m_width - indent)) {
            ensure(h);
            text(line, style, QRectF(kMarginX + indent, m_y, m_width - indent, h), Qt::AlignLeft, color);
            m_y += h;
        }
    }
    void heading(const Block &b)
    {
        const Style style = b.level <= 1 ? Style::Heading1 : b.level == 2 ? Style::Heading2 : Style::Heading3;
        if (b.level <= 1 && !m_empty)
            newPage(m_orientation);
        const double before = m_empty ? 0 : pt(b.level == 2 ? 12 : 8);
        const double h = lineHeight(style) * wrapText(b.text, style, m_width).size();
        // Keep the heading with at least a few lines of what follows.
        ensure(before + h + 4 * lineHeight(Style::Body));
        if (!m_empty)
            m_y += before;
        headingPages.append(m_pages.size() - 1);
        lines(b.text, style, 0, kAccent);
        m_y += pt(b.level <= 1 ? 8 : 4);
    }
    void table(const Block &b)
    {
        double total = 0;
        for (const Column &c : b.columns)
            total += c.share;
        const Style plain = b.compact ? Style::Small : Style::Body;
        const Style bold = b.compact ? Style::SmallBold : Style::Bold;
        const QList<double> widths = columnWidths(b, total, plain, bold);
        auto cellLines = [&](const QStringList &cells, bool isHeader) {
            QList<QStringList> out;
            for (qsizetype i = 0; i < b.columns.size(); ++i) {
                const Style s = isHeader || b.columns[i].bold ? bold : plain;
                out.append(wrapText(cells.value(i), s, widths[i] - 2 * kPadX));
            }
            return out;
        };
        const double lh = lineHeight(plain);
        auto rowHeight = [&](const QList<QStringList> &cells) {
            qsizetype n = 1;
            for (const auto &c : cells)
                n = std::max(n, c.size());
            return double(n) * lh + 2 * kPadY;
        };
        QStringList titles;
        for (const Column &c : b.columns)
            titles.append(c.title);
        const QList<QStringList> headerCells = b.header ? cellLines(titles, true) : QList<QStringList>{};
        const double headerHeight = b.header ? rowHeight(headerCells) : 0;
        auto emitRow = [&](const QList<QStringList> &cells, bool isHeader, double h) {
            if (isHeader)
                add({Item::Fill, QRectF(kMarginX, m_y, m_width, h), {}, Style::Body, {}, kHeaderFill, {}});
            double x = kMarginX;
            for (qsizetype i = 0; i < cells.size(); ++i) {
                const Style s = isHeader || b.columns[i].bold ? bold : plain;
                double y = m_y + kPadY;
                for (const QString &line : cells[i]) {
                    text(line, s, QRectF(x + kPadX, y, widths[i] - 2 * kPadX, lh), b.columns[i].align);
                    y += lh;
                }
                x += widths[i];
            }
            m_y += h;
            add({Item::Rule, QRectF(kMarginX, m_y, m_width, 0), {}, Style::Body, {}, kRule, {}});
        };
        auto header = [&] {
            if (b.header)
                emitRow(headerCells, true, headerHeight);
        };
        QList<QList<QStringList>> rows;
        for (const QStringList &r : b.rows)
            rows.append(cellLines(r, false));
        // The header never stands alone at the bottom of a page: it needs its first row below it. A list of
        // fields (no header) that fits on a page is kept together.
        double whole = headerHeight;
        for (const auto &r : rows)
            whole += rowHeight(r);
        if (!b.header && whole <= m_bottom - kContentTop)
            ensure(whole + pt(2));
        ensure(headerHeight +
               (rows.isEmpty() ? 0 : std::min(rowHeight(rows.first()), m_bottom - kContentTop)));
        m_y += pt(2);
        header();
        for (QList<QStringList> cells : rows) {
            double h = rowHeight(cells);
            if (m_y + h > m_bottom) {
                newPage(m_orientation);
                header();
            }
            // Only a row taller than a whole page is split, line by line, as the last resort.
            while (m_y + h > m_bottom) {
                const int fit = std::max(1, int((m_bottom - m_y - 2 * kPadY) / lh));
                QList<QStringList> head, rest;
                for (const auto &c : cells) {
                    head.append(c.mid(0, fit));
                    rest.append(c.mid(fit));
                }
                emitRow(head, false, double(fit) * lh + 2 * kPadY);
                newPage(m_orientation);
                header();
                cells = rest;
                h = rowHeight(cells);
            }
            emitRow(cells, false, h);
        }
        m_y += pt(8);
    }
    // Widths by share, but never so narrow that a word of the header or a number breaks: such columns take
    // their room from the others (a long word in a name may still break, within a quarter of the width).
    QList<double> columnWidths(const Block &b, double total, Style plain, Style bold) const
    {
        const QFontMetricsF fmPlain(font(plain), measureDevice()), fmBold(font(bold), measureDevice());
        QList<double> widths, mins;
        for (qsizetype i = 0; i < b.columns.size(); ++i) {
            const Column &c = b.columns[i];
            widths.append(m_width * c.share / (total > 0 ? total : 1));
            double min = 0;
            for (const QString &w : c.title.split(u' ', Qt::SkipEmptyParts))
                min = std::max(min, fmBold.horizontalAdvance(w));
            for (const QStringList &row : b.rows)
                for (const QString &w : row.value(i).split(u' ', Qt::SkipEmptyParts))
                    if (w.size() <= 24) // words, numbers, codes, dates; URLs and the like may break
                        min = std::max(min, (c.bold ? fmBold : fmPlain).horizontalAdvance(w));
            mins.append(std::min(min + 2 * kPadX + pt(1), m_width / 4));
        }
        double need = 0, spare = 0;
        for (qsizetype i = 0; i < widths.size(); ++i) {
            need += std::max(0.0, mins[i] - widths[i]);
            spare += std::max(0.0, widths[i] - mins[i]);
        }
        if (need > 0 && spare > 0) {
            const double f = std::min(1.0, need / spare);
            for (qsizetype i = 0; i < widths.size(); ++i)
                widths[i] = widths[i] < mins[i] ? mins[i] : widths[i] - (widths[i] - mins[i]) * f;
        }
        return widths;
    }
    void figure(const Block &b)
    {
        const double h = std::min(b.height, m_bottom - kContentTop);
        ensure(h);
        add({Item::Figure, QRectF(kMarginX, m_y, m_width, h), {}, Style::Body, {}, {}, b.paint});
        m_y += h + pt(6);
    }
    // The table of contents: one line per heading; the page numbers are filled in once all is laid out.
    void contents(const Block &b, const QList<const Block *> &entries)
    {
        Block title;
        title.level = 1;
        title.text = b.text;
        heading(title);
        headingPages.removeLast(); // the contents' own title is not an entry
        const double numberWidth = pt(36);
        const double lh = lineHeight(Style::Body);
        for (const Block *e : entries) {
            const double indent = (e->level - 1) * pt(14);
            const Style s = e->level <= 1 ? Style::Bold : Style::Body;
            const QStringList ls = wrapText(e->text, s, m_width - indent - numberWidth);
            ensure(ls.size() * lh + pt(3));
            m_y += e->level <= 1 ? pt(3) : 0;
            for (const QString &l : ls) {
                text(l, s, QRectF(kMarginX + indent, m_y, m_width - indent - numberWidth, lh));
                m_y += lh;
            }
            text({}, s, QRectF(kMarginX + m_width - numberWidth, m_y - lh, numberWidth, lh), Qt::AlignRight);
            numberSlots.append({m_pages.size() - 1, m_pages.last().items.size() - 1});
        }
    }

    QList<qsizetype> headingPages;                      // page of each heading in contents, in order
    QList<std::pair<qsizetype, qsizetype>> numberSlots; // page and item of each contents number

private:
    QList<Page> &m_pages;
    QPageLayout::Orientation m_orientation = QPageLayout::Portrait;
    double m_y = 0;
    double m_bottom = 0;
    double m_width = 0;
    bool m_empty = true;
};

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

void PdfDocument::figure(double height, Painter paint)
{
    Block b;
    b.kind = Block::Figure;
    b.height = height;
    b.paint = std::move(paint);
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

void PdfDocument::layOut() const
{
    if (m_laidOut)
        return;
    m_pages.clear();
    Layouter l(m_pages);
    l.newPage(QPageLayout::Portrait);
    QList<const Block *> entries;
    for (const Block &b : m_blocks)
        if (b.kind == Block::Heading && b.inContents)
            entries.append(&b);
    for (const Block &b : m_blocks) {
        switch (b.kind) {
        case Block::Heading:
            if (b.inContents) {
                l.heading(b);
            } else {
                l.heading(b);
                l.headingPages.removeLast();
            }
            break;
        case Block::Paragraph:
            l.lines(b.text, b.style, 0, b.style == Style::Small ? kMuted : kText);
            l.advance(pt(4));
            break;
        case Block::Space:
            l.advance(b.height);
            break;
        case Block::Table:
            l.table(b);
            break;
        case Block::Figure:
            l.figure(b);
            break;
        case Block::PageBreak:
            l.breakTo(b.orientation);
            break;
        case Block::Contents:
            l.contents(b, entries);
            break;
        }
    }
    // The second pass over the contents: the numbers take no more room than their reserved column, so filling
    // them in cannot move anything.
    for (qsizetype i = 0; i < l.numberSlots.size() && i < l.headingPages.size(); ++i) {
        const auto [page, item] = l.numberSlots[i];
        m_pages[page].items[item].text = QString::number(l.headingPages[i] + 1);
    }
    m_laidOut = true;
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
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw failed(file.errorString());
    {
        QPdfWriter writer(&file);
        writer.setResolution(kDpi);
        writer.setTitle(m_info.title);
        // Qt 6.4 writes no /Author into the document info: the author goes into /Creator and the XMP
        // metadata (dc:creator), where PDF readers show it.
        writer.setCreator(m_info.author);
        writer.setDocumentXmpMetadata(xmpMetadata(m_info));
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), orientation(0), QMarginsF()));
        QPainter p;
        if (!p.begin(&writer))
            throw failed(file.errorString());
        for (int i = 0; i < pageCount(); ++i) {
            if (i > 0) {
                writer.setPageOrientation(orientation(i));
                writer.newPage();
            }
            paintPage(p, i);
            if (progress && !progress(i + 1, pageCount())) {
                p.end();
                file.cancelWriting();
                return false;
            }
        }
        p.end();
    }
    if (!file.commit())
        throw failed(file.errorString());
    return true;
}

} // namespace tfp::report
