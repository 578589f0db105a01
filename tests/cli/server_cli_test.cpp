// tfp server init|export|import against the throw-away PostgreSQL cluster of the ctest fixture "pgcluster".
#include <catch2/catch.hpp>

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
