#include "odtdocument.h"

#include "tr.h"

#include "odtstyles.h"

#include "exchange/fileio.h"
#include "exchange/odfpackage.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QHash>
#include <QImage>
#include <QLocale>
#include <QPainter>
#include <QSvgGenerator>
#include <QXmlStreamWriter>

#include <algorithm>

namespace tfp::report {

namespace {

// The PNG beside each SVG, for readers that cannot show SVG: sharp enough to print.
constexpr double kPngDpi = 150;

bool keptInXml(char32_t c)
{
    return c == u'\t' || c == u'\n' || (c >= 0x20 && c != 0x7f && c < 0xd800) ||
           (c >= 0xe000 && c < 0xfffe) || (c >= 0x10000 && c <= 0x10ffff);
}

// Writes text as ODF keeps it: line breaks and tabs as elements, runs of spaces (and a space at either end,
// which a reader would drop) as text:s, so that the text reads back exactly as it was written.
void writeText(QXmlStreamWriter &w, const QString &raw)
{
    const QString text = odtText(raw);
    QString run;
    const auto flush = [&] {
        if (!run.isEmpty())
            w.writeCharacters(run);
        run.clear();
    };
    for (qsizetype i = 0; i < text.size();) {
        const QChar c = text[i];
        if (c == u'\n' || c == u'\t') {
            flush();
            w.writeEmptyElement(c == u'\n' ? u"text:line-break"_qs : u"text:tab"_qs);
            ++i;
            continue;
        }
        if (c != u' ') {
            run += c;
            ++i;
            continue;
        }
        qsizetype n = 1;
        while (i + n < text.size() && text[i + n] == u' ')
            ++n;
        const bool afterText = !run.isEmpty();
        const bool beforeText = i + n < text.size() && text[i + n] != u'\n' && text[i + n] != u'\t';
        if (n == 1 && afterText && beforeText) {
            run += c;
        } else {
            flush();
            w.writeEmptyElement(u"text:s"_qs);
            if (n > 1)
                w.writeAttribute(u"text:c"_qs, QString::number(n));
        }
        i += n;
    }
    flush();
}

// The content of one document, written block by block. Automatic styles are written into their own buffer
// as the body asks for them, and joined in front of the body at the end.
class OdtWriter
{
public:
    explicit OdtWriter(const PdfDocument &doc) : m_blocks(doc.blocks())
    {
        m_styles.setAutoFormatting(false);
        m_body.setAutoFormatting(false);
        odt::writeTableStyles(m_styles);
        m_master = doc.info().coverPage ? u"First_20_Page"_qs : QString();
    }

    void write()
    {
        for (qsizetype i = 0; i < m_blocks.size(); ++i) {
            const PdfDocument::Block &b = m_blocks[i];
            switch (b.kind) {
            case PdfDocument::Block::Heading:
                heading(b);
                break;
            case PdfDocument::Block::Paragraph:
                m_body.writeStartElement(u"text:p"_qs);
                m_body.writeAttribute(u"text:style-name"_qs, paragraphStyle(odtStyleName(b.style)));
                writeText(m_body, b.text);
                m_body.writeEndElement();
                break;
            case PdfDocument::Block::Space:
                break;
            case PdfDocument::Block::Table:
                table(b);
                break;
            case PdfDocument::Block::Figure:
                figure(b, i);
                break;
            case PdfDocument::Block::PageBreak:
                m_orientation = b.orientation;
                m_master = b.orientation == QPageLayout::Landscape ? u"Landscape"_qs : u"Standard"_qs;
                break;
            case PdfDocument::Block::Contents:
                contents(b);
                break;
            }
        }
        m_stylesXml = m_stylesBuffer;
        m_bodyXml = m_bodyBuffer;
    }

    QByteArray content() const
    {
        QByteArray head;
        QXmlStreamWriter w(&head);
        odt::startDocument(w, u"office:document-content"_qs);
        w.writeEmptyElement(u"office:scripts"_qs);
        odt::writeFontFaces(w);
        w.writeStartElement(u"office:automatic-styles"_qs);
        w.writeCharacters({}); // closes the start tag: the styles and the body are joined in behind it
        return head + m_stylesXml + "</office:automatic-styles><office:body><office:text>" + m_bodyXml +
               "</office:text></office:body></office:document-content>\n";
    }

    QList<exchange::odf::Part> pictures() const { return m_pictures; }

private:
    // A paragraph (or heading) style, with the pending change of page (a master page) on it when there is
    // one.
    QString paragraphStyle(const QString &parent, const QString &align = {}, bool startsPage = true)
    {
        const QString master = startsPage ? std::exchange(m_master, QString()) : QString();
        if (master.isEmpty() && align.isEmpty())
            return parent;
        const QString key = parent + u'|' + master + u'|' + align;
        if (const auto it = m_paragraphStyles.constFind(key); it != m_paragraphStyles.cend())
            return *it;
        const QString name = u"P%1"_qs.arg(m_paragraphStyles.size() + 1);
        m_paragraphStyles.insert(key, name);
        m_styles.writeStartElement(u"style:style"_qs);
        m_styles.writeAttribute(u"style:name"_qs, name);
        m_styles.writeAttribute(u"style:family"_qs, u"paragraph"_qs);
        m_styles.writeAttribute(u"style:parent-style-name"_qs, parent);
        if (!master.isEmpty())
            m_styles.writeAttribute(u"style:master-page-name"_qs, master);
        if (!align.isEmpty()) {
            m_styles.writeEmptyElement(u"style:paragraph-properties"_qs);
            m_styles.writeAttribute(u"fo:text-align"_qs, align);
        }
        m_styles.writeEndElement();
        return name;
    }

    void heading(const PdfDocument::Block &b)
    {
        const int level = std::clamp(b.level, 1, 3);
        m_body.writeStartElement(u"text:h"_qs);
        m_body.writeAttribute(u"text:style-name"_qs, paragraphStyle(odt::headingStyle(level, b.inContents)));
        m_body.writeAttribute(u"text:outline-level"_qs, QString::number(level));
        if (!b.inContents) {
            writeText(m_body, b.text);
            m_body.writeEndElement();
            return;
        }
        // The mark the contents' entry links to, named as a word processor names its own (hidden) ones.
        const QString mark = u"__RefHeading__%1"_qs.arg(++m_marks);
        m_body.writeEmptyElement(u"text:bookmark-start"_qs);
        m_body.writeAttribute(u"text:name"_qs, mark);
        writeText(m_body, b.text);
        m_body.writeEmptyElement(u"text:bookmark-end"_qs);
        m_body.writeAttribute(u"text:name"_qs, mark);
        m_body.writeEndElement();
    }

    void contents(const PdfDocument::Block &b)
    {
        m_master.clear(); // the contents' title starts a page of its own (its style breaks before it)
        m_body.writeStartElement(u"text:table-of-content"_qs);
        m_body.writeAttribute(u"text:name"_qs, u"Inhalt"_qs);
        m_body.writeAttribute(u"text:protected"_qs, u"true"_qs);
        // Collected by style, not by outline level: a heading the PDF leaves out of its contents (a
        // Steckbrief, the Federführung) has a style of its own and stays out after an update too.
        m_body.writeStartElement(u"text:table-of-content-source"_qs);
        m_body.writeAttribute(u"text:outline-level"_qs, u"3"_qs);
        m_body.writeAttribute(u"text:use-outline-level"_qs, u"false"_qs);
        m_body.writeAttribute(u"text:use-index-source-styles"_qs, u"true"_qs);
        m_body.writeStartElement(u"text:index-title-template"_qs);
        m_body.writeAttribute(u"text:style-name"_qs, u"Contents_20_Heading"_qs);
        m_body.writeCharacters(odtText(b.text));
        m_body.writeEndElement();
        for (int level = 1; level <= 3; ++level) {
            m_body.writeStartElement(u"text:table-of-content-entry-template"_qs);
            m_body.writeAttribute(u"text:outline-level"_qs, QString::number(level));
            m_body.writeAttribute(u"text:style-name"_qs, u"Contents_20_%1"_qs.arg(level));
            m_body.writeEmptyElement(u"text:index-entry-link-start"_qs);
            m_body.writeEmptyElement(u"text:index-entry-text"_qs);
            m_body.writeEmptyElement(u"text:index-entry-tab-stop"_qs);
            m_body.writeAttribute(u"style:type"_qs, u"right"_qs);
            m_body.writeAttribute(u"style:leader-char"_qs, u"."_qs);
            m_body.writeEmptyElement(u"text:index-entry-page-number"_qs);
            m_body.writeEmptyElement(u"text:index-entry-link-end"_qs);
            m_body.writeEndElement();
        }
        for (int level = 1; level <= 3; ++level) {
            m_body.writeStartElement(u"text:index-source-styles"_qs);
            m_body.writeAttribute(u"text:outline-level"_qs, QString::number(level));
            m_body.writeEmptyElement(u"text:index-source-style"_qs);
            m_body.writeAttribute(u"text:style-name"_qs, odt::headingStyle(level, true));
            m_body.writeEndElement();
        }
        m_body.writeEndElement(); // source
        // The entries as they stand, so that the contents shows before the first update; the page numbers
        // are the word processor's (its pages are not the PDF's).
        m_body.writeStartElement(u"text:index-body"_qs);
        m_body.writeStartElement(u"text:index-title"_qs);
        m_body.writeAttribute(u"text:name"_qs, u"Inhalt_Head"_qs);
        m_body.writeStartElement(u"text:p"_qs);
        m_body.writeAttribute(u"text:style-name"_qs, u"Contents_20_Heading"_qs);
        writeText(m_body, b.text);
        m_body.writeEndElement();
        m_body.writeEndElement();
        int entry = 0;
        for (const PdfDocument::Block &h : m_blocks) {
            if (h.kind != PdfDocument::Block::Heading || !h.inContents)
                continue;
            m_body.writeStartElement(u"text:p"_qs);
            m_body.writeAttribute(u"text:style-name"_qs, u"Contents_20_%1"_qs.arg(std::clamp(h.level, 1, 3)));
            // A link to its heading, so that the entries lead there before the first update too.
            m_body.writeStartElement(u"text:a"_qs);
            m_body.writeAttribute(u"xlink:type"_qs, u"simple"_qs);
            m_body.writeAttribute(u"xlink:href"_qs, u"#__RefHeading__%1"_qs.arg(++entry));
            writeText(m_body, h.text);
            m_body.writeEndElement();
            m_body.writeEndElement();
        }
        m_body.writeEndElement(); // index-body
        m_body.writeEndElement();
    }

    double contentWidth() const { return PdfDocument::contentSize(m_orientation).width(); }

    void table(const PdfDocument::Block &b)
    {
        if (b.rows.isEmpty() || b.columns.isEmpty())
            return; // as in the PDF: a table without rows prints nothing
        const int n = ++m_tables;
        const QString name = u"Tab%1"_qs.arg(n);
        m_styles.writeStartElement(u"style:style"_qs);
        m_styles.writeAttribute(u"style:name"_qs, name);
        m_styles.writeAttribute(u"style:family"_qs, u"table"_qs);
        const QString master = std::exchange(m_master, QString());
        if (!master.isEmpty())
            m_styles.writeAttribute(u"style:master-page-name"_qs, master);
        m_styles.writeEmptyElement(u"style:table-properties"_qs);
        m_styles.writeAttribute(u"style:width"_qs, odt::length(contentWidth()));
        m_styles.writeAttribute(u"table:align"_qs, u"margins"_qs);
        m_styles.writeAttribute(u"fo:margin-top"_qs, u"1mm"_qs);
        m_styles.writeAttribute(u"fo:margin-bottom"_qs, u"3mm"_qs);
        m_styles.writeEndElement();
        double sum = 0;
        for (const Column &c : b.columns)
            sum += std::max(c.share, 0.0);
        for (qsizetype i = 0; i < b.columns.size(); ++i) {
            const double share = sum > 0 ? std::max(b.columns[i].share, 0.0) / sum : 1.0 / b.columns.size();
            m_styles.writeStartElement(u"style:style"_qs);
            m_styles.writeAttribute(u"style:name"_qs, u"%1.%2"_qs.arg(name).arg(i + 1));
            m_styles.writeAttribute(u"style:family"_qs, u"table-column"_qs);
            m_styles.writeEmptyElement(u"style:table-column-properties"_qs);
            m_styles.writeAttribute(u"style:column-width"_qs, odt::length(contentWidth() * share));
            m_styles.writeAttribute(u"style:rel-width"_qs, u"%1*"_qs.arg(qRound(share * 10000)));
            m_styles.writeEndElement();
        }

        m_body.writeStartElement(u"table:table"_qs);
        m_body.writeAttribute(u"table:name"_qs, Tr::tr("Tabelle%1").arg(n));
        m_body.writeAttribute(u"table:style-name"_qs, name);
        for (qsizetype i = 0; i < b.columns.size(); ++i) {
            m_body.writeEmptyElement(u"table:table-column"_qs);
            m_body.writeAttribute(u"table:style-name"_qs, u"%1.%2"_qs.arg(name).arg(i + 1));
        }
        if (b.header) {
            QStringList titles;
            for (const Column &c : b.columns)
                titles.append(c.title);
            m_body.writeStartElement(u"table:table-header-rows"_qs);
            row(b, titles, true);
            m_body.writeEndElement();
        }
        for (const QStringList &r : b.rows)
            row(b, r, false);
        m_body.writeEndElement();
    }

    void row(const PdfDocument::Block &b, const QStringList &cells, bool header)
    {
        m_body.writeStartElement(u"table:table-row"_qs);
        m_body.writeAttribute(u"table:style-name"_qs, u"Zeile"_qs);
        for (qsizetype i = 0; i < b.columns.size(); ++i) {
            const Column &c = b.columns[i];
            m_body.writeStartElement(u"table:table-cell"_qs);
            m_body.writeAttribute(u"table:style-name"_qs, header ? u"Kopfzelle"_qs : u"Zelle"_qs);
            m_body.writeAttribute(u"office:value-type"_qs, u"string"_qs);
            m_body.writeStartElement(u"text:p"_qs);
            const QString align = c.align & Qt::AlignRight     ? u"end"_qs
                                  : c.align & Qt::AlignHCenter ? u"center"_qs
                                                               : QString();
            // The table itself carries the change of page.
            m_body.writeAttribute(u"text:style-name"_qs,
                                  paragraphStyle(odt::cellStyle(header, c.bold, b.compact), align, false));
            writeText(m_body, cells.value(i));
            m_body.writeEndElement();
            m_body.writeEndElement();
        }
        m_body.writeEndElement();
    }

    void figure(const PdfDocument::Block &b, qsizetype index)
    {
        const int n = ++m_figures;
        const QSizeF content = PdfDocument::contentSize(m_orientation);
        const QSizeF size(content.width(), std::clamp(b.height, 1.0, content.height()));
        const QString base = u"Pictures/abbildung%1"_qs.arg(n);
        const QString alt = figureAltText(m_blocks, index);
        m_pictures.append({base + u".svg"_qs, u"image/svg+xml"_qs, svg(b, size, alt)});
        m_pictures.append({base + u".png"_qs, u"image/png"_qs, png(b, size)});

        m_body.writeStartElement(u"text:p"_qs);
        m_body.writeAttribute(u"text:style-name"_qs, paragraphStyle(u"Tfp_20_Abbildung"_qs));
        m_body.writeStartElement(u"draw:frame"_qs);
        m_body.writeAttribute(u"draw:style-name"_qs, u"Bild"_qs);
        m_body.writeAttribute(u"draw:name"_qs, Tr::tr("Abbildung %1").arg(n));
        m_body.writeAttribute(u"text:anchor-type"_qs, u"as-char"_qs);
        m_body.writeAttribute(u"svg:width"_qs, odt::length(size.width()));
        m_body.writeAttribute(u"svg:height"_qs, odt::length(size.height()));
        m_body.writeAttribute(u"draw:z-index"_qs, u"0"_qs);
        // The first image a reader can show is the one it shows (ODF 1.2, 10.4.2): the SVG, else the PNG.
        for (const QString &ext : {u".svg"_qs, u".png"_qs}) {
            m_body.writeEmptyElement(u"draw:image"_qs);
            m_body.writeAttribute(u"xlink:href"_qs, base + ext);
            m_body.writeAttribute(u"xlink:type"_qs, u"simple"_qs);
            m_body.writeAttribute(u"xlink:show"_qs, u"embed"_qs);
            m_body.writeAttribute(u"xlink:actuate"_qs, u"onLoad"_qs);
        }
        // Title and description, as a word processor's "Text Alternative" and "Description": the title names
        // the figure, the description says what it shows in a sentence (while a figure has none, the title
        // stands alone).
        m_body.writeTextElement(u"svg:title"_qs, odtText(figureTitle(m_blocks, index)));
        if (!b.alt.trimmed().isEmpty())
            m_body.writeTextElement(u"svg:desc"_qs, odtText(b.alt));
        m_body.writeEndElement();
        m_body.writeEndElement();
    }

    static QByteArray svg(const PdfDocument::Block &b, const QSizeF &size, const QString &alt)
    {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        QSvgGenerator svg;
        svg.setOutputDevice(&buffer);
        // The picture says what it shows also when it is taken out of the document. QSvgGenerator writes
        // title and description as they are: escaped here.
        svg.setTitle(odtText(alt).toHtmlEscaped());
        svg.setDescription(odtText(alt).toHtmlEscaped());
        // In layout units at kDpi, as on the PDF page: the SVG's width and height come out in millimetres.
        svg.setResolution(kDpi);
        svg.setSize(size.toSize());
        svg.setViewBox(QRectF(QPointF(0, 0), size));
        QPainter p(&svg);
        b.paint(p, QRectF(QPointF(0, 0), size));
        p.end();
        return bytes;
    }

    static QByteArray png(const PdfDocument::Block &b, const QSizeF &size)
    {
        const double scale = kPngDpi / kDpi;
        QImage img((size * scale).toSize(), QImage::Format_RGB32);
        // The image claims kDpi so that fonts given in points are sized as on the PDF page; the painter
        // scales.
        img.setDotsPerMeterX(qRound(kDpi / 0.0254));
        img.setDotsPerMeterY(qRound(kDpi / 0.0254));
        img.fill(Qt::white);
        {
            QPainter p(&img);
            p.setRenderHint(QPainter::Antialiasing);
            p.scale(scale, scale);
            b.paint(p, QRectF(QPointF(0, 0), size));
        }
        img.setDotsPerMeterX(qRound(kPngDpi / 0.0254));
        img.setDotsPerMeterY(qRound(kPngDpi / 0.0254));
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        img.save(&buffer, "PNG");
        return bytes;
    }

    const QList<PdfDocument::Block> &m_blocks;
    QByteArray m_stylesBuffer;
    QByteArray m_bodyBuffer;
    QXmlStreamWriter m_styles{&m_stylesBuffer};
    QXmlStreamWriter m_body{&m_bodyBuffer};
    QByteArray m_stylesXml; // the buffers once the writers are done
    QByteArray m_bodyXml;
    QHash<QString, QString> m_paragraphStyles;
    QList<exchange::odf::Part> m_pictures;
    QString m_master; // the page style the next paragraph or table starts on, empty: goes on on the page
    QPageLayout::Orientation m_orientation = QPageLayout::Portrait;
    int m_tables = 0;
    int m_marks = 0; // of the headings in the contents, in order
    int m_figures = 0;
};

} // namespace

QString documentLanguage()
{
    return QLocale().language() == QLocale::English ? u"en-GB"_qs : u"de-DE"_qs;
}

QString odtText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text[i].unicode();
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            out += text[i];
            out += text[++i];
            continue;
        }
        if (c == u'\r') {
            if (i + 1 < text.size() && text[i + 1] == u'\n')
                continue;
            c = u'\n';
        } else if (c == QChar::LineSeparator || c == QChar::ParagraphSeparator) {
            c = u'\n';
        }
        if (keptInXml(c))
            out += QChar(char16_t(c));
    }
    return out;
}

QString odtStyleName(Style style)
{
    return odt::paragraphStyleName(style);
}

QString figureTitle(const QList<PdfDocument::Block> &blocks, qsizetype index)
{
    for (qsizetype i = index - 1; i >= 0; --i) {
        const PdfDocument::Block &p = blocks[i];
        if (p.kind == PdfDocument::Block::Paragraph && i == index - 1 && !p.text.trimmed().isEmpty())
            return p.text;
        if (p.kind == PdfDocument::Block::Heading)
            return p.text;
    }
    return Tr::tr("Abbildung");
}

QString figureAltText(const QList<PdfDocument::Block> &blocks, qsizetype index)
{
    const PdfDocument::Block &b = blocks.at(index);
    return b.alt.trimmed().isEmpty() ? figureTitle(blocks, index) : b.alt;
}

QByteArray odtBytes(const PdfDocument &doc, const QString &language)
{
    OdtWriter w(doc);
    w.write();
    QList<exchange::odf::Part> parts{
        {u"content.xml"_qs, u"text/xml"_qs, w.content()},
        {u"styles.xml"_qs, u"text/xml"_qs, odt::styles(doc.info(), language)},
        {u"meta.xml"_qs, u"text/xml"_qs, odt::meta(doc.info(), language)},
    };
    parts += w.pictures();
    return exchange::odf::package(u"application/vnd.oasis.opendocument.text"_qs, parts);
}

void writeOdt(const PdfDocument &doc, const QString &path, const QString &language)
{
    fileio::writeAtomically(path, odtBytes(doc, language));
}

} // namespace tfp::report
