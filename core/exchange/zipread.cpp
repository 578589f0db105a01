#include "zipread.h"

#include "tr.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>

namespace tfp::exchange::zip {

Archive::Archive(const QByteArray &bytes, const QString &source, const QString &notZip)
    : m_bytes(bytes), m_memory{&m_bytes, 0, false}, m_source(source)
{
    zlib_filefunc64_def io = memoryIo(m_memory);
    m_zip = unzOpen2_64("", &io);
    if (!m_zip)
        throw Error(notZip);
}

Archive::~Archive()
{
    unzClose(m_zip);
}

bool Archive::has(const QString &name)
{
    return unzLocateFile(m_zip, name.toUtf8().constData(), 1) == UNZ_OK;
}

Part::Part(Archive &zip, const QString &name) : m_zip(zip), m_name(name)
{
    if (!zip.has(name))
        throw Error(Tr::tr("„%1“: der Arbeitsmappe fehlt der Teil „%2“.").arg(zip.source(), name));
    if (unzOpenCurrentFile(zip.zip()) != UNZ_OK)
        throw Error(Tr::tr("„%1“: der Teil „%2“ kann nicht entpackt werden.").arg(zip.source(), name));
}

Part::~Part()
{
    unzCloseCurrentFile(m_zip.zip());
}

QXmlStreamReader::TokenType Part::next()
{
    while (true) {
        const auto token = xml.readNext();
        if (!waiting() || m_unpacked)
            return token;
        unpack();
    }
}

QString Part::text(qsizetype maxLength, const std::function<Error()> &tooLong)
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

void Part::check() const
{
    if (xml.hasError())
        throw Error(Tr::tr("„%1“: „%2“ ist kein gültiges XML (Zeile %3: %4).")
                        .arg(m_zip.source(), m_name)
                        .arg(xml.lineNumber())
                        .arg(xml.errorString()));
}

void Part::unpack()
{
    char buffer[1 << 16];
    const int n = unzReadCurrentFile(m_zip.zip(), buffer, sizeof buffer);
    if (n < 0)
        throw Error(Tr::tr("„%1“: der Teil „%2“ ist beschädigt.").arg(m_zip.source(), m_name));
    m_total += n;
    // The XML reader keeps a text run whole until its end: a run longer than any cell text (32,767
    // characters, at most ten bytes each as a character reference) is refused before it is buffered.
    for (int i = 0; i < n; ++i)
        m_run = buffer[i] == '<' ? 0 : m_run + 1;
    if (m_run > kMaxCellText * 10)
        throw Error(Tr::tr("„%1“: der Teil „%2“ enthält einen Text, der länger ist als %3 Zeichen, mehr als "
                           "eine Excel-Zelle fassen kann; die Datei wird nicht gelesen.")
                        .arg(m_zip.source(), m_name)
                        .arg(kMaxCellText));
    if (m_total > kMaxPart)
        throw Error(Tr::tr("„%1“: der Teil „%2“ ist zu groß (entpackt mehr als %3 MB).")
                        .arg(m_zip.source(), m_name)
                        .arg(kMaxPart / (1024 * 1024)));
    if (n == 0)
        m_unpacked = true; // all of it given: a reader still waiting has a cut-off document
    else
        xml.addData(QByteArray(buffer, n));
}

qsizetype chooseSheet(const QStringList &names, const QString &sheet, const QString &source)
{
    if (sheet.isEmpty() && !names.isEmpty())
        return 0;
    bool isNumber = false;
    const int number = sheet.toInt(&isNumber);
    for (qsizetype i = 0; i < names.size(); ++i)
        if (names[i].compare(sheet, Qt::CaseInsensitive) == 0 || (isNumber && number == i + 1))
            return i;
    QStringList quoted;
    for (const QString &n : names)
        quoted << u"„%1“"_qs.arg(n);
    throw Error(
        Tr::tr("„%1“ hat kein Tabellenblatt „%2“; vorhanden: %3.").arg(source, sheet, quoted.join(u", ")));
}

} // namespace tfp::exchange::zip
