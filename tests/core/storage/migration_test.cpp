// Opening a catalog of an older schema: the migration steps lift it, keep every value, and leave the file as
// it was when a step fails. The fixtures in tests/data/catalog were written by the program of that schema
// (tests/data/catalog/README.md tells how).
#include <catch2/catch.hpp>

#include "domain/plan.h"
#include "error.h"
#include "exchange/reviewpackage.h"
#include "storage/catalog.h"
#include "storage/catalogrepair.h"
#include "support/testutil.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

using namespace tfp;
using namespace tfp::schema;

namespace {

QString fixture(int version)
{
    return QStringLiteral(TFP_TEST_DATA "/catalog/schema%1.tfplan").arg(version);
}

QString copyOf(const QTemporaryDir &dir, const QString &from)
{
    const QString to = dir.filePath(u"alt.tfplan"_qs);
    REQUIRE(QFile::copy(from, to));
    REQUIRE(QFile::setPermissions(to, QFile::ReadOwner | QFile::WriteOwner));
    return to;
}

// Runs fn on a plain SQLite connection to the file (the test's own look, without the program's checks).
template <typename Fn> void withSqlite(const QString &path, Fn fn)
{
    const QString name = QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_qs, name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        fn(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

int userVersion(const QString &path)
{
    int v = -1;
    withSqlite(path, [&](QSqlDatabase &db) {
        QSqlQuery q(db);
        REQUIRE((q.exec(u"PRAGMA user_version"_qs) && q.next()));
        v = q.value(0).toInt();
    });
    return v;
}

// The columns of every table the file has.
QHash<QString, QStringList> columnsOf(const QString &path)
{
    QHash<QString, QStringList> out;
    withSqlite(path, [&](QSqlDatabase &db) {
        QSqlQuery q(db);
        REQUIRE(q.exec(u"SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"_qs));
        QStringList names;
        while (q.next())
            names << q.value(0).toString();
        for (const QString &t : std::as_const(names)) {
            QSqlQuery c(db);
            REQUIRE(c.exec(u"SELECT name FROM pragma_table_info('%1')"_qs.arg(t)));
            while (c.next())
                out[t] << c.value(0).toString();
        }
    });
    return out;
}

// Every row of the given tables and columns, as text (the table, then the values in column order, sorted),
// and the list of the tables.
QStringList contents(const QString &path, const QHash<QString, QStringList> &columns)
{
    QStringList out;
    QStringList names = columns.keys();
    names.sort();
    withSqlite(path, [&](QSqlDatabase &db) {
        for (const QString &t : std::as_const(names)) {
            out << u"table "_qs + t;
            QSqlQuery r(db);
            REQUIRE(r.exec(u"SELECT %1 FROM %2"_qs.arg(columns.value(t).join(u", "), t)));
            QStringList rows;
            while (r.next()) {
                QStringList values;
                for (int i = 0; i < r.record().count(); ++i)
                    values << (r.value(i).isNull() ? u"NULL"_qs : r.value(i).toString());
                rows << t + u": "_qs + values.join(u" | ");
            }
            rows.sort();
            out << rows;
        }
    });
    return out;
}

} // namespace

TEST_CASE(
    "a catalog of every older schema, written by tfp init, is migrated to the current schema with every "
    "value kept",
    "[core]")
{
    const int version = GENERATE(range(1, int(kVersion)));
    CAPTURE(version);
    QTemporaryDir dir;
    const QString path = copyOf(dir, fixture(version));
    REQUIRE(userVersion(path) == version);
    const QHash<QString, QStringList> columns = columnsOf(path);
    const QStringList before = contents(path, columns);
    REQUIRE(before.filter(u"meilenstein: "_qs).size() > 0); // the fixture has milestones to keep
    REQUIRE(before.filter(u"journal: "_qs).size() > 0);     // and a journal
    CHECK(columns.contains(u"meilenstein_abhaengigkeit"_qs) == (version >= 2));
    CHECK(columns.value(u"journal"_qs).contains(u"anmeldung"_qs) == (version >= 3));
    {
        auto c = Catalog::open(path);
        CHECK_FALSE(c->isReadOnly());
        CHECK(c->count(Table::Meilenstein) == 5);
        CHECK(c->count(Table::MeilensteinAbhaengigkeit) == 0);
        // The entries of before the journal named the login have none.
        const auto journal = c->journal(0);
        REQUIRE_FALSE(journal.isEmpty());
        CHECK(std::all_of(journal.cbegin(), journal.cend(), [](const JournalEntry &e) {
            return e.anmeldung.isEmpty() && e.zeile.isEmpty() && !e.autor.isEmpty();
        }));
    }
    CHECK(userVersion(path) == kVersion);
    // Every table and column of the old schema holds the same rows, the journal and the catalog's identity
    // included; what later schemas added is there: the dependencies' table (empty), the journal's login.
    const QHash<QString, QStringList> now = columnsOf(path);
    CHECK(now.contains(u"meilenstein_abhaengigkeit"_qs));
    CHECK(now.value(u"journal"_qs).contains(u"anmeldung"_qs));
    CHECK(now.value(u"journal"_qs).contains(u"zeile"_qs));
    CHECK((contents(path, columns) == before)); // as a bool: Catch would print every row
    // Opened again, the migrated file is a catalog of the current schema like any other.
    const QByteArray migrated = test::fileHash(path);
    const auto again = Catalog::open(path, Catalog::Access::ReadOnly);
    CHECK(again->count(Table::MeilensteinAbhaengigkeit) == 0);
    CHECK(test::fileHash(path) == migrated);
}

TEST_CASE("a catalog of an older schema opened to read only is read from a lifted copy and stays as it was",
          "[core]")
{
    const int version = GENERATE(range(1, int(kVersion)));
    CAPTURE(version);
    QTemporaryDir dir;
    const QString path = copyOf(dir, fixture(version));
    const QByteArray before = test::fileHash(path);
    {
        const auto c = Catalog::open(path, Catalog::Access::ReadOnly);
        CHECK(c->isReadOnly());
        CHECK(c->readOnlyReason().contains(u"ältere Schema %1"_qs.arg(version)));
        CHECK(c->readOnlyReason().contains(u"bleibt unverändert"_qs));
        // Its rows as the current schema has them: the milestones, no dependencies yet, the journal.
        CHECK(c->count(Table::Meilenstein) == 5);
        CHECK(c->count(Table::MeilensteinAbhaengigkeit) == 0);
        CHECK(c->loadPlan(PlanDetail::Full).meilensteine.size() == 5);
        CHECK_FALSE(c->journal(0).isEmpty());
    }
    CHECK(test::fileHash(path) == before);
    CHECK(userVersion(path) == version);
    CHECK_FALSE(QFileInfo::exists(path + u"-wal"_qs));
}

TEST_CASE("a schema-2 catalog whose journal already has the login of schema 3 is refused as foreign and left "
          "untouched",
          "[core]")
{
    QTemporaryDir dir;
    const QString path = copyOf(dir, fixture(2));
    test::tamper(path, {u"ALTER TABLE journal ADD COLUMN anmeldung TEXT NOT NULL DEFAULT ''"_qs});
    const QByteArray before = test::fileHash(path);
    try {
        Catalog::open(path);
        FAIL("opened although its schema is not that of version 2");
    } catch (const Error &e) {
        INFO(e.message().toStdString());
        CHECK(e.message().contains(u"Schema 2"_qs));
        CHECK(e.message().contains(u"anmeldung"_qs));
    }
    CHECK(test::fileHash(path) == before);
    CHECK(userVersion(path) == 2);
}

TEST_CASE("a schema-1 catalog with a table of schema 2 is refused as foreign and left untouched", "[core]")
{
    QTemporaryDir dir;
    const QString path = copyOf(dir, fixture(1));
    test::tamper(path, {u"CREATE TABLE meilenstein_abhaengigkeit (id INTEGER PRIMARY KEY)"_qs});
    const QByteArray before = test::fileHash(path);
    try {
        Catalog::open(path);
        FAIL("opened although its schema is not that of version 1");
    } catch (const Error &e) {
        INFO(e.message().toStdString());
        CHECK(e.message().contains(u"Schema 1"_qs));
        CHECK(e.message().contains(u"meilenstein_abhaengigkeit"_qs));
    }
    CHECK(test::fileHash(path) == before);
    CHECK(userVersion(path) == 1);
}

TEST_CASE("a migration step that fails leaves the catalog at its older schema with its bytes unchanged",
          "[core][slow]")
{
    const int version = GENERATE(range(1, int(kVersion)));
    CAPTURE(version);
    QTemporaryDir dir;
    const QString path = copyOf(dir, fixture(version));
    // Another program holds a write transaction on the file (WAL: it lets readers in, but no second writer),
    // so the step's transaction cannot write and fails once the busy timeout is over.
    const QString name = QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_qs, name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE((q.exec(u"PRAGMA journal_mode = WAL"_qs) && q.next()));
        REQUIRE(q.value(0).toString() == u"wal");
        q.finish();
        REQUIRE(q.exec(u"BEGIN IMMEDIATE"_qs));
        const QByteArray before = test::fileHash(path);
        try {
            Catalog::open(path);
            FAIL("migrated although another program holds the write lock");
        } catch (const Error &e) {
            INFO(e.message().toStdString());
            CHECK(e.message().contains(
                u"lässt sich nicht von Schema %1 auf Schema %2 bringen und bleibt auf Schema %1"_qs
                    .arg(version)
                    .arg(version + 1)));
            CHECK(e.message().contains(u"alt.tfplan"_qs));
        }
        CHECK(test::fileHash(path) == before);
        REQUIRE(q.exec(u"ROLLBACK"_qs));
        REQUIRE((q.exec(u"PRAGMA user_version"_qs) && q.next()));
        CHECK(q.value(0).toInt() == version);
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    // Once the other program is gone, the migration runs.
    const auto c = Catalog::open(path);
    CHECK(userVersion(path) == kVersion);
}

TEST_CASE("a catalog that sealed a workshop package is repaired with its key: the package still opens "
          "against the repaired copy",
          "[core]")
{
    QTemporaryDir dir;
    const QString path = test::defaultCatalogCopy(dir);
    const QString paket = dir.filePath(u"workshop.tfplan"_qs);
    {
        auto c = Catalog::open(path);
        createReviewPackage(*c, c->loadPlan().themenfelder.first().id, paket);
        REQUIRE_FALSE(c->secret().isEmpty());
    }
    const QString target = dir.filePath(u"repariert.tfplan"_qs);
    const RepairReport report = repairCatalog(path, target);
    CHECK(report.leftOut.isEmpty());
    auto original = Catalog::open(path);
    auto repaired = Catalog::open(target);
    CHECK(repaired->secret() == original->secret());
    CHECK_NOTHROW(openReviewPackage(paket, *repaired));
}

TEST_CASE("a catalog of an older schema is repaired into a catalog of the current schema", "[core]")
{
    const int version = GENERATE(range(1, int(kVersion)));
    CAPTURE(version);
    QTemporaryDir dir;
    const QString path = copyOf(dir, fixture(version));
    const QString target = dir.filePath(u"repariert.tfplan"_qs);
    const RepairReport report = repairCatalog(path, target);
    CHECK(report.leftOut.isEmpty());
    CHECK(report.rowsKept > 5000);
    CHECK(userVersion(target) == kVersion);
    auto c = Catalog::open(target);
    auto old = Catalog::open(path); // migrated: the same rows
    for (const TableDef &def : tables())
        CHECK(c->count(def.id) == old->count(def.id));
    CHECK(c->count(Table::Meilenstein) == 5);
    CHECK(c->count(Table::MeilensteinAbhaengigkeit) == 0);
    CHECK(c->catalogId() == old->catalogId());
}
