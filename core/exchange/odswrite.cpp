#include "odswrite.h"

#include "tr.h"

#include "error.h"
#include "fileio.h"
#include "odfpackage.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QLocale>
#include <QXmlStreamWriter>

namespace tfp::exchange {

namespace {

const QString kOffice = u"urn:oasis:names:tc:opendocument:xmlns:office:1.0"_qs;
const QString kStyle = u"urn:oasis:names:tc:opendocument:xmlns:style:1.0"_qs;
const QString kText = u"urn:oasis:names:tc:opendocument:xmlns:text:1.0"_qs;
const QString kTable = u"urn:oasis:names:tc:opendocument:xmlns:table:1.0"_qs;
const QString kNumber = u"urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"_qs;
const QString kFo = u"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"_qs;
const QString kConfig = u"urn:oasis:names:tc:opendocument:xmlns:config:1.0"_qs;

// Names are written with their prefixes, the namespaces declared once on the root: QXmlStreamWriter would
// otherwise look each namespace up by its URI for every element and attribute (an eighth of the CPU time).
void namespaces(QXmlStreamWriter &w)
{
    w.writeNamespace(kOffice, u"office"_qs);
    w.writeNamespace(kStyle, u"style"_qs);
    w.writeNamespace(kText, u"text"_qs);
    w.writeNamespace(kTable, u"table"_qs);
    w.writeNamespace(kNumber, u"number"_qs);
    w.writeNamespace(kFo, u"fo"_qs);
}

// XML 1.0 has no place for the other C0 controls, not even as a character reference: such a text is refused
// before anything is written, never cut or changed.
void checkText(const QString &shown, const Sheet &s, int row, int column, const QString &text)
{
    for (const QChar c : text)
        if (c.unicode() < 0x20 && c != u'\t' && c != u'\n' && c != u'\r')
            throw Error(
                Tr::tr("„%1“ wurde nicht geschrieben: Blatt „%2“, Zeile %3, Spalte „%4“ enthält das "
                       "Steuerzeichen U+%5, das eine OpenDocument-Tabelle nicht fassen kann; bitte den "
                       "Text korrigieren.")
                    .arg(shown, s.name)
                    .arg(row + 1)
                    .arg(s.header.value(column))
                    .arg(QString::number(c.unicode(), 16).toUpper().rightJustified(4, u'0')));
}

// A cell's text as ODF paragraphs: a line break starts a new text:p, a tab is text:tab, and every space that
// ODF's white-space rule would collapse or drop (leading, trailing, repeated) is text:s, so that the text
// reads back character for character.
void writeParagraphs(QXmlStreamWriter &w, const QString &text)
{
    for (const QString &line : text.split(u'\n')) {
        w.writeStartElement(u"text:p"_qs);
        QString run;
        const auto flush = [&] {
            if (!run.isEmpty())
                w.writeCharacters(run);
            run.clear();
        };
        for (qsizetype i = 0; i < line.size(); ++i) {
            const QChar c = line[i];
            if (c == u'\t') {
                flush();
                w.writeEmptyElement(u"text:tab"_qs);
            } else if (c == u'\r') {
                flush();
                w.writeEntityReference(u"#13"_qs); // a reference: a literal CR would be read as a line end
            } else if (c == u' ' && (i == 0 || i + 1 == line.size() || line[i - 1] == u' ' ||
                                     line[i + 1] == u' ' || line[i - 1] == u'\t' || line[i + 1] == u'\t')) {
                flush();
                qsizetype n = 1;
                while (i + n < line.size() && line[i + n] == u' ')
                    ++n;
                w.writeEmptyElement(u"text:s"_qs);
                if (n > 1)
                    w.writeAttribute(u"text:c"_qs, QString::number(n));
                i += n - 1;
            } else {
                run += c;
            }
        }
        flush();
        w.writeEndElement();
    }
}

QString columnName(int c)
{
    QString out;
    for (++c; c > 0; c = (c - 1) / 26)
        out.prepend(QChar(u'A' + (c - 1) % 26));
    return out;
}

QString quotedSheet(const QString &name)
{
    return u"'%1'"_qs.arg(QString(name).replace(u'\'', u"''"_qs));
}

void writeStyles(QXmlStreamWriter &w, const QList<Sheet> &sheets)
{
    w.writeStartElement(u"office:automatic-styles"_qs);
    // dd.MM.yyyy, as the CSV export and German Calc show dates.
    w.writeStartElement(u"number:date-style"_qs);
    w.writeAttribute(u"style:name"_qs, u"N1"_qs);
    for (const QString &part : {u"day"_qs, u"."_qs, u"month"_qs, u"."_qs, u"year"_qs}) {
        if (part == u".") {
            w.writeTextElement(u"number:text"_qs, part);
            continue;
        }
        w.writeEmptyElement(u"number:"_qs + part);
        w.writeAttribute(u"number:style"_qs, u"long"_qs);
    }
    w.writeEndElement();
    const auto twoDecimals = [&] {
        w.writeEmptyElement(u"number:number"_qs);
        w.writeAttribute(u"number:decimal-places"_qs, u"2"_qs);
        w.writeAttribute(u"number:min-decimal-places"_qs, u"2"_qs);
        w.writeAttribute(u"number:min-integer-digits"_qs, u"1"_qs);
        w.writeAttribute(u"number:grouping"_qs, u"true"_qs);
    };
    // 1.234.567,89 €
    w.writeStartElement(u"number:currency-style"_qs);
    w.writeAttribute(u"style:name"_qs, u"N2"_qs);
    twoDecimals();
    w.writeTextElement(u"number:text"_qs, u" "_qs);
    w.writeStartElement(u"number:currency-symbol"_qs);
    w.writeAttribute(u"number:language"_qs, u"de"_qs);
    w.writeAttribute(u"number:country"_qs, u"DE"_qs);
    w.writeCharacters(u"€"_qs);
    w.writeEndElement();
    w.writeEndElement();
    // #.##0,00, as the xlsx export shows decimals.
    w.writeStartElement(u"number:number-style"_qs);
    w.writeAttribute(u"style:name"_qs, u"N3"_qs);
    twoDecimals();
    w.writeEndElement();

    // One column style per width in use.
    QList<int> widths;
    for (const Sheet &s : sheets)
        for (int width : columnWidths(s))
            if (!widths.contains(width))
                widths << width;
    for (int width : widths) {
        w.writeStartElement(u"style:style"_qs);
        w.writeAttribute(u"style:name"_qs, u"co%1"_qs.arg(width));
        w.writeAttribute(u"style:family"_qs, u"table-column"_qs);
        w.writeEmptyElement(u"style:table-column-properties"_qs);
        // About 0.2 cm per character of the default 10-point font.
        w.writeAttribute(u"style:column-width"_qs, u"%1cm"_qs.arg(width * 0.2 + 0.2, 0, 'f', 2));
        w.writeEndElement();
    }

    const auto cellStyle = [&](const QString &name, const QString &dataStyle) {
        w.writeStartElement(u"style:style"_qs);
        w.writeAttribute(u"style:name"_qs, name);
        w.writeAttribute(u"style:family"_qs, u"table-cell"_qs);
        if (!dataStyle.isEmpty())
            w.writeAttribute(u"style:data-style-name"_qs, dataStyle);
    };
    cellStyle(u"ce1"_qs, {});
    w.writeEmptyElement(u"style:table-cell-properties"_qs);
    w.writeAttribute(u"fo:background-color"_qs, u"#dce6f1"_qs);
    w.writeAttribute(u"fo:border-bottom"_qs, u"0.06pt solid #000000"_qs);
    w.writeAttribute(u"fo:wrap-option"_qs, u"wrap"_qs);
    w.writeEmptyElement(u"style:text-properties"_qs);
    w.writeAttribute(u"fo:font-weight"_qs, u"bold"_qs);
    w.writeAttribute(u"style:font-weight-asian"_qs, u"bold"_qs);
    w.writeAttribute(u"style:font-weight-complex"_qs, u"bold"_qs);
    w.writeEndElement();
    cellStyle(u"ce2"_qs, u"N1"_qs);
    w.writeEndElement();
    cellStyle(u"ce3"_qs, u"N2"_qs);
    w.writeEndElement();
    cellStyle(u"ce4"_qs, u"N3"_qs);
    w.writeEndElement();
    w.writeEndElement(); // automatic-styles
}

// No value, or an empty text: an empty cell either way, as the importers read both.
bool isEmpty(const QVariant &v)
{
    return v.isNull() || !v.isValid() || (v.typeId() == QMetaType::QString && v.toString().isEmpty());
}

// A cell that has a value (empty ones are counted by the caller).
void writeCell(QXmlStreamWriter &w, const Sheet &s, int column, const QVariant &v)
{
    static const QLocale german(QLocale::German, QLocale::Germany);
    w.writeStartElement(u"table:table-cell"_qs);
    switch (v.typeId()) {
    case QMetaType::QDate: {
        const QDate d = v.toDate();
        w.writeAttribute(u"table:style-name"_qs, u"ce2"_qs);
        w.writeAttribute(u"office:value-type"_qs, u"date"_qs);
        w.writeAttribute(u"office:date-value"_qs, d.toString(Qt::ISODate));
        w.writeTextElement(u"text:p"_qs, d.toString(u"dd.MM.yyyy"_qs));
        break;
    }
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::Double: {
        const bool currency = s.currencyColumns.contains(column);
        const bool real = v.typeId() == QMetaType::Double;
        // The shortest text that reads back to the same double.
        const QString value = real ? QString::number(v.toDouble(), 'g', QLocale::FloatingPointShortest)
                                   : QString::number(v.toLongLong());
        if (currency || real)
            w.writeAttribute(u"table:style-name"_qs, currency ? u"ce3"_qs : u"ce4"_qs);
        w.writeAttribute(u"office:value-type"_qs, currency ? u"currency"_qs : u"float"_qs);
        if (currency)
            w.writeAttribute(u"office:currency"_qs, u"EUR"_qs);
        w.writeAttribute(u"office:value"_qs, value);
        w.writeTextElement(u"text:p"_qs, currency ? german.toString(v.toDouble(), 'f', 2) + u" €"_qs
                                         : real   ? german.toString(v.toDouble(), 'f', 2)
                                                  : value);
        break;
    }
    default:
        w.writeAttribute(u"office:value-type"_qs, u"string"_qs);
        writeParagraphs(w, v.toString());
    }
    w.writeEndElement();
}

// Written into the package as it goes: the whole programme's Leistungen are some 100 MB of XML, which are
// never held in memory whole.
void content(const QList<Sheet> &sheets, QIODevice &device)
{
    QXmlStreamWriter w(&device);
    w.writeStartDocument();
    namespaces(w);
    w.writeStartElement(u"office:document-content"_qs);
    w.writeAttribute(u"office:version"_qs, u"1.3"_qs);
    writeStyles(w, sheets);
    w.writeStartElement(u"office:body"_qs);
    w.writeStartElement(u"office:spreadsheet"_qs);
    for (const Sheet &s : sheets) {
        w.writeStartElement(u"table:table"_qs);
        w.writeAttribute(u"table:name"_qs, s.name);
        for (int width : columnWidths(s)) {
            w.writeEmptyElement(u"table:table-column"_qs);
            w.writeAttribute(u"table:style-name"_qs, u"co%1"_qs.arg(width));
        }
        // The header row repeats on every printed page, as a header does.
        w.writeStartElement(u"table:table-header-rows"_qs);
        w.writeStartElement(u"table:table-row"_qs);
        for (const QString &h : s.header) {
            w.writeStartElement(u"table:table-cell"_qs);
            w.writeAttribute(u"table:style-name"_qs, u"ce1"_qs);
            w.writeAttribute(u"office:value-type"_qs, u"string"_qs);
            writeParagraphs(w, h);
            w.writeEndElement();
        }
        w.writeEndElement();
        w.writeEndElement();
        for (const QVariantList &row : s.rows) {
            w.writeStartElement(u"table:table-row"_qs);
            // The empty cells at the end of a row are left out, as LibreOffice writes them; a run of three or
            // more is one repeated cell (shorter from three on).
            int empty = 0;
            bool written = false;
            for (int c = 0; c < row.size() && c < s.header.size(); ++c) {
                if (isEmpty(row[c])) {
                    ++empty;
                    continue;
                }
                if (empty >= 3) {
                    w.writeEmptyElement(u"table:table-cell"_qs);
                    w.writeAttribute(u"table:number-columns-repeated"_qs, QString::number(empty));
                } else {
                    for (; empty > 0; --empty)
                        w.writeEmptyElement(u"table:table-cell"_qs);
                }
                empty = 0;
                writeCell(w, s, c, row[c]);
                written = true;
            }
            if (!written) // a row has at least one cell
                w.writeEmptyElement(u"table:table-cell"_qs);
            w.writeEndElement();
        }
        w.writeEndElement();
    }
    // The filter buttons on every header, as the xlsx export has them.
    w.writeStartElement(u"table:database-ranges"_qs);
    for (qsizetype i = 0; i < sheets.size(); ++i) {
        const Sheet &s = sheets[i];
        if (s.header.isEmpty())
            continue;
        const QString name = quotedSheet(s.name);
        w.writeEmptyElement(u"table:database-range"_qs);
        w.writeAttribute(u"table:name"_qs, u"__Anonymous_Sheet_DB__%1"_qs.arg(i));
        w.writeAttribute(
            kTable, u"target-range-address"_qs,
            u"%1.A1:%1.%2%3"_qs.arg(name, columnName(int(s.header.size()) - 1)).arg(s.rows.size() + 1));
        w.writeAttribute(u"table:display-filter-buttons"_qs, u"true"_qs);
    }
    w.writeEndElement();
    w.writeEndElement(); // spreadsheet
    w.writeEndElement(); // body
    w.writeEndElement(); // document-content
    w.writeEndDocument();
}

QByteArray styles()
{
    QByteArray xml;
    QXmlStreamWriter w(&xml);
    w.writeStartDocument();
    namespaces(w);
    w.writeStartElement(u"office:document-styles"_qs);
    w.writeAttribute(u"office:version"_qs, u"1.3"_qs);
    w.writeStartElement(u"office:styles"_qs);
    w.writeStartElement(u"style:default-style"_qs);
    w.writeAttribute(u"style:family"_qs, u"table-cell"_qs);
    w.writeEmptyElement(u"style:text-properties"_qs);
    w.writeAttribute(u"fo:language"_qs, u"de"_qs);
    w.writeAttribute(u"fo:country"_qs, u"DE"_qs);
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndDocument();
    return xml;
}

// The header row frozen on every sheet: LibreOffice keeps the view in settings.xml (split mode 2 = frozen).
QByteArray settings(const QList<Sheet> &sheets)
{
    QByteArray xml;
    QXmlStreamWriter w(&xml);
    w.writeStartDocument();
    w.writeNamespace(kOffice, u"office"_qs);
    w.writeNamespace(kConfig, u"config"_qs);
    w.writeStartElement(u"office:document-settings"_qs);
    w.writeAttribute(u"office:version"_qs, u"1.3"_qs);
    w.writeStartElement(u"office:settings"_qs);
    w.writeStartElement(u"config:config-item-set"_qs);
    w.writeAttribute(u"config:name"_qs, u"ooo:view-settings"_qs);
    w.writeStartElement(u"config:config-item-map-indexed"_qs);
    w.writeAttribute(u"config:name"_qs, u"Views"_qs);
    w.writeStartElement(u"config:config-item-map-entry"_qs);
    const auto item = [&](const QString &name, const QString &type, const QString &value) {
        w.writeStartElement(u"config:config-item"_qs);
        w.writeAttribute(u"config:name"_qs, name);
        w.writeAttribute(u"config:type"_qs, type);
        w.writeCharacters(value);
        w.writeEndElement();
    };
    item(u"ViewId"_qs, u"string"_qs, u"view1"_qs);
    w.writeStartElement(u"config:config-item-map-named"_qs);
    w.writeAttribute(u"config:name"_qs, u"Tables"_qs);
    for (const Sheet &s : sheets) {
        w.writeStartElement(u"config:config-item-map-entry"_qs);
        w.writeAttribute(u"config:name"_qs, s.name);
        item(u"HorizontalSplitMode"_qs, u"short"_qs, u"0"_qs);
        item(u"VerticalSplitMode"_qs, u"short"_qs, u"2"_qs);
        item(u"HorizontalSplitPosition"_qs, u"int"_qs, u"0"_qs);
        item(u"VerticalSplitPosition"_qs, u"int"_qs, u"1"_qs);
        item(u"ActiveSplitRange"_qs, u"short"_qs, u"2"_qs);
        item(u"PositionLeft"_qs, u"int"_qs, u"0"_qs);
        item(u"PositionRight"_qs, u"int"_qs, u"0"_qs);
        item(u"PositionTop"_qs, u"int"_qs, u"0"_qs);
        item(u"PositionBottom"_qs, u"int"_qs, u"1"_qs);
        w.writeEndElement();
    }
    w.writeEndElement();
    if (!sheets.isEmpty())
        item(u"ActiveTable"_qs, u"string"_qs, sheets.first().name);
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndDocument();
    return xml;
}

} // namespace

QByteArray odsBytes(const QList<Sheet> &sheets, const QString &shown)
{
    for (const Sheet &s : sheets) {
        for (int c = 0; c < s.header.size(); ++c)
            checkText(shown, s, 0, c, s.header[c]);
        for (int r = 0; r < s.rows.size(); ++r)
            for (int c = 0; c < s.rows[r].size() && c < s.header.size(); ++c)
                if (const QVariant &v = s.rows[r][c]; v.typeId() == QMetaType::QString)
                    checkText(shown, s, r + 1, c, v.toString());
    }
    return odf::package(u"application/vnd.oasis.opendocument.spreadsheet"_qs,
                        {{u"content.xml"_qs, u"text/xml"_qs, {}, [&](QIODevice &d) { content(sheets, d); }},
                         {u"styles.xml"_qs, u"text/xml"_qs, styles()},
                         {u"settings.xml"_qs, u"text/xml"_qs, settings(sheets)}});
}

void writeOds(const QList<Sheet> &sheets, const QString &path)
{
    fileio::writeAtomically(path, odsBytes(sheets, QDir::toNativeSeparators(path)));
}

} // namespace tfp::exchange
