#include "odtreader.h"

#include "report/odtdocument.h"

#include <QHash>
#include <QXmlStreamReader>

#include <minizip/unzip.h>

namespace tfp::test {

using Block = report::PdfDocument::Block;

namespace {

const QHash<QString, QString> kNs{
    {u"office"_qs, u"urn:oasis:names:tc:opendocument:xmlns:office:1.0"_qs},
    {u"style"_qs, u"urn:oasis:names:tc:opendocument:xmlns:style:1.0"_qs},
    {u"text"_qs, u"urn:oasis:names:tc:opendocument:xmlns:text:1.0"_qs},
    {u"table"_qs, u"urn:oasis:names:tc:opendocument:xmlns:table:1.0"_qs},
    {u"draw"_qs, u"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"_qs},
    {u"xlink"_qs, u"http://www.w3.org/1999/xlink"_qs},
    {u"svg"_qs, u"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"_qs},
};

bool is(const QXmlStreamReader &r, const char *prefix, const char *name)
{
    return r.name() == QLatin1StringView(name) && r.namespaceUri() == kNs.value(QString::fromLatin1(prefix));
}

QString attr(const QXmlStreamReader &r, const char *prefix, const char *name)
{
    return r.attributes().value(kNs.value(QString::fromLatin1(prefix)), QLatin1StringView(name)).toString();
}

QHash<QString, QByteArray> unzip(const QString &path, QStringList &order, QString &error)
{
    QHash<QString, QByteArray> parts;
    unzFile z = unzOpen64(path.toLocal8Bit().constData());
    if (!z) {
        error = u"not a zip file"_qs;
        return parts;
    }
    for (int rc = unzGoToFirstFile(z); rc == UNZ_OK; rc = unzGoToNextFile(z)) {
        char name[1024];
        unz_file_info64 info;
        if (unzGetCurrentFileInfo64(z, &info, name, sizeof name, nullptr, 0, nullptr, 0) != UNZ_OK ||
            unzOpenCurrentFile(z) != UNZ_OK) {
            error = u"unreadable entry"_qs;
            break;
        }
        QByteArray bytes(qsizetype(info.uncompressed_size), '\0');
        const int n = unzReadCurrentFile(z, bytes.data(), unsigned(bytes.size()));
        unzCloseCurrentFile(z);
        if (n != bytes.size()) {
            error = u"short entry %1"_qs.arg(QString::fromUtf8(name));
            break;
        }
        order.append(QString::fromUtf8(name));
        parts.insert(order.last(), bytes);
    }
    unzClose(z);
    return parts;
}

// The text of the current element up to its end, with ODF's white-space rules (ODF 1.2, 6.1.2): in the
// character data a run of white space is one space, dropped at the start and the end of the paragraph;
// text:s, text:tab and text:line-break stand for the characters they name. A draw:frame is read into figure.
QString readText(QXmlStreamReader &r, Block *figure = nullptr)
{
    QString out;
    bool collapsing = true; // at the start, or after a space from the character data
    qsizetype literal = -1; // where the last space from the character data went
    int depth = 1;
    while (depth > 0 && !r.atEnd()) {
        r.readNext();
        if (r.isCharacters()) {
            for (const QChar c : r.text()) {
                if (c == u' ' || c == u'\t' || c == u'\n' || c == u'\r') {
                    if (!collapsing) {
                        literal = out.size();
                        out += u' ';
                    }
                    collapsing = true;
                } else {
                    out += c;
                    collapsing = false;
                }
            }
        } else if (r.isStartElement()) {
            ++depth;
            collapsing = false;
            if (is(r, "text", "s"))
                out += QString(std::max(1, attr(r, "text", "c").toInt()), u' ');
            else if (is(r, "text", "tab"))
                out += u'\t';
            else if (is(r, "text", "line-break"))
                out += u'\n';
            else if (is(r, "draw", "image") && figure)
                figure->text += (figure->text.isEmpty() ? u""_qs : u"|"_qs) + attr(r, "xlink", "href");
            else if ((is(r, "svg", "title") || is(r, "svg", "desc")) && figure) {
                // The description (the alternative text) where there is one, else the title.
                figure->kind = Block::Figure;
                figure->alt = r.readElementText();
                --depth;
            }
        } else if (r.isEndElement()) {
            --depth;
        }
    }
    if (literal >= 0 && literal == out.size() - 1)
        out.chop(1);
    return out;
}

struct AutoStyle
{
    QString parent;
    QString master;
};

QString resolve(const QHash<QString, AutoStyle> &autos, const QString &name)
{
    return autos.contains(name) ? autos[name].parent : name;
}

report::Style styleNamed(const QString &name)
{
    for (int s = int(report::Style::Body); s <= int(report::Style::Heading3); ++s)
        if (report::odtStyleName(report::Style(s)) == name)
            return report::Style(s);
    return report::Style(-1);
}

} // namespace

OdtFile readOdt(const QString &path)
{
    OdtFile f;
    f.parts = unzip(path, f.order, f.error);
    if (!f.error.isEmpty())
        return f;
    QXmlStreamReader r(f.parts.value(u"content.xml"_qs));
    QHash<QString, AutoStyle> autos;
    QString pendingMaster;
    const auto pageBreak = [&](const QString &style) {
        const QString master = autos.value(style).master;
        if (master == u"Landscape"_qs || master == u"Standard"_qs) {
            Block b;
            b.kind = Block::PageBreak;
            b.orientation = master == u"Landscape"_qs ? QPageLayout::Landscape : QPageLayout::Portrait;
            f.blocks.append(b);
        }
    };
    bool inText = false;
    while (!r.atEnd()) {
        r.readNext();
        if (!r.isStartElement()) {
            if (r.isEndElement() && is(r, "office", "text"))
                inText = false;
            continue;
        }
        if (is(r, "style", "style")) {
            autos.insert(attr(r, "style", "name"),
                         {attr(r, "style", "parent-style-name"), attr(r, "style", "master-page-name")});
        } else if (is(r, "office", "text")) {
            inText = true;
        } else if (inText && is(r, "text", "h")) {
            const QString style = attr(r, "text", "style-name");
            pageBreak(style);
            Block b;
            b.kind = Block::Heading;
            b.level = attr(r, "text", "outline-level").toInt();
            b.inContents = resolve(autos, style).startsWith(u"Heading_20_"_qs);
            b.text = readText(r);
            f.blocks.append(b);
        } else if (inText && is(r, "text", "p")) {
            const QString style = attr(r, "text", "style-name");
            pageBreak(style);
            Block b;
            b.kind = Block::Paragraph;
            b.style = styleNamed(resolve(autos, style));
            const QString text = readText(r, &b);
            if (b.kind == Block::Paragraph)
                b.text = text;
            f.blocks.append(b);
        } else if (inText && is(r, "table", "table")) {
            pageBreak(attr(r, "table", "style-name"));
            Block b;
            b.kind = Block::Table;
            b.header = false;
            bool headerRows = false;
            while (!r.atEnd() && !(r.isEndElement() && is(r, "table", "table"))) {
                r.readNext();
                if (r.isStartElement() && is(r, "table", "table-column"))
                    b.columns.append(report::Column{});
                else if (r.isStartElement() && is(r, "table", "table-header-rows"))
                    headerRows = b.header = true;
                else if (r.isEndElement() && is(r, "table", "table-header-rows"))
                    headerRows = false;
                else if (r.isStartElement() && is(r, "table", "table-row"))
                    b.rows.append(QStringList());
                else if (r.isStartElement() && is(r, "text", "p"))
                    b.rows.last().append(readText(r));
                if (r.isEndElement() && is(r, "table", "table-row") && headerRows) {
                    const QStringList titles = b.rows.takeLast();
                    for (qsizetype i = 0; i < titles.size() && i < b.columns.size(); ++i)
                        b.columns[i].title = titles[i];
                }
            }
            f.blocks.append(b);
        } else if (inText && is(r, "text", "table-of-content")) {
            Block b;
            b.kind = Block::Contents;
            while (!r.atEnd() && !(r.isEndElement() && is(r, "text", "table-of-content"))) {
                r.readNext();
                if (r.isStartElement() && is(r, "text", "index-title")) {
                    r.readNextStartElement();
                    b.text = readText(r);
                } else if (r.isStartElement() && is(r, "text", "p")) {
                    b.rows.append({readText(r)});
                }
            }
            f.blocks.append(b);
        }
    }
    if (r.hasError())
        f.error = u"content.xml, line %1: %2"_qs.arg(r.lineNumber()).arg(r.errorString());
    return f;
}

QList<Block> expectedOdtBlocks(const QList<Block> &blocks)
{
    QList<Block> out;
    Block contents;
    contents.kind = Block::Contents;
    for (const Block &b : blocks)
        if (b.kind == Block::Heading && b.inContents)
            contents.rows.append({report::odtText(b.text)});
    std::optional<Block> pending;
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        Block b = blocks[i];
        switch (b.kind) {
        case Block::Space:
            continue;
        case Block::PageBreak:
            pending = b;
            continue;
        case Block::Table:
            if (b.rows.isEmpty() || b.columns.isEmpty())
                continue;
            break;
        case Block::Contents:
            pending.reset(); // the contents' title breaks the page by its style
            contents.text = b.text;
            b = contents;
            break;
        case Block::Figure:
            b.alt = report::figureAltText(blocks, i);
            break;
        default:
            break;
        }
        if (pending)
            out.append(*std::exchange(pending, std::nullopt));
        out.append(b);
    }
    return out;
}

QString describe(const Block &b)
{
    const auto clean = [](const QString &s) { return report::odtText(s); };
    switch (b.kind) {
    case Block::Heading:
        return u"H%1%2 %3"_qs.arg(b.level).arg(b.inContents ? u""_qs : u" (not in contents)"_qs,
                                               clean(b.text));
    case Block::Paragraph:
        return u"P[%1] %2"_qs.arg(int(b.style)).arg(clean(b.text));
    case Block::Table: {
        QStringList parts;
        if (b.header) {
            QStringList titles;
            for (const auto &c : b.columns)
                titles.append(clean(c.title));
            parts.append(u"header: "_qs + titles.join(u" | "_qs));
        }
        for (const QStringList &row : b.rows) {
            QStringList cells;
            for (qsizetype i = 0; i < b.columns.size(); ++i)
                cells.append(clean(row.value(i)));
            parts.append(cells.join(u" | "_qs));
        }
        return u"T%1 columns; "_qs.arg(b.columns.size()) + parts.join(u"; "_qs);
    }
    case Block::Figure:
        return u"F alt: "_qs + clean(b.alt);
    case Block::PageBreak:
        return b.orientation == QPageLayout::Landscape ? u"break landscape"_qs : u"break portrait"_qs;
    case Block::Contents: {
        QStringList entries;
        for (const QStringList &e : b.rows)
            entries.append(e.value(0));
        return u"C %1: "_qs.arg(clean(b.text)) + entries.join(u"; "_qs);
    }
    case Block::Space:
        return u"space"_qs;
    }
    return {};
}

} // namespace tfp::test
