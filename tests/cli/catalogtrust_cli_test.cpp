#include <catch2/catch.hpp>

#include "support/testutil.h"

using namespace tfp;

TEST_CASE("tfp stats refuses a catalog with a trigger or a recursive view at once", "[cli]")
{
    QTemporaryDir dir;
    const QString path = test::defaultCatalogCopy(dir);
    SECTION("trigger")
    {
        test::tamper(path,
                     {u"CREATE TRIGGER wipe AFTER UPDATE ON leistung BEGIN DELETE FROM nachnutzung; END"_qs});
    }
    SECTION("recursive view")
    {
        test::tamper(
            path, {u"DROP TABLE leistung"_qs,
                   u"CREATE VIEW leistung AS WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) "
                   "SELECT n AS ozg_id FROM r"_qs});
    }
    const QByteArray before = test::fileHash(path);
    // A recursive view that ran would never end: the time limit turns a hang into a failure.
    const auto r = test::runTfp({u"stats"_qs, path}, 20000);
    CHECK(r.exitCode == 1);
    CHECK(r.err.count('\n') == 1);
    CHECK(r.err.contains("katalog.tfplan"));
    CHECK(r.err.contains("gehört nicht zum Schema") != r.err.contains("ist aber eine Sicht"));
    CHECK(test::fileHash(path) == before);
}
