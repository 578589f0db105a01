// A programme catalog on more than one server: a streaming standby (README, "Running the programme catalog
// server") is read, never written, and follows its primary; an address of several servers with
// target_session_attrs=read-write reaches whichever of them writes.
#include <catch2/catch.hpp>

#include "edit/edits.h"
#include "error.h"
#include "storage/catalog.h"
#include "storage/server.h"
#include "support/pgserver.h"
#include "support/testutil.h"

#include <QDeadlineTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

using namespace tfp;
using namespace tfp::schema;

namespace {

void cluster(const QStringList &args)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral(TFP_PGCLUSTER), args);
    REQUIRE(p.waitForFinished(120000));
    INFO(p.readAll().toStdString());
    REQUIRE(p.exitCode() == 0);
}

// A primary of its own and its standby, stopped and removed at the end of the test, also after a failure.
struct PrimaryAndStandby
{
    QTemporaryDir dir{u"/tmp/tfp-standby-XXXXXX"_qs};
    QString primary = dir.filePath(u"p"_qs), standby = dir.filePath(u"s"_qs);
    ~PrimaryAndStandby()
    {
        for (const QString &link : {standby, primary})
            QProcess::execute(QStringLiteral(TFP_PGCLUSTER), {u"stop"_qs, link});
    }
    static QString url(const QString &hosts, const QString &extra = {})
    {
        return u"postgresql:///ozg?host=%1&user=tfp%2"_qs.arg(hosts, extra);
    }
};

} // namespace

TEST_CASE("a standby is opened to read with the reason, follows its primary, and an address of both writes "
          "on the primary",
          "[core][pg]")
{
    // The shared cluster only tells whether PostgreSQL is here; this test runs a pair of its own.
    if (test::freshServerDatabase().isEmpty())
        return;
    PrimaryAndStandby pair;
    REQUIRE(pair.dir.isValid());
    cluster({u"start"_qs, pair.primary});
    cluster({u"createdb"_qs, pair.primary, u"ozg"_qs});
    QTemporaryDir files;
    server::importFile(PrimaryAndStandby::url(pair.primary), test::defaultCatalogCopy(files));
    cluster({u"standby"_qs, pair.standby, pair.primary});

    const auto primary = Catalog::open(PrimaryAndStandby::url(pair.primary));
    // Asked to edit, the standby's catalog is opened to read, and says why.
    const auto standby = Catalog::open(PrimaryAndStandby::url(pair.standby));
    CHECK(standby->isReadOnly());
    CHECK(standby->readOnlyReason().contains(u"Standby"_qs));
    CHECK(standby->loadPlan(PlanDetail::Summary).leistungen.size() == 557);
    const QString before = standby->value(Table::Leistung, 10000, col::name).toString();
    try {
        standby->apply(edit::setField(*standby, Table::Leistung, 10000, col::name, u"Auf dem Standby"_qs));
        FAIL("the standby took a write");
    } catch (const Error &e) {
        INFO(e.message().toStdString());
        CHECK(e.message().contains(u"schreibgeschützt"_qs));
        CHECK(e.message().contains(u"Primärserver"_qs));
    }

    // What the primary commits reaches the standby's readers (they look; a standby takes no LISTEN).
    primary->apply(edit::setField(*primary, Table::Leistung, 10000, col::name, u"Vom Primärserver"_qs));
    const QDeadlineTimer deadline(20000);
    while (standby->value(Table::Leistung, 10000, col::name).toString() == before && !deadline.hasExpired())
        QThread::msleep(50);
    CHECK(standby->value(Table::Leistung, 10000, col::name).toString() == u"Vom Primärserver");
    CHECK(standby->catchUp()); // the journal tells the reader which rows

    // An address naming the standby first and the primary second, for writing: the primary answers.
    const auto either = Catalog::open(
        PrimaryAndStandby::url(pair.standby + u',' + pair.primary, u"&target_session_attrs=read-write"_qs));
    CHECK_FALSE(either->isReadOnly());
    either->apply(edit::setField(*either, Table::Leistung, 10003, col::name, u"Über beide Adressen"_qs));
    CHECK(primary->value(Table::Leistung, 10003, col::name).toString() == u"Über beide Adressen");
}
