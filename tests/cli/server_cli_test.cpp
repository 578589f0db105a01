// tfp server init|export|import against the throw-away PostgreSQL cluster of the ctest fixture "pgcluster".
#include <catch2/catch.hpp>

#include "support/fulldisk.h"
#include "support/pgserver.h"
#include "support/testutil.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

using namespace tfp;

namespace {

QJsonObject statsOf(const QString &path)
{
    const auto r = test::runTfp({u"stats"_qs, path, u"--json"_qs});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    return QJsonDocument::fromJson(r.out).object();
}

// A server catalog made by tfp server init, with the projects and milestones of the exchange fixtures
// imported through tfp; the key of one of its milestones.
qint64 serverWithMilestones(const QString &url)
{
    auto r = test::runTfp({u"server"_qs, u"init"_qs, url});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    for (const QString &kind : {u"projekte"_qs, u"meilensteine"_qs}) {
        r = test::runTfp({u"import"_qs, url,
                          QString::fromUtf8(TFP_TEST_DATA) + u"/exchange/%1-familie.csv"_qs.arg(kind),
                          u"--kind"_qs, kind});
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
    }
    const qint64 key = test::asServerOwner(url, {u"SELECT min(id) FROM meilenstein"_qs}).toLongLong();
    REQUIRE(key > 0);
    return key;
}

} // namespace

TEST_CASE("tfp server init, export and import move a catalog between server and file", "[cli][pg]")
{
    const QString url = test::freshServerDatabase();
    if (url.isEmpty())
        return;
    QTemporaryDir dir;
    auto r = test::runTfp({u"server"_qs, u"init"_qs, url});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);

    const QString exported = dir.filePath(u"vom-server.tfplan"_qs);
    r = test::runTfp({u"server"_qs, u"export"_qs, url, exported});
    REQUIRE(r.exitCode == 0);
    const QJsonObject stats = statsOf(exported);
    CHECK(stats.value(u"leistungen"_qs).toInt() == 557);
    CHECK(stats.value(u"leika_leistungen"_qs).toInt() == 5249);

    // A second init and an import into the filled database are refused; the database keeps its catalog.
    r = test::runTfp({u"server"_qs, u"init"_qs, url});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains("enthält schon Tabellen"));
    r = test::runTfp({u"server"_qs, u"import"_qs, url, exported});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains("enthält schon Tabellen"));
    const QByteArray hash = test::fileHash(exported);
    r = test::runTfp({u"server"_qs, u"export"_qs, url, exported});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains("gibt es schon"));
    CHECK(test::fileHash(exported) == hash);

    // The exported file goes to another, empty database and comes back the same.
    const QString other = test::freshServerDatabase();
    r = test::runTfp({u"server"_qs, u"import"_qs, other, exported});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QString again = dir.filePath(u"wieder.tfplan"_qs);
    REQUIRE(test::runTfp({u"server"_qs, u"export"_qs, other, again}).exitCode == 0);
    CHECK(statsOf(again) == stats);
}

TEST_CASE("tfp server refuses a bad file, an unreachable server and a password, and says why", "[cli][pg]")
{
    const QString url = test::freshServerDatabase();
    if (url.isEmpty())
        return;
    QTemporaryDir dir;
    const QString bad = dir.filePath(u"kaputt.tfplan"_qs);
    test::writeFile(bad, QByteArray("SQLite format 3").append(4000, '\x01'));
    auto r = test::runTfp({u"server"_qs, u"import"_qs, url, bad});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains("kaputt.tfplan"));
    // Nothing was created: an export finds no catalog there.
    r = test::runTfp({u"server"_qs, u"export"_qs, url, dir.filePath(u"leer.tfplan"_qs)});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains("enthält keinen Katalog"));
    CHECK_FALSE(QFileInfo::exists(dir.filePath(u"leer.tfplan"_qs)));

    r = test::runTfp({u"server"_qs, u"init"_qs, u"postgresql:///ozg?host=%1"_qs.arg(dir.path())});
    CHECK(r.exitCode == 1);
    CHECK(r.err.count('\n') >= 1);
    CHECK(r.err.contains("„ozg“"));
    CHECK(r.err.contains(dir.path().toUtf8()));

    r = test::runTfp({u"server"_qs, u"init"_qs, u"postgresql://planer:geheim@localhost/ozg"_qs});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains("PGPASSFILE"));
    CHECK_FALSE(r.err.contains("geheim"));

    r = test::runTfp({u"server"_qs, u"init"_qs, dir.filePath(u"k.tfplan"_qs)});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains("keine PostgreSQL-Adresse"));
    r = test::runTfp({u"server"_qs, u"loeschen"_qs, url});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains("loeschen"));
}

TEST_CASE("tfp reads a server catalog given as its URL like a file, and a workshop package goes out and back",
          "[cli][pg]")
{
    const QString url = test::freshServerDatabase();
    if (url.isEmpty())
        return;
    QTemporaryDir dir;
    const QString file = test::defaultCatalogCopy(dir);
    auto r = test::runTfp({u"server"_qs, u"import"_qs, url, file});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    // The same counts and the same coverage as the file it came from.
    CHECK(statsOf(url) == statsOf(file));
    const auto coverageOf = [](const QString &catalog) {
        const auto c = test::runTfp({u"coverage"_qs, catalog, u"--json"_qs, u"--today"_qs, u"2026-12-06"_qs});
        INFO(c.err.toStdString());
        REQUIRE(c.exitCode == 0);
        return QJsonDocument::fromJson(c.out).object();
    };
    CHECK(coverageOf(url) == coverageOf(file));
    // A workshop package made from the server catalog merges back into it.
    const QString package = dir.filePath(u"sitzung.tfreview"_qs);
    r = test::runTfp({u"review-pack"_qs, url, u"--themenfeld"_qs, u"Familie & Kind"_qs, u"-o"_qs, package});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    r = test::runTfp({u"review-merge"_qs, url, package, u"--json"_qs});
    INFO(r.err.toStdString() << r.out.toStdString());
    CHECK(r.exitCode == 0);
    // A named Stand on the server, as in a file.
    r = test::runTfp({u"stand"_qs, url, u"Vor der Sitzung"_qs});
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 0);
    const QJsonObject after = statsOf(url);
    CHECK(after.value(u"leistungen"_qs).toInt() == 557);
}

TEST_CASE("tfp server zugang sets what a login may write, and zugaenge lists it", "[cli][pg]")
{
    const QString url = test::freshServerDatabase();
    if (url.isEmpty())
        return;
    auto r = test::runTfp({u"server"_qs, u"init"_qs, url});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    // tfp itself is the owner here; the login "tfp" stands for any login of the cluster.
    r = test::runTfp({u"server"_qs, u"zugang"_qs, url, u"tfp"_qs, u"XX-GIBT-ES-NICHT"_qs});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains("keinen Beteiligten mit dem Kürzel „XX-GIBT-ES-NICHT“"));
    r = test::runTfp({u"server"_qs, u"zugaenge"_qs, url});
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.isEmpty());
    r = test::runTfp({u"server"_qs, u"zugang"_qs, url, u"tfp"_qs, u"HB"_qs});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.err.isEmpty());
    r = test::runTfp({u"server"_qs, u"zugaenge"_qs, url});
    CHECK(r.out == "tfp\tHB\n");
    r = test::runTfp({u"server"_qs, u"zugang"_qs, url, u"tfp"_qs, u"Programmleitung"_qs});
    REQUIRE(r.exitCode == 0);
    CHECK(test::runTfp({u"server"_qs, u"zugaenge"_qs, url}).out == "tfp\tProgrammleitung\n");
    r = test::runTfp({u"server"_qs, u"zugang"_qs, url, u"tfp"_qs, u"keiner"_qs});
    REQUIRE(r.exitCode == 0);
    CHECK(test::runTfp({u"server"_qs, u"zugaenge"_qs, url}).out.isEmpty());
    r = test::runTfp({u"server"_qs, u"zugang"_qs, url, u"tfp"_qs, u"keiner"_qs});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains("hat keinen Zugang"));
}

TEST_CASE("tfp server export refuses a value written past the program, names where it is and writes no file",
          "[cli][pg]")
{
    const QString url = test::freshServerDatabase();
    if (url.isEmpty())
        return;
    const qint64 key = serverWithMilestones(url);
    QTemporaryDir dir;
    const QString existing = dir.filePath(u"alt.tfplan"_qs);
    REQUIRE(test::runTfp({u"server"_qs, u"export"_qs, url, existing}).exitCode == 0);
    const QString target = dir.filePath(u"neu.tfplan"_qs);
    struct Bad
    {
        QString table;
        QString keyColumn;
        qint64 key;
        QString column;
        QString value;
    };
    // An impossible day and a German date (a file's checks refuse both); an empty text where a date belongs
    // (a file refuses it too, and turning it into "no date" would lose what the server holds); not a number
    // where a number belongs (PostgreSQL's own check of "at least 0" lets NaN through).
    const QList<Bad> bad{{u"meilenstein"_qs, u"id"_qs, key, u"geplant"_qs, u"2026-02-30"_qs},
                         {u"meilenstein"_qs, u"id"_qs, key, u"geplant"_qs, u"31.12.2026"_qs},
                         {u"meilenstein"_qs, u"id"_qs, key, u"ist"_qs, u""_qs},
                         {u"leistung"_qs, u"ozg_id"_qs, 10000, u"aufwand_pt"_qs, u"NaN"_qs}};
    for (const Bad &b : bad) {
        INFO(b.table.toStdString() << " " << b.key << " " << b.column.toStdString() << " = '"
                                   << b.value.toStdString() << "'");
        const QString row = u"WHERE %1 = %2"_qs.arg(b.keyColumn).arg(b.key);
        const QVariant old =
            test::asServerOwner(url, {u"SELECT %1::text FROM %2 %3"_qs.arg(b.column, b.table, row)});
        test::asServerOwner(url, {u"UPDATE %1 SET %2 = '%3' %4"_qs.arg(b.table, b.column, b.value, row)});
        const QStringList before = test::listing(dir.path());
        for (const QString &file : {target, existing}) {
            const auto r = test::runTfp({u"server"_qs, u"export"_qs, url, file});
            INFO(r.err.toStdString());
            CHECK(r.exitCode == 1);
            CHECK(r.err.count('\n') == 1);
            if (file == target) {
                CHECK(r.err.contains(u"%1 %2, Feld „%3“"_qs.arg(b.table).arg(b.key).arg(b.column).toUtf8()));
                CHECK(r.err.toLower().contains(u"„%1“"_qs.arg(b.value).toLower().toUtf8()));
                CHECK(r.err.contains("neu.tfplan"));
            }
            CHECK(test::listing(dir.path()) == before);
        }
        test::asServerOwner(
            url, {u"UPDATE %1 SET %2 = %3 %4"_qs.arg(
                     b.table, b.column, old.isNull() ? u"NULL"_qs : u"'%1'"_qs.arg(old.toString()), row)});
    }
    // With the values the program wrote back, the export goes through and the file opens.
    const auto r = test::runTfp({u"server"_qs, u"export"_qs, url, target});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(statsOf(target).value(u"projekte"_qs).toInt() > 0);
}

TEST_CASE("tfp server export onto a full or read-only disk says why, leaves no part and keeps the old file",
          "[cli][pg]")
{
    const QString url = test::freshServerDatabase();
    if (url.isEmpty())
        return;
    serverWithMilestones(url);
    QTemporaryDir dir;
    const QString where = dir.filePath(u"klein"_qs);
    test::FullDisk disk(where, 64 * 1024 * 1024);
    if (!disk.mounted()) {
        WARN("TFP-SKIP: kein kleines tmpfs einzuhängen (" << disk.problem().toStdString()
                                                          << "); der Test braucht root");
        return;
    }
    const QString existing = where + u"/alt.tfplan"_qs;
    REQUIRE(test::runTfp({u"server"_qs, u"export"_qs, url, existing}).exitCode == 0);
    disk.fill();
    QStringList before = test::listing(where);
    for (const QString &file : {where + u"/neu.tfplan"_qs, existing}) {
        const auto r = test::runTfp({u"server"_qs, u"export"_qs, url, file});
        INFO(r.err.toStdString());
        CHECK(r.exitCode == 1);
        CHECK(r.err.count('\n') == 1);
        if (file != existing)
            CHECK(r.err.contains("der Datenträger ist voll"));
        CHECK(r.err.contains(QFileInfo(file).fileName().toUtf8()));
        CHECK(test::listing(where) == before);
    }
    disk.leaveFree(16 * 1024 * 1024);
    before = test::listing(where);
    REQUIRE(disk.makeReadOnly());
    const auto r = test::runTfp({u"server"_qs, u"export"_qs, url, where + u"/neu.tfplan"_qs});
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 1);
    CHECK(r.err.count('\n') == 1);
    CHECK(r.err.contains("schreibgeschützt"));
    CHECK(r.err.contains("neu.tfplan"));
    CHECK(test::listing(where) == before);
}
