// Reading a zip archive held in memory (an .xlsx or .ods) one part at a time as XML, with the bounds that
// keep a hostile file (a zip bomb, a text without end) from filling the memory. Shared by the workbook
// readers.
#pragma once

#include "error.h"
#include "tabular.h"
#include "zipmemory.h"

#include <QByteArray>
#include <QString>
#include <QXmlStreamReader>

#include <functional>

#include <minizip/unzip.h>

namespace tfp::exchange::zip {

// A part larger than this (uncompressed) is refused: a workbook of planning tables is far smaller, and a
// zip bomb must not fill the memory.
inline constexpr qint64 kMaxPart = 128ll * 1024 * 1024;
// The longest text of one cell (Excel's limit; the readers hold every format to it).
inline constexpr qsizetype kMaxCellText = 32767;
inline constexpr int kMaxColumns = 1000;
// What a sheet may unfold to: a text repeated a thousand times through shared strings (or a repeated cell)
// costs a thousand times when it is planned. As much text as the largest CSV a user may import, in as many
// cells as any planning table needs (the whole OZG catalog is some 100,000).
inline constexpr qint64 kMaxText = tabular::kMaxBytes;
inline constexpr qsizetype kMaxCells = 2'000'000;

// The zip is read from memory through minizip (the same library libxlsxwriter writes with; QuaZip would bring
// a second copy of minizip's symbols into the process and clash with it).

class Archive
{
public:
    // Throws tfp::Error with notZip when the bytes are no readable zip.
    Archive(const QByteArray &bytes, const QString &source, const QString &notZip);
    ~Archive();
    Archive(const Archive &) = delete;
    Archive &operator=(const Archive &) = delete;

    bool has(const QString &name);
    unzFile zip() const { return m_zip; }
    const QString &source() const { return m_source; }

private:
    QByteArray m_bytes; // a shallow copy of the caller's bytes (minizip's I/O takes a non-const pointer)
    MemoryFile m_memory;
    QString m_source;
    unzFile m_zip = nullptr;
};

// One part of the archive as XML, unpacked a piece at a time while it is read: a part costs no more memory
// than what is kept of it, and reading stops at the first bound it passes, long before a zip bomb unfolds.
class Part
{
public:
    Part(Archive &zip, const QString &name);
    ~Part();
    Part(const Part &) = delete;
    Part &operator=(const Part &) = delete;

    QXmlStreamReader xml;

    bool atEnd() const { return xml.atEnd() || (xml.hasError() && !waiting()); }
    // The next token, unpacking more of the part when the reader has seen all it was given.
    QXmlStreamReader::TokenType next();
    // The text up to the end of the element just started, refused with tooLong() past maxLength characters.
    QString text(qsizetype maxLength, const std::function<Error()> &tooLong);
    // Throws tfp::Error naming the part when it is no well-formed XML or could not be unpacked.
    void check() const;

private:
    bool waiting() const { return xml.error() == QXmlStreamReader::PrematureEndOfDocumentError; }
    void unpack();

    Archive &m_zip;
    QString m_name;
    qint64 m_total = 0;
    qint64 m_run = 0; // bytes since the last '<'
    bool m_unpacked = false;
};

// The position of sheet (a name, case-insensitive, or a 1-based number; empty for the first) among names;
// throws tfp::Error naming the source and the sheets there are.
qsizetype chooseSheet(const QStringList &names, const QString &sheet, const QString &source);

} // namespace tfp::exchange::zip
