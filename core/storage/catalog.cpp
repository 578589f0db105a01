#include "catalog.h"

#include "tr.h"

#include "catalogfile.h"
#include "checkedfiles.h"
#include "error.h"
#include "schemacheck.h"
#include "server.h"
#include "serverconnection.h"
#include "sqldialect.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QThread>
#include <QUuid>

#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <limits>
#include <mutex>

namespace tfp {

using namespace schema;

namespace {

using namespace catalogfile;

// Each table's INSERT, built once: insertRaw runs it for every row of a new catalog, and building the text
// anew each time cost a sixth of insertRaw's time.
const QString &insertSql(Table t)
{
    static const auto all = [] {
        std::array<QString, size_t(Table::Count)> text;
        for (const TableDef &def : tables())
            text[size_t(def.id)] = sql::insert(def);
        return text;
    }();
    return all[size_t(t)];
}

// Text for NOT NULL text columns: never a null QString, which the driver would bind as NULL.
QString nn(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

} // namespace

QString journalRowText(const QVariantMap &row)
{
    if (row.isEmpty())
        return u""_qs;
    return QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(row)).toJson(QJsonDocument::Compact));
}

QVariantMap journalRow(const JournalEntry &e)
{
    // Written by journalRowText; anything else (an entry of before schema 3, a file edited by hand) is no
    // row.
    const QJsonDocument d = QJsonDocument::fromJson(e.zeile.toUtf8());
    return d.isObject() ? d.object().toVariantMap() : QVariantMap();
}

namespace {

QString sqlValueText(const QVariant &v)
{
    if (v.isNull() || !v.isValid())
        return QStringLiteral("");
    return v.toString();
}

// The catalogs open in this process, for requestStop() from another thread: the SQLite handle to interrupt
// (null while opening) and whether closing matters (a writer, or one still being opened). Not data: the
// catalogs themselves stay passed explicitly.
struct OpenCatalog
{
    sqlite3 *handle = nullptr;
    bool needsClosing = true;
};
std::mutex openMutex;
QHash<const Catalog *, OpenCatalog> openCatalogs;
std::atomic<bool> stopping = false;

sqlite3 *handleOf(const QSqlDatabase &db)
{
    const QVariant v = db.driver() ? db.driver()->handle() : QVariant();
    return v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0 ? *static_cast<sqlite3 *const *>(v.data())
                                                                 : nullptr;
}

} // namespace

Catalog::Catalog(QString path, QString connection)
    : m_path(std::move(path)), m_connection(std::move(connection))
{
    m_author = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    if (m_author.isEmpty())
        m_author = storage::Tr::tr("unbekannt");
    const std::lock_guard guard(openMutex);
    openCatalogs.insert(this, {});
}

void Catalog::track(bool writable)
{
    const std::lock_guard guard(openMutex);
    openCatalogs[this] = {handleOf(QSqlDatabase::database(m_connection, false)), writable};
}

void Catalog::handOver(QThread *target)
{
    // The cached statements are made again on first use; the connection follows its driver's thread
    // (QSqlDatabase::database() refuses a connection whose driver lives in another thread).
    m_statements.clear();
    if (QSqlDriver *driver = QSqlDatabase::database(m_connection, false).driver())
        driver->moveToThread(target);
    moveToThread(target);
}

void Catalog::requestStop()
{
    stopping = true;
    const std::lock_guard guard(openMutex);
    for (const OpenCatalog &c : std::as_const(openCatalogs))
        if (c.handle)
            sqlite3_interrupt(c.handle); // thread-safe: only sets a flag the running statement checks
}

bool Catalog::stopRequested()
{
    return stopping;
}

bool Catalog::needsClosing()
{
    const std::lock_guard guard(openMutex);
    return std::any_of(openCatalogs.cbegin(), openCatalogs.cend(),
                       [](const OpenCatalog &c) { return c.needsClosing; });
}

void Catalog::throwIfStopped() const
{
    if (stopping)
        throw Error(storage::Tr::tr(
                        "Abgebrochen: der Katalog „%1“ wird geschlossen; was noch nicht gespeichert war, ist "
                        "verworfen.")
                        .arg(displayPath(m_path)));
}

void Catalog::close()
{
    if (m_closed)
        return;
    m_closed = true;
    m_statements.clear();
    if (m_server) {
        // Every commit is on the server already: closing only ends the session.
        m_listener.reset();
        m_server.reset();
        const std::lock_guard guard(openMutex);
        openCatalogs.remove(this);
        return;
    }
    QString problem;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        {
            const std::lock_guard guard(openMutex);
            openCatalogs[this].handle = nullptr; // closed below: requestStop must not touch it any more
        }
        // Back to a rollback journal when the last writer leaves, so that a closed catalog is one
        // self-contained file and readers do not leave -wal/-shm files beside it. The log is moved into the
        // file first, and both steps are checked: on a full disk the file alone would lack the last changes.
        bool selfContained = false;
        if (db.isOpen() && !m_readOnly) {
            QSqlQuery q(db);
            bool othersRead = false;
            if (!q.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_qs) || !q.next()) {
                problem = q.lastError().text();
            } else if (q.value(0).toInt() != 0) {
                othersRead = true; // another process reads: the log stays for it, and that is no failure
            } else if (q.value(1).toInt() != q.value(2).toInt()) {
                problem = storage::Tr::tr("nur %1 von %2 Seiten des Protokolls übertragen")
                              .arg(q.value(2).toInt())
                              .arg(q.value(1).toInt());
            }
            q.finish();
            if (problem.isEmpty() && !othersRead) {
                // SQLITE_BUSY or _LOCKED: a reader came meanwhile; the log stays for it.
                if (!q.exec(u"PRAGMA journal_mode = DELETE"_qs) || !q.next()) {
                    if (const QString code = q.lastError().nativeErrorCode(); code != u"5" && code != u"6")
                        problem = q.lastError().text();
                } else if (q.value(0).toString().compare(u"delete"_qs, Qt::CaseInsensitive) != 0) {
                    problem = storage::Tr::tr("der Katalog blieb im Modus „%1“").arg(q.value(0).toString());
                } else {
                    selfContained = true;
                }
                q.finish();
            }
        }
        // SQLite keeps the log beside the file when it could not move it in: nothing is lost.
        if (db.isOpen())
            db.close();
        // Every value written here passed the schema's constraints, and the values before were checked on
        // open: the file as this writer leaves it needs no value check on its next open.
        if (selfContained && !hasSidecar(m_path))
            checkedfiles::remember(m_path, schemacheck::valueRules());
    }
    QSqlDatabase::removeDatabase(m_connection);
    m_lock.reset();
    {
        const std::lock_guard guard(openMutex);
        openCatalogs.remove(this);
    }
    if (!problem.isEmpty())
        throw Error(
            storage::Tr::tr(
                "Der Katalog „%1“ konnte beim Schließen nicht vollständig in die Datei geschrieben "
                "werden: %2. Die letzten Änderungen stehen noch in „%1-wal“: diese Datei nicht löschen "
                "und nur zusammen mit dem Katalog kopieren; sobald wieder Platz ist, öffnet "
                "Themenfeldplaner den Katalog vollständig.")
                .arg(displayPath(m_path), problem));
}

Catalog::~Catalog()
{
    try {
        close();
    } catch (const Error &) {
        // Nobody is left to tell; SQLite kept the changes in the -wal file (see close()).
    }
    const std::lock_guard guard(openMutex);
    openCatalogs.remove(this);
}

QSqlQuery &Catalog::prepared(const QString &sql) const
{
    throwIfStopped();
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        auto q = std::make_shared<QSqlQuery>(QSqlDatabase::database(m_connection, false));
        q->setForwardOnly(true);
        if (!q->prepare(sql))
            throw Error(storage::Tr::tr("Interner Fehler im Katalog „%1“: %2")
                            .arg(displayPath(m_path), q->lastError().text()));
        it = m_statements.insert(sql, q);
    }
    return **it;
}

void Catalog::exec(const QString &sql) const
{
    throwIfStopped();
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(sql))
        throw Error(storage::Tr::tr("Der Katalog „%1“ kann nicht bearbeitet werden: %2")
                        .arg(displayPath(m_path), q.lastError().text()));
}

void Catalog::configure(bool writable)
{
    exec(u"PRAGMA foreign_keys = ON"_qs);
    exec(u"PRAGMA trusted_schema = OFF"_qs);
    if (writable) {
        exec(u"PRAGMA journal_mode = WAL"_qs);
        // FULL: a commit that returned is on disk even if the machine loses power right after.
        exec(u"PRAGMA synchronous = FULL"_qs);
    }
    exec(u"PRAGMA busy_timeout = 5000"_qs);
}

void Catalog::createSchema()
{
    for (const QString &statement : sql::createSchema(kMeta, kJournal))
        exec(statement);
    exec(u"PRAGMA application_id = %1"_qs.arg(kApplicationId));
    exec(u"PRAGMA user_version = %1"_qs.arg(kVersion));
    setMeta(u"catalog_id"_qs, QUuid::createUuid().toString(QUuid::WithoutBraces));
    setMeta(u"created"_qs, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    setMeta(u"revision"_qs, u"0"_qs);
}

void Catalog::loadMeta()
{
    QSqlQuery &q = prepared(sql::selectMeta(kMeta));
    q.bindValue(0, u"catalog_id"_qs);
    if (!q.exec() || !q.next())
        throw Error(storage::Tr::tr("Die Katalogdatei „%1“ ist beschädigt: die Katalogkennung fehlt.")
                        .arg(displayPath(m_path)));
    m_catalogId = q.value(0).toString();
    q.finish();
    if (m_server)
        return;
    QSqlQuery dv(QSqlDatabase::database(m_connection, false));
    if (dv.exec(u"PRAGMA data_version"_qs) && dv.next())
        m_dataVersion = dv.value(0).toLongLong();
}

QString Catalog::verifyPages(const QString &path)
{
    const QString abs = QFileInfo(path).absoluteFilePath();
    try {
        std::unique_ptr<ReadingCopy> copy;
        if (!onWritableMedium(abs) && walMode(checkHeader(path)))
            copy = makeReadingCopy(abs, path);
        return probeCatalog(copy ? copy->path : abs, path, true).problem;
    } catch (const Error &e) {
        return e.message();
    }
}

std::unique_ptr<Catalog> Catalog::open(const QString &path, Access access, Verify verify)
{
    if (server::isUrl(path))
        return openServer(path, access);
    const QByteArray header = checkHeader(path);
    const QString abs = QFileInfo(path).absoluteFilePath();
    const bool medium = onWritableMedium(abs);
    std::unique_ptr<ReadingCopy> copy;
    if (!medium && walMode(header))
        copy = makeReadingCopy(abs, path);
    const QString readPath = copy ? copy->path : abs;
    const bool pages = verify == Verify::Pages;
    // A file this user's Themenfeldplaner checked or wrote, unchanged since, needs no value check again; one
    // with a journal beside it is not the file that was checked.
    const QByteArray rules = schemacheck::valueRules();
    const QByteArray stampBefore = checkedfiles::stamp(abs);
    const bool known = !copy && !hasSidecar(abs) && checkedfiles::unchanged(abs, rules);
    Probe probe = probeCatalog(readPath, path, pages, !known);
    if (probe.unreadable && recoverInterruptedWrite(readPath, header))
        probe = probeCatalog(readPath, path, pages);
    if (!probe.problem.isEmpty() && probe.repairable)
        throw RefusedCatalogError(probe.problem);
    if (!probe.problem.isEmpty())
        throw Error(probe.problem);
    if (!known && !copy && !hasSidecar(abs))
        checkedfiles::remember(abs, rules, stampBefore);
    const int userVersion = probe.userVersion;

    std::unique_ptr<Catalog> c(new Catalog(abs, newConnectionName()));
    ReadingCopy *reading = copy.get();
    if (copy)
        copy.release()->setParent(c.get());
    bool writable = access == Access::ReadWrite;
    if (writable && !medium) {
        writable = false;
        c->m_readOnlyReason =
            storage::Tr::tr("Die Katalogdatei oder ihr Ordner ist schreibgeschützt (etwa auf einem "
                            "schreibgeschützten Datenträger). Der Katalog ist nur zum Lesen geöffnet.");
    } else if (writable) {
        c->m_lock = std::make_unique<QLockFile>(abs + u".lock"_qs);
        if (!takeWriteLock(*c->m_lock, abs + u".lock"_qs)) {
            qint64 pid = 0;
            QString host, app;
            c->m_lock->getLockInfo(&pid, &host, &app);
            writable = false;
            c->m_readOnlyReason =
                storage::Tr::tr(
                    "Der Katalog wird gerade von einem anderen Programm bearbeitet (%1, Prozess %2 auf %3). "
                    "Er ist nur zum Lesen geöffnet, bis es ihn freigibt.")
                    .arg(app.isEmpty() ? storage::Tr::tr("Themenfeldplaner") : app)
                    .arg(pid)
                    .arg(host);
            c->m_lock.reset();
        }
    } else {
        c->m_readOnlyReason = storage::Tr::tr("Der Katalog ist nur zum Lesen geöffnet.");
    }
    c->m_readOnly = !writable;
    // A file of an older schema that is to stay as it is (read only, locked by another program, on a
    // read-only medium) is read from a private copy that the migration steps lift: the file's bytes stay,
    // and whoever reads it (a workshop package being merged, `tfp stats`) sees the current schema.
    const bool liftCopy = userVersion < kVersion && !writable;
    if (liftCopy) {
        if (!reading) {
            reading = makeReadingCopy(abs, path).release();
            reading->setParent(c.get());
        }
        c->m_readOnlyReason =
            storage::Tr::tr(
                "Die Katalogdatei „%1“ hat das ältere Schema %2 und bleibt unverändert: gelesen wird "
                "eine auf Schema %3 gebrachte Kopie. %4")
                .arg(displayPath(path))
                .arg(userVersion)
                .arg(kVersion)
                .arg(c->m_readOnlyReason);
    }
    const QString connectPath = liftCopy ? reading->path : readPath;

    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_qs, c->m_connection);
    db.setDatabaseName(connectPath);
    if (!writable && !liftCopy)
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_qs);
    if (!openHardened(db))
        throw Error(storage::Tr::tr("Die Katalogdatei „%1“ kann nicht geöffnet werden: %2")
                        .arg(displayPath(path), db.lastError().text()));
    c->track(writable);
    c->configure(writable);
    if (userVersion < kVersion)
        c->migrate(userVersion);
    c->loadMeta();
    return c;
}

const QList<Catalog::MigrationStep> &Catalog::migrationSteps()
{
    // Schema 1 is the first; a change to the schema bumps schema::kVersion and appends its step here, e.g.
    // {2, 3, [](Catalog &c) { c.exec(u"ALTER TABLE …"_qs); }}. The steps run as members, with exec().
    // CONTRIBUTING.md ("Migrations") tells what else a step needs: its fixture and test.
    static const QList<MigrationStep> steps{
        // 2: the dependencies between milestones (meilenstein_abhaengigkeit), a new table.
        {1, 2,
         [](Catalog &c) {
             for (const QString &statement : sql::createTablesSince(2))
                 c.exec(statement);
         }},
        // 3: the journal records the database login beside the author name (empty for the entries before,
        // and on a file), and the row of an insert or delete.
        {2, 3,
         [](Catalog &c) {
             for (const QString &statement : sql::addJournalColumnsOf3(kJournal))
                 c.exec(statement);
         }},
    };
    return steps;
}

void Catalog::migrate(int from)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    for (int version = from; version < kVersion;) {
        const auto &steps = migrationSteps();
        const auto step = std::find_if(steps.cbegin(), steps.cend(),
                                       [version](const MigrationStep &s) { return s.from == version; });
        if (step == steps.cend())
            throw Error(storage::Tr::tr(
                            "Die Katalogdatei „%1“ hat das Schema %2; von dort führt kein Weg zum Schema %3.")
                            .arg(displayPath(m_path))
                            .arg(version)
                            .arg(kVersion));
        // One transaction per step: a step that fails leaves the file at the last version it reached whole.
        const QString failed =
            storage::Tr::tr("Der Katalog „%1“ kann nicht aktualisiert werden: %2").arg(displayPath(m_path));
        try {
            inTransaction(db, m_statements, failed, failed, [&] {
                step->run(*this);
                exec(u"PRAGMA user_version = %1"_qs.arg(step->to));
            });
        } catch (const Error &e) {
            throw Error(
                storage::Tr::tr("Der Katalog „%1“ lässt sich nicht von Schema %2 auf Schema %3 bringen "
                                "und bleibt auf Schema %2: %4")
                    .arg(displayPath(m_path), QString::number(version), QString::number(step->to),
                         e.message()));
        }
        version = step->to;
    }
}

qint64 Catalog::allocateKey(Table t)
{
    const auto &def = table(t);
    if (m_server) {
        // Another session may add a row at the same moment: the server's sequence gives each key once.
        QSqlQuery &q = prepared(sql::pgNextKey(def));
        if (!q.exec() || !q.next())
            throw Error(storage::Tr::tr("Der Katalog „%1“ vergibt keinen neuen Schlüssel für %2: %3")
                            .arg(displayPath(m_path), def.name, q.lastError().text()));
        const qint64 key = q.value(0).toLongLong();
        q.finish();
        return key;
    }
    QSqlQuery &q = prepared(sql::maxKey(def));
    qint64 maxKey = 0;
    if (q.exec() && q.next())
        maxKey = q.value(0).toLongLong();
    q.finish();
    qint64 &next = m_nextKey[int(t)];
    next = std::max(next, maxKey + 1);
    return next++;
}

QVariantMap Catalog::normalisedRow(const TableDef &def, const QVariantMap &row) const
{
    for (auto it = row.cbegin(); it != row.cend(); ++it)
        if (!def.hasColumn(it.key()))
            throw Error(storage::Tr::tr("%1: unbekanntes Feld „%2“.").arg(def.name, it.key()));
    QVariantMap out;
    for (const Column &c : def.columns) {
        const QVariant v = row.contains(c.name) ? row.value(c.name) : c.defaultValue;
        const Checked r = check(c, v);
        if (!r.ok())
            throw Error(storage::Tr::tr("%1, Feld „%2“: %3").arg(def.name, c.name, r.error));
        out.insert(c.name, r.value);
    }
    return out;
}

QString Catalog::describeKey(Table t, qint64 key, const QVariantMap &row) const
{
    const auto &def = table(t);
    const QString label = def.labelColumn.isEmpty() ? QString() : row.value(def.labelColumn).toString();
    if (label.isEmpty())
        return u"%1 %2"_qs.arg(def.name).arg(key);
    return u"%1 %2 „%3“"_qs.arg(def.name).arg(key).arg(label);
}

namespace {
QString sqlErrorMessage(const TableDef &def, qint64 key, const QSqlError &e)
{
    // SQLite names the constraint in its text; PostgreSQL gives its SQLSTATE (23505, 23503).
    const QString t = e.databaseText();
    const QString code = e.nativeErrorCode();
    if (t.contains(u"UNIQUE") || code == u"23505")
        return storage::Tr::tr("%1 %2: einen solchen Eintrag gibt es schon (%3).")
            .arg(def.name)
            .arg(key)
            .arg(t);
    if (t.contains(u"FOREIGN KEY") || code == u"23503")
        return storage::Tr::tr(
                   "%1 %2: verweist auf einen Eintrag, den es nicht gibt, oder wird noch verwendet.")
            .arg(def.name)
            .arg(key);
    return storage::Tr::tr("%1 %2: %3").arg(def.name).arg(key).arg(e.text());
}
} // namespace

namespace {
// PostgreSQL's SQLSTATE for a write its rights (a row-level security policy, a missing grant) refuse.
bool refusedByRights(const QSqlError &e)
{
    return e.nativeErrorCode() == u"42501";
}
} // namespace

void Catalog::applyOne(const Change &c)
{
    const auto &def = table(c.table);
    switch (c.kind) {
    case Change::Kind::Insert: {
        QVariantMap r = c.row;
        r.insert(def.key, c.key);
        const QVariantMap n = normalisedRow(def, r);
        QSqlQuery &q = prepared(insertSql(c.table));
        for (int i = 0; i < def.columns.size(); ++i)
            q.bindValue(i, n.value(def.columns[i].name));
        if (!q.exec())
            throw Error(m_server && refusedByRights(q.lastError())
                            ? refusedByServer(c, false)
                            : sqlErrorMessage(def, c.key, q.lastError()));
        q.finish();
        break;
    }
    case Change::Kind::Delete: {
        QSqlQuery &q = prepared(sql::deleteRow(def));
        q.bindValue(0, c.key);
        if (!q.exec())
            throw Error(m_server && refusedByRights(q.lastError())
                            ? refusedByServer(c, false)
                            : sqlErrorMessage(def, c.key, q.lastError()));
        // On a server a row its rights keep from this login is not deleted, and no error says so.
        if (q.numRowsAffected() != 1 && m_server && row(c.table, c.key))
            throw Error(refusedByServer(c, true));
        if (q.numRowsAffected() != 1)
            throw ConflictError(
                storage::Tr::tr("%1 %2 gibt es nicht mehr; die Änderung wurde nicht ausgeführt.")
                    .arg(def.name)
                    .arg(c.key));
        q.finish();
        break;
    }
    case Change::Kind::Update: {
        const Column &column = def.column(c.column);
        if (column.name == def.key)
            throw Error(storage::Tr::tr("%1 %2: der Schlüssel „%3“ kann nicht geändert werden.")
                            .arg(def.name)
                            .arg(c.key)
                            .arg(column.name));
        const Checked r = check(column, c.newValue);
        if (!r.ok())
            throw Error(
                storage::Tr::tr("%1 %2, Feld „%3“: %4").arg(def.name).arg(c.key).arg(column.name, r.error));
        QSqlQuery &cur = prepared(sql::selectField(def, column.name));
        cur.bindValue(0, c.key);
        if (!cur.exec() || !cur.next())
            throw ConflictError(
                storage::Tr::tr("%1 %2 gibt es nicht mehr; die Änderung wurde nicht ausgeführt.")
                    .arg(def.name)
                    .arg(c.key));
        const QVariant current = cur.value(0);
        cur.finish();
        const Checked expected = check(column, c.oldValue);
        if (!sameValue(current, expected.ok() ? expected.value : c.oldValue))
            throw ConflictError(
                storage::Tr::tr("%1 %2, Feld „%3“ wurde inzwischen geändert (jetzt „%4“, erwartet „%5“).")
                    .arg(def.name)
                    .arg(c.key)
                    .arg(column.name, sqlValueText(current), sqlValueText(c.oldValue)));
        QSqlQuery &q = prepared(sql::updateField(def, column.name));
        q.bindValue(0, r.value);
        q.bindValue(1, c.key);
        if (!q.exec())
            throw Error(m_server && refusedByRights(q.lastError())
                            ? refusedByServer(c, false)
                            : sqlErrorMessage(def, c.key, q.lastError()));
        // The row is there with the expected value (read above, the writers following one another): an update
        // that changed nothing was kept from this login by the server's rights.
        if (m_server && q.numRowsAffected() != 1)
            throw Error(refusedByServer(c, true));
        q.finish();
        break;
    }
    }
}

void Catalog::journal(const Change &c, const QString &source, const QString &description, qint64 revision)
{
    QSqlQuery &q =
        prepared(sql::insertJournal(kJournal, m_server ? sql::Dialect::PostgreSQL : sql::Dialect::SQLite));
    const auto &def = table(c.table);
    q.bindValue(0, revision);
    q.bindValue(1, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    q.bindValue(2, nn(m_author));
    q.bindValue(3, nn(source));
    q.bindValue(4, nn(description));
    q.bindValue(5, def.name);
    q.bindValue(6, c.key);
    switch (c.kind) {
    case Change::Kind::Insert:
        q.bindValue(7, nn({}));
        q.bindValue(8, nn({}));
        q.bindValue(9, describeKey(c.table, c.key, c.row));
        q.bindValue(10, journalRowText(c.row));
        break;
    case Change::Kind::Delete:
        q.bindValue(7, nn({}));
        q.bindValue(8, describeKey(c.table, c.key, c.row));
        q.bindValue(9, nn({}));
        q.bindValue(10, journalRowText(c.row));
        break;
    case Change::Kind::Update:
        q.bindValue(7, c.column);
        q.bindValue(8, sqlValueText(c.oldValue));
        q.bindValue(9, sqlValueText(c.newValue));
        q.bindValue(10, nn({}));
        break;
    }
    if (!q.exec())
        throw Error(q.lastError().text());
    q.finish();
}

void Catalog::apply(const ChangeSet &changes, const QString &source)
{
    applyChanges(changes, [&](const Change &c, qint64 revision) {
        journal(c, source, changes.description, revision);
    });
    if (!changes.isEmpty())
        Q_EMIT changed(changes);
}

void Catalog::probe(const ChangeSet &changes, const std::function<void()> &check)
{
    applyChanges(changes, {}, check);
}

void Catalog::applyChanges(const ChangeSet &changes,
                           const std::function<void(const Change &, qint64 revision)> &journalOne,
                           const std::function<void()> &probeCheck)
{
    throwIfStopped();
    if (m_readOnly)
        throw Error(storage::Tr::tr("Der Katalog „%1“ ist schreibgeschützt: %2")
                        .arg(displayPath(m_path), m_readOnlyReason));
    if (changes.isEmpty() && !probeCheck)
        return;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    qint64 committed = 0;
    inTransaction(
        db, m_statements,
        storage::Tr::tr("Der Katalog „%1“ kann nicht bearbeitet werden: %2").arg(displayPath(m_path)),
        storage::Tr::tr("Der Katalog „%1“ kann nicht gespeichert werden: %2").arg(displayPath(m_path)),
        [&] {
            const qint64 current = revisionForWriting();
            if (current == std::numeric_limits<qint64>::max())
                throw Error(
                    storage::Tr::tr(
                        "Der Katalog „%1“ hat die höchste mögliche Revision %2 erreicht und kann nicht "
                        "mehr bearbeitet werden.")
                        .arg(displayPath(m_path))
                        .arg(current));
            const qint64 rev = current + 1;
            for (const Change &c : changes.changes) {
                applyOne(c);
                if (journalOne)
                    journalOne(c, rev);
            }
            for (const MetaChange &m : changes.meta)
                applyMeta(m);
            if (probeCheck) {
                probeCheck();
            } else {
                setMeta(u"revision"_qs, QString::number(rev));
                if (m_server) {
                    QSqlQuery &n = prepared(sql::pgNotifyRevision());
                    n.bindValue(0, QString::number(rev));
                    if (!n.exec())
                        throw Error(n.lastError().text());
                    n.finish();
                }
                committed = rev;
            }
        },
        probeCheck ? End::Rollback : End::Commit);
    if (!m_server || !committed)
        return;
    // Nobody committed since this session last looked: it is caught up, and the announcement of its own
    // commit needs no look at the journal (a pasted block would otherwise be read back once more after every
    // paste).
    if (committed == m_seenRevision + 1 && m_ownRevisions.isEmpty())
        m_seenRevision = committed;
    else
        m_ownRevisions.insert(committed);
}

void Catalog::requirePopulating(const char *function) const
{
    if (!m_populating)
        throw Error(storage::Tr::tr("Interner Fehler: %1 außerhalb des Anlegens eines Katalogs.")
                        .arg(QLatin1String(function)));
}

void Catalog::insertRaw(Table t, const QVariantList &values)
{
    requirePopulating("insertRaw");
    const auto &def = table(t);
    const QVariantList checked = checkedRow(def, values);
    QSqlQuery &q = prepared(insertSql(t));
    for (int i = 0; i < checked.size(); ++i)
        q.bindValue(i, checked[i]);
    if (!q.exec())
        throw Error(sqlErrorMessage(def, values[0].toLongLong(), q.lastError()));
}

void Catalog::setIdentityRaw(const QString &catalogId, qint64 revision)
{
    requirePopulating("setIdentityRaw");
    if (!schemacheck::isCatalogId(catalogId))
        throw Error(storage::Tr::tr("Die Katalogkennung „%1“ ist keine UUID in Kleinbuchstaben.")
                        .arg(catalogId.left(60)));
    setMeta(u"catalog_id"_qs, catalogId);
    setMeta(u"revision"_qs, QString::number(revision));
    m_catalogId = catalogId;
}

void Catalog::insertJournalRaw(const JournalEntry &e)
{
    requirePopulating("insertJournalRaw");
    QSqlQuery &q = prepared(sql::insertJournalRaw(kJournal));
    const QVariantList values{
        e.id,  e.revision,   nn(e.zeitpunkt), nn(e.autor), nn(e.quelle),    nn(e.beschreibung), nn(e.table),
        e.key, nn(e.column), nn(e.alt),       nn(e.neu),   nn(e.anmeldung), nn(e.zeile)};
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values[i]);
    if (!q.exec())
        throw Error(storage::Tr::tr("journal %1: %2").arg(e.id).arg(q.lastError().text()));
    q.finish();
}

} // namespace tfp
