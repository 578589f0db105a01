// The file-level checks of opening a catalog, before and around SQLite: the 100-byte header, the read-only
// probe of what the file is, replaying a killed writer's journal, and taking the write lock; and what reading
// and repairing a catalog share.
#pragma once

#include "catalog.h"
#include "error.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QTemporaryDir>

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <memory>

class QLockFile;

namespace tfp::catalogfile {

inline constexpr qint64 kApplicationId = 0x54465031; // "TFP1": marks a file as a Themenfeldplaner catalog
// The two tables outside the schema: key/value facts about the catalog, and the change journal.
inline const QString kMeta = QStringLiteral("catalog_meta");
inline const QString kJournal = QStringLiteral("journal");

QString displayPath(const QString &path);
// A unique name for a QSqlDatabase connection of this process.
QString newConnectionName();
quint32 be32(const QByteArray &b, int o);
bool hasSidecar(const QString &path);
// Opens db and hardens the connection (schemacheck::harden) before anything reads the file.
bool openHardened(QSqlDatabase &db);
// Refuses (tfp::Error) a missing, empty, non-SQLite or cut-off file before SQLite touches it; returns the
// header.
QByteArray checkHeader(const QString &path);

struct Probe
{
    QString problem; // empty when this version can open the file
    int userVersion = 0;
    bool unreadable = false; // SQLite could not read it at all: damaged, or a dead writer's journal waits
    bool repairable =
        false; // refused for its content (schema objects, catalog id, values): repairCatalog helps
};
// Looks at a file read-only, so that a foreign, newer or damaged file is never written to. checkPages also
// reads every page (quick_check); checkValues checks every value by query (skipped only for a file that
// checkedfiles knows unchanged).
Probe probeCatalog(const QString &abs, const QString &path, bool checkPages = true, bool checkValues = true);
bool recoverInterruptedWrite(const QString &abs, const QByteArray &header);
bool takeWriteLock(QLockFile &lock, const QString &lockPath);
// Whether the catalog and its folder can be written at all: not on a read-only medium or mount, not without
// the rights. Where they cannot, no lock file can be made and the catalog is opened read-only for that
// reason.
bool onWritableMedium(const QString &abs);
// Whether the header marks a file in WAL mode (a writer was killed before it switched back on close).
bool walMode(const QByteArray &header);
// SQLite cannot read a catalog in WAL mode where it cannot create the -shm file beside it, and immutable=1
// would ignore the commits still in its -wal. So the file and its -wal are copied into a temporary folder and
// read there. The Catalog that reads the copy owns this object (a QObject child: removed after the
// connection, which ~Catalog closes first).
struct ReadingCopy : QObject
{
    QTemporaryDir dir;
    QString path;
};
std::unique_ptr<ReadingCopy> makeReadingCopy(const QString &abs, const QString &displayPath);
// Whether a process with this id runs on this machine (true where that cannot be told).
bool processAlive(qint64 pid);

// The journal entry on the query's current row, its columns in the journal table's order
// (sql::selectJournal).
JournalEntry journalEntryAt(const QSqlQuery &q);

// Runs work in one transaction and commits it, or rolls all of it back and rethrows; End::Rollback always
// rolls back (a probe). The two messages take the database's error text as their remaining argument.
enum class End
{
    Commit,
    Rollback
};
template <typename Fn>
void inTransaction(QSqlDatabase &db, const QHash<QString, std::shared_ptr<QSqlQuery>> &statements,
                   const QString &cannotBegin, const QString &cannotCommit, Fn &&work, End end = End::Commit)
{
    if (!db.transaction())
        throw Error(cannotBegin.arg(db.lastError().text()));
    const auto rollback = [&] {
        // A cached statement still stepping would keep the rollback from ending the transaction.
        for (const auto &s : statements)
            s->finish();
        db.rollback();
    };
    try {
        work();
        if (end == End::Commit && !db.commit())
            throw Error(cannotCommit.arg(db.lastError().text()));
    } catch (...) {
        rollback();
        throw;
    }
    if (end == End::Rollback)
        rollback();
}

} // namespace tfp::catalogfile
