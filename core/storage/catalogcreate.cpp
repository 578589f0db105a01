// Catalog::create: a new catalog is built on a temporary file and renamed into place only when complete, so
// that a killed or failed creation never leaves a half-written catalog under the user's file name.
#include "catalog.h"

#include "catalogfile.h"
#include "error.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QUuid>

#include <cerrno>
#include <cstring>
#include <sqlite3.h>
#include <unistd.h>

namespace tfp {

using namespace catalogfile;

namespace {
// Temporary files of earlier creations of the same catalog whose process is gone (killed while it built the
// file): they can never be finished, so they go.
void removeAbandonedCreations(const QFileInfo &target)
{
    const QDir dir = target.absoluteDir();
    const QString prefix = u"."_qs + target.fileName() + u".creating-"_qs;
    for (const QString &name : dir.entryList({prefix + u'*'}, QDir::Files | QDir::Hidden)) {
        bool ok = false;
        const qint64 pid = name.mid(prefix.size()).section(u'-', 0, 0).toLongLong(&ok);
        if (ok && pid > 0 && !processAlive(pid))
            QFile::remove(dir.filePath(name));
    }
}

// Whether SQLite's last failure on db was a full disk: its own text for that is English and names the
// temporary file, so the message is made here.
bool diskFull(const QSqlDatabase &db)
{
    const QVariant v = db.driver() ? db.driver()->handle() : QVariant();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return false;
    sqlite3 *handle = *static_cast<sqlite3 *const *>(v.constData());
    return handle && (sqlite3_extended_errcode(handle) & 0xff) == SQLITE_FULL;
}
} // namespace

std::unique_ptr<Catalog> Catalog::create(const QString &path, const std::function<void(Catalog &)> &populate)
{
    if (QFileInfo::exists(path))
        throw Error(tr("Die Datei „%1“ gibt es schon; ein neuer Katalog überschreibt keine Datei.")
                        .arg(displayPath(path)));
    const QFileInfo target(path);
    if (!target.absoluteDir().exists())
        throw Error(tr("Der Ordner „%1“ für den neuen Katalog gibt es nicht.")
                        .arg(displayPath(target.absolutePath())));
    // SQLite would only say "unable to open database file".
    if (::access(QFile::encodeName(target.absolutePath()).constData(), W_OK) != 0) {
        const int error = errno;
        const QString why = error == EROFS ? tr("der Datenträger ist schreibgeschützt")
                            : error == EACCES || error == EPERM
                                ? tr("keine Berechtigung, in diesem Ordner zu schreiben")
                                : QString::fromLocal8Bit(std::strerror(error));
        throw Error(tr("Der Katalog „%1“ kann nicht angelegt werden: %2").arg(displayPath(path), why));
    }
    removeAbandonedCreations(target);
    // The creating process's id in the name tells a file being built from one a killed process left behind.
    const QString tmp = target.absolutePath() + u"/."_qs + target.fileName() + u".creating-"_qs +
                        QString::number(QCoreApplication::applicationPid()) + u'-' +
                        QUuid::createUuid().toString(QUuid::Id128).left(8);
    auto removeTmp = [&] {
        for (const char *suffix : {"", "-wal", "-shm", "-journal"})
            QFile::remove(tmp + QString::fromLatin1(suffix));
    };
    {
        std::unique_ptr<Catalog> c(new Catalog(tmp, newConnectionName()));
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_qs, c->m_connection);
        db.setDatabaseName(tmp);
        if (!openHardened(db)) {
            const QString e = db.lastError().text();
            removeTmp();
            throw Error(tr("Der Katalog „%1“ kann nicht angelegt werden: %2").arg(displayPath(path), e));
        }
        try {
            c->exec(u"PRAGMA foreign_keys = ON"_qs);
            c->exec(u"PRAGMA trusted_schema = OFF"_qs);
            // Rollback journal while building: one file, no WAL to carry along when it is renamed.
            c->exec(u"PRAGMA journal_mode = DELETE"_qs);
            if (!db.transaction())
                throw Error(db.lastError().text());
            c->createSchema();
            c->loadMeta();
            c->m_populating = true;
            if (populate)
                populate(*c);
            c->m_populating = false;
            if (!db.commit())
                throw Error(tr("Der Katalog „%1“ kann nicht gespeichert werden: %2")
                                .arg(displayPath(path), db.lastError().text()));
        } catch (...) {
            const bool full = diskFull(db);
            db.rollback();
            db = QSqlDatabase();
            c.reset();
            removeTmp();
            if (full)
                throw Error(tr("Der Katalog „%1“ kann nicht angelegt werden: %2")
                                .arg(displayPath(path),
                                     tr("der Datenträger ist voll (kein Speicherplatz mehr frei)")));
            throw;
        }
    }
    // A write-ahead log or journal without its database was left by a killed process whose file was then
    // deleted: SQLite would replay it into the new catalog, so it goes before the new file takes the name.
    for (const char *suffix : {"-wal", "-shm", "-journal"})
        if (const QString orphan = path + QString::fromLatin1(suffix);
            QFileInfo::exists(orphan) && !QFileInfo::exists(path))
            QFile::remove(orphan);
    // rename() does not overwrite: a file that appeared meanwhile is not destroyed.
    if (!QFile::rename(tmp, path)) {
        removeTmp();
        throw Error(tr("Der Katalog „%1“ kann nicht angelegt werden (Datei entstand gleichzeitig oder Ordner "
                       "nicht beschreibbar).")
                        .arg(displayPath(path)));
    }
    return open(path, Access::ReadWrite);
}

} // namespace tfp
