#include "tabular.h"

#include "tr.h"

#include "csv.h"
#include "error.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace tfp::tabular {

namespace {

// Windows-1252 differs from Latin-1 only in 0x80–0x9F; five of those bytes are undefined (0).
constexpr char16_t kCp1252[32] = {0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                  0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,
                                  0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                  0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

int lineAt(const QByteArray &bytes, qsizetype pos)
{
    return int(bytes.left(pos).count('\n')) + 1;
}

// Where a text that is not UTF-8 as a whole still holds UTF-8 (the first multi-byte character) and where it
// breaks it (the first byte that starts or continues no character); -1 for none.
struct Utf8Evidence
{
    qsizetype firstCharacter = -1;
    qsizetype characterLength = 0;
    qsizetype firstInvalid = -1;
};

Utf8Evidence utf8Evidence(const QByteArray &bytes)
{
    Utf8Evidence e;
    const auto at = [&](qsizetype i) { return static_cast<unsigned char>(bytes[i]); };
    for (qsizetype i = 0; i < bytes.size();) {
        const unsigned char b = at(i);
        if (b < 0x80) {
            ++i;
            continue;
        }
        // The second byte's range excludes overlong forms and surrogates (RFC 3629).
        int length = 0;
        unsigned char low = 0x80, high = 0xBF;
        if (b >= 0xC2 && b <= 0xDF) {
            length = 2;
        } else if (b >= 0xE0 && b <= 0xEF) {
            length = 3;
            low = b == 0xE0 ? 0xA0 : 0x80;
            high = b == 0xED ? 0x9F : 0xBF;
        } else if (b >= 0xF0 && b <= 0xF4) {
            length = 4;
            low = b == 0xF0 ? 0x90 : 0x80;
            high = b == 0xF4 ? 0x8F : 0xBF;
        }
        bool valid = length > 0 && i + length <= bytes.size();
        for (int k = 1; valid && k < length; ++k) {
            const unsigned char c = at(i + k);
            valid = k == 1 ? c >= low && c <= high : c >= 0x80 && c <= 0xBF;
        }
        if (!valid) {
            if (e.firstInvalid < 0)
                e.firstInvalid = i;
            ++i;
            continue;
        }
        if (e.firstCharacter < 0) {
            e.firstCharacter = i;
            e.characterLength = length;
        }
        i += length;
    }
    return e;
}

} // namespace

QString decode(const QByteArray &bytes, const QString &source, QString *encoding)
{
    auto setEncoding = [&](const QString &e) {
        if (encoding)
            *encoding = e;
    };
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        QStringDecoder d(bytes.startsWith("\xFF\xFE") ? QStringConverter::Utf16LE
                                                      : QStringConverter::Utf16BE);
        const QString text = d.decode(bytes.mid(2));
        if (d.hasError() || bytes.size() % 2 != 0)
            throw Error(exchange::Tr::tr("„%1“: die Datei beginnt wie UTF-16, ist aber kein gültiges UTF-16.")
                            .arg(source));
        // Text holds no NUL in any encoding: it would end a value early in other programs.
        if (const qsizetype nul = text.indexOf(QChar(0)); nul >= 0)
            throw Error(exchange::Tr::tr(
                            "„%1“, Zeile %2: die Datei enthält ein Nullzeichen (U+0000); Text darf keines "
                            "enthalten.")
                            .arg(source)
                            .arg(text.left(nul).count(u'\n') + 1));
        setEncoding(u"UTF-16"_qs);
        return text;
    }
    if (const qsizetype nul = bytes.indexOf('\0'); nul >= 0)
        throw Error(
            exchange::Tr::tr("„%1“, Zeile %2: die Datei enthält Nullbytes und ist keine Textdatei (CSV).")
                .arg(source)
                .arg(lineAt(bytes, nul)));
    const bool bom = bytes.startsWith("\xEF\xBB\xBF");
    QStringDecoder utf8(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    const QString text = utf8.decode(bom ? bytes.mid(3) : bytes);
    if (!utf8.hasError()) {
        setEncoding(bom ? u"UTF-8 mit BOM"_qs : u"UTF-8"_qs);
        return text;
    }
    if (bom)
        throw Error(exchange::Tr::tr(
                        "„%1“: die Datei ist als UTF-8 gekennzeichnet (BOM), enthält aber ungültige Bytes.")
                        .arg(source));
    // Windows-1252 only when nothing in the file is UTF-8. A file with UTF-8 characters and a byte that is
    // none was damaged or put together from two files: reading it either way would garble one part's umlauts.
    if (const Utf8Evidence e = utf8Evidence(bytes); e.firstCharacter >= 0 && e.firstInvalid >= 0)
        throw Error(
            exchange::Tr::tr(
                "„%1“, Zeile %2: das Byte 0x%3 ist kein UTF-8, obwohl die Datei UTF-8 enthält (Zeile %4: "
                "„%5“); bitte die Datei einheitlich als UTF-8 speichern.")
                .arg(source)
                .arg(lineAt(bytes, e.firstInvalid))
                .arg(QString::number(static_cast<unsigned char>(bytes[e.firstInvalid]), 16).toUpper())
                .arg(lineAt(bytes, e.firstCharacter))
                .arg(QString::fromUtf8(bytes.mid(e.firstCharacter, e.characterLength))));
    QString out;
    out.reserve(bytes.size());
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto b = static_cast<unsigned char>(bytes[i]);
        const char16_t u = b >= 0x80 && b < 0xA0 ? kCp1252[b - 0x80] : char16_t(b);
        if (u == 0)
            throw Error(
                exchange::Tr::tr(
                    "„%1“, Zeile %2: das Byte 0x%3 ist weder UTF-8 noch Windows-1252; bitte die Datei "
                    "als UTF-8 speichern.")
                    .arg(source)
                    .arg(lineAt(bytes, i))
                    .arg(QString::number(b, 16).toUpper()));
        out.append(QChar(u));
    }
    setEncoding(u"Windows-1252"_qs);
    return out;
}

QChar detectDelimiter(const QString &text)
{
    int semicolons = 0, commas = 0, tabs = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && (c == u'\n' || c == u'\r'))
            break;
        else if (!quoted && c == u';')
            ++semicolons;
        else if (!quoted && c == u',')
            ++commas;
        else if (!quoted && c == u'\t')
            ++tabs;
    }
    if (tabs > semicolons && tabs > commas)
        return u'\t';
    return commas > semicolons ? QChar(u',') : QChar(u';');
}

Table readCsv(const QByteArray &bytes, const QString &source)
{
    Table t;
    t.source = source;
    const QString text = decode(bytes, source, &t.encoding);
    t.delimiter = detectDelimiter(text);
    csv::Table parsed = csv::parse(text, t.delimiter, u"„%1“"_qs.arg(source), csv::Rows::Ragged);
    t.header.reserve(parsed.header.size());
    for (const QString &h : parsed.header)
        t.header.append(h.trimmed());
    t.rows = std::move(parsed.rows);
    // A leading apostrophe that kept text from running as a formula (ours, or another tool's) is not data.
    for (QStringList &row : t.rows)
        for (QString &cell : row)
            if (cell.startsWith(u'\''))
                cell = csv::unguarded(cell);
    t.rowLines = std::move(parsed.rowLines);
    return t;
}

bool looksLikeZip(const QByteArray &bytes)
{
    return bytes.startsWith("PK\x03\x04") || bytes.startsWith("PK\x05\x06");
}

} // namespace tfp::tabular
