// Catalog files whose every value this user's Themenfeldplaner has checked, or written itself, and that have
// not changed since. Opening such a file again skips the value check by query, which reads every row (seconds
// on a programme-sized catalog). A file counts as unchanged only when its device, inode, size and its
// modification and status-change times (nanoseconds; the status-change time cannot be set back by a user)
// are all as recorded, and when the rules it was checked by are the rules of this version. Any other program
// that writes the file, a copy, a restore or a rename into place makes it a stranger again.
//
// The record lives in the user's data folder of the application's organisation; without an organisation name
// (a bare QCoreApplication) nothing is recorded and every open checks every value.
#pragma once

#include <QByteArray>
#include <QString>

namespace tfp::checkedfiles {

// The file the record is kept in, or empty when nothing is recorded.
QString recordFile();
// What identifies one state of a file; empty when the file cannot be looked at.
QByteArray stamp(const QString &absolutePath);
// Whether the file is in the state recorded for it, checked by these rules.
bool unchanged(const QString &absolutePath, const QByteArray &rules);
// Records the file's current state as checked by these rules, when it is still in the state stampBefore
// (taken before the check; a file changed during the check is not recorded). An empty stampBefore records
// the current state.
void remember(const QString &absolutePath, const QByteArray &rules, const QByteArray &stampBefore = {});

} // namespace tfp::checkedfiles
