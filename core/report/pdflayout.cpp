// The layout pass of printable reports: breaks the blocks into lines, rows and pages once; painting then
// only places what was laid out here (pdfdocument.cpp).
#include "pdflayout.h"

#include <QFontMetricsF>
#include <QImage>
#include <QTextLayout>

#include <algorithm>

namespace tfp::report {

using namespace layout;

namespace layout {

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

} // namespace layout

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
        item.block = block;
        item.row = row;
        item.column = column;
        item.repeated = repeated;
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
    void heading(const Block &b, double keep = 0)
    {
        const Style style = b.level <= 1 ? Style::Heading1 : b.level == 2 ? Style::Heading2 : Style::Heading3;
        if (b.level <= 1 && !m_empty)
            newPage(m_orientation);
        const double before = m_empty ? 0 : pt(b.level == 2 ? 12 : 8);
        const double h = lineHeight(style) * wrapText(b.text, style, m_width).size();
        // Keep the heading with at least a few lines of what follows.
        ensure(before + h + std::max(keep, 4 * lineHeight(Style::Body)));
        if (!m_empty)
            m_y += before;
        headingPages.append(m_pages.size() - 1);
        lines(b.text, style, 0, kAccent);
        m_y += pt(b.level <= 1 ? 8 : 4);
    }
    // A table broken into the lines of its cells: the same for measuring and for placing it.
    struct Prepared
    {
        Style plain = Style::Body;
        Style bold = Style::Bold;
        QList<double> widths;
        double lh = 0;
        QList<QStringList> headerCells;
        double headerHeight = 0;
        QList<QList<QStringList>> rows;
        double rowHeight(const QList<QStringList> &cells) const
        {
            qsizetype n = 1;
            for (const auto &c : cells)
                n = std::max(n, c.size());
            return double(n) * lh + 2 * kPadY;
        }
        double height() const
        {
            double h = headerHeight;
            for (const auto &r : rows)
                h += rowHeight(r);
            return h;
        }
    };
    Prepared prepare(const Block &b) const
    {
        Prepared t;
        double total = 0;
        for (const Column &c : b.columns)
            total += c.share;
        t.plain = b.compact ? Style::Small : Style::Body;
        t.bold = b.compact ? Style::SmallBold : Style::Bold;
        t.widths = columnWidths(b, total, t.plain, t.bold);
        t.lh = lineHeight(t.plain);
        auto cellLines = [&](const QStringList &cells, bool isHeader) {
            QList<QStringList> out;
            for (qsizetype i = 0; i < b.columns.size(); ++i) {
                const Style s = isHeader || b.columns[i].bold ? t.bold : t.plain;
                out.append(wrapText(cells.value(i), s, t.widths[i] - 2 * kPadX));
            }
            return out;
        };
        if (b.header) {
            QStringList titles;
            for (const Column &c : b.columns)
                titles.append(c.title);
            t.headerCells = cellLines(titles, true);
            t.headerHeight = t.rowHeight(t.headerCells);
        }
        for (const QStringList &r : b.rows)
            t.rows.append(cellLines(r, false));
        return t;
    }
    // How much of what follows a heading must fit below it: a list of fields whole, else a few lines.
    double keepWithHeading(const Block &next) const
    {
        if (next.kind != Block::Table || next.header)
            return 0;
        const double h = prepare(next).height();
        return h <= m_bottom - kContentTop ? h : 0;
    }
    void table(const Block &b)
    {
        if (b.rows.isEmpty()) // a header over nothing says nothing: the caller says why there are no rows
            return;
        const Prepared t = prepare(b);
        const QList<double> &widths = t.widths;
        const Style plain = t.plain, bold = t.bold;
        const double lh = t.lh;
        auto rowHeight = [&](const QList<QStringList> &cells) { return t.rowHeight(cells); };
        const QList<QStringList> &headerCells = t.headerCells;
        const double headerHeight = t.headerHeight;
        bool headerShown = false;
        auto emitRow = [&](const QList<QStringList> &cells, bool isHeader, double h) {
            repeated = isHeader && headerShown;
            headerShown = headerShown || isHeader;
            if (isHeader)
                add({Item::Fill, QRectF(kMarginX, m_y, m_width, h), {}, Style::Body, {}, kHeaderFill, {}});
            double x = kMarginX;
            for (qsizetype i = 0; i < cells.size(); ++i) {
                column = int(i);
                const Style s = isHeader || b.columns[i].bold ? bold : plain;
                double y = m_y + kPadY;
                for (const QString &line : cells[i]) {
                    text(line, s, QRectF(x + kPadX, y, widths[i] - 2 * kPadX, lh), b.columns[i].align);
                    y += lh;
                }
                x += widths[i];
            }
            column = -1;
            m_y += h;
            add({Item::Rule, QRectF(kMarginX, m_y, m_width, 0), {}, Style::Body, {}, kRule, {}});
            repeated = false;
        };
        auto header = [&] {
            row = -1;
            if (b.header)
                emitRow(headerCells, true, headerHeight);
        };
        const QList<QList<QStringList>> &rows = t.rows;
        // The header never stands alone at the bottom of a page: it needs its first row below it. A list of
        // fields (no header) that fits on a page is kept together.
        if (!b.header && t.height() <= m_bottom - kContentTop)
            ensure(t.height() + pt(2));
        ensure(headerHeight +
               (rows.isEmpty() ? 0 : std::min(rowHeight(rows.first()), m_bottom - kContentTop)));
        m_y += pt(2);
        header();
        for (qsizetype r = 0; r < rows.size(); ++r) {
            QList<QStringList> cells = rows[r];
            row = int(r);
            double h = rowHeight(cells);
            if (m_y + h > m_bottom) {
                newPage(m_orientation);
                header();
                row = int(r);
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
                row = int(r);
                cells = rest;
                h = rowHeight(cells);
            }
            emitRow(cells, false, h);
        }
        row = -1;
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
        add({Item::Figure, QRectF(kMarginX, m_y, m_width, h), {}, Style::Body, {}, {}, b.paint, b.alt});
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
        row = -1;
        for (const Block *e : entries) {
            ++row;
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
        row = -1;
    }

    // The structure of the items added next (PdfDocument::Item).
    qsizetype block = -1;
    int row = -1;
    int column = -1;
    bool repeated = false;

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
    for (qsizetype i = 0; i < m_blocks.size(); ++i) {
        const Block &b = m_blocks[i];
        l.block = i;
        switch (b.kind) {
        case Block::Heading:
            l.heading(b, i + 1 < m_blocks.size() ? l.keepWithHeading(m_blocks[i + 1]) : 0);
            if (!b.inContents)
                l.headingPages.removeLast();
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

} // namespace tfp::report
