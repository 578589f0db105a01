#include <catch2/catch.hpp>

#include "support/pgserver.h"
#include "support/testutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace tfp;

TEST_CASE("tfp init creates a catalog and refuses an existing file", "[cli]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"neu.tfplan"_qs);
    auto r = test::runTfp({u"init"_qs, path});
    REQUIRE(r.exitCode == 0);
    CHECK(QFileInfo::exists(path));

    const QByteArray before = test::fileHash(path);
    r = test::runTfp({u"init"_qs, path});
    CHECK(r.exitCode == 1);
    CHECK(r.err.count('\n') == 1);
    CHECK(r.err.contains("neu.tfplan"));
    CHECK(r.err.contains("gibt es schon"));
    CHECK(test::fileHash(path) == before);
}

TEST_CASE("tfp stats --json reports counts and the Federführung in DOMAIN.md order", "[cli][backends]")
{
    QTemporaryDir dir;
    const QString path = test::defaultCatalogOnBackend(dir);
    const auto r = test::runTfp({u"stats"_qs, path, u"--json"_qs});
    REQUIRE(r.exitCode == 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    CHECK(o.value(u"schema_version"_qs).toInt() == 3); // schema 3: the journal names the login
    CHECK(o.value(u"themenfelder"_qs).toInt() == 14);
    CHECK(o.value(u"lagen"_qs).toInt() == 55);
    CHECK(o.value(u"leistungen"_qs).toInt() == 557);
    CHECK(o.value(u"leika_leistungen"_qs).toInt() == 5249);
    CHECK(o.value(u"laender"_qs).toInt() == 16);
    CHECK(o.value(u"projekte"_qs).toInt() == 0);
    CHECK(o.value(u"meilensteine"_qs).toInt() == 0);
    const QJsonArray ff = o.value(u"federfuehrung"_qs).toArray();
    REQUIRE(ff.size() == 14);
    CHECK(ff[0].toObject().value(u"themenfeld"_qs).toString() == u"Arbeit & Ruhestand");
    const QJsonObject familie = ff[5].toObject();
    CHECK(familie == QJsonDocument::fromJson(R"({"themenfeld": "Familie & Kind", "ressorts": ["BMFSFJ"],
        "beteiligte": [{"kuerzel": "HB", "rolle": "FF"}, {"kuerzel": "HE", "rolle": "U"}]})")
                         .object());
    const QJsonObject einwanderung = ff[3].toObject();
    CHECK(einwanderung.value(u"ressorts"_qs).toArray() == QJsonArray{u"AA"_qs, u"BMI"_qs});
}

TEST_CASE("tfp refuses a file that is not a catalog with one line naming it", "[cli]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"notizen.tfplan"_qs);
    test::writeFile(path, "Notizen vom Jour-Fix\n");
    const auto r = test::runTfp({u"stats"_qs, path, u"--json"_qs});
    CHECK(r.exitCode == 1);
    CHECK(r.out.isEmpty());
    CHECK(r.err.count('\n') == 1);
    CHECK(r.err.contains("notizen.tfplan"));
    CHECK(test::readFile(path) == "Notizen vom Jour-Fix\n");
}

TEST_CASE("every tfp subcommand has --help", "[cli]")
{
    for (const char *cmd : {"init", "stats"}) {
        const auto r = test::runTfp({QString::fromLatin1(cmd), u"--help"_qs});
        INFO(cmd);
        CHECK(r.exitCode == 0);
        CHECK(r.out.contains("--help"));
    }
    CHECK(test::runTfp({u"frobnicate"_qs}).exitCode == 2);
}
