// A zip archive held in a QByteArray, for minizip: the one set of I/O functions that both the workbook
// readers (zipread.*) and the OpenDocument writer (odfpackage.*) hand to minizip.
#pragma once

#include <QByteArray>

#include <minizip/ioapi.h>

namespace tfp::exchange::zip {

struct MemoryFile
{
    QByteArray *bytes = nullptr;
    qint64 pos = 0;
    bool writable = false; // reading never seeks past the end; writing grows the bytes
};

// The functions minizip calls, reading and writing file's bytes.
zlib_filefunc64_def memoryIo(MemoryFile &file);

} // namespace tfp::exchange::zip
