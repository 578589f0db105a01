#include "reviewfixture.h"

#include "error.h"
#include "exchange/defaultcatalog.h"

#include <QFile>

using namespace tfp;
using namespace tfp::schema;

namespace {

// Replaces the only occurrence of `from` in the file (and fails the test if there is not exactly one).
void patchOnce(const QString &path, const QByteArray &from, const QByteArray &to)
{
    QByteArray data = test::readFile(path);
    REQUIRE(data.count(from) == 1);
    data.replace(from, to);
    test::writeFile(path, data);
}

} // namespace

TEST_CASE("a workshop package holds one Themenfeld and says where it came from", "[core][review]")
{
    test::ReviewFixture f;
    const QByteArray catalogBefore = f.exported();
    const QString path = f.pack();
    CHECK(f.exported() == catalogBefore);

    const OpenedReviewPackage p = openReviewPackage(path);
    CHECK(p.info.formatVersion == kReviewFormatVersion);
    CHECK(p.info.originCatalogId == f.catalog->catalogId());
    CHECK(p.info.packageId == p.catalog->catalogId());
    CHECK(p.info.packageId != f.catalog->catalogId());
    CHECK(p.info.baseRevision == f.catalog->revision());
    CHECK(p.info.themenfeldId == f.familie);
    CHECK(p.info.themenfeld == u"Familie & Kind");
    CHECK(p.info.createdBy == u"planung");
    CHECK(p.catalog->revision() == 0);
    CHECK(p.catalog->journal().isEmpty());

    const Catalog &pkg = *p.catalog;
    CHECK(pkg.count(Table::Themenfeld) == 1);
    CHECK(pkg.count(Table::Lage) == f.catalog->rowsWhere(Table::Lage, col::themenfeldId, f.familie).size());
    CHECK(pkg.row(Table::Leistung, 10000)->value(u"name"_qs).toString() == u"Elterngeld");
    CHECK_FALSE(pkg.row(Table::Leistung, 10100)); // another Themenfeld's Leistung stays home
    CHECK(pkg.count(Table::Beteiligter) == f.catalog->count(Table::Beteiligter));
    CHECK(pkg.count(Table::Kriterium) == 6);
    CHECK(pkg.count(Table::Projekt) == 1);
    CHECK(pkg.count(Table::Meilenstein) == 7);
    CHECK(pkg.count(Table::ProjektLeistung) == 2);
    CHECK(pkg.count(Table::Onlinedienst) == 0);
    // the same keys as in the catalog, so that the merge knows every row again
    CHECK(pkg.row(Table::Projekt, f.projekt)->value(u"name"_qs).toString() == u"Elterngeld digital");
    CHECK(reviewPackageInfo(pkg).has_value());
    CHECK_FALSE(reviewPackageInfo(*f.catalog).has_value());
}

TEST_CASE("a package is made from a catalog only, never over an existing file", "[core][review]")
{
    test::ReviewFixture f;
    const QString path = f.pack();
    const QByteArray hash = test::fileHash(path);
    REQUIRE_THROWS_WITH(f.pack(), Catch::Contains("gibt es schon"));
    CHECK(test::fileHash(path) == hash);

    auto package = Catalog::open(path, Catalog::Access::ReadOnly);
    REQUIRE_THROWS_WITH(createReviewPackage(*package, f.familie, f.dir.filePath(u"zwei.tfreview"_qs)),
                        Catch::Contains("selbst ein Workshop-Paket"));
    REQUIRE_THROWS_WITH(createReviewPackage(*f.catalog, 99, f.dir.filePath(u"zwei.tfreview"_qs)),
                        Catch::Contains("kein Themenfeld 99"));
    CHECK_FALSE(QFileInfo::exists(f.dir.filePath(u"zwei.tfreview"_qs)));
}

TEST_CASE("a refused package names the file and the problem and changes nothing", "[core][review]")
{
    test::ReviewFixture f;
    const QString path = f.pack(u"paket.tfreview"_qs);
    {
        auto w = test::ReviewFixture::workshop(path);
        w->apply(edit::setField(*w, Table::Leistung, 10000, col::status, u"online"_qs));
    }
    const QByteArray before = f.exported();
    const auto copy = [&](const QString &name) {
        const QString p = f.dir.filePath(name);
        QFile::copy(path, p);
        return p;
    };

    struct Case
    {
        const char *what;
        std::function<QString()> make; // returns the package to merge
        const char *fragment;
    };
    const QList<Case> cases{
        {"a package from another catalog",
         [&] {
             const QString other = f.dir.filePath(u"anderer.tfplan"_qs);
             Catalog::create(other, populateDefaultCatalog);
             const QString p = f.dir.filePath(u"fremd.tfreview"_qs);
             createReviewPackage(*Catalog::open(other, Catalog::Access::ReadOnly), f.familie, p);
             return p;
         },
         "stammt aus einem anderen Katalog"},
        {"a catalog instead of a package", [&] { return f.catalogPath; }, "kein Workshop-Paket"},
        {"a text file",
         [&] {
             const QString p = f.dir.filePath(u"notizen.tfreview"_qs);
             test::writeFile(p, "Notizen vom Workshop\n");
             return p;
         },
         "keine SQLite-Datenbank"},
        {"a truncated package",
         [&] {
             QByteArray data = test::readFile(path);
             data.truncate(data.size() / 2);
             const QString p = f.dir.filePath(u"halb.tfreview"_qs);
             test::writeFile(p, data);
             return p;
         },
         "abgeschnitten"},
        {"a package of a newer format",
         [&] {
             const QString p = copy(u"neu.tfreview"_qs);
             patchOnce(p, "review.format_version1", "review.format_version9");
             return p;
         },
         "Formatversion 9"},
        {"a package whose base was changed",
         [&] {
             const QString p = copy(u"basis.tfreview"_qs);
             patchOnce(p, "\"name\": \"Elterngeld digital\"", "\"name\": \"Elterngeld digitaX\"");
             return p;
         },
         "Prüfsumme"},
        {"a package whose rows were changed outside the program",
         [&] {
             const QString p = copy(u"roh.tfreview"_qs);
             QByteArray data = test::readFile(p);
             // the name once in the base (quoted as JSON) and once in the table's row: change the row's
             REQUIRE(data.count("Elterngeld digital") == 2);
             const qsizetype inBase = data.indexOf("\"name\": \"Elterngeld digital\"") + 9;
             const qsizetype first = data.indexOf("Elterngeld digital");
             const qsizetype inRow = first == inBase ? data.indexOf("Elterngeld digital", first + 1) : first;
             data.replace(inRow, 18, "Elterngeld digitaX");
             test::writeFile(p, data);
             return p;
         },
         "außerhalb von Themenfeldplaner verändert"},
        {"a package of a newer schema",
         [&] {
             const QString p = copy(u"schema.tfreview"_qs);
             QByteArray data = test::readFile(p);
             data[63] = char(kVersion + 1); // user_version, big-endian at offset 60
             test::writeFile(p, data);
             return p;
         },
         "neueren Version"},
    };
    for (const Case &c : cases) {
        INFO(c.what);
        const QString package = c.make();
        const QByteArray packageHash = test::fileHash(package);
        try {
            f.plan(package);
            FAIL("merged although it should be refused");
        } catch (const Error &e) {
            INFO(e.message().toStdString());
            CHECK(e.message().contains(QString::fromUtf8(c.fragment)));
            CHECK(e.message().contains(QFileInfo(package).fileName()));
        }
        CHECK(test::fileHash(package) == packageHash);
        CHECK((f.exported() == before));
    }
}
