// The one way files leave the program: every export (CSV, xlsx, iCalendar, JSON, charts, PDF, the change
// list) is written so that it is either complete on the disk or the old file stays exactly as it was.
#pragma once

#include <QByteArray>
#include <QString>

namespace tfp::fileio {

// Replaces path with bytes only once every byte is on the disk: writes a new file beside it, checks every
// write, fsync()s it, compares its size with bytes and only then renames it over path. On any failure (a full
// disk, a quota, a read-only folder) the old file stays byte for byte as it was, the new one is removed, and
// tfp::Error names the file and the cause in German.
void writeAtomically(const QString &path, const QByteArray &bytes);

// Reads a received file whole, but never more than maxBytes: counts the bytes actually read, not the size
// the file system reports (/dev/zero, a FIFO or a file still growing report 0 or less than they hold).
// Throws tfp::Error naming the file as `shown` when it cannot be read or holds more than maxBytes.
QByteArray readBounded(const QString &path, qint64 maxBytes, const QString &shown);

// The cause of a failed system call (an errno value) in words a planner understands; the full disk and the
// other causes a user can act on in German through tr(), the rest as the system says it.
QString systemErrorText(int error);

} // namespace tfp::fileio
