// A small paginating layout engine on QPainter for printable reports: headings, wrapped paragraphs, tables
// that repeat their header row and never split a row, figures, portrait and landscape pages, a running header
// and footer ("Seite x von y") and a table of contents with page numbers. One layout feeds the PDF and the
// preview images, so what the preview shows is what is saved.
#pragma once

#include <QColor>
#include <QDateTime>
#include <QFont>
#include <QImage>
#include <QList>
#include <QPageLayout>
#include <QRectF>
#include <QString>
#include <QStringList>
#include <functional>

class QPagedPaintDevice;
class QPainter;

namespace tfp::report {

// Layout units: 1/720 inch (a tenth of a point). QPdfWriter and the preview images are set to this
// resolution, so that fonts given in points (as chart code does) come out the same size on both.
constexpr int kDpi = 720;
constexpr double mm(double millimetres)
{
    return millimetres * kDpi / 25.4;
}
constexpr double pt(double points)
{
    return points * kDpi / 72.0;
}

enum class Style
{
    Body,
    Small,
    SmallBold,
    Bold,
    Title,
    Subtitle,
    Heading1,
    Heading2,
    Heading3
};

struct Column
{
    QString title;
    double share = 1; // of the table's width, relative to the other columns
    Qt::Alignment align = Qt::AlignLeft;
    bool bold = false;
};

struct DocumentInfo
{
    QString title = {};
    QString author = {};
    QDateTime created = {};
    QString headerLeft = {};  // running header, e.g. the Themenfeld
    QString headerRight = {}; // e.g. "Stand 01.12.2026"
    bool coverPage = false;   // the first page carries no running header
    // The document's language as a BCP 47 tag (the tagged PDF's /Lang); empty: the default locale's (the
    // UI's language: de-DE, en-GB).
    QString language = {};
};

class PdfDocument
{
public:
    using Painter = std::function<void(QPainter &, const QRectF &)>;

    explicit PdfDocument(DocumentInfo info);

    // --- content, in reading order
    // Level 1 starts a new page unless the page is still empty; a heading is kept with what follows it.
    void heading(int level, const QString &text, bool inContents = true);
    void paragraph(const QString &text, Style style = Style::Body);
    void space(double units);
    // Cells are plain text, wrapped within their column; a row that is shorter than its columns gets empty
    // cells. Without header the table is a list of fields (the first column usually bold). A table without
    // rows prints nothing.
    // compact: in the small font, for wide tables (a column per criterion).
    void table(const QList<Column> &columns, const QList<QStringList> &rows, bool header = true,
               bool compact = false);
    // A figure painted by the caller into a rect of the content width and this height (clamped to a page).
    // alt: the figure said in a sentence, with its figures (the alternative text of an accessible document).
    void figure(double height, Painter paint, QString alt = {});
    // Starts a new page; pages from here on have this orientation until the next pageBreak.
    void pageBreak(QPageLayout::Orientation orientation = QPageLayout::Portrait);
    // Where the table of contents goes: every heading with inContents, with its page number.
    void tableOfContents(const QString &title);

    // The content area of a page (without margins, header and footer), in layout units.
    static QSizeF contentSize(QPageLayout::Orientation orientation);

    const DocumentInfo &info() const { return m_info; }

    // --- result (lays the content out on first use)
    int pageCount() const;
    QPageLayout::Orientation orientation(int page) const;
    // Page text in reading order, for tests and searching: every text item of the page, one per line.
    QStringList pageText(int page) const;
    // Paints one page, header and footer included, in layout units (the painter's device at kDpi).
    void paintPage(QPainter &p, int page) const;
    // The page as an image `width` pixels wide (for the preview).
    QImage pageImage(int page, int width) const;
    // Writes the PDF to path, replacing it only when complete: tagged in reading order, with bookmarks,
    // linked contents, /Lang and the figures' alternative text (pdftagged.h). progress(page, pages) returns
    // false to cancel: then nothing is written and false is returned. Throws tfp::Error naming the file.
    bool writePdf(const QString &path, const std::function<bool(int, int)> &progress = {}) const;
    // Paints every page on a paged device whose page is A4 without margins (a QPdfWriter, or a QPrinter in
    // full-page mode), turning the device's page to each page's orientation: the printer gets the very
    // pages of the PDF. The painter is scaled from layout units to the device's resolution. Returns false
    // when progress cancelled or the device cannot be painted on.
    bool paintPages(QPagedPaintDevice &device, const std::function<bool(int, int)> &progress = {}) const;

    // --- the content and its layout, for other writers of the same document (ODT, tagged PDF)
    // What was added, in reading order.
    struct Block
    {
        enum Kind
        {
            Heading,
            Paragraph,
            Space,
            Table,
            Figure,
            PageBreak,
            Contents
        } kind = Paragraph;
        int level = 0;
        QString text;
        Style style = Style::Body;
        bool inContents = false;
        QList<Column> columns;
        QList<QStringList> rows;
        bool header = true;
        bool compact = false;
        double height = 0;
        Painter paint;
        QString alt = {}; // of a figure
        QPageLayout::Orientation orientation = QPageLayout::Portrait;
    };
    struct Item
    {
        enum Kind
        {
            Text,
            Fill,
            Rule,
            Figure
        } kind = Text;
        QRectF rect;
        QString text;
        Style style = Style::Body;
        Qt::Alignment align = Qt::AlignLeft;
        QColor color;
        Painter paint;
        QString alt = {}; // of a figure
        // Where the item belongs in the logical structure (the tagged PDF's reading order).
        qsizetype block = -1;  // index into blocks(); -1: the running header and footer (an artifact)
        int row = -1;          // a table's row (-1: its header row); the entry of the contents
        int column = -1;       // a table's column
        bool repeated = false; // a table's header row repeated on a continuation page (an artifact)
    };
    struct Page
    {
        QPageLayout::Orientation orientation = QPageLayout::Portrait;
        QList<Item> items;
    };
    const QList<Block> &blocks() const { return m_blocks; }
    // The laid-out items of a page (0-based), in painting order.
    const QList<Item> &items(int page) const;
    // The running header and footer of a page, as items in layout units (block -1).
    QList<Item> runningItems(int page) const;

    // Paints one laid-out item (layout units).
    static void paintItem(QPainter &p, const Item &item);

private:
    friend class Layouter;
    void layOut() const;

    DocumentInfo m_info;
    QList<Block> m_blocks;
    mutable QList<Page> m_pages;
    mutable bool m_laidOut = false;
};

// The font of a style, sized in layout units (also used by figure painters for matching text).
QFont font(Style style);
// Text broken into lines of at most width layout units: at word boundaries where possible, inside a word
// when a word alone is wider. Line breaks in the text are kept, control characters dropped.
QStringList wrapText(const QString &text, Style style, double width);

} // namespace tfp::report
