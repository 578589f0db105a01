// A catalog opened on a PostgreSQL server (Catalog::open with a URL): the same plan as the file it came
// from, many sessions writing at once without losing an update, and each told of the others' commits.
// Runs against the throw-away cluster of the ctest fixture "pgcluster" (tests/support/pgcluster.sh).
#include <catch2/catch.hpp>

#include "edit/edits.h"
#include "error.h"
#include "exchange/defaultcatalog.h"
#include "storage/catalog.h"
#include "storage/server.h"
#include "storage/serverconnection.h"
#include "support/pgserver.h"
#include "support/testutil.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <thread>

using namespace tfp;
using namespace tfp::schema;

namespace {

// A fresh server database holding the embedded default catalog; empty when the server tests cannot run.
QString defaultServerCatalog()
{
    const QString url = test::freshServerDatabase();
    if (!url.isEmpty())
        server::create(url, populateDefaultCatalog);
    return url;
}

// The first, second and third Leistung of the default catalog.
int leistung(const Catalog &c, int n)
{
    return c.loadPlan(PlanDetail::Summary).leistungen.at(n).ozgId;
}

QString nameOf(const Catalog &c, int ozgId)
{
    return c.value(Table::Leistung, ozgId, col::name).toString();
}

// Waits (with the event loop running) until the spy has a signal, at most two seconds.
bool arrives(QSignalSpy &spy)
{
    return !spy.isEmpty() || spy.wait(2000);
}

} // namespace

TEST_CASE("a server catalog opens with the same plan as the file it was made from", "[core][pg]")
{
    const QString url = test::freshServerDatabase();
    if (url.isEmpty())
        return;
    QTemporaryDir dir;
    const QString path = test::defaultCatalogCopy(dir);
    server::importFile(url, path);
    const auto file = Catalog::open(path, Catalog::Access::ReadOnly);
    const auto server = Catalog::open(url);
    CHECK(server->isServer());
    CHECK_FALSE(server->isReadOnly());
    for (const PlanDetail detail : {PlanDetail::Full, PlanDetail::Summary}) {
        const PlanSnapshot a = file->loadPlan(detail);
        const PlanSnapshot b = server->loadPlan(detail);
        CHECK(b.catalogId == a.catalogId);
        CHECK(b.leistungen.size() == a.leistungen.size());
        CHECK(b.leika.size() == a.leika.size());
        CHECK(b.themenfelder.size() == a.themenfelder.size());
        REQUIRE(b.leistungen.size() > 500);
        for (qsizetype i = 0; i < a.leistungen.size(); ++i) {
            INFO("OZG-ID " << a.leistungen[i].ozgId);
            CHECK(b.leistungen[i].ozgId == a.leistungen[i].ozgId);
            CHECK(b.leistungen[i].name == a.leistungen[i].name);
            CHECK(b.leistungen[i].programm == a.leistungen[i].programm);
            CHECK(b.leistungen[i].leikaSchluessel == a.leistungen[i].leikaSchluessel);
            CHECK(b.leistungen[i].goLive == a.leistungen[i].goLive);
        }
    }
}

TEST_CASE("an edit on the server is committed, journaled with its author and undone by its inverse",
          "[core][pg]")
{
    const QString url = defaultServerCatalog();
    if (url.isEmpty())
        return;
    auto c = Catalog::open(url);
    c->setAuthor(u"Anna Beispiel"_qs);
    const int ozg = leistung(*c, 0);
    const QString before = nameOf(*c, ozg);
    const qint64 revision = c->revision();
    const ChangeSet set = edit::setField(*c, Table::Leistung, ozg, col::name, u"Elterngeld digital"_qs);
    c->apply(set);
    CHECK(c->revision() == revision + 1);
    // A second session sees the commit.
    const auto other = Catalog::open(url, Catalog::Access::ReadOnly);
    CHECK(nameOf(*other, ozg) == u"Elterngeld digital");
    const QList<JournalEntry> j = other->journal(revision);
    REQUIRE(j.size() == 1);
    CHECK(j[0].autor == u"Anna Beispiel");
    CHECK(j[0].column == col::name);
    CHECK(j[0].alt == before);
    CHECK(j[0].neu == u"Elterngeld digital");
    c->apply(set.inverted());
    CHECK(nameOf(*other, ozg) == before);
}

TEST_CASE("two sessions changing the same field: the first wins, the second gets a conflict with both values",
          "[core][pg]")
{
    const QString url = defaultServerCatalog();
    if (url.isEmpty())
        return;
    auto anna = Catalog::open(url);
    auto bernd = Catalog::open(url);
    const int ozg = leistung(*anna, 0);
    // Both start from the same stored value.
    const ChangeSet a = edit::setField(*anna, Table::Leistung, ozg, col::name, u"Fassung Anna"_qs);
    const ChangeSet b = edit::setField(*bernd, Table::Leistung, ozg, col::name, u"Fassung Bernd"_qs);
    anna->apply(a);
    const qint64 revision = anna->revision();
    try {
        bernd->apply(b);
        FAIL("the second change of the same field was not refused");
    } catch (const ConflictError &e) {
        INFO(e.message().toStdString());
        CHECK(e.message().contains(u"Fassung Anna"));
        CHECK(e.message().contains(b.changes[0].oldValue.toString()));
    }
    CHECK(nameOf(*bernd, ozg) == u"Fassung Anna");
    CHECK(bernd->revision() == revision);
}

TEST_CASE("two sessions changing different fields of the same row both succeed", "[core][pg]")
{
    const QString url = defaultServerCatalog();
    if (url.isEmpty())
        return;
    auto anna = Catalog::open(url);
    auto bernd = Catalog::open(url);
    const int ozg = leistung(*anna, 0);
    const ChangeSet a = edit::setField(*anna, Table::Leistung, ozg, col::name, u"Fassung Anna"_qs);
    const ChangeSet b = edit::setField(*bernd, Table::Leistung, ozg, col::notes, u"Notiz von Bernd"_qs);
    anna->apply(a);
    bernd->apply(b);
    const auto third = Catalog::open(url, Catalog::Access::ReadOnly);
    CHECK(nameOf(*third, ozg) == u"Fassung Anna");
    CHECK(third->value(Table::Leistung, ozg, col::notes).toString() == u"Notiz von Bernd");
    // Two revisions, one after the other, not the same one twice.
    const QList<JournalEntry> j = third->journal(0);
    REQUIRE(j.size() >= 2);
    CHECK(j[j.size() - 1].revision == j[j.size() - 2].revision + 1);
}

TEST_CASE("two sessions adding a row at the same moment get different keys", "[core][pg]")
{
    const QString url = defaultServerCatalog();
    if (url.isEmpty())
        return;
    auto anna = Catalog::open(url);
    auto bernd = Catalog::open(url);
    const qint64 a = anna->allocateKey(Table::Projekt);
    const qint64 b = bernd->allocateKey(Table::Projekt);
    CHECK(a != b);
}

TEST_CASE("a commit by another session reaches a listening session as the rows it changed", "[core][pg]")
{
    const QString url = defaultServerCatalog();
    if (url.isEmpty())
        return;
    auto watcher = Catalog::open(url);
    watcher->listen();
    QSignalSpy others(watcher.get(), &Catalog::othersChanged);
    QSignalSpy whole(watcher.get(), &Catalog::externallyChanged);
    auto writer = Catalog::open(url);
    const int first = leistung(*writer, 0), second = leistung(*writer, 1), third = leistung(*writer, 2);
    const ChangeSet set = edit::setField(*writer, Table::Leistung, first, col::name, u"Neu von nebenan"_qs);
    QElapsedTimer clock;
    clock.start();
    writer->apply(set);
    REQUIRE(arrives(others));
    INFO("notified after " << clock.elapsed() << " ms");
    CHECK(clock.elapsed() < 1000);
    const auto changes = others.takeFirst().at(0).value<ChangeSet>();
    REQUIRE(changes.changes.size() == 1);
    CHECK(changes.changes[0].table == Table::Leistung);
    CHECK(changes.changes[0].key == first);
    CHECK(changes.changes[0].column == col::name);
    CHECK(whole.isEmpty());
    // Its own commits do not come back to it as others' changes.
    watcher->apply(edit::setField(*watcher, Table::Leistung, second, col::name, u"Eigene Änderung"_qs));
    QCoreApplication::processEvents();
    CHECK_FALSE(others.wait(300));
    // The plan it refreshes from them holds the new name.
    PlanSnapshot plan = watcher->loadPlan(PlanDetail::Summary);
    writer->apply(edit::setField(*writer, Table::Leistung, third, col::name, u"Dritte"_qs));
    REQUIRE(arrives(others));
    watcher->refresh(plan, others.takeFirst().at(0).value<ChangeSet>());
    CHECK(plan.leistung(third)->name == u"Dritte");
}

TEST_CASE("a project another session deletes, or a Leistung it unlinks, updates a listening session's plan "
          "row by row",
          "[core][pg]")
{
    const QString url = defaultServerCatalog();
    if (url.isEmpty())
        return;
    auto writer = Catalog::open(url);
    const int themenfeld = writer->loadPlan(PlanDetail::Summary).themenfelder.first().id;
    writer->apply(edit::createProjekt(*writer, themenfeld, u"Bleibt"_qs, {10000, 10003}));
    writer->apply(edit::createProjekt(*writer, themenfeld, u"Geht"_qs, {10005}));
    const auto idOf = [&](const QString &name) {
        return writer->rowsWhere(Table::Projekt, col::name, name)
            .value(0)
            .value(col::id.toString())
            .toLongLong();
    };
    const qint64 bleibt = idOf(u"Bleibt"_qs), geht = idOf(u"Geht"_qs);

    auto watcher = Catalog::open(url);
    watcher->listen();
    PlanSnapshot plan = watcher->loadPlan(PlanDetail::Summary);
    QSignalSpy others(watcher.get(), &Catalog::othersChanged);
    QSignalSpy whole(watcher.get(), &Catalog::externallyChanged);
    writer->apply(edit::unassignLeistungen(*writer, bleibt, {10003}));
    writer->apply(edit::remove(*writer, Table::Projekt, geht));
    // Both come as rows (the journal holds the deleted link rows with their project), not as "read it all".
    const QDeadlineTimer deadline(3000);
    while (watcher->revision() > plan.revision && !deadline.hasExpired()) {
        if (others.isEmpty())
            others.wait(200);
        while (!others.isEmpty())
            watcher->refresh(plan, others.takeFirst().at(0).value<ChangeSet>());
    }
    CHECK(whole.isEmpty());
    const PlanSnapshot fresh = watcher->loadPlan(PlanDetail::Summary);
    CHECK(plan.revision == fresh.revision);
    const auto find = [&](qint64 id) -> const Projekt * {
        for (const Projekt &pr : plan.projekte)
            if (pr.id == id)
                return &pr;
        return nullptr;
    };
    REQUIRE(find(bleibt));
    CHECK(find(bleibt)->leistungen == QList<int>{10000});
    CHECK_FALSE(find(geht));
    CHECK(plan.projekte.size() == fresh.projekte.size());
}

TEST_CASE("a listening session that reads while others commit is still told of every commit", "[core][pg]")
{
    const QString url = defaultServerCatalog();
    if (url.isEmpty())
        return;
    auto watcher = Catalog::open(url, Catalog::Access::ReadOnly);
    watcher->listen();
    QSignalSpy others(watcher.get(), &Catalog::othersChanged);
    auto writer = Catalog::open(url);
    const int first = leistung(*writer, 0), second = leistung(*writer, 1), third = leistung(*writer, 2);
    // A commit announced while the watcher reads (the window reads all the time: refresh, scores, …).
    writer->apply(edit::setField(*writer, Table::Leistung, first, col::name, u"Während des Lesens"_qs));
    QThread::msleep(200);
    CHECK(nameOf(*watcher, first) == u"Während des Lesens");
    REQUIRE(arrives(others));
    others.clear();
    // A commit announced while the watcher refreshes its plan from the previous one, inside its handler of
    // othersChanged, as the window does.
    bool once = true;
    QObject::connect(watcher.get(), &Catalog::othersChanged, watcher.get(), [&] {
        if (!std::exchange(once, false))
            return;
        writer->apply(
            edit::setField(*writer, Table::Leistung, third, col::name, u"Während der Auffrischung"_qs));
        QThread::msleep(200);
        CHECK(nameOf(*watcher, third) == u"Während der Auffrischung");
    });
    writer->apply(edit::setField(*writer, Table::Leistung, second, col::name, u"Zweite"_qs));
    REQUIRE(arrives(others));
    // The third commit reaches it as well, with no further commit to wake it.
    REQUIRE((others.size() >= 2 || others.wait(3000)));
    const auto changes = others.at(1).at(0).value<ChangeSet>();
    REQUIRE(changes.changes.size() == 1);
    CHECK(changes.changes[0].key == third);
}

TEST_CASE("a listening session is told of every commit while another client commits one after the other",
          "[core][pg]")
{
    const QString url = defaultServerCatalog();
    if (url.isEmpty())
        return;
    auto watcher = Catalog::open(url, Catalog::Access::ReadOnly);
    watcher->listen();
    QList<int> told; // the Leistungen othersChanged named, in order
    // Like the window, it reads from the catalog when told (refresh() re-reads the rows that changed).
    PlanSnapshot plan = watcher->loadPlan(PlanDetail::Summary);
    QObject::connect(watcher.get(), &Catalog::othersChanged, watcher.get(), [&](const ChangeSet &set) {
        watcher->refresh(plan, set);
        for (const Change &c : set.changes)
            told.append(int(c.key));
    });
    const QList<int> ozgIds = [&] {
        QList<int> ids;
        for (const Leistung &l : plan.leistungen.mid(0, 40))
            ids.append(l.ozgId);
        return ids;
    }();
    // Another planner (its own connection, in its own thread as another program would be) commits forty
    // renames a few milliseconds apart while this session's event loop runs.
    std::atomic<bool> done{false};
    std::thread other([&] {
        auto writer = Catalog::open(url);
        for (const int ozg : ozgIds) {
            writer->apply(
                edit::setField(*writer, Table::Leistung, ozg, col::name, u"Umbenannt %1"_qs.arg(ozg)));
            QThread::msleep(5);
        }
        writer->close();
        done = true;
    });
    QElapsedTimer clock;
    clock.start();
    while ((!done || told.size() < ozgIds.size()) && clock.elapsed() < 10000)
        QTest::qWait(20);
    other.join();
    INFO("told of " << told.size() << " of " << ozgIds.size() << " renames after " << clock.elapsed()
                    << " ms");
    CHECK(told == ozgIds);
    CHECK(plan.leistung(ozgIds.last())->name == u"Umbenannt %1"_qs.arg(ozgIds.last()));
}

TEST_CASE("a client killed in the middle of its transactions leaves nothing half-done", "[core][pg]")
{
    const QString url = defaultServerCatalog();
    if (url.isEmpty())
        return;
    // tfp_crash_writer commits sets of eight rows in three tables (a project, its six milestones, a comment)
    // one after the other; it is killed a moment after its third acknowledged commit, amid the next ones.
    QProcess writer;
    writer.start(QStringLiteral(TFP_CRASH_WRITER), {url});
    REQUIRE(writer.waitForStarted());
    QByteArray out;
    while (!out.contains("committed 3\n") && writer.waitForReadyRead(20000))
        out += writer.readAllStandardOutput();
    INFO(out.toStdString() << writer.readAllStandardError().toStdString());
    REQUIRE(out.contains("committed 3\n"));
    writer.waitForFinished(30);
    writer.kill();
    writer.waitForFinished();
    out += writer.readAllStandardOutput();
    qint64 acknowledged = 0;
    for (const QByteArray &line : out.split('\n'))
        if (line.startsWith("committed "))
            acknowledged = line.mid(10).toLongLong();
    const auto after = Catalog::open(url, Catalog::Access::ReadOnly);
    const PlanSnapshot plan = after->loadPlan();
    // Every acknowledged set is there, at most one more that committed just before the kill, and each whole.
    CHECK(plan.projekte.size() >= acknowledged);
    CHECK(plan.projekte.size() <= acknowledged + 1);
    CHECK(plan.meilensteine.size() == 6 * plan.projekte.size());
    CHECK(after->count(Table::Kommentar) == plan.projekte.size());
    CHECK(after->revision() == plan.projekte.size());
}

TEST_CASE("a database without a catalog, of another schema or with changed tables is refused", "[core][pg]")
{
    const QString url = test::freshServerDatabase();
    if (url.isEmpty())
        return;
    REQUIRE_THROWS_WITH(Catalog::open(url), Catch::Contains("enthält keinen Katalog"));
}

TEST_CASE("a server that asks for a password: refused without one or with a wrong one, opened with the right "
          "one kept in memory",
          "[core][pg]")
{
    const QString url = defaultServerCatalog();
    if (url.isEmpty())
        return;
    const QString withLogin = test::loginUrl(url, u"tfp_passwort"_qs, u"Geheim-123"_qs);
    server::grantAccess(url, u"tfp_passwort"_qs, server::kProgrammeAccess);
    REQUIRE_THROWS_MATCHES(
        Catalog::open(withLogin), PasswordRequiredError,
        Catch::Matchers::Predicate<PasswordRequiredError>([](const PasswordRequiredError &e) {
            return e.message().contains(u"verlangt ein Passwort") && e.message().contains(u"tfp_passwort");
        }));
    ServerConnection::rememberPassword(withLogin, u"falsch"_qs);
    REQUIRE_THROWS_AS(Catalog::open(withLogin), PasswordRequiredError);
    ServerConnection::rememberPassword(withLogin, u"Geheim-123"_qs);
    const auto c = Catalog::open(withLogin);
    CHECK(c->isServer());
    CHECK(c->count(Table::Leistung) == 557);
    // The URL itself never carries it.
    CHECK_FALSE(c->path().contains(u"Geheim"));
    ServerConnection::rememberPassword(withLogin, {});
    REQUIRE_THROWS_AS(Catalog::open(withLogin), PasswordRequiredError);
}
