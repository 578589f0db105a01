#include "xlsxread.h"

#include "tr.h"

#include "error.h"
#include "zipread.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <algorithm>

namespace tfp::exchange::xlsx {

namespace {

using namespace zip;

// The workbook as a zip: a zip without xl/workbook.xml is something else.
class Workbook : public Archive
{
public:
    Workbook(const QByteArray &bytes, const QString &source)
        : Archive(bytes, source,
                  Tr::tr("„%1“ ist keine lesbare ZIP-Datei und damit keine Excel-Arbeitsmappe (.xlsx).")
                      .arg(source))
    {
        if (!has(u"xl/workbook.xml"_qs))
            throw Error(
                Tr::tr("„%1“ ist eine ZIP-Datei, aber keine Excel-Arbeitsmappe (.xlsx): ihr fehlt "
                       "„xl/workbook.xml“. Bitte die Tabelle in Excel oder LibreOffice als .xlsx speichern.")
                    .arg(source));
    }
};

struct SheetRef
{
    QString name;
    QString path;
};

QList<SheetRef> sheets(Archive &zip, const QString &source)
{
    QHash<QString, QString> targets;
    {
        Part rels(zip, u"xl/_rels/workbook.xml.rels"_qs);
        while (!rels.atEnd())
            if (rels.next(); rels.xml.isStartElement() && rels.xml.name() == u"Relationship") {
                QString target = rels.xml.attributes().value(u"Target"_qs).toString();
                target = target.startsWith(u'/') ? target.mid(1) : u"xl/"_qs + target;
                targets.insert(rels.xml.attributes().value(u"Id"_qs).toString(), target);
                if (targets.size() > kMaxColumns)
                    throw Error(Tr::tr("„%1“: die Arbeitsmappe hat zu viele Teile.").arg(source));
            }
        rels.check();
    }
    QList<SheetRef> out;
    Part book(zip, u"xl/workbook.xml"_qs);
    while (!book.atEnd()) {
        book.next();
        if (book.xml.isStartElement() && book.xml.name() == u"sheet") {
            QString rid;
            for (const QXmlStreamAttribute &a : book.xml.attributes())
                if (a.name() == u"id")
                    rid = a.value().toString();
            out.append({book.xml.attributes().value(u"name"_qs).toString(), targets.value(rid)});
            if (out.size() > kMaxColumns)
                throw Error(Tr::tr("„%1“: die Arbeitsmappe hat zu viele Tabellenblätter.").arg(source));
        }
    }
    book.check();
    if (out.isEmpty())
        throw Error(Tr::tr("„%1“: die Arbeitsmappe hat keine Tabellenblätter.").arg(source));
    return out;
}

Error tooLongText(const QString &where)
{
    return Error(
        Tr::tr("%1: der Text ist länger als %2 Zeichen, mehr als eine Excel-Zelle fassen kann; die Datei "
               "wird nicht gelesen.")
            .arg(where)
            .arg(kMaxCellText));
}

QStringList sharedStrings(Archive &zip, const QString &source)
{
    QStringList out;
    if (!zip.has(u"xl/sharedStrings.xml"_qs))
        return out;
    Part part(zip, u"xl/sharedStrings.xml"_qs);
    QString current;
    int depthRph = 0;
    qint64 total = 0;
    const auto tooLong = [&] {
        return tooLongText(Tr::tr("„%1“, Text Nr. %2 der Arbeitsmappe").arg(source).arg(out.size() + 1));
    };
    while (!part.atEnd()) {
        part.next();
        const QXmlStreamReader &xml = part.xml;
        if (xml.isStartElement() && xml.name() == u"si") {
            current.clear();
        } else if (xml.isStartElement() && xml.name() == u"rPh") {
            ++depthRph; // phonetic hints are not part of the text
        } else if (xml.isEndElement() && xml.name() == u"rPh") {
            --depthRph;
        } else if (xml.isStartElement() && xml.name() == u"t" && depthRph == 0) {
            current += part.text(kMaxCellText - current.size(), tooLong);
        } else if (xml.isEndElement() && xml.name() == u"si") {
            total += current.size();
            if (out.size() >= kMaxCells || total > kMaxText)
                throw Error(
                    Tr::tr("„%1“: die Arbeitsmappe enthält mehr Text, als ein Import liest (höchstens %2 "
                           "Texte, %3 Millionen Zeichen).")
                        .arg(source)
                        .arg(kMaxCells)
                        .arg(kMaxText / (1024 * 1024)));
            out << current;
        }
    }
    part.check();
    return out;
}

// Which cell styles (cellXfs positions) show a date.
QList<bool> dateStyles(Archive &zip, const QString &source)
{
    QList<bool> out;
    if (!zip.has(u"xl/styles.xml"_qs))
        return out;
    Part part(zip, u"xl/styles.xml"_qs);
    const QXmlStreamReader &xml = part.xml;
    QHash<int, bool> customDate;
    bool inCellXfs = false;
    static const QRegularExpression quoted(u"\"[^\"]*\"|\\[[^\\]]*\\]"_qs);
    while (!part.atEnd()) {
        part.next();
        if (xml.isStartElement() && xml.name() == u"numFmt") {
            QString code = xml.attributes().value(u"formatCode"_qs).toString().toLower();
            code.remove(quoted);
            customDate.insert(xml.attributes().value(u"numFmtId"_qs).toInt(),
                              code.contains(u'd') || code.contains(u'y') || code.contains(u"mm"));
        } else if (xml.isStartElement() && xml.name() == u"cellXfs") {
            inCellXfs = true;
        } else if (xml.isEndElement() && xml.name() == u"cellXfs") {
            inCellXfs = false;
        } else if (inCellXfs && xml.isStartElement() && xml.name() == u"xf") {
            const int id = xml.attributes().value(u"numFmtId"_qs).toInt();
            out << ((id >= 14 && id <= 17) || id == 22 || customDate.value(id));
        }
        if (out.size() > kMaxCells || customDate.size() > kMaxCells)
            throw Error(Tr::tr("„%1“: „xl/styles.xml“ hat zu viele Formate.").arg(source));
    }
    part.check();
    return out;
}

int columnOf(QStringView ref)
{
    int col = 0;
    for (const QChar c : ref) {
        if (c < u'A' || c > u'Z')
            break;
        col = col * 26 + (c.unicode() - u'A' + 1);
        if (col > kMaxColumns)
            return -1;
    }
    return col - 1;
}

} // namespace

QStringList sheetNames(const QByteArray &bytes, const QString &source)
{
    Workbook zip(bytes, source);
    QStringList out;
    for (const SheetRef &s : sheets(zip, source))
        out << s.name;
    return out;
}

tabular::Table readSheet(const QByteArray &bytes, const QString &source, const QString &sheet)
{
    Workbook zip(bytes, source);
    const QList<SheetRef> all = sheets(zip, source);
    QStringList names;
    for (const SheetRef &s : all)
        names << s.name;
    const SheetRef *chosen = &all[zip::chooseSheet(names, sheet, source)];
    const QStringList strings = sharedStrings(zip, source);
    const QList<bool> dates = dateStyles(zip, source);

    tabular::Table t;
    t.source = source;
    t.encoding = u"xlsx"_qs;
    t.sheet = chosen->name;
    Part part(zip, chosen->path);
    const QXmlStreamReader &xml = part.xml;
    QStringList row;
    int rowNumber = 0;
    qint64 text = 0;     // characters in the table, each repeat of a shared text counted
    qsizetype cells = 0; // cells kept, the empty ones that fill a row up to its last value included
    auto endRow = [&] {
        while (!row.isEmpty() && row.last().isEmpty())
            row.removeLast();
        if (row.isEmpty())
            return;
        if (t.header.isEmpty()) {
            for (const QString &h : row)
                t.header << h.trimmed();
        } else {
            while (row.size() < t.header.size())
                row << QString();
            t.rows << row;
            t.rowLines << rowNumber;
        }
        cells += row.size();
        row.clear();
    };
    const auto tooMuch = [&](const QString &ref) {
        return Error(tfp::exchange::Tr::tr(
                         "„%1“, Blatt „%2“, bei Zelle %3: die Tabelle ist größer, als ein Import liest "
                         "(höchstens %4 Zellen und %5 Millionen Zeichen Text).")
                         .arg(source, t.sheet, ref)
                         .arg(kMaxCells)
                         .arg(kMaxText / (1024 * 1024)));
    };
    while (!part.atEnd()) {
        part.next();
        if (xml.isStartElement() && xml.name() == u"row") {
            row.clear();
            rowNumber = xml.attributes().hasAttribute(u"r"_qs) ? xml.attributes().value(u"r"_qs).toInt()
                                                               : rowNumber + 1;
        } else if (xml.isEndElement() && xml.name() == u"row") {
            endRow();
        } else if (xml.isStartElement() && xml.name() == u"c") {
            const QString ref = xml.attributes().value(u"r"_qs).toString();
            const QString type = xml.attributes().value(u"t"_qs).toString();
            const int style = xml.attributes().value(u"s"_qs).toInt();
            const int col = ref.isEmpty() ? int(row.size()) : columnOf(ref);
            if (col < 0)
                throw Error(tfp::exchange::Tr::tr(
                                "„%1“, Blatt „%2“, Zelle %3: mehr als %4 Spalten werden nicht gelesen.")
                                .arg(source, t.sheet, ref)
                                .arg(kMaxColumns));
            const auto tooLong = [&] {
                return tooLongText(
                    tfp::exchange::Tr::tr("„%1“, Blatt „%2“, Zelle %3").arg(source, t.sheet, ref));
            };
            QString value;
            while (!part.atEnd()) {
                part.next();
                if (xml.isStartElement() && (xml.name() == u"v" || xml.name() == u"t"))
                    value += part.text(kMaxCellText - value.size(), tooLong);
                else if (xml.isEndElement() && xml.name() == u"c")
                    break;
            }
            if (type == u"s") {
                bool ok = false;
                const int index = value.toInt(&ok);
                if (!ok || index < 0 || index >= strings.size())
                    throw Error(tfp::exchange::Tr::tr(
                                    "„%1“, Blatt „%2“, Zelle %3: verweist auf einen Text, den es nicht gibt.")
                                    .arg(source, t.sheet, ref));
                value = strings[index];
            } else if ((type.isEmpty() || type == u"n") && dates.value(style)) {
                bool ok = false;
                const double serial = value.toDouble(&ok);
                if (ok && serial >= 1 && serial < 2958466)
                    value = QDate(1899, 12, 30).addDays(qint64(serial)).toString(Qt::ISODate);
            }
            text += value.size();
            if (text > kMaxText || cells + std::max<qsizetype>(col + 1, row.size()) > kMaxCells)
                throw tooMuch(ref);
            while (row.size() <= col)
                row << QString();
            row[col] = value;
        }
    }
    part.check();
    if (t.header.isEmpty())
        throw Error(tfp::exchange::Tr::tr("„%1“: das Tabellenblatt „%2“ ist leer (keine Kopfzeile).")
                        .arg(source, t.sheet));
    return t;
}

} // namespace tfp::exchange::xlsx
