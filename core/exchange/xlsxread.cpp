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
    QByteArray part(const QString &name)
    {
        if (!has(name))
            throw Error(tr("„%1“: der Arbeitsmappe fehlt der Teil „%2“.").arg(m_source, name));
        unz_file_info64 info{};
        if (unzGetCurrentFileInfo64(m_zip, &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK ||
            info.uncompressed_size > quint64(kMaxPart))
            throw Error(tr("„%1“: der Teil „%2“ ist zu groß oder beschädigt.").arg(m_source, name));
        if (unzOpenCurrentFile(m_zip) != UNZ_OK)
            throw Error(tr("„%1“: der Teil „%2“ kann nicht entpackt werden.").arg(m_source, name));
        QByteArray data;
        char buffer[1 << 16];
        int n = 0;
        while ((n = unzReadCurrentFile(m_zip, buffer, sizeof buffer)) > 0 && data.size() <= kMaxPart)
            data.append(buffer, n);
        const int closed = unzCloseCurrentFile(m_zip);
        if (n < 0 || closed != UNZ_OK || data.size() > kMaxPart)
            throw Error(tr("„%1“: der Teil „%2“ ist beschädigt oder zu groß.").arg(m_source, name));
        return data;
    }

private:
    Memory m_memory;
    QString m_source;
    unzFile m_zip = nullptr;
};

void checkXml(const QXmlStreamReader &xml, const QString &source, const QString &part)
{
    if (xml.hasError())
        throw Error(tr("„%1“: „%2“ ist kein gültiges XML (Zeile %3: %4).")
                        .arg(source, part)
                        .arg(xml.lineNumber())
                        .arg(xml.errorString()));
}

struct SheetRef
{
    QString name;
    QString path;
};

QList<SheetRef> sheets(Archive &zip, const QString &source)
{
    QHash<QString, QString> targets;
    {
        QXmlStreamReader xml(zip.part(u"xl/_rels/workbook.xml.rels"_qs));
        while (!xml.atEnd() && !xml.hasError())
            if (xml.readNext(); xml.isStartElement() && xml.name() == u"Relationship") {
                QString target = xml.attributes().value(u"Target"_qs).toString();
                target = target.startsWith(u'/') ? target.mid(1) : u"xl/"_qs + target;
                targets.insert(xml.attributes().value(u"Id"_qs).toString(), target);
            }
        checkXml(xml, source, u"xl/_rels/workbook.xml.rels"_qs);
    }
    QList<SheetRef> out;
    QXmlStreamReader xml(zip.part(u"xl/workbook.xml"_qs));
    while (!xml.atEnd() && !xml.hasError()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"sheet") {
            QString rid;
            for (const QXmlStreamAttribute &a : xml.attributes())
                if (a.name() == u"id")
                    rid = a.value().toString();
            out.append({xml.attributes().value(u"name"_qs).toString(), targets.value(rid)});
        }
    }
    checkXml(xml, source, u"xl/workbook.xml"_qs);
    if (out.isEmpty())
        throw Error(tr("„%1“: die Arbeitsmappe hat keine Tabellenblätter.").arg(source));
    return out;
}

QStringList sharedStrings(Archive &zip, const QString &source)
{
    QStringList out;
    if (!zip.has(u"xl/sharedStrings.xml"_qs))
        return out;
    QXmlStreamReader xml(zip.part(u"xl/sharedStrings.xml"_qs));
    QString current;
    int depthRph = 0;
    while (!xml.atEnd() && !xml.hasError()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"si")
            current.clear();
        else if (xml.isStartElement() && xml.name() == u"rPh")
            ++depthRph; // phonetic hints are not part of the text
        else if (xml.isEndElement() && xml.name() == u"rPh")
            --depthRph;
        else if (xml.isStartElement() && xml.name() == u"t" && depthRph == 0)
            current += xml.readElementText();
        else if (xml.isEndElement() && xml.name() == u"si")
            out << current;
    }
    checkXml(xml, source, u"xl/sharedStrings.xml"_qs);
    return out;
}

// Which cell styles (cellXfs positions) show a date.
QList<bool> dateStyles(Archive &zip, const QString &source)
{
    QList<bool> out;
    if (!zip.has(u"xl/styles.xml"_qs))
        return out;
    QXmlStreamReader xml(zip.part(u"xl/styles.xml"_qs));
    QHash<int, bool> customDate;
    bool inCellXfs = false;
    static const QRegularExpression quoted(u"\"[^\"]*\"|\\[[^\\]]*\\]"_qs);
    while (!xml.atEnd() && !xml.hasError()) {
        xml.readNext();
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
    }
    checkXml(xml, source, u"xl/styles.xml"_qs);
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
    QXmlStreamReader xml(zip.part(chosen->path));
    QStringList row;
    int rowNumber = 0;
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
        row.clear();
    };
    while (!xml.atEnd() && !xml.hasError()) {
        xml.readNext();
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
            QString value;
            while (!xml.atEnd() && !xml.hasError()) {
                xml.readNext();
                if (xml.isStartElement() && (xml.name() == u"v" || xml.name() == u"t"))
                    value += xml.readElementText();
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
            while (row.size() <= col)
                row << QString();
            row[col] = value;
        }
    }
    checkXml(xml, source, chosen->path);
    if (t.header.isEmpty())
        throw Error(tr("„%1“: das Tabellenblatt „%2“ ist leer (keine Kopfzeile).").arg(source, t.sheet));
    return t;
}

} // namespace tfp::exchange::xlsx
