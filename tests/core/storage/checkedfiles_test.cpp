#include <catch2/catch.hpp>

#include "edit/edits.h"
#include "error.h"
#include "storage/catalog.h"
#include "storage/checkedfiles.h"
#include "storage/schemacheck.h"
#include "support/testutil.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QStandardPaths>

using namespace tfp;

namespace {

// The record is kept per organisation (none in the bare core test process); this one is the test's own and
// starts empty.
auto ownRecord()
{
    QStandardPaths::setTestModeEnabled(true);
    const QString before = QCoreApplication::organizationName();
    QCoreApplication::setOrganizationName(u"tfp-checkedfiles-test"_qs);
    QFile::remove(checkedfiles::recordFile());
    return qScopeGuard([before] {
        QCoreApplication::setOrganizationName(before);
        QStandardPaths::setTestModeEnabled(false);
    });
}

const QString kBrokenStatus =
    u"UPDATE leistung SET status = 'kaputt' WHERE ozg_id = (SELECT min(ozg_id) FROM "
    "leistung)"_qs;

} // namespace

TEST_CASE("a catalog this app closed opens again without the value check until anything else touches it",
          "[core]")
{
    const auto restore = ownRecord();
    QTemporaryDir dir;
    const QString path = QFileInfo(test::defaultCatalogCopy(dir)).absoluteFilePath();
    const QByteArray rules = schemacheck::valueRules();

    // A file that arrived from elsewhere is a stranger: its values are checked on open.
    CHECK_FALSE(checkedfiles::unchanged(path, rules));
    Catalog::open(path, Catalog::Access::ReadWrite).reset();
    REQUIRE(checkedfiles::unchanged(path, rules));

    SECTION("a value changed by another program right after the close is checked and refused")
    {
        test::tamper(path, {kBrokenStatus});
        CHECK_FALSE(checkedfiles::unchanged(path, rules));
        const QByteArray before = test::fileHash(path);
        for (const auto verify : {Catalog::Verify::Pages, Catalog::Verify::HeaderOnly}) {
            try {
                Catalog::open(path, Catalog::Access::ReadWrite, verify);
                FAIL("opened a catalog with a broken value");
            } catch (const Error &e) {
                INFO(e.message().toStdString());
                CHECK(e.message().contains(u"Feld „status“: Wert „kaputt“"_qs));
            }
        }
        CHECK(test::fileHash(path) == before);
    }
    SECTION("the same bytes written again by another program")
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadWrite));
        const QByteArray first = f.read(4096);
        f.seek(0);
        REQUIRE(f.write(first) == first.size());
        f.close();
        CHECK_FALSE(checkedfiles::unchanged(path, rules));
    }
    SECTION("a copy of it under another name")
    {
        const QString copy = dir.filePath(u"kopie.tfplan"_qs);
        REQUIRE(QFile::copy(path, copy));
        CHECK_FALSE(checkedfiles::unchanged(copy, rules));
    }
    SECTION("another version's rules")
    {
        CHECK_FALSE(checkedfiles::unchanged(path, rules + "x"));
    }
    SECTION("edited and closed here again")
    {
        {
            auto c = Catalog::open(path, Catalog::Access::ReadWrite);
            const PlanSnapshot p = c->loadPlan(PlanDetail::Summary);
            c->apply(edit::addKriterium(*c, p.themenfelder.first().id, u"Nutzen für Kommunen"_qs, 2.5));
        }
        CHECK(checkedfiles::unchanged(path, rules));
    }
}

TEST_CASE("without an organisation to keep it for, no catalog is remembered as checked", "[core]")
{
    QTemporaryDir dir;
    const QString path = QFileInfo(test::defaultCatalogCopy(dir)).absoluteFilePath();
    REQUIRE(QCoreApplication::organizationName().isEmpty());
    Catalog::open(path, Catalog::Access::ReadWrite).reset();
    CHECK_FALSE(checkedfiles::unchanged(path, schemacheck::valueRules()));
}
