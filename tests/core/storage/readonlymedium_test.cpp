#include <catch2/catch.hpp>

#include "storage/catalog.h"
#include "support/testutil.h"

#include <QDir>
#include <QFile>
#include <QProcess>

using namespace tfp;

namespace {

// A tmpfs mounted for the test and unmounted afterwards; mounting needs root (CAP_SYS_ADMIN).
struct Medium
{
    QString dir;
    bool mounted = false;
    explicit Medium(const QString &d) : dir(d)
    {
        QDir().mkpath(dir);
        mounted = QProcess::execute(u"mount"_qs, {u"-t"_qs, u"tmpfs"_qs, u"-o"_qs, u"size=64m"_qs,
                                                  u"tfp-test"_qs, dir}) == 0;
    }
    bool makeReadOnly() const
    {
        return QProcess::execute(u"mount"_qs, {u"-o"_qs, u"remount,ro"_qs, dir}) == 0;
    }
    ~Medium()
    {
        if (mounted)
            QProcess::execute(u"umount"_qs, {u"-l"_qs, dir});
    }
};

} // namespace

TEST_CASE("a catalog on a read-only medium opens read-only with the real reason, also when left in WAL mode",
          "[core]")
{
    QTemporaryDir base;
    Medium medium(base.filePath(u"medium"_qs));
    if (!medium.mounted) {
        WARN("skipped: mounting a tmpfs is not permitted here (needs root)");
        return;
    }
    const QString source = test::defaultCatalogCopy(base);
    const QString onMedium = medium.dir + u"/katalog.tfplan"_qs;
    Status expectedStatus = Status::Ohne;
    int ozgId = 0;
    std::unique_ptr<Catalog> writer;
    SECTION("a closed catalog")
    {
        REQUIRE(QFile::copy(source, onMedium));
    }
    SECTION("a catalog whose writer was killed: WAL mode, commits still in the -wal")
    {
        writer = Catalog::open(source);
        ozgId = writer->loadPlan().leistungen.first().ozgId;
        ChangeSet change(u"Status"_qs);
        change.append(Change::update(schema::Table::Leistung, ozgId, u"status"_qs, u"ohne"_qs, u"online"_qs));
        writer->apply(change);
        expectedStatus = Status::Online;
        // The files as a killed writer leaves them: main file and its write-ahead log, no checkpoint.
        REQUIRE(QFile::copy(source + u"-wal"_qs, onMedium + u"-wal"_qs));
        REQUIRE(QFile::copy(source, onMedium));
        REQUIRE(QFileInfo(onMedium + u"-wal"_qs).size() > 0);
    }
    REQUIRE(medium.makeReadOnly());
    const QByteArray before = test::fileHash(onMedium);

    const auto c = Catalog::open(onMedium);
    CHECK(c->isReadOnly());
    INFO(c->readOnlyReason().toStdString());
    CHECK(c->readOnlyReason().contains(u"schreibgeschützt"));
    CHECK_FALSE(c->readOnlyReason().contains(u"Prozess"));
    CHECK(c->path() == QFileInfo(onMedium).absoluteFilePath());
    const PlanSnapshot plan = c->loadPlan();
    CHECK(plan.leistungen.size() == 557);
    if (ozgId)
        CHECK(plan.leistung(ozgId)->status == expectedStatus);
    CHECK(Catalog::verifyPages(onMedium).isEmpty());
    CHECK(test::fileHash(onMedium) == before);
}
