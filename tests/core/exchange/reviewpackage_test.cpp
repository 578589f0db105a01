#include "reviewfixture.h"

#include "error.h"
#include "exchange/defaultcatalog.h"
#include "support/tamper.h"

#include <QCryptographicHash>

#include <QFile>

using namespace tfp;
using namespace tfp::schema;

namespace {

// The facts of a package as the unkeyed SHA-256 of format 1 covered them: what anyone can compute again.
QString unkeyedChecksum(const QString &path)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    const auto meta = [&](const char *key) {
        return test::queryValue(
            path, u"SELECT value FROM catalog_meta WHERE key = '%1'"_qs.arg(QLatin1String(key)));
    };
    const QStringList facts{
        meta("review.format_version"),
        test::queryValue(path, u"SELECT value FROM catalog_meta WHERE key = 'catalog_id'"_qs),
        meta("review.origin_catalog_id"),
        meta("review.base_revision"),
        meta("review.themenfeld_id"),
        meta("review.themenfeld"),
        meta("review.created_at"),
        meta("review.created_by")};
    for (const QString &f : facts)
        h.addData((f + u'\n').toUtf8());
    h.addData(meta("review.base").toUtf8());
    return QString::fromLatin1(h.result().toHex());
}

void setMeta(const QString &path, const QString &key, const QString &value)
{
    test::tamper(
        path, {u"INSERT OR REPLACE INTO catalog_meta (key, value) VALUES ('%1', '%2')"_qs.arg(key, value)});
}

} // namespace

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

TEST_CASE("a workshop package holds one Themenfeld and says where it came from", "[core][review][backends]")
{
    test::ReviewFixture f;
    const QByteArray catalogBefore = f.exported();
    const QString path = f.pack();
    CHECK(f.exported() == catalogBefore);

    const OpenedReviewPackage p = openReviewPackage(path, *f.catalog);
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

TEST_CASE("a package is made from a catalog only, never over an existing file", "[core][review][backends]")
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

TEST_CASE("a refused package names the file and the problem and changes nothing", "[core][review][backends]")
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
        {"a catalog instead of a package",
         [&] { return test::defaultCatalogCopy(f.dir, u"datei.tfplan"_qs); }, "kein Workshop-Paket"},
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
             patchOnce(p, "review.format_version2", "review.format_version9");
             return p;
         },
         "Formatversion 9"},
        {"a package whose base was changed",
         [&] {
             const QString p = copy(u"basis.tfreview"_qs);
             patchOnce(p, "\"name\": \"Elterngeld digital\"", "\"name\": \"Elterngeld digitaX\"");
             return p;
         },
         "manipuliert"},
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

TEST_CASE("a package is sealed with its catalog's secret, which never leaves the catalog",
          "[core][review][backends]")
{
    test::ReviewFixture f;
    CHECK(f.catalog->secret().isEmpty()); // made with the first package
    const QString path = f.pack();
    const QString secret = f.catalog->secret();
    REQUIRE(secret.size() == 64);
    const QByteArray raw = QByteArray::fromHex(secret.toLatin1());
    const QByteArray package = test::readFile(path);
    CHECK_FALSE(package.contains(secret.toLatin1()));
    CHECK_FALSE(package.contains(raw));
    CHECK_FALSE(package.contains(raw.toBase64()));
    const QByteArray json = f.exported();
    CHECK_FALSE(json.contains(secret.toLatin1()));
    // a second package uses the same secret, and a change set cannot touch it
    f.pack(u"zwei.tfreview"_qs);
    CHECK(f.catalog->secret() == secret);
    ChangeSet cs(u"x"_qs);
    cs.meta = {{u"secret"_qs, secret, u"00"_qs}};
    CHECK_THROWS(f.catalog->apply(cs));
    CHECK(openReviewPackage(path, *f.catalog).info.formatVersion == kReviewFormatVersion);
}

TEST_CASE("a package that was changed, is unsealed or from a moved catalog is not merged",
          "[core][review][backends]")
{
    test::ReviewFixture f;
    const QString path = f.pack();
    {
        auto w = test::ReviewFixture::workshop(path);
        w->apply(edit::setField(*w, Table::Leistung, 10000, col::status, u"online"_qs));
    }
    const QByteArray before = f.exported();
    const auto copy = [&](const QString &name) {
        const QString p = f.dir.filePath(name);
        REQUIRE(QFile::copy(path, p));
        return p;
    };
    SECTION("base changed and the unkeyed checksum computed again: manipuliert")
    {
        const QString p = copy(u"falsch.tfreview"_qs);
        test::tamper(p, {u"UPDATE catalog_meta SET value = replace(value, '\"status\": \"ohne\"', "
                         u"'\"status\": \"online\"') "
                         "WHERE key = 'review.base'"_qs});
        const QString sum = unkeyedChecksum(p);
        setMeta(p, u"review.checksum"_qs, sum);
        setMeta(p, u"review.seal"_qs, sum);
        REQUIRE_THROWS_WITH(f.plan(p), Catch::Contains("manipuliert") && Catch::Contains("falsch.tfreview"));
    }
    SECTION("the facts changed: manipuliert")
    {
        const QString p = copy(u"fakten.tfreview"_qs);
        setMeta(p, u"review.base_revision"_qs, u"0"_qs);
        REQUIRE_THROWS_WITH(f.plan(p), Catch::Contains("manipuliert"));
    }
    SECTION("an old package without a seal: refused with a clear message")
    {
        const QString p = copy(u"alt.tfreview"_qs);
        setMeta(p, u"review.format_version"_qs, u"1"_qs);
        test::tamper(p, {u"DELETE FROM catalog_meta WHERE key IN ('review.seal', 'review.key_id')"_qs});
        setMeta(p, u"review.checksum"_qs, unkeyedChecksum(p));
        CHECK(reviewPackageInfo(*Catalog::open(p, Catalog::Access::ReadOnly))->formatVersion == 1);
        REQUIRE_THROWS_WITH(f.plan(p), Catch::Contains("älteren Version") &&
                                           Catch::Contains("alt.tfreview") &&
                                           Catch::Contains("neues Workshop-Paket"));
    }
    SECTION("the catalog moved through export-json and import-json has a new secret")
    {
        const QString moved = f.dir.filePath(u"umgezogen.tfplan"_qs);
        Catalog::create(moved, [&](Catalog &c) { importPlanJson(c, f.exported(), u"plan.json"_qs); });
        auto catalog = Catalog::open(moved);
        CHECK(catalog->catalogId() == f.catalog->catalogId());
        CHECK(catalog->secret().isEmpty());
        REQUIRE_THROWS_WITH(openReviewPackage(path, *catalog),
                            Catch::Contains("Schlüssel") && Catch::Contains("import-json"));
    }
    CHECK((f.exported() == before));
}
