// Draws the laid-out pages with cairo inside structure tags. Every item knows its block (and row and column),
// so the tags follow the blocks in reading order: Document > Sect (nested as the headings) > H1–H3, P, Table
// > TR > TH/TD, Figure, TOC > TOCI > Link. Decoration and the running header and footer go into "Private"
// elements, which finish() (pdfua.cpp) turns into artifacts: cairo 1.16 has no artifact of its own.
#include "pdftagged.h"
#include "pdfcairo.h"
#include "pdfdocument.h"
#include "pdflayout.h"

#include "error.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPainter>

#include <cairo-pdf.h>

#include <array>
#include <cmath>

namespace tfp::report::tagged {

using namespace layout;

namespace {

struct Tag
{
    Tag(QByteArray name = {}, qsizetype block = -1, int row = -1, int column = -1, QByteArray attributes = {})
        : name(std::move(name)), block(block), row(row), column(column), attributes(std::move(attributes))
    {
    }
    QByteArray name;
    qsizetype block = -1;
    int row = -1;
    int column = -1;
    QByteArray attributes;
    bool operator==(const Tag &o) const
    {
        return name == o.name && block == o.block && row == o.row && column == o.column;
    }
};

cairo_status_t append(void *closure, const unsigned char *data, unsigned int length)
{
    static_cast<QByteArray *>(closure)->append(reinterpret_cast<const char *>(data), length);
    return CAIRO_STATUS_SUCCESS;
}

// A page's side in whole points, as QPdfWriter wrote A4 (595 x 842) and printers expect it.
double points(double layoutUnits)
{
    return std::round(layoutUnits * 72 / kDpi);
}

QByteArray destName(qsizetype block)
{
    return "h" + QByteArray::number(block);
}

class Writer
{
public:
    using Block = PdfDocument::Block;
    using Item = PdfDocument::Item;

    explicit Writer(const PdfDocument &doc) : m_doc(doc), m_blocks(doc.blocks())
    {
        // The sections each block sits in: a heading of level n closes the sections of level n and deeper.
        QList<std::pair<Tag, int>> open;
        for (qsizetype i = 0; i < m_blocks.size(); ++i) {
            const Block &b = m_blocks[i];
            if (b.kind == Block::Heading || b.kind == Block::Contents || isTitle(b)) {
                const int level = b.kind == Block::Heading ? b.level : 1;
                while (!open.isEmpty() && open.last().second >= level)
                    open.removeLast();
                open.append({Tag{"Sect", i}, level});
            }
            if (b.kind == Block::Heading && b.inContents)
                m_entries.append(i);
            QList<Tag> path{Tag{"Document"}};
            for (const auto &s : open)
                path.append(s.first);
            m_sections.append(path);
        }
        const QSizeF first = pageSize(doc.orientation(0));
        m_surface = cairo_pdf_surface_create_for_stream(append, &m_bytes, points(first.width()),
                                                        points(first.height()));
        cairo_pdf_surface_restrict_to_version(m_surface, CAIRO_PDF_VERSION_1_5);
        m_cr = cairo_create(m_surface);
        const DocumentInfo &info = doc.info();
        cairo_pdf_surface_set_metadata(m_surface, CAIRO_PDF_METADATA_TITLE, info.title.toUtf8().constData());
        cairo_pdf_surface_set_metadata(m_surface, CAIRO_PDF_METADATA_AUTHOR,
                                       info.author.toUtf8().constData());
        cairo_pdf_surface_set_metadata(m_surface, CAIRO_PDF_METADATA_CREATOR, "Themenfeldplaner");
        if (info.created.isValid())
            cairo_pdf_surface_set_metadata(m_surface, CAIRO_PDF_METADATA_CREATE_DATE,
                                           info.created.toUTC().toString(Qt::ISODate).toUtf8().constData());
    }
    ~Writer()
    {
        cairo_destroy(m_cr);
        cairo_surface_destroy(m_surface);
    }

    void page(int index)
    {
        const QSizeF size = pageSize(m_doc.orientation(index));
        if (index > 0) {
            cairo_show_page(m_cr);
            cairo_pdf_surface_set_size(m_surface, points(size.width()), points(size.height()));
        }
        cairo_identity_matrix(m_cr);
        cairo_scale(m_cr, 72.0 / kDpi, 72.0 / kDpi);
        // The decoration first, as one artifact: the header's fills lie under the text drawn after them,
        // rules cross no text. (Drawn between the rows, each rule would cost an element and end the open
        // leaf.) The running header and footer come last, as on the printed page, for readers that go by the
        // content stream (pdftotext -raw).
        const QList<Item> &all = m_doc.items(index);
        QList<const Item *> content;
        for (const Item &i : all) {
            if (isArtifact(i))
                item(i, size);
            else
                content.append(&i);
        }
        for (qsizetype k = 0; k < content.size(); ++k) {
            // A line broken at a space before another line of the same element (a wrapped paragraph or cell,
            // a contents entry and its page number) keeps the space, so that the element's words do not run
            // together when read; a word broken inside (a long URL) stays whole.
            const Item &i = *content[k];
            const Item *next = k + 1 < content.size() ? content[k + 1] : nullptr;
            const bool continued = next && i.kind == Item::Text && next->kind == Item::Text &&
                                   next->block == i.block && next->row == i.row && next->column == i.column &&
                                   brokenAtSpace(i, *next);
            item(continued ? withSpace(i) : i, size);
        }
        for (const Item &i : m_doc.runningItems(index))
            item(i, size);
        artifact(false);
    }

    QByteArray finish()
    {
        sync({});
        cairo_surface_finish(m_surface);
        const cairo_status_t status = cairo_surface_status(m_surface);
        if (status != CAIRO_STATUS_SUCCESS)
            throw Error(QString::fromUtf8(cairo_status_to_string(status)));
        return m_bytes;
    }

    // The text of each link, in the order of the links.
    QStringList linkText() const
    {
        QStringList out;
        for (qsizetype b : m_entries)
            out.append(m_blocks[b].text);
        return out;
    }

private:
    // A cover's title opens the document's first section, so that the headings start at H1 (PDF/UA).
    static bool isTitle(const Block &b) { return b.kind == Block::Paragraph && b.style == Style::Title; }

    QList<Tag> path(const Item &i) const
    {
        const Block &b = m_blocks[i.block];
        QList<Tag> p = m_sections[i.block];
        switch (b.kind) {
        case Block::Heading:
            p.append(Tag{"H" + QByteArray::number(b.level), i.block});
            break;
        case Block::Paragraph:
            p.append(Tag{isTitle(b) ? "H1" : "P", i.block});
            break;
        case Block::Table:
            p.append(Tag{"Table", i.block});
            p.append(Tag{"TR", i.block, i.row});
            p.append(Tag{i.row < 0 ? "TH" : "TD", i.block, i.row, i.column});
            break;
        case Block::Figure:
            p.append(Tag{"Figure", i.block});
            break;
        case Block::Contents:
            if (i.row < 0) {
                p.append(Tag{"H1", i.block});
            } else {
                p.append(Tag{"TOC", i.block});
                p.append(Tag{"TOCI", i.block, i.row});
                p.append(Tag{CAIRO_TAG_LINK, i.block, i.row, -1,
                             "dest='" + destName(m_entries.value(i.row)) + "'"});
            }
            break;
        default:
            p.append(Tag{"P", i.block});
            break;
        }
        return p;
    }

    void begin(const Tag &t) { cairo_tag_begin(m_cr, t.name.constData(), t.attributes.constData()); }
    void end(const Tag &t) { cairo_tag_end(m_cr, t.name.constData()); }

    // Closes the open tags down to what want shares with them and opens the rest. A table row gets an
    // empty cell for each column without text, so that every row has all its cells.
    void sync(const QList<Tag> &want)
    {
        artifact(false);
        qsizetype common = 0;
        while (common < m_open.size() && common < want.size() && m_open[common] == want[common])
            ++common;
        while (m_open.size() > common) {
            const Tag t = m_open.takeLast();
            if (t.name == "TR")
                emptyCells(t, columns(t.block));
            end(t);
        }
        for (qsizetype k = common; k < want.size(); ++k) {
            const Tag &t = want[k];
            if (t.name == "TH" || t.name == "TD")
                emptyCells(t, t.column);
            if (t.name == "TR")
                m_lastColumn = -1;
            begin(t);
            m_open.append(t);
            if (t.name == "TH" || t.name == "TD")
                m_lastColumn = std::max(m_lastColumn, t.column);
        }
    }
    int columns(qsizetype block) const { return int(m_blocks[block].columns.size()); }
    void emptyCells(const Tag &cell, int upTo)
    {
        for (int c = m_lastColumn + 1; c < upTo; ++c) {
            const QByteArray name = cell.row < 0 ? "TH" : "TD";
            cairo_tag_begin(m_cr, name.constData(), "");
            cairo_tag_end(m_cr, name.constData());
        }
        m_lastColumn = std::max(m_lastColumn, upTo - 1);
    }
    // cairo 1.16 marks only the content of elements without children: an artifact inside a paragraph would
    // leave the paragraph's text untagged. So the open leaf is closed first (a paragraph that runs on to the
    // next page becomes two P elements there).
    void artifact(bool on)
    {
        if (on == m_artifact)
            return;
        if (on) {
            static const QList<QByteArray> leaves{"H1", "H2", "H3",     "P",
                                                  "TH", "TD", "Figure", CAIRO_TAG_LINK};
            if (!m_open.isEmpty() && leaves.contains(m_open.last().name)) {
                const Tag leaf = m_open.takeLast();
                end(leaf);
            }
            cairo_tag_begin(m_cr, "Private", "");
        } else {
            cairo_tag_end(m_cr, "Private");
        }
        m_artifact = on;
    }

    void item(const Item &i, const QSizeF &pageSize)
    {
        if (isArtifact(i)) {
            artifact(true);
        } else {
            sync(path(i));
        }
        const bool dest = m_blocks.value(i.block).kind == Block::Heading && !m_destDone.contains(i.block);
        if (dest) {
            m_destDone.insert(i.block);
            bookmark(i.block);
            cairo_tag_begin(m_cr, CAIRO_TAG_DEST, ("name='" + destName(i.block) + "'").constData());
        }
        draw(i, pageSize);
        if (dest)
            cairo_tag_end(m_cr, CAIRO_TAG_DEST);
    }

    void bookmark(qsizetype block)
    {
        const Block &b = m_blocks[block];
        if (!b.inContents)
            return;
        const int level = std::clamp(b.level, 1, 3);
        const int parent = level == 1 ? CAIRO_PDF_OUTLINE_ROOT : m_outline[level - 1];
        m_outline[level] = cairo_pdf_surface_add_outline(
            m_surface, parent, b.text.toUtf8().constData(), ("dest='" + destName(block) + "'").constData(),
            level == 1 ? CAIRO_PDF_OUTLINE_FLAG_OPEN : cairo_pdf_outline_flags_t(0));
        for (int l = level + 1; l < 4; ++l)
            m_outline[l] = m_outline[level];
    }

    void colour(const QColor &c) { cairo_set_source_rgba(m_cr, c.redF(), c.greenF(), c.blueF(), c.alphaF()); }

    static bool isArtifact(const Item &i)
    {
        return i.block < 0 || i.repeated || i.kind == Item::Fill || i.kind == Item::Rule;
    }

    bool brokenAtSpace(const Item &line, const Item &next) const
    {
        const Block &b = m_blocks[line.block];
        QString source;
        switch (b.kind) {
        case Block::Contents:
            return line.row >= 0;
        case Block::Table:
            source =
                line.row < 0 ? b.columns.value(line.column).title : b.rows.value(line.row).value(line.column);
            break;
        default:
            source = b.text;
            break;
        }
        return plainText(source).contains(line.text + u' ' + next.text);
    }

    static Item withSpace(Item i)
    {
        i.text += u' ';
        return i;
    }

    void draw(const Item &i, const QSizeF &pageSize)
    {
        switch (i.kind) {
        case Item::Text:
            colour(i.color);
            cairo::showText(m_cr, i.text, font(i.style), i.rect, i.align, &m_lines);
            break;
        case Item::Fill:
            colour(i.color);
            cairo_rectangle(m_cr, i.rect.x(), i.rect.y(), i.rect.width(), i.rect.height());
            cairo_fill(m_cr);
            break;
        case Item::Rule:
            colour(i.color);
            cairo_set_line_width(m_cr, pt(0.5));
            cairo_set_line_cap(m_cr, CAIRO_LINE_CAP_SQUARE);
            cairo_move_to(m_cr, i.rect.left(), i.rect.top());
            cairo_line_to(m_cr, i.rect.right(), i.rect.top());
            cairo_stroke(m_cr);
            break;
        case Item::Figure: {
            cairo::Device device(m_cr, pageSize);
            QPainter p(&device);
            p.setRenderHint(QPainter::Antialiasing);
            p.setRenderHint(QPainter::TextAntialiasing);
            PdfDocument::paintItem(p, i);
            p.end();
            break;
        }
        }
    }

    const PdfDocument &m_doc;
    const QList<Block> &m_blocks;
    QList<QList<Tag>> m_sections; // per block
    QList<qsizetype> m_entries;   // the heading block of each contents entry
    QSet<qsizetype> m_destDone;
    std::array<int, 4> m_outline{CAIRO_PDF_OUTLINE_ROOT, CAIRO_PDF_OUTLINE_ROOT, CAIRO_PDF_OUTLINE_ROOT,
                                 CAIRO_PDF_OUTLINE_ROOT};
    QList<Tag> m_open;
    cairo::LineCache m_lines;
    int m_lastColumn = -1;
    bool m_artifact = false;
    QByteArray m_bytes;
    cairo_surface_t *m_surface = nullptr;
    cairo_t *m_cr = nullptr;
};

} // namespace

std::optional<QByteArray> write(const PdfDocument &doc, const std::function<bool(int, int)> &progress)
{
    Writer w(doc);
    const int pages = doc.pageCount();
    for (int i = 0; i < pages; ++i) {
        w.page(i);
        if (progress && !progress(i + 1, pages))
            return std::nullopt;
    }
    const QByteArray pdf = w.finish();
    const DocumentInfo &info = doc.info();
    Finish f;
    // The UI's language sets the default locale (de_DE, en_GB), which the document's text is written in.
    const QString locale = QLocale().name();
    f.language = !info.language.isEmpty() ? info.language
                 : locale.contains(u'_')  ? QString(locale).replace(u'_', u'-')
                                          : u"de-DE"_qs;
    f.title = info.title;
    f.author = info.author;
    f.created = info.created.isValid() ? info.created : QDateTime::currentDateTime();
    f.producer = u"Themenfeldplaner %1"_qs.arg(QStringLiteral(TFP_VERSION));
    for (const PdfDocument::Block &b : doc.blocks())
        if (b.kind == PdfDocument::Block::Figure)
            f.figureAlt.append(b.alt);
    f.linkText = w.linkText();
    return tagged::finish(pdf, f);
}

} // namespace tfp::report::tagged
