#include "catalogfile.h"

#include "tr.h"

#include "catalog.h"
#include "error.h"
#include "schema.h"
#include "schemacheck.h"
#include "server.h"
#include "sqldialect.h"

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#endif

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>
#include <QThread>
#include <QUuid>

namespace tfp::catalogfile {

using schema::kVersion;

QString displayPath(const QString &path)
{
    return server::isUrl(path) ? path : QDir::toNativeSeparators(path);
}

QString newConnectionName()
{
    return u"tfp-"_qs + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

quint32 be32(const QByteArray &b, int o)
{
    return (quint32(quint8(b[o])) << 24) | (quint32(quint8(b[o + 1])) << 16) |
           (quint32(quint8(b[o + 2])) << 8) | quint32(quint8(b[o + 3]));
}

bool nonEmptyFile(const QString &path)
{
    return QFileInfo(path).size() > 0;
}

// A writer that died mid-transaction leaves a -wal or a hot -journal beside the file; until SQLite has
// replayed it the main file alone may look inconsistent.
bool hasSidecar(const QString &path)
{
    return nonEmptyFile(path + u"-wal"_qs) || nonEmptyFile(path + u"-journal"_qs);
}

// Reads the fixed 100-byte SQLite header so that a file that is not SQLite at all, or was cut off, is refused
// before SQLite touches it. Returns the header.
QByteArray checkHeader(const QString &path)
{
    QFile f(path);
    if (!f.exists())
        throw Error(storage::Tr::tr("Die Datei „%1“ gibt es nicht.").arg(displayPath(path)));
    if (QFileInfo(path).isDir())
        throw Error(storage::Tr::tr("„%1“ ist ein Ordner, keine Katalogdatei.").arg(displayPath(path)));
    if (!f.open(QIODevice::ReadOnly))
        throw Error(storage::Tr::tr("Die Datei „%1“ kann nicht gelesen werden: %2")
                        .arg(displayPath(path), f.errorString()));
    const QByteArray header = f.read(100);
    if (header.isEmpty())
        throw Error(
            storage::Tr::tr("Die Datei „%1“ ist leer und keine Katalogdatei.").arg(displayPath(path)));
    if (!header.startsWith(QByteArray("SQLite format 3\0", 16)))
        throw Error(
            storage::Tr::tr("„%1“ ist keine Katalogdatei von Themenfeldplaner (keine SQLite-Datenbank).")
                .arg(displayPath(path)));
    if (header.size() < 100)
        throw Error(storage::Tr::tr("Die Katalogdatei „%1“ ist abgeschnitten (Kopf unvollständig).")
                        .arg(displayPath(path)));
    qint64 pageSize = (quint8(header[16]) << 8) | quint8(header[17]);
    if (pageSize == 1)
        pageSize = 65536;
    const quint32 pages = be32(header, 28);
    const bool sizeValid = be32(header, 24) == be32(header, 92) && pages > 0;
    if (sizeValid && !hasSidecar(path) && f.size() < pageSize * qint64(pages))
        throw Error(storage::Tr::tr("Die Katalogdatei „%1“ ist abgeschnitten: %2 von %3 Bytes vorhanden.")
                        .arg(displayPath(path))
                        .arg(f.size())
                        .arg(pageSize * qint64(pages)));
    return header;
}

// Runs fn with a connection of its own, closed and removed afterwards (QSqlDatabase wants every handle gone
// before removeDatabase).
template <typename Fn> void withConnection(const QString &abs, bool readOnly, Fn &&fn)
{
    const QString name = newConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_qs, name);
        db.setDatabaseName(abs);
        if (readOnly)
            db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_qs);
        fn(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

bool openHardened(QSqlDatabase &db)
{
    if (!db.open())
        return false;
    schemacheck::harden(db);
    return true;
}

// Looks at a file read-only, so that a foreign, newer or damaged file is never written to.
Probe probeCatalog(const QString &abs, const QString &path, bool checkPages, bool checkValues)
{
    Probe r;
    withConnection(abs, true, [&](QSqlDatabase &db) {
        if (!openHardened(db)) {
            r.unreadable = true;
            r.problem = storage::Tr::tr("Die Katalogdatei „%1“ kann nicht geöffnet werden: %2")
                            .arg(displayPath(path), db.lastError().text());
            return;
        }
        QSqlQuery q(db);
        qint64 appId = -1;
        if (q.exec(u"PRAGMA application_id"_qs) && q.next())
            appId = q.value(0).toLongLong();
        if (q.exec(u"PRAGMA user_version"_qs) && q.next())
            r.userVersion = q.value(0).toInt();
        if (appId < 0) {
            r.unreadable = true;
            r.problem =
                storage::Tr::tr("Die Katalogdatei „%1“ ist beschädigt und kann nicht gelesen werden: %2")
                    .arg(displayPath(path), q.lastError().text());
        } else if (appId != kApplicationId) {
            r.problem = storage::Tr::tr(
                            "„%1“ ist keine Katalogdatei von Themenfeldplaner (eine SQLite-Datenbank eines "
                            "anderen Programms).")
                            .arg(displayPath(path));
        } else if (r.userVersion > kVersion) {
            r.problem =
                storage::Tr::tr(
                    "Die Katalogdatei „%1“ stammt aus einer neueren Version von Themenfeldplaner "
                    "(Schema %2; diese Version kennt Schema %3). Bitte aktualisieren Sie das Programm.")
                    .arg(displayPath(path))
                    .arg(r.userVersion)
                    .arg(kVersion);
        } else if (r.userVersion < 1) {
            r.problem = storage::Tr::tr("Die Katalogdatei „%1“ ist beschädigt: die Schemaversion fehlt.")
                            .arg(displayPath(path));
        } else if (r.problem = schemacheck::foreignSchema(db, displayPath(path), r.userVersion);
                   !r.problem.isEmpty()) {
            r.repairable = true;
        } else if (r.problem = schemacheck::invalidCatalogId(db, displayPath(path)); !r.problem.isEmpty()) {
            r.repairable = true;
        } else if (checkPages && (!q.exec(u"PRAGMA quick_check"_qs) || !q.next())) {
            r.problem = storage::Tr::tr("Die Katalogdatei „%1“ ist beschädigt: %2")
                            .arg(displayPath(path), q.lastError().text());
        } else if (const QString check = checkPages ? q.value(0).toString() : u"ok"_qs; check != u"ok") {
            r.problem =
                storage::Tr::tr("Die Katalogdatei „%1“ ist beschädigt: %2").arg(displayPath(path), check);
        } else if (checkValues) {
            // Read-only, SQLite skips CHECK constraints: the values are checked by query instead.
            r.problem = schemacheck::invalidValues(db, displayPath(path), r.userVersion);
            r.repairable = !r.problem.isEmpty();
        }
    });
    return r;
}

// A writer killed while it committed or switched the journal mode (open and close do) leaves a hot rollback
// journal that only a read-write connection may replay, so the read-only probe fails. When the file's own
// header names it one of our catalogs, one short read-write connection lets SQLite replay it, as the dead
// writer would have on its next start; the probe then judges the result (the schema version, for one, may be
// part of the torn page). Another program's file stays untouched.
bool recoverInterruptedWrite(const QString &abs, const QByteArray &header)
{
    if (!hasSidecar(abs) || be32(header, 68) != kApplicationId)
        return false;
    bool ok = false;
    withConnection(abs, false, [&](QSqlDatabase &db) {
        if (!openHardened(db))
            return;
        QSqlQuery q(db);
        // Any read takes the shared lock, and taking it replays a hot journal.
        ok = q.exec(u"PRAGMA application_id"_qs) && q.next();
    });
    return ok;
}

// Takes a catalog's write lock. A writer may hold it all day, so only a dead holder makes it stale, never its
// age (stale time 0); QLockFile knows a dead holder by the pid written in the file. A writer killed between
// creating the file and writing its pid leaves it empty, which QLockFile never counts as stale: such a file
// is removed once nobody holds its flock (removeStaleLockFile() checks that) and it is older than the instant
// a live writer needs from creating it to flocking it.
bool takeWriteLock(QLockFile &lock, const QString &lockPath)
{
    lock.setStaleLockTime(0);
    if (lock.tryLock(0))
        return true;
    if (lock.error() != QLockFile::LockFailedError || lock.getLockInfo(nullptr, nullptr, nullptr))
        return false;
    constexpr qint64 kCreatingMs = 100;
    const qint64 age = QFileInfo(lockPath).lastModified().msecsTo(QDateTime::currentDateTime());
    if (age >= 0 && age < kCreatingMs)
        QThread::msleep(quint64(kCreatingMs - age));
    if (lock.getLockInfo(nullptr, nullptr, nullptr))
        return false; // filled meanwhile: a live writer
    return lock.removeStaleLockFile() && lock.tryLock(0);
}

bool onWritableMedium(const QString &abs)
{
    // access(W_OK) answers EROFS on a read-only mount even for root.
    return QFileInfo(QFileInfo(abs).absolutePath()).isWritable() && QFileInfo(abs).isWritable();
}

bool walMode(const QByteArray &header)
{
    return header.size() >= 20 && (header[18] == 2 || header[19] == 2);
}

std::unique_ptr<ReadingCopy> makeReadingCopy(const QString &abs, const QString &path)
{
    auto copy = std::make_unique<ReadingCopy>();
    copy->path = copy->dir.filePath(QFileInfo(abs).fileName());
    bool ok = copy->dir.isValid() && QFile::copy(abs, copy->path);
    if (ok && nonEmptyFile(abs + u"-wal"_qs))
        ok = QFile::copy(abs + u"-wal"_qs, copy->path + u"-wal"_qs);
    if (!ok)
        throw Error(
            storage::Tr::tr(
                "Die Katalogdatei „%1“ liegt schreibgeschützt im WAL-Modus vor und kann nicht zum Lesen "
                "kopiert werden.")
                .arg(displayPath(path)));
    for (const QString &f : {copy->path, copy->path + u"-wal"_qs})
        QFile::setPermissions(f, QFile::ReadOwner | QFile::WriteOwner);
    return copy;
}

JournalEntry journalEntryAt(const QSqlQuery &q)
{
    JournalEntry e;
    e.id = q.value(0).toLongLong();
    e.revision = q.value(1).toLongLong();
    e.zeitpunkt = q.value(2).toString();
    e.autor = q.value(3).toString();
    e.quelle = q.value(4).toString();
    e.beschreibung = q.value(5).toString();
    e.table = q.value(6).toString();
    e.key = q.value(7).toLongLong();
    e.column = q.value(8).toString();
    e.alt = q.value(9).toString();
    e.neu = q.value(10).toString();
    e.anmeldung = q.value(11).toString();
    e.zeile = q.value(12).toString();
    return e;
}

bool processAlive(qint64 pid)
{
#ifdef Q_OS_UNIX
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
#else
    Q_UNUSED(pid);
    return true;
#endif
}

} // namespace tfp::catalogfile

namespace tfp {

using namespace catalogfile;

// --- the Catalog towards other processes and the file as a whole

bool Catalog::checkExternalChange()
{
    if (m_server)
        return catchUp();
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(u"PRAGMA data_version"_qs) || !q.next())
        return false;
    const qint64 v = q.value(0).toLongLong();
    if (v == m_dataVersion)
        return false;
    m_dataVersion = v;
    Q_EMIT externallyChanged();
    return true;
}

bool Catalog::tryBecomeWritable()
{
    if (!m_readOnly)
        return true;
    if (m_lock || m_server)
        return false; // we hold the file ourselves and stopped writing on purpose (setReadOnly)
    auto lock = std::make_unique<QLockFile>(m_path + u".lock"_qs);
    if (!takeWriteLock(*lock, m_path + u".lock"_qs))
        return false;
    m_statements.clear();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
        db.setConnectOptions(QString());
        if (!openHardened(db))
            return false;
    }
    configure(true);
    m_lock = std::move(lock);
    m_readOnly = false;
    m_readOnlyReason.clear();
    loadMeta();
    Q_EMIT writableChanged(true);
    return true;
}

std::optional<Catalog::LockHolder> Catalog::lockHolder() const
{
    if (!m_readOnly || m_lock)
        return std::nullopt;
    const QString lockPath = m_path + u".lock"_qs;
    QLockFile lock(lockPath);
    LockHolder h;
    if (!lock.getLockInfo(&h.pid, &h.host, &h.app))
        return std::nullopt;
    h.since = QFileInfo(lockPath).lastModified();
    h.thisComputer = h.host == QSysInfo::machineHostName();
    return h;
}

void Catalog::breakLock(const LockHolder &shown)
{
    const auto now = lockHolder();
    if (!now || now->pid != shown.pid || now->host != shown.host || now->app != shown.app ||
        now->since != shown.since)
        throw Error(
            storage::Tr::tr(
                "Die Sperre des Katalogs „%1“ hat sich inzwischen geändert; sie wird nicht aufgehoben. "
                "Bitte prüfen Sie erneut, wer den Katalog bearbeitet.")
                .arg(displayPath(m_path)));
    if (now->thisComputer)
        throw Error(storage::Tr::tr(
                        "Die Sperre des Katalogs „%1“ hält ein Programm auf diesem Rechner (Prozess %2); sie "
                        "wird frei, sobald es den Katalog schließt, und wird nicht von Hand aufgehoben.")
                        .arg(displayPath(m_path))
                        .arg(now->pid));
    QFile lockFile(m_path + u".lock"_qs);
    if (!lockFile.remove())
        throw Error(storage::Tr::tr("Die Sperre des Katalogs „%1“ kann nicht aufgehoben werden: %2")
                        .arg(displayPath(m_path), lockFile.errorString()));
}

void Catalog::saveCopy(const QString &path) const
{
    if (QFileInfo::exists(path))
        throw Error(storage::Tr::tr("Die Datei „%1“ gibt es schon; eine Kopie überschreibt keine Datei.")
                        .arg(displayPath(path)));
    if (m_server) {
        server::exportFile(m_path, path);
        return;
    }
    const QFileInfo target(path);
    const QString tmp = target.absolutePath() + u"/."_qs + target.fileName() + u".copy-"_qs +
                        QUuid::createUuid().toString(QUuid::Id128).left(8);
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    const schemacheck::AllowAttach attachTarget(db);
    QSqlQuery q(db);
    q.prepare(sql::copyInto());
    q.addBindValue(tmp);
    if (!q.exec()) {
        QFile::remove(tmp);
        throw Error(storage::Tr::tr("Die Kopie „%1“ kann nicht geschrieben werden: %2")
                        .arg(displayPath(path), q.lastError().text()));
    }
    if (!QFile::rename(tmp, path)) {
        QFile::remove(tmp);
        throw Error(storage::Tr::tr("Die Kopie „%1“ kann nicht geschrieben werden.").arg(displayPath(path)));
    }
}

void Catalog::setReadOnly(const QString &reason)
{
    if (m_readOnly)
        return;
    m_readOnly = true;
    m_readOnlyReason = reason;
    Q_EMIT writableChanged(false);
}

QString Catalog::integrityCheck() const
{
    if (m_server)
        throw Error(storage::Tr::tr("Die Prüfung der Seiten gibt es nur für eine Katalogdatei; ein Katalog "
                                    "auf dem Server wird von PostgreSQL geprüft."));
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(u"PRAGMA integrity_check"_qs))
        return q.lastError().text();
    QStringList lines;
    while (q.next())
        lines << q.value(0).toString();
    return lines.join(u'\n');
}

} // namespace tfp
