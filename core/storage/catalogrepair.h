// Repairing a catalog that opening refuses: its valid rows go into a clean new catalog, and everything left
// out is listed with the reason, so that a user with a refused file is not stuck.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace tfp {

struct RepairReport
{
    QString catalogId;   // of the new catalog
    bool idKept = false; // the refused file's own id was valid and taken over
    qint64 rowsKept = 0; // rows of the schema's tables
    qint64 journalKept = 0;
    QStringList leftOut; // one line per object, table, row or journal entry left out, with the reason
};

// Reads source (a Themenfeldplaner catalog of schema 1 to the current one, however refused) on a hardened
// read-only connection, where no trigger or view of the file can run, and creates target from every row that
// passes the rules of an edit, in dependency order, with the catalog id and the journal entries that are
// valid. Throws tfp::Error naming the file when source is no catalog at all or target exists; source is never
// written.
RepairReport repairCatalog(const QString &source, const QString &target);

} // namespace tfp
