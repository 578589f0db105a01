#include "odsread.h"

#include "tr.h"

#include "error.h"
#include "zipread.h"

#include <QCoreApplication>

#include <algorithm>

namespace tfp::exchange::ods {

namespace {

using namespace zip;

const QString kSpreadsheetType = u"application/vnd.oasis.opendocument.spreadsheet"_qs;
// More rows than any spreadsheet program has (Excel 1,048,576; LibreOffice up to 16,777,216) is hostile.
constexpr qint64 kMaxRowNumber = 16'777'216;

QString notZip(const QString &source)
{
    return Tr::tr("„%1“ ist keine lesbare ZIP-Datei und damit keine OpenDocument-Tabelle (.ods).")
        .arg(source);
}

// The spreadsheet as a zip: checked for its type and for encryption before content.xml is read.
class Spreadsheet : public Archive
{
public:
    Spreadsheet(const QByteArray &bytes, const QString &source) : Archive(bytes, source, notZip(source))
    {
        if (has(u"mimetype"_qs)) {
            Part type(*this, u"mimetype"_qs);
            QByteArray mimetype(200, '\0');
            const int n = unzReadCurrentFile(zip(), mimetype.data(), unsigned(mimetype.size()));
            mimetype.truncate(std::max(n, 0));
            if (QString::fromUtf8(mimetype).trimmed() != kSpreadsheetType)
                throw Error(
                    Tr::tr("„%1“ ist ein OpenDocument-Dokument vom Typ „%2“, aber keine Tabelle (.ods). "
                           "Bitte die Tabelle in LibreOffice Calc als .ods speichern.")
                        .arg(source, QString::fromUtf8(mimetype.left(100)).trimmed()));
        }
        if (has(u"META-INF/manifest.xml"_qs)) {
            Part manifest(*this, u"META-INF/manifest.xml"_qs);
            while (!manifest.atEnd())
                if (manifest.next();
                    manifest.xml.isStartElement() && manifest.xml.name() == u"encryption-data")
                    throw Error(
                        Tr::tr("„%1“ ist mit einem Kennwort verschlüsselt und kann nicht gelesen werden. "
                               "Bitte die Tabelle in LibreOffice ohne Kennwort speichern (Datei › "
                               "Speichern unter…, „Mit Kennwort speichern“ abwählen).")
                            .arg(source));
            manifest.check();
        }
        if (!has(u"content.xml"_qs))
            throw Error(Tr::tr("„%1“ ist eine ZIP-Datei, aber keine OpenDocument-Tabelle (.ods): ihr fehlt "
                               "„content.xml“.")
                            .arg(source));
    }
};

// A repeat attribute: 1 when absent; an absurd or negative count is refused by the caller's limits, so it is
// read as a wide number here and never trusted as an int.
qint64 repeat(const QXmlStreamAttributes &a, QStringView name)
{
    const QStringView v = a.value(u"urn:oasis:names:tc:opendocument:xmlns:table:1.0"_qs, name.toString());
    if (v.isEmpty())
        return 1;
    bool ok = false;
    const qint64 n = v.toLongLong(&ok);
    return ok && n >= 1 ? n : -1;
}

bool isTable(const QXmlStreamReader &xml, QStringView name)
{
    return xml.name() == name && xml.namespaceUri() == u"urn:oasis:names:tc:opendocument:xmlns:table:1.0";
}
bool isText(const QXmlStreamReader &xml, QStringView name)
{
    return xml.name() == name && xml.namespaceUri() == u"urn:oasis:names:tc:opendocument:xmlns:text:1.0";
}
bool isOffice(const QXmlStreamReader &xml, QStringView name)
{
    return xml.name() == name && xml.namespaceUri() == u"urn:oasis:names:tc:opendocument:xmlns:office:1.0";
}

// Skips to the end of the element just started.
void skip(Part &part)
{
    for (int depth = 1; depth > 0 && !part.atEnd();) {
        part.next();
        if (part.xml.isStartElement())
            ++depth;
        else if (part.xml.isEndElement())
            --depth;
    }
}

// The text of the cell just started, up to its end: paragraphs joined by line breaks, text:s as its spaces,
// text:tab and text:line-break as such; comments (office:annotation) are not part of it.
QString cellText(Part &part, const std::function<Error()> &tooLong)
{
    QString out;
    int paragraphs = 0;
    const auto add = [&](const QString &s) {
        if (out.size() + s.size() > kMaxCellText)
            throw tooLong();
        out += s;
    };
    for (int depth = 1; depth > 0 && !part.atEnd();) {
        part.next();
        const QXmlStreamReader &xml = part.xml;
        if (xml.isStartElement()) {
            if (isOffice(xml, u"annotation")) {
                skip(part);
                continue;
            }
            ++depth;
            if (isText(xml, u"p") || isText(xml, u"h")) {
                if (paragraphs++ > 0)
                    add(u"\n"_qs);
            } else if (isText(xml, u"s")) {
                const QStringView c =
                    xml.attributes().value(u"urn:oasis:names:tc:opendocument:xmlns:text:1.0"_qs, u"c"_qs);
                const qint64 n = c.isEmpty() ? 1 : c.toLongLong();
                if (n < 0 || n > kMaxCellText)
                    throw tooLong();
                add(QString(qsizetype(n), u' '));
            } else if (isText(xml, u"tab")) {
                add(u"\t"_qs);
            } else if (isText(xml, u"line-break")) {
                add(u"\n"_qs);
            }
        } else if (xml.isEndElement()) {
            --depth;
        } else if (xml.isCharacters() && depth > 1) {
            // Line ends in the XML itself are layout of the file (ODF's white-space rule), not text.
            add(xml.text().toString().replace(u'\n', u' '));
        }
    }
    return out;
}

// The value of a cell by its type: the number, currency or percentage as its plain number, a date as an ISO
// date, a boolean as "ja"/"nein", anything else as its text.
QString cellValue(const QXmlStreamAttributes &a, const QString &text)
{
    const QString office = u"urn:oasis:names:tc:opendocument:xmlns:office:1.0"_qs;
    const QStringView type = a.value(office, u"value-type"_qs);
    if (type == u"float" || type == u"currency" || type == u"percentage") {
        const QStringView v = a.value(office, u"value"_qs);
        return v.isEmpty() ? text : v.toString();
    }
    if (type == u"date") {
        QString v = a.value(office, u"date-value"_qs).toString();
        // A date without a time of day, as LibreOffice writes a date cell with a time format of midnight.
        if (const qsizetype t = v.indexOf(u'T'); t == 10) {
            const QString time = v.mid(11);
            if (time == u"00:00:00" || time.startsWith(u"00:00:00."))
                v.truncate(10);
        }
        return v.isEmpty() ? text : v;
    }
    if (type == u"boolean") {
        const QStringView v = a.value(office, u"boolean-value"_qs);
        return v == u"true" ? u"ja"_qs : v == u"false" ? u"nein"_qs : text;
    }
    return text;
}

QStringList tableNames(Archive &zip)
{
    QStringList out;
    Part part(zip, u"content.xml"_qs);
    int depth = 0; // inside a table: a table in a cell is no sheet
    while (!part.atEnd()) {
        part.next();
        if (part.xml.isStartElement() && isTable(part.xml, u"table")) {
            if (depth++ == 0)
                out << part.xml.attributes()
                           .value(u"urn:oasis:names:tc:opendocument:xmlns:table:1.0"_qs, u"name"_qs)
                           .toString();
            if (out.size() > kMaxColumns)
                throw Error(Tr::tr("„%1“: die Arbeitsmappe hat zu viele Tabellenblätter.").arg(zip.source()));
        } else if (part.xml.isEndElement() && isTable(part.xml, u"table")) {
            --depth;
        }
    }
    part.check();
    if (out.isEmpty())
        throw Error(Tr::tr("„%1“: die Arbeitsmappe hat keine Tabellenblätter.").arg(zip.source()));
    return out;
}

} // namespace

bool isOpenDocument(const QByteArray &bytes)
{
    try {
        Archive zip(bytes, {}, {});
        return zip.has(u"content.xml"_qs) && !zip.has(u"xl/workbook.xml"_qs);
    } catch (const Error &) {
        return false;
    }
}

QStringList sheetNames(const QByteArray &bytes, const QString &source)
{
    Spreadsheet zip(bytes, source);
    return tableNames(zip);
}

tabular::Table readSheet(const QByteArray &bytes, const QString &source, const QString &sheet)
{
    Spreadsheet zip(bytes, source);
    const QStringList names = tableNames(zip);
    const qsizetype chosen = zip::chooseSheet(names, sheet, source);

    tabular::Table t;
    t.source = source;
    t.encoding = u"ods"_qs;
    t.sheet = names[chosen];
    Part part(zip, u"content.xml"_qs);
    const QXmlStreamReader &xml = part.xml;

    // Seek the chosen table.
    qsizetype index = -1;
    while (!part.atEnd()) {
        part.next();
        if (xml.isStartElement() && isTable(xml, u"table")) {
            if (++index == chosen)
                break;
            skip(part);
        }
    }

    qint64 rowNumber = 0; // of the row being read, as the spreadsheet numbers it
    qint64 text = 0;      // characters in the table, each repeat counted
    qsizetype cells = 0;  // cells kept
    QStringList row;
    qint64 pendingEmpty = 0; // empty cells since the last value: they count only when a value follows
    const auto where = [&](qint64 column) {
        return tfp::exchange::Tr::tr("„%1“, Blatt „%2“, Zeile %3, Spalte %4")
            .arg(source, t.sheet)
            .arg(rowNumber)
            .arg(column + 1);
    };
    const auto tooMuch = [&](qint64 column) {
        return Error(tfp::exchange::Tr::tr(
                         "%1: die Tabelle ist größer, als ein Import liest (höchstens %2 Zellen, %3 Spalten "
                         "und %4 Millionen Zeichen Text).")
                         .arg(where(column))
                         .arg(kMaxCells)
                         .arg(kMaxColumns)
                         .arg(kMaxText / (1024 * 1024)));
    };
    const auto tooManyRows = [&] {
        return Error(
            tfp::exchange::Tr::tr(
                "„%1“, Blatt „%2“: die Tabelle hat mehr als %3 Zeilen; die Datei wird nicht gelesen.")
                .arg(source, t.sheet)
                .arg(kMaxRowNumber));
    };
    const auto badRepeat = [&](qint64 column) {
        return Error(tfp::exchange::Tr::tr("%1: die Wiederholungsangabe ist keine positive ganze Zahl.")
                         .arg(where(column)));
    };

    // Rows are added as they end; a row with values repeated n times is n rows (counted before they are
    // made), an empty one costs nothing however often it repeats.
    for (int depth = 1; depth > 0 && !part.atEnd();) {
        part.next();
        if (xml.isEndElement()) {
            --depth;
            continue;
        }
        if (!xml.isStartElement())
            continue;
        if (!isTable(xml, u"table-row")) {
            // Columns, row groups and header rows hold rows or nothing to read; anything else is skipped.
            if (isTable(xml, u"table-header-rows") || isTable(xml, u"table-row-group") ||
                isTable(xml, u"table-rows"))
                ++depth;
            else
                skip(part);
            continue;
        }
        const qint64 rowsRepeated = repeat(xml.attributes(), u"number-rows-repeated");
        ++rowNumber;
        if (rowsRepeated < 0)
            throw badRepeat(0);
        if (rowsRepeated > kMaxRowNumber)
            throw tooManyRows();
        row.clear();
        pendingEmpty = 0;
        while (!part.atEnd()) {
            part.next();
            if (xml.isEndElement() && isTable(xml, u"table-row"))
                break;
            if (!xml.isStartElement())
                continue;
            if (!isTable(xml, u"table-cell") && !isTable(xml, u"covered-table-cell")) {
                skip(part);
                continue;
            }
            const QXmlStreamAttributes attributes = xml.attributes();
            const qint64 column = row.size() + pendingEmpty;
            // Clamped: more than the columns a table may have is refused below once a value is repeated.
            const qint64 times =
                std::min<qint64>(repeat(attributes, u"number-columns-repeated"), kMaxColumns + 1);
            if (times < 0)
                throw badRepeat(column);
            const QString value = cellValue(
                attributes, cellText(part, [&] {
                    return Error(
                        tfp::exchange::Tr::tr(
                            "%1: der Text ist länger als %2 Zeichen, mehr als eine Zelle fassen kann; "
                            "die Datei wird nicht gelesen.")
                            .arg(where(column))
                            .arg(kMaxCellText));
                }));
            if (value.isEmpty()) {
                pendingEmpty = std::min<qint64>(pendingEmpty + times, kMaxColumns + 1);
                continue;
            }
            // Counted before anything is unfolded: the columns, then the cells and text of every repeat of
            // this row.
            if (column + times > kMaxColumns)
                throw tooMuch(std::min<qint64>(column, kMaxColumns));
            if (cells + (column + times) * rowsRepeated > kMaxCells ||
                text + value.size() * times * rowsRepeated > kMaxText)
                throw tooMuch(column);
            for (qint64 i = 0; i < pendingEmpty; ++i)
                row << QString();
            pendingEmpty = 0;
            for (qint64 i = 0; i < times; ++i)
                row << value;
            text += value.size() * times * rowsRepeated;
        }
        const qint64 first = rowNumber;
        rowNumber += rowsRepeated - 1;
        if (rowNumber > kMaxRowNumber)
            throw tooManyRows();
        if (row.isEmpty())
            continue;
        for (qint64 r = 0; r < rowsRepeated; ++r) {
            if (t.header.isEmpty()) {
                for (const QString &h : row)
                    t.header << h.trimmed();
            } else {
                QStringList filled = row;
                while (filled.size() < t.header.size())
                    filled << QString();
                t.rows << filled;
                t.rowLines << int(first + r);
            }
            cells += row.size();
        }
    }
    part.check();
    if (t.header.isEmpty())
        throw Error(tfp::exchange::Tr::tr("„%1“: das Tabellenblatt „%2“ ist leer (keine Kopfzeile).")
                        .arg(source, t.sheet));
    return t;
}

} // namespace tfp::exchange::ods
