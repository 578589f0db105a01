// The Catalog: one open *.tfplan file. The only place with SQL. Every mutation is a ChangeSet applied in one
// transaction, journaled, and announced through changed(); reads return plain values.
#pragma once

#include "changeset.h"
#include "domain/plan.h"
#include "schema.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QVariantList>
#include <functional>
#include <memory>

class QLockFile;
class QThread;
class QSqlQuery;

namespace tfp {

class ServerConnection;

struct Dependent
{
    schema::Table table;
    qint64 count = 0;
};

struct JournalEntry
{
    qint64 id = 0;
    qint64 revision = 0;
    QString zeitpunkt; // ISO UTC
    QString autor;
    QString quelle;
    QString beschreibung;
    QString table;
    qint64 key = 0;
    QString column; // empty for whole-row inserts and deletes
    QString alt;
    QString neu;
    // The database login that committed the change (schema 3 on): filled by the server, empty on a file.
    QString anmeldung;
    // The row inserted or deleted, its values as a JSON object (schema 3 on; journalRow reads it); empty for
    // an update and for the entries before.
    QString zeile;
};

// A row as the journal keeps it (JournalEntry::zeile), and back; empty for no row.
QString journalRowText(const QVariantMap &row);
QVariantMap journalRow(const JournalEntry &e);

class Catalog : public QObject
{
    Q_OBJECT
public:
    enum class Access
    {
        ReadWrite,
        ReadOnly
    };

    // Creates a new catalog at path (refused if the file exists). populate runs inside the creating
    // transaction on a temporary file that is renamed into place only when everything succeeded.
    static std::unique_ptr<Catalog> create(const QString &path,
                                           const std::function<void(Catalog &)> &populate = {});
    // Opens an existing catalog. A file that is not a catalog, is damaged or is newer is refused with
    // tfp::Error and left untouched. ReadWrite falls back to read-only when another process holds the file.
    // Verify::Pages also reads every page (PRAGMA quick_check, about half a second per 170 MB); HeaderOnly
    // leaves that to verifyPages(), which the GUI runs in the background so that a large catalog opens at
    // once.
    enum class Verify
    {
        Pages,
        HeaderOnly
    };
    // A path that is a PostgreSQL URL (server::isUrl) opens the programme catalog on that server (no write
    // lock: the server lets many write at once, see apply()); its tables are compared with the schema
    // definition first, and a database without a catalog, of another schema version or with tables changed
    // outside the program is refused with tfp::Error.
    static std::unique_ptr<Catalog> open(const QString &path, Access access = Access::ReadWrite,
                                         Verify verify = Verify::Pages);
    // Reads every page of the file through its own read-only connection (safe from another thread); returns
    // an empty string when the file is sound, else the message that names it and the damage.
    static QString verifyPages(const QString &path);
    // Stops all further changes, e.g. after verifyPages found damage.
    void setReadOnly(const QString &reason);
    // Gives the catalog and its connection to another thread: a QtSql connection may only be used by the
    // thread that owns it, and the GUI opens and loads a large catalog in a worker so that its window stays
    // usable meanwhile. Call it from the thread that owns the catalog now, with no statement running; that
    // thread must not touch the catalog afterwards.
    void handOver(QThread *target);

    // Ends the session: a writer moves its write-ahead log into the file (wal_checkpoint(TRUNCATE)) and goes
    // back to a rollback journal, so that the closed catalog is one self-contained file; then the connection
    // closes and the write lock goes. Throws tfp::Error when the log cannot be moved into the file (a full
    // disk): the changes are then safe only in FILE-wal, which the message says must stay beside the file.
    // Another process still reading is no failure (the log stays for it). The catalog is unusable afterwards;
    // the destructor closes a catalog not closed yet and swallows that error, so whoever must report it
    // (tfp, on exit) calls close() itself.
    void close();
    ~Catalog() override;

    // Stopping a process cleanly on SIGTERM/SIGINT. requestStop() is thread-safe and meant for a thread that
    // waits for the signal: every catalog of the process interrupts the statement it runs, and from then on
    // every call that reads or writes throws tfp::Error, so that the command unwinds, rolls back what it had
    // not committed and closes its catalogs. needsClosing() tells whether a catalog is still open for writing
    // (or being opened): when none is, the process may end at once without leaving -wal, -shm or .lock.
    static void requestStop();
    static bool stopRequested();
    static bool needsClosing();

    QString path() const { return m_path; }
    // Whether the catalog is on a PostgreSQL server (path() is then its URL).
    bool isServer() const { return bool(m_server); }
    QString catalogId() const { return m_catalogId; }
    int schemaVersion() const { return schema::kVersion; }
    qint64 revision() const;
    bool isReadOnly() const { return m_readOnly; }
    QString readOnlyReason() const { return m_readOnlyReason; }

    // Author recorded in the journal; defaults to the login name.
    void setAuthor(const QString &author) { m_author = author; }
    QString author() const { return m_author; }

    // --- reading
    PlanSnapshot loadPlan(PlanDetail detail = PlanDetail::Full) const;
    // Replaces the snapshot's scores and votes with those of one Themenfeld's criteria (a Summary leaves them
    // out); refresh() keeps them up to date from then on.
    void loadScores(PlanSnapshot &plan, int themenfeldId) const;
    // Brings a snapshot up to date after changes were applied: re-reads only the rows they touched.
    void refresh(PlanSnapshot &plan, const ChangeSet &changes) const;
    qint64 count(schema::Table t) const;
    struct LongText
    {
        qint64 key = 0;
        QString column;
        qint64 length = 0; // characters
    };
    // The texts longer than maxChars (in the first `limit` rows by key that have one), without reading them.
    QList<LongText> longTexts(schema::Table t, qint64 maxChars, int limit) const;
    std::optional<QVariantMap> row(schema::Table t, qint64 key) const;
    QVariant value(schema::Table t, qint64 key, QStringView column) const;
    QList<QVariantMap> rowsWhere(schema::Table t, QStringView column, const QVariant &value) const;
    // Every row in key order as values in the table's column order.
    void forEachRow(schema::Table t, const std::function<void(const QVariantList &)> &fn) const;
    QList<JournalEntry> journal(qint64 sinceRevision = 0) const;
    // A fact from the catalog's meta table; empty when it is not set.
    QString meta(const QString &key) const;
    // Every fact whose key starts with prefix, in key order (the records of merged workshop packages).
    QList<std::pair<QString, QString>> metaWithPrefix(const QString &prefix) const;
    // Every fact, the catalog's id, revision and secret included, in key order (moving a catalog whole).
    QList<std::pair<QString, QString>> allMeta() const;
    // The catalog's own secret (64 hex digits) that seals what it hands out, a workshop package, so that it
    // can tell its own package from a changed one; empty while it has none. It lives only in this file: no
    // export carries it, a copy of the file is the same catalog and keeps it.
    QString secret() const;
    // The secret, made (from the system's random source) and stored on first use, outside any change set and
    // revision. Throws tfp::Error on a catalog open read-only that has none yet.
    QString ensureSecret();
    // The change history of one row, oldest first.
    QList<JournalEntry> journalFor(schema::Table t, qint64 key) const;
    // The changes of one table's rows after a revision, oldest first.
    QList<JournalEntry> journalOf(schema::Table t, qint64 sinceRevision) const;

    // --- changing
    // Applies all changes in one transaction or none (throws tfp::Error / ConflictError, nothing written).
    // On a server the writers follow one another (each first locks the revision), every Update is checked
    // against the value committed last, so that of two people changing the same field the second gets a
    // ConflictError with both values while changes to different fields of a row both succeed; the commit
    // announces its revision to every other session (LISTEN/NOTIFY, see listen()).
    void apply(const ChangeSet &changes, const QString &source = {});
    // Applies changes in a transaction that is always rolled back; check runs in between and reads the state
    // they would produce (a merge checks its values against the rules that way). Nothing is written,
    // journaled or announced. Throws what apply would throw, and what check throws.
    void probe(const ChangeSet &changes, const std::function<void()> &check);
    // A fresh key for a new row, never one that a change on an undo stack could bring back.
    qint64 allocateKey(schema::Table t);
    // Who references this row, per table (for "really delete?" questions).
    QList<Dependent> dependents(schema::Table t, qint64 key) const;
    // The deletes (children first) and nullings needed to remove a row and everything that depends on it.
    ChangeSet removal(schema::Table t, qint64 key, const QString &description) const;

    // Fast path for filling a new catalog (create's populate, import): no journal, values in column order,
    // validated like apply. Only valid inside create()'s populate.
    void insertRaw(schema::Table t, const QVariantList &values);
    // Rebuilding a catalog from an export keeps who it is and what happened to it: its id, its revision and
    // its journal entries with their own ids. Only valid inside create()'s populate.
    void setIdentityRaw(const QString &catalogId, qint64 revision);
    void insertJournalRaw(const JournalEntry &e);
    // A fact in the meta table of a catalog being created (a workshop package's origin and base; when a
    // catalog is copied whole, also its "created" and its secret). Only valid inside create()'s populate; the
    // catalog's own id and revision are not set this way (setIdentityRaw).
    void setMetaRaw(const QString &key, const QString &value);

    // --- other processes
    // True (and emits externallyChanged) when another connection committed since the last look. On a server:
    // catchUp().
    bool checkExternalChange();
    // Server catalogs: reads what other sessions committed since this one last looked, from the journal,
    // and emits othersChanged with it (each row an insert, update or delete touched, for refresh()), or
    // externallyChanged when that cannot be told row by row (a change of the catalog's own facts, a delete
    // whose parent row is gone from the journal). True when there was anything.
    bool catchUp();
    // Server catalogs: from now on a commit by another session makes this catalog catch up at once (a second
    // connection listens for the revision the commit announces). Call it from the thread that owns the
    // catalog, with an event loop.
    void listen();
    // A read-only catalog whose writer went away takes over the write lock.
    bool tryBecomeWritable();
    // Who holds the write lock while this catalog is open read-only for that reason; nullopt otherwise.
    struct LockHolder
    {
        qint64 pid = 0;
        QString host;
        QString app;
        QDateTime since;           // when the lock was taken (the lock file's time)
        bool thisComputer = false; // a lock of this computer goes by itself when its process ends
    };
    std::optional<LockHolder> lockHolder() const;
    // Removes a write lock that a program on another computer left (a shared drive: whether it still runs
    // cannot be told from here), once the user has made sure that nobody works with the catalog there.
    // Refuses (tfp::Error) a lock of this computer, and one that is no longer the one shown (taken over or
    // renewed meanwhile). The catalog then takes the lock with tryBecomeWritable().
    void breakLock(const LockHolder &shown);

    // Writes a consistent copy of the whole catalog to a new file (refused if it exists).
    void saveCopy(const QString &path) const;

    // Runs PRAGMA integrity_check; returns "ok" or the first problems.
    QString integrityCheck() const;

    // One schema migration step: lifts an open catalog from version `from` to `to` (= from + 1). open() runs
    // the steps in order, each in its own transaction, and sets PRAGMA user_version after each.
    struct MigrationStep
    {
        int from = 0;
        int to = 0;
        void (*run)(Catalog &catalog) = nullptr;
    };
    // Together the steps lead from schema 1, the first there is, to schema::kVersion without a gap.
    static const QList<MigrationStep> &migrationSteps();

Q_SIGNALS:
    void changed(const tfp::ChangeSet &changes);
    void externallyChanged();
    void writableChanged(bool writable);
    // Rows other sessions changed on the server (catchUp); this catalog's own plan is to be refreshed.
    void othersChanged(const tfp::ChangeSet &changes);

private:
    Catalog(QString path, QString connection);
    static std::unique_ptr<Catalog> openServer(const QString &url, Access access);
    void checkServerSchema();
    // A server catalog made before its keys came from sequences and before its access layer: both are added
    // when its owner opens it for writing.
    void upgradeServerLayout();
    // The login that owns the server catalog's tables: it alone may change their layout.
    QString serverOwner();
    // Lifts a server catalog of schema 2 to the current one, in one transaction (the tables' owner only).
    void migrateServer(int from);
    // The server refused a change by its rights (row-level security): what the rule is and who asked. ask:
    // the transaction is still usable, so the row's Themenfeld can be named.
    QString refusedByServer(const Change &c, bool ask) const;
    // The revision a write starts from: on a server locked until the transaction ends.
    qint64 revisionForWriting();
    void configure(bool writable);
    void track(bool writable);
    void throwIfStopped() const;
    void createSchema();
    void migrate(int from);
    void loadMeta();
    QSqlQuery &prepared(const QString &sql) const;
    void exec(const QString &sql) const;
    void applyOne(const Change &c);
    void journal(const Change &c, const QString &source, const QString &description, qint64 revision);
    QVariantMap normalisedRow(const schema::TableDef &def, const QVariantMap &row) const;
    QString describeKey(schema::Table t, qint64 key, const QVariantMap &row) const;
    void collectRemoval(schema::Table t, qint64 key, QList<Change> &out, QSet<QString> &seen) const;
    void requirePopulating(const char *function) const;
    void setMeta(const QString &key, const QString &value);
    void applyMeta(const MetaChange &m);
    // apply() and probe(): journalOne is called after each change; a probeCheck makes it a probe.
    void applyChanges(const ChangeSet &changes,
                      const std::function<void(const Change &, qint64 revision)> &journalOne,
                      const std::function<void()> &probeCheck = {});

    QString m_path;
    QString m_connection;
    QString m_catalogId;
    QString m_author;
    bool m_readOnly = false;
    bool m_populating = false;
    QString m_readOnlyReason;
    bool m_closed = false;
    std::unique_ptr<QLockFile> m_lock;
    qint64 m_dataVersion = 0;
    mutable QHash<QString, std::shared_ptr<QSqlQuery>> m_statements;
    QHash<int, qint64> m_nextKey;
    std::unique_ptr<ServerConnection> m_server;
    // server: a connection of its own that only listens. On the connection that reads and writes, libpq takes
    // in a notification while it reads a result, and Qt's driver then hears of it only on the next activity
    // of the socket, which may never come: the last commit of a quiet afternoon would stay untold.
    std::unique_ptr<ServerConnection> m_listener;
    QString m_login;             // server: the database login (session_user)
    qint64 m_seenRevision = 0;   // server: the revision this session has caught up to
    QSet<qint64> m_ownRevisions; // server: revisions this session committed after m_seenRevision
};

} // namespace tfp
