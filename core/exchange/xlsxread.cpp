#include "xlsxread.h"

#include "error.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <minizip/unzip.h>

#include <algorithm>
#include <cstring>
#include <functional>

namespace tfp::exchange::xlsx {

namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("tfp::exchange", s);
}

// A part larger than this (uncompressed) is refused: a workbook of planning tables is far smaller, and a
// zip bomb must not fill the memory.
constexpr qint64 kMaxPart = 128ll * 1024 * 1024;
constexpr int kMaxColumns = 1000;
// What a sheet may unfold to: a text repeated a thousand times through the shared strings costs a thousand
// times when it is planned. As much text as the largest CSV a user may import, in as many cells as any
// planning table needs (the whole OZG catalog is some 100,000), and no cell longer than Excel allows.
constexpr qint64 kMaxText = tabular::kMaxBytes;
constexpr qsizetype kMaxCells = 2'000'000;
constexpr qsizetype kMaxCellText = 32767;

// The zip read from memory through minizip (the same library libxlsxwriter writes with; QuaZip would bring a
// second copy of minizip's symbols into the process and clash with it).
struct Memory
{
    const QByteArray *bytes = nullptr;
    qint64 pos = 0;
};

voidpf memOpen(voidpf opaque, const void *, int)
{
    return opaque;
}
uLong memRead(voidpf, voidpf stream, void *buf, uLong size)
{
    auto *m = static_cast<Memory *>(stream);
    const qint64 n = std::clamp<qint64>(m->bytes->size() - m->pos, 0, qint64(size));
    std::memcpy(buf, m->bytes->constData() + m->pos, size_t(n));
    m->pos += n;
    return uLong(n);
}
uLong memWrite(voidpf, voidpf, const void *, uLong)
{
    return 0;
}
ZPOS64_T memTell(voidpf, voidpf stream)
{
    return ZPOS64_T(static_cast<Memory *>(stream)->pos);
}
long memSeek(voidpf, voidpf stream, ZPOS64_T offset, int origin)
{
    auto *m = static_cast<Memory *>(stream);
    qint64 base = 0;
    if (origin == ZLIB_FILEFUNC_SEEK_CUR)
        base = m->pos;
    else if (origin == ZLIB_FILEFUNC_SEEK_END)
        base = m->bytes->size();
    if (offset > ZPOS64_T(m->bytes->size()) || base + qint64(offset) > m->bytes->size())
        return -1;
    m->pos = base + qint64(offset);
    return 0;
}
int memClose(voidpf, voidpf)
{
    return 0;
}
int memError(voidpf, voidpf)
{
    return 0;
}

class Archive
{
public:
    Archive(const QByteArray &bytes, const QString &source) : m_memory{&bytes, 0}, m_source(source)
    {
        zlib_filefunc64_def io{memOpen, memRead, memWrite, memTell, memSeek, memClose, memError, &m_memory};
        m_zip = unzOpen2_64("", &io);
        if (!m_zip)
            throw Error(tr("„%1“ ist keine lesbare ZIP-Datei und damit keine Excel-Arbeitsmappe (.xlsx).")
                            .arg(source));
        if (!has(u"xl/workbook.xml"_qs)) {
            unzClose(m_zip); // the destructor does not run when the constructor throws
            throw Error(
                tr("„%1“ ist eine ZIP-Datei, aber keine Excel-Arbeitsmappe (.xlsx): ihr fehlt "
                   "„xl/workbook.xml“. Bitte die Tabelle in Excel oder LibreOffice als .xlsx speichern.")
                    .arg(source));
        }
    }
    ~Archive() { unzClose(m_zip); }
    Archive(const Archive &) = delete;
    Archive &operator=(const Archive &) = delete;

    bool has(const QString &name) { return unzLocateFile(m_zip, name.toUtf8().constData(), 1) == UNZ_OK; }
    unzFile zip() const { return m_zip; }
    const QString &source() const { return m_source; }

private:
    Memory m_memory;
    QString m_source;
    unzFile m_zip = nullptr;
};

// One part of the workbook as XML, unpacked a piece at a time while it is read: a part costs no more memory
// than what is kept of it, and reading stops at the first bound it passes, long before a zip bomb unfolds.
class Part
{
public:
    Part(Archive &zip, const QString &name) : m_zip(zip), m_name(name)
    {
        if (!zip.has(name))
            throw Error(tr("„%1“: der Arbeitsmappe fehlt der Teil „%2“.").arg(zip.source(), name));
        if (unzOpenCurrentFile(zip.zip()) != UNZ_OK)
            throw Error(tr("„%1“: der Teil „%2“ kann nicht entpackt werden.").arg(zip.source(), name));
    }
    ~Part() { unzCloseCurrentFile(m_zip.zip()); }
    Part(const Part &) = delete;
    Part &operator=(const Part &) = delete;

    QXmlStreamReader xml;

    bool atEnd() const { return xml.atEnd() || (xml.hasError() && !waiting()); }
    // The next token, unpacking more of the part when the reader has seen all it was given.
    QXmlStreamReader::TokenType next()
    {
        while (true) {
            const auto token = xml.readNext();
            if (!waiting() || m_unpacked)
                return token;
            unpack();
        }
    }
    // The text up to the end of the element just started, refused with tooLong() past maxLength characters.
    QString text(qsizetype maxLength, const std::function<Error()> &tooLong)
    {
        QString out;
        for (int depth = 1; depth > 0 && !atEnd();) {
            next();
            if (xml.isStartElement())
                ++depth;
            else if (xml.isEndElement())
                --depth;
            else if (xml.isCharacters())
                out += xml.text();
            if (out.size() > maxLength)
                throw tooLong();
        }
        return out;
    }
    // Throws tfp::Error naming the part when it is no well-formed XML or could not be unpacked.
    void check() const
    {
        if (xml.hasError())
            throw Error(tr("„%1“: „%2“ ist kein gültiges XML (Zeile %3: %4).")
                            .arg(m_zip.source(), m_name)
                            .arg(xml.lineNumber())
                            .arg(xml.errorString()));
    }

private:
    bool waiting() const { return xml.error() == QXmlStreamReader::PrematureEndOfDocumentError; }
    void unpack()
    {
        char buffer[1 << 16];
        const int n = unzReadCurrentFile(m_zip.zip(), buffer, sizeof buffer);
        if (n < 0)
            throw Error(tr("„%1“: der Teil „%2“ ist beschädigt.").arg(m_zip.source(), m_name));
        m_total += n;
        // The XML reader keeps a text run whole until its end: a run longer than any cell text (32,767
        // characters, at most ten bytes each as a character reference) is refused before it is buffered.
        for (int i = 0; i < n; ++i)
            m_run = buffer[i] == '<' ? 0 : m_run + 1;
        if (m_run > kMaxCellText * 10)
            throw Error(tr("„%1“: der Teil „%2“ enthält einen Text, der länger ist als %3 Zeichen, mehr als "
                           "eine Excel-Zelle fassen kann; die Datei wird nicht gelesen.")
                            .arg(m_zip.source(), m_name)
                            .arg(kMaxCellText));
        if (m_total > kMaxPart)
            throw Error(tr("„%1“: der Teil „%2“ ist zu groß (entpackt mehr als %3 MB).")
                            .arg(m_zip.source(), m_name)
                            .arg(kMaxPart / (1024 * 1024)));
        if (n == 0)
            m_unpacked = true; // all of it given: a reader still waiting has a cut-off document
        else
            xml.addData(QByteArray(buffer, n));
    }

    Archive &m_zip;
    QString m_name;
    qint64 m_total = 0;
    qint64 m_run = 0; // bytes since the last '<'
    bool m_unpacked = false;
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
                    throw Error(tr("„%1“: die Arbeitsmappe hat zu viele Teile.").arg(source));
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
                throw Error(tr("„%1“: die Arbeitsmappe hat zu viele Tabellenblätter.").arg(source));
        }
    }
    book.check();
    if (out.isEmpty())
        throw Error(tr("„%1“: die Arbeitsmappe hat keine Tabellenblätter.").arg(source));
    return out;
}

Error tooLongText(const QString &where)
{
    return Error(
        tr("%1: der Text ist länger als %2 Zeichen, mehr als eine Excel-Zelle fassen kann; die Datei "
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
        return tooLongText(tr("„%1“, Text Nr. %2 der Arbeitsmappe").arg(source).arg(out.size() + 1));
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
                throw Error(tr("„%1“: die Arbeitsmappe enthält mehr Text, als ein Import liest (höchstens %2 "
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
            throw Error(tr("„%1“: „xl/styles.xml“ hat zu viele Formate.").arg(source));
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
    Archive zip(bytes, source);
    QStringList out;
    for (const SheetRef &s : sheets(zip, source))
        out << s.name;
    return out;
}

tabular::Table readSheet(const QByteArray &bytes, const QString &source, const QString &sheet)
{
    Archive zip(bytes, source);
    const QList<SheetRef> all = sheets(zip, source);
    const SheetRef *chosen = sheet.isEmpty() ? &all[0] : nullptr;
    bool isNumber = false;
    const int number = sheet.toInt(&isNumber);
    for (qsizetype i = 0; i < all.size() && !chosen; ++i)
        if (all[i].name.compare(sheet, Qt::CaseInsensitive) == 0 || (isNumber && number == i + 1))
            chosen = &all[i];
    if (!chosen) {
        QStringList names;
        for (const SheetRef &s : all)
            names << u"„%1“"_qs.arg(s.name);
        throw Error(
            tr("„%1“ hat kein Tabellenblatt „%2“; vorhanden: %3.").arg(source, sheet, names.join(u", ")));
    }
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
        return Error(tr("„%1“, Blatt „%2“, bei Zelle %3: die Tabelle ist größer, als ein Import liest "
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
                throw Error(tr("„%1“, Blatt „%2“, Zelle %3: mehr als %4 Spalten werden nicht gelesen.")
                                .arg(source, t.sheet, ref)
                                .arg(kMaxColumns));
            const auto tooLong = [&] {
                return tooLongText(tr("„%1“, Blatt „%2“, Zelle %3").arg(source, t.sheet, ref));
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
                    throw Error(tr("„%1“, Blatt „%2“, Zelle %3: verweist auf einen Text, den es nicht gibt.")
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
        throw Error(tr("„%1“: das Tabellenblatt „%2“ ist leer (keine Kopfzeile).").arg(source, t.sheet));
    return t;
}

} // namespace tfp::exchange::xlsx
