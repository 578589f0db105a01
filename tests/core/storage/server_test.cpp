// A catalog on a PostgreSQL server (core/storage/server.*): created from the schema definition and the
// embedded default, and moved between a file and the server with every row, the journal and the meta facts.
// Runs against the throw-away cluster of the ctest fixture "pgcluster" (tests/support/pgcluster.sh).
#include <catch2/catch.hpp>

#include "error.h"
#include "exchange/defaultcatalog.h"
#include "storage/catalog.h"
#include "storage/catalogfile.h"
#include "storage/server.h"
#include "storage/sqldialect.h"
#include "support/demoplan.h"
#include "support/pgserver.h"
#include "support/testutil.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QUrl>

using namespace tfp;

namespace {

QString cell(const QVariant &v)
{
    if (v.isNull())
        return u"NULL"_qs;
    if (v.typeId() == QMetaType::Double)
        return u"real:"_qs + QString::number(v.toDouble(), 'g', 17);
    if (v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int)
        return u"int:"_qs + QString::number(v.toLongLong());
    return u"text:"_qs + v.toString();
}

// Everything a catalog holds, one line per row, journal entry and meta fact, with each value's type.
QStringList contents(const Catalog &c, bool withIdentity = true)
{
    QStringList out;
    for (const schema::TableDef &def : schema::tables())
        c.forEachRow(def.id, [&](const QVariantList &values) {
            QStringList cells{def.name};
            for (const QVariant &v : values)
                cells << cell(v);
            out << cells.join(u'|');
        });
    for (const JournalEntry &e : c.journal(-1))
        out << u"journal|%1|%2|%3|%4|%5|%6|%7|%8|%9"_qs.arg(e.id)
                   .arg(e.revision)
                   .arg(e.zeitpunkt, e.autor, e.quelle, e.beschreibung, e.table)
                   .arg(e.key)
                   .arg(e.column + u'|' + e.alt + u'|' + e.neu);
    for (const auto &[key, value] : c.allMeta())
        if (withIdentity || (key != u"catalog_id" && key != u"created"))
            out << u"meta|"_qs + key + u'|' + value;
    return out;
}

QStringList contentsOf(const QString &path, bool withIdentity = true)
{
    return contents(*Catalog::open(path, Catalog::Access::ReadOnly), withIdentity);
}

// What the server database holds, read through an export into a new file.
QStringList serverContents(const QString &url, const QTemporaryDir &dir, const QString &name)
{
    const QString file = dir.filePath(name);
    server::exportFile(url, file);
    return contentsOf(file);
}

QString errorOf(const std::function<void()> &fn)
{
    try {
        fn();
    } catch (const Error &e) {
        return e.message();
    }
    return {};
}

} // namespace

TEST_CASE("server init creates the schema and fills it with the embedded default catalog", "[core][pg]")
{
    const QString url = test::freshServerDatabase();
    if (url.isEmpty())
        return;
    QTemporaryDir dir;
    CHECK(server::tableNames(url).isEmpty());
    server::create(url, populateDefaultCatalog);
    CHECK(server::tableNames(url).contains(u"public.leistung"_qs));
    CHECK(server::tableNames(url).contains(u"public.journal"_qs));
    CHECK(server::tableNames(url).contains(u"public.catalog_meta"_qs));

    const QString exported = dir.filePath(u"vom-server.tfplan"_qs);
    server::exportFile(url, exported);
    // The exported copy opens like any catalog and holds what `tfp init` puts into a file.
    const auto copy = Catalog::open(exported);
    CHECK(copy->count(schema::Table::Leistung) == 557);
    CHECK(copy->count(schema::Table::Leika) == 5249);
    CHECK(contents(*copy, false) == contentsOf(test::defaultCatalogCopy(dir), false));
}

TEST_CASE("file to server to file keeps every row, the journal and the meta facts", "[core][pg]")
{
    const QString url = test::freshServerDatabase();
    if (url.isEmpty())
        return;
    QTemporaryDir dir;
    const QString original = test::defaultCatalogCopy(dir);
    SECTION("the embedded default") {}
    SECTION("a plan with projects, milestones, scores and a journal")
    {
        const auto c = Catalog::open(original);
        const int themenfeldId = c->loadPlan(PlanDetail::Summary).themenfelder.first().id;
        c->setAuthor(u"Planerin Ä. Ü"_qs);
        test::addDemoPlan(*c, themenfeldId);
        c->ensureSecret();
        REQUIRE(c->journal(-1).size() > 100);
        c->close();
    }
    const QStringList before = contentsOf(original);
    server::importFile(url, original);
    const QStringList after = serverContents(url, dir, u"zurueck.tfplan"_qs);
    CHECK(after.size() == before.size());
    CHECK(after == before);
    // The copy is a catalog this program opens for writing and plans in.
    const auto back = Catalog::open(dir.filePath(u"zurueck.tfplan"_qs));
    CHECK_FALSE(back->isReadOnly());
    CHECK(back->catalogId() == Catalog::open(original, Catalog::Access::ReadOnly)->catalogId());
}

TEST_CASE("a database that already holds tables is refused and left unchanged", "[core][pg]")
{
    const QString url = test::freshServerDatabase();
    if (url.isEmpty())
        return;
    QTemporaryDir dir;
    server::create(url, populateDefaultCatalog);
    const QStringList tables = server::tableNames(url);
    const QStringList before = serverContents(url, dir, u"vorher.tfplan"_qs);

    const QString init = errorOf([&] { server::create(url, populateDefaultCatalog); });
    CHECK(init.contains(u"enthält schon Tabellen"_qs));
    CHECK(init.contains(u"public.abhaengigkeit"_qs)); // the tables it found, by name
    const QString import = errorOf([&] { server::importFile(url, test::defaultCatalogCopy(dir)); });
    CHECK(import.contains(u"enthält schon Tabellen"_qs));

    CHECK(server::tableNames(url) == tables);
    CHECK(serverContents(url, dir, u"nachher.tfplan"_qs) == before);
}

TEST_CASE("a received file that is not a sound catalog is refused on import and the server stays empty",
          "[core][pg]")
{
    const QString url = test::freshServerDatabase();
    if (url.isEmpty())
        return;
    QTemporaryDir dir;
    const QString file = test::defaultCatalogCopy(dir, u"fremd.tfplan"_qs);
    QString expected;
    SECTION("a value against the rules")
    {
        test::tamper(file,
                     {u"UPDATE leistung SET status = 'erfunden' WHERE ozg_id = (SELECT MIN(ozg_id) FROM "
                      "leistung)"_qs});
        expected = u"erfunden"_qs;
    }
    SECTION("an object foreign to the schema")
    {
        test::tamper(file, {u"CREATE TRIGGER t AFTER INSERT ON leistung BEGIN SELECT 1; END"_qs});
        expected = u"t"_qs;
    }
    SECTION("not a catalog at all")
    {
        test::writeFile(file, QByteArray("kein Katalog, nur Text\n").repeated(100));
        expected = u"fremd.tfplan"_qs;
    }
    const QByteArray hash = test::fileHash(file);
    const QString message = errorOf([&] { server::importFile(url, file); });
    INFO(message.toStdString());
    CHECK_FALSE(message.isEmpty());
    CHECK(message.contains(expected));
    CHECK(server::tableNames(url).isEmpty());
    CHECK(test::fileHash(file) == hash);
}

TEST_CASE("a server that cannot be reached is named with libpq's reason", "[core][pg]")
{
    const QString url = test::freshServerDatabase();
    if (url.isEmpty())
        return;
    QTemporaryDir dir;
    SECTION("no server listens there")
    {
        const QString message = errorOf(
            [&] { server::create(u"postgresql:///ozg?host=%1"_qs.arg(dir.path()), populateDefaultCatalog); });
        INFO(message.toStdString());
        CHECK(message.contains(u"„ozg“"_qs));
        CHECK(message.contains(dir.path()));
        CHECK(message.contains(u".s.PGSQL.5432"_qs)); // libpq's own words name the socket it tried
    }
    SECTION("the database does not exist")
    {
        const QString message = errorOf([&] {
            server::exportFile(
                u"postgresql:///gibt_es_nicht?host=%1&user=tfp"_qs.arg(test::serverSocketDir()),
                dir.filePath(u"k.tfplan"_qs));
        });
        INFO(message.toStdString());
        CHECK(message.contains(u"„gibt_es_nicht“"_qs));
        CHECK(message.contains(u"does not exist"_qs));
        CHECK_FALSE(QFileInfo::exists(dir.filePath(u"k.tfplan"_qs)));
    }
    SECTION("a password in the address is refused before anything is sent")
    {
        const QString message = errorOf([&] {
            server::create(u"postgresql://tfp:geheim@%1/ozg"_qs.arg(
                               QString::fromLatin1(QUrl::toPercentEncoding(test::serverSocketDir()))),
                           populateDefaultCatalog);
        });
        INFO(message.toStdString());
        CHECK(message.contains(u"PGPASSFILE"_qs));
        CHECK_FALSE(message.contains(u"geheim"_qs));
    }
    SECTION("an address libpq cannot read")
    {
        const QString message = errorOf([&] { server::tableNames(u"postgresql://[::1/ozg"_qs); });
        INFO(message.toStdString());
        CHECK(message.contains(u"postgresql://[::1/ozg"_qs));
    }
    CHECK(server::tableNames(url).isEmpty());
}

TEST_CASE("the server is reached through each URL form libpq reads", "[core][pg]")
{
    const QString url = test::freshServerDatabase();
    if (url.isEmpty())
        return;
    const QString name = url.section(u'/', 3).section(u'?', 0, 0);
    const QString host = QString::fromLatin1(QUrl::toPercentEncoding(test::serverSocketDir()));
    server::create(url, populateDefaultCatalog);
    for (const QString &form :
         {u"postgresql://tfp@%1:5432/%2"_qs.arg(host, name), u"postgres://tfp@%1/%2"_qs.arg(host, name),
          u"postgresql:///%2?host=%1&port=5432&user=tfp"_qs.arg(test::serverSocketDir(), name)}) {
        INFO(form.toStdString());
        CHECK(server::isUrl(form));
        CHECK(server::tableNames(form).contains(u"public.leistung"_qs));
    }
    CHECK_FALSE(server::isUrl(u"katalog.tfplan"_qs));
    CHECK_FALSE(server::isUrl(u"/tmp/postgresql://x.tfplan"_qs));
}

TEST_CASE("the PostgreSQL schema is the file's schema with 64-bit integers and double reals", "[core]")
{
    const QStringList file = sql::createSchema(catalogfile::kMeta, catalogfile::kJournal);
    const QStringList server = sql::createSchema(catalogfile::kMeta, catalogfile::kJournal, schema::kVersion,
                                                 sql::Dialect::PostgreSQL);
    REQUIRE(server.size() == file.size());
    for (qsizetype i = 0; i < file.size(); ++i) {
        INFO(server[i].toStdString());
        QString expected = file[i];
        expected.replace(u" INTEGER"_qs, u" BIGINT"_qs).replace(u" REAL"_qs, u" DOUBLE PRECISION"_qs);
        // The journal's login: on a server the server names it, in a file nobody does.
        expected.replace(u"anmeldung TEXT NOT NULL DEFAULT ''"_qs,
                         u"anmeldung TEXT NOT NULL DEFAULT session_user"_qs);
        CHECK(server[i] == expected);
    }
    CHECK(server.join(u'\n').contains(u"DEFAULT session_user"_qs));
    // A budget in cents passes 2^31 at 21.5 million euros: PostgreSQL's INTEGER would refuse it.
    CHECK(server.join(u'\n').contains(u"budget_cent BIGINT"_qs));
    CHECK_FALSE(server.join(u'\n').contains(u"INTEGER"_qs));
}
