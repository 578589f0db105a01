// Crash safety and several processes on one catalog: a writer process (tfp_crash_writer) is killed with
// SIGKILL at random moments; the catalog must open whole and hold exactly the change sets it acknowledged.
#include <catch2/catch.hpp>

#include "error.h"
#include "storage/catalog.h"
#include "support/testutil.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QRandomGenerator>

#include <csignal>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/types.h>
#include <unistd.h>

using namespace tfp;
using namespace tfp::schema;

namespace {

// What the writers' output proves: every set up to `acknowledged` is committed, and one more may be (a kill
// after apply committed but before "committed N" was printed).
struct Known
{
    qint64 acknowledged = 0;
    qint64 possible = 0;
};

void startWriter(QProcess &writer, const QStringList &args)
{
    writer.start(QString::fromUtf8(TFP_CRASH_WRITER), args);
    REQUIRE(writer.waitForStarted());
}

void killWriter(QProcess &writer)
{
    ::kill(pid_t(writer.processId()), SIGKILL);
    // Reaping matters: a zombie still counts as a running lock holder.
    REQUIRE(writer.waitForFinished(30000));
}

// Reads the writer's output until it has printed `line`; false when it ended or took too long.
bool awaitLine(QProcess &writer, const QByteArray &line, QByteArray &out, int timeoutMs = 60000)
{
    QElapsedTimer t;
    t.start();
    while (!out.split('\n').contains(line)) {
        if (writer.state() == QProcess::NotRunning || t.hasExpired(timeoutMs))
            return false;
        writer.waitForReadyRead(200);
        out += writer.readAllStandardOutput();
    }
    return true;
}

// Follows one writer's lines, failing on anything out of order.
void follow(const QByteArray &out, Known &k)
{
    for (const QByteArray &line : out.split('\n')) {
        if (line.isEmpty())
            continue;
        INFO(line.toStdString());
        const qint64 n = line.mid(line.indexOf(' ') + 1).toLongLong();
        if (line.startsWith("opened ")) {
            // A fresh writer finds everything acknowledged and at most the one set in flight.
            REQUIRE(n >= k.acknowledged);
            REQUIRE(n <= k.possible);
        } else {
            REQUIRE(line.startsWith("committed "));
            REQUIRE(n == k.acknowledged + 1);
        }
        k.acknowledged = n;
        k.possible = n + 1;
    }
}

// The catalog holds sets 1..n, each whole: project n with its six milestones in phase order and one comment,
// one revision and eight journal rows per set. Returns n.
qint64 requireWholeSets(const Catalog &c)
{
    const PlanSnapshot p = c.loadPlan();
    const qint64 n = p.projekte.size();
    CHECK(p.revision == n);
    CHECK(c.journal(0).size() == 8 * n);
    for (qint64 i = 0; i < n; ++i) {
        INFO("Projekt " << i + 1);
        CHECK(p.projekte[i].name == QString::number(i + 1));
    }
    QHash<qint64, QList<const Meilenstein *>> milestones;
    for (const Meilenstein &m : p.meilensteine)
        milestones[m.projektId].append(&m);
    CHECK(milestones.size() == n);
    for (const Projekt &pr : p.projekte) {
        INFO("Projekt " << pr.name.toStdString());
        const auto ms = milestones.value(pr.id);
        REQUIRE(ms.size() == 6);
        for (int i = 0; i < ms.size(); ++i) {
            CHECK(int(ms[i]->phase) == i);
            CHECK(ms[i]->titel == pr.name);
        }
    }
    QHash<qint64, QString> comments;
    const auto &k = table(Table::Kommentar);
    c.forEachRow(Table::Kommentar, [&](const QVariantList &row) {
        comments.insert(row[k.indexOf(col::entityKey)].toLongLong(), row[k.indexOf(col::text)].toString());
    });
    CHECK(comments.size() == n);
    for (const Projekt &pr : p.projekte)
        CHECK(comments.value(pr.id) == pr.name);
    return n;
}

void putBe32(QByteArray &b, qsizetype at, quint32 v)
{
    for (int i = 0; i < 4; ++i)
        b[at + i] = char(v >> (24 - 8 * i));
}

// What a writer killed in the middle of a commit in rollback-journal mode leaves (SQLite file format, "the
// rollback journal"): a journal holding the original page 1, and a database whose page 1 is already changed,
// here its schema version torn to 0. Returns the original file.
QByteArray leaveHotJournal(const QString &path)
{
    const QByteArray original = test::readFile(path);
    const int pageSize = (quint8(original[16]) << 8) | quint8(original[17]);
    const quint32 nonce = 0x5EED1234;
    QByteArray journal(512, '\0'); // the header fills one sector
    const char magic[] = {char(0xd9), char(0xd5), 0x05, char(0xf9), 0x20, char(0xa1), 0x63, char(0xd7)};
    journal.replace(0, 8, QByteArray(magic, 8));
    putBe32(journal, 8, 1); // one page record
    putBe32(journal, 12, nonce);
    putBe32(journal, 16, quint32(original.size() / pageSize)); // size before the commit, in pages
    putBe32(journal, 20, 512);
    putBe32(journal, 24, quint32(pageSize));
    const QByteArray page1 = original.left(pageSize);
    quint32 checksum = nonce;
    for (int i = pageSize - 200; i > 0; i -= 200)
        checksum += quint8(page1[i]);
    QByteArray record(4, '\0');
    putBe32(record, 0, 1);
    record += page1;
    record += QByteArray(4, '\0');
    putBe32(record, record.size() - 4, checksum);
    test::writeFile(path + u"-journal"_qs, journal + record);
    QByteArray torn = original;
    putBe32(torn, 60, 0);
    test::writeFile(path, torn);
    return original;
}

} // namespace

TEST_CASE("a catalog whose writer died mid-commit is rolled back on open, not refused", "[core]")
{
    QTemporaryDir dir;
    const QString path = test::defaultCatalogCopy(dir);
    leaveHotJournal(path);
    auto c = Catalog::open(path);
    CHECK_FALSE(c->isReadOnly());
    CHECK(c->integrityCheck() == u"ok");
    CHECK(c->loadPlan().leistungen.size() == 557);
    CHECK(QFileInfo(path + u"-journal"_qs).size() == 0);
}

TEST_CASE("a hot journal beside another program's database is left alone", "[core]")
{
    QTemporaryDir dir;
    const QString path = test::defaultCatalogCopy(dir);
    QByteArray foreign = test::readFile(path);
    putBe32(foreign, 68, 0x47504B47); // a GeoPackage's application id
    test::writeFile(path, foreign);
    leaveHotJournal(path);
    const QByteArray before = test::fileHash(path);
    const QByteArray journalBefore = test::fileHash(path + u"-journal"_qs);
    REQUIRE_THROWS_AS(Catalog::open(path), Error);
    CHECK(test::fileHash(path) == before);
    CHECK(test::fileHash(path + u"-journal"_qs) == journalBefore);
}

TEST_CASE("an empty lock file left by a writer killed while taking the lock blocks only while it is flocked",
          "[core]")
{
    QTemporaryDir dir;
    const QString path = test::defaultCatalogCopy(dir);
    const QString lockPath = path + u".lock"_qs;
    test::writeFile(lockPath, {});
    SECTION("its writer is dead")
    {
        auto c = Catalog::open(path);
        CHECK_FALSE(c->isReadOnly());
    }
    SECTION("a live writer is just filling it")
    {
        const int fd = ::open(QFile::encodeName(lockPath).constData(), O_RDWR);
        REQUIRE(fd >= 0);
        REQUIRE(::flock(fd, LOCK_EX | LOCK_NB) == 0);
        auto c = Catalog::open(path);
        CHECK(c->isReadOnly());
        CHECK(QFileInfo::exists(lockPath));
        ::close(fd);
    }
}

TEST_CASE("a writer killed at random moments leaves a whole catalog with exactly its acknowledged commits",
          "[slow]")
{
    QTemporaryDir dir;
    const QString path = test::defaultCatalogCopy(dir);
    const quint32 seed = QRandomGenerator::system()->generate();
    INFO("seed " << seed);
    QRandomGenerator rng(seed);
    const int rounds = rng.bounded(25, 41);
    Known k;
    int amidCommits = 0, killedAfterCommits = 0;
    QElapsedTimer timer;
    timer.start();
    for (int round = 0; round < rounds; ++round) {
        INFO("round " << round + 1 << " of " << rounds);
        QProcess writer;
        startWriter(writer, {path, u"--reopen-every"_qs, QString::number(rng.bounded(2, 12))});
        // Every other round kills the writer after a random delay from its start: while it starts, opens,
        // recovers or commits. The others wait until it has acknowledged a commit count the test chose (its
        // first to its third set) and kill it within 150 ms after that, so that at least half the kills land
        // amid commits however slowly a loaded machine starts the writer.
        QByteArray out;
        const bool amid = round % 2 == 1;
        const qint64 until = k.possible + 1 + rng.bounded(3);
        if (amid) {
            ++amidCommits;
            if (!awaitLine(writer, "committed " + QByteArray::number(until), out))
                FAIL("the writer did not commit set " << until << ": "
                                                      << writer.readAllStandardError().toStdString());
        }
        if (writer.waitForFinished(amid ? rng.bounded(0, 150) : rng.bounded(10, 700)))
            FAIL("the writer stopped on its own: " << writer.readAllStandardError().toStdString());
        killWriter(writer);
        CHECK(writer.exitStatus() == QProcess::CrashExit);
        const qint64 before = k.acknowledged;
        out += writer.readAllStandardOutput();
        follow(out, k);
        if (amid)
            CHECK(k.acknowledged >= until); // killed after the commit the round waited for
        if (k.acknowledged > before)
            ++killedAfterCommits;
    }
    WARN(rounds << " kills in " << timer.elapsed() << " ms; " << k.acknowledged << " sets acknowledged, "
                << killedAfterCommits << " kills while committing");
    // Every round that waited for its commits was killed amid them.
    CHECK(killedAfterCommits >= amidCommits);

    auto c = Catalog::open(path);
    CHECK_FALSE(c->isReadOnly()); // the last writer's lock did not block
    CHECK(c->integrityCheck() == u"ok");
    const qint64 n = requireWholeSets(*c);
    CHECK(n >= k.acknowledged);
    CHECK(n <= k.possible);
}

TEST_CASE("another process reads whole snapshots while the writer process commits", "[slow]")
{
    QTemporaryDir dir;
    const QString path = test::defaultCatalogCopy(dir);
    QProcess writer;
    startWriter(writer, {path, u"--reopen-every"_qs, u"1000000"_qs});
    QByteArray out;
    REQUIRE(awaitLine(writer, "committed 3", out));

    auto reader = Catalog::open(path);
    CHECK(reader->isReadOnly());
    CHECK(reader->readOnlyReason().contains(QString::number(writer.processId())));
    qint64 last = 0;
    for (int i = 0; i < 15; ++i) {
        // Every table read in one snapshot: the revision, projects and milestones agree although the
        // writer commits in between.
        const PlanSnapshot p = reader->loadPlan();
        INFO("snapshot " << i << ": revision " << p.revision);
        REQUIRE(p.revision == p.projekte.size());
        REQUIRE(p.meilensteine.size() == 6 * p.projekte.size());
        CHECK(p.revision >= last);
        last = p.revision;
    }
    CHECK(reader->checkExternalChange());
    killWriter(writer);
    CHECK(reader->integrityCheck() == u"ok");
}

TEST_CASE("the lock of a killed writer blocks neither a reader taking over nor the next writer", "[slow]")
{
    QTemporaryDir dir;
    const QString path = test::defaultCatalogCopy(dir);
    QProcess holder;
    startWriter(holder, {path, u"--hold"_qs});
    QByteArray out;
    REQUIRE(awaitLine(holder, "holding", out));

    auto reader = Catalog::open(path);
    REQUIRE(reader->isReadOnly());
    CHECK(reader->readOnlyReason().contains(QString::number(holder.processId())));
    CHECK_FALSE(reader->tryBecomeWritable());

    killWriter(holder);
    REQUIRE(QFileInfo::exists(path + u".lock"_qs)); // the dead writer's lock is still there …

    SECTION("the reader takes over")
    {
        REQUIRE(reader->tryBecomeWritable()); // … and does not count
        ChangeSet cs;
        cs.append(Change::update(Table::Leistung, 10000, col::status.toString(), u"ohne"_qs, u"online"_qs));
        reader->apply(cs);
        CHECK(reader->value(Table::Leistung, 10000, col::status).toString() == u"online");
    }
    SECTION("a new writer process starts writing")
    {
        QProcess next;
        startWriter(next, {path});
        QByteArray nextOut;
        CHECK(awaitLine(next, "committed 1", nextOut));
        INFO(next.readAllStandardError().toStdString());
        killWriter(next);
    }
}
