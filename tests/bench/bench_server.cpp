// tfp_bench_server: the programme catalog on a PostgreSQL server (issue 19), measured against a running
// cluster (tests/support/pgcluster.sh start DIR; see README.md):
//  - open: Catalog::open + loadPlan(PlanDetail::Summary), what the window waits for before it shows the data,
//    of the real catalog and of a large one, on the server and, in the same run, from the file;
//  - latency: one edit applied by one session until a second, listening session emits othersChanged;
//  - load: planners (threads, each with its own Catalog and connection) making mixed edits at once, some on
//    the same rows, with listening observer sessions; edits per second, latency until committed and until
//    seen by the observers, conflicts, and at the end the server's catalog compared row by row with the
//    accepted change sets replayed in revision order onto a copy of the file it was made from.
#include "benchutil.h"
#include "edit/edits.h"
#include "error.h"
#include "exchange/defaultcatalog.h"
#include "storage/catalog.h"
#include "storage/schema.h"
#include "storage/server.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>
#include <QUuid>

#include <atomic>
#include <chrono>
#include <map>
#include <random>
#include <thread>

using namespace tfp;
using namespace tfp::bench;
using namespace tfp::schema;

namespace {

double nowMs()
{
    using namespace std::chrono;
    return double(duration_cast<nanoseconds>(steady_clock::now().time_since_epoch()).count()) / 1e6;
}

QString g_socket;

// A new empty database on the cluster, as its URL.
QString freshDatabase(const QString &prefix)
{
    const QString name = u"%1_%2"_qs.arg(prefix, QUuid::createUuid().toString(QUuid::Id128).left(8));
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral(TFP_PGCLUSTER), {u"createdb"_qs, g_socket, name});
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        qFatal("createdb %s failed: %s", qPrintable(name), p.readAll().constData());
    return u"postgresql:///%1?host=%2&user=tfp"_qs.arg(name, g_socket);
}

void percentiles(const QString &label, const QList<double> &ms)
{
    print(u"%1: p50 %2 ms, p95 %3 ms, p99 %4 ms, max %5 ms (%6 samples)"_qs.arg(label)
              .arg(percentile(ms, 0.50), 0, 'f', 1)
              .arg(percentile(ms, 0.95), 0, 'f', 1)
              .arg(percentile(ms, 0.99), 0, 'f', 1)
              .arg(percentile(ms, 1.0), 0, 'f', 1)
              .arg(ms.size()));
}

// --- open: core part of what the window waits for

void measureOpen(const QString &label, const QString &file, const QString &url, int runs)
{
    QList<double> fOpen, fLoad, fTotal, sOpen, sLoad, sTotal;
    for (int i = 0; i < runs; ++i) {
        // The two in turn, so that a busier moment of the machine hits both alike.
        for (const bool server : {false, true}) {
            const double t0 = nowMs();
            // The window opens a file without reading every page first (mainwindowcatalog.cpp).
            auto c =
                Catalog::open(server ? url : file, Catalog::Access::ReadWrite, Catalog::Verify::HeaderOnly);
            const double t1 = nowMs();
            const PlanSnapshot plan = c->loadPlan(PlanDetail::Summary);
            const double t2 = nowMs();
            if (plan.leistungen.isEmpty())
                qFatal("no Leistungen loaded");
            (server ? sOpen : fOpen).append(t1 - t0);
            (server ? sLoad : fLoad).append(t2 - t1);
            (server ? sTotal : fTotal).append(t2 - t0);
        }
    }
    report(label + u", Datei: open"_qs, fOpen);
    report(label + u", Datei: loadPlan(Summary)"_qs, fLoad);
    report(label + u", Datei: zusammen"_qs, fTotal);
    report(label + u", Server: open"_qs, sOpen);
    report(label + u", Server: loadPlan(Summary)"_qs, sLoad);
    report(label + u", Server: zusammen"_qs, sTotal);
}

// --- latency: one edit until a second session is told

void measureLatency(const QString &label, const QString &url, int samples)
{
    auto writer = Catalog::open(url);
    auto watcher = Catalog::open(url, Catalog::Access::ReadOnly);
    watcher->listen();
    QList<int> ozgIds;
    for (const Leistung &l : writer->loadPlan(PlanDetail::Summary).leistungen) {
        ozgIds.append(l.ozgId);
        if (ozgIds.size() == 50)
            break;
    }
    QEventLoop loop;
    double arrived = 0;
    int changes = 0;
    QObject::connect(watcher.get(), &Catalog::othersChanged, &loop, [&](const ChangeSet &set) {
        arrived = nowMs();
        changes += int(set.changes.size());
        loop.quit();
    });
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    QList<double> applyMs, seenMs;
    int lost = 0;
    for (int i = 0; i < samples; ++i) {
        const int ozg = ozgIds[i % ozgIds.size()];
        const ChangeSet set = edit::setField(*writer, Table::Leistung, ozg, col::name,
                                             u"Messung %1 der Leistung %2"_qs.arg(i).arg(ozg));
        arrived = 0;
        const double t0 = nowMs();
        writer->apply(set);
        applyMs.append(nowMs() - t0);
        if (arrived == 0) {
            timeout.start(5000);
            loop.exec();
            timeout.stop();
        }
        if (arrived == 0)
            ++lost;
        else
            seenMs.append(arrived - t0);
    }
    percentiles(label + u": apply() bis festgeschrieben"_qs, applyMs);
    percentiles(label + u": vor apply() bis othersChanged der zweiten Sitzung"_qs, seenMs);
    print(u"%1: %2 Änderungen gemeldet, %3 Bearbeitungen nicht binnen 5 s gesehen"_qs.arg(label)
              .arg(changes)
              .arg(lost));
}

// --- load: many planners at once

struct SharedPlan
{
    QList<int> ozgIds;
    QHash<int, int> themenfeldOf;          // OZG-ID → Themenfeld
    QHash<int, QList<int>> leistungenOf;   // Themenfeld → OZG-IDs
    QHash<int, QList<qint64>> kriterienOf; // Themenfeld → criteria
    QList<int> themenfelder;               // those with Leistungen and criteria
};

struct Committed
{
    ChangeSet set;
    double started = 0; // ms, before apply()
    double committed = 0;
    qint64 revision = 0; // filled in from the journal afterwards
};

struct PlannerResult
{
    QList<Committed> committed;
    int conflicts = 0;
    int refusedByRules = 0; // the edit function refused the intent (nothing applied)
    int failed = 0;         // apply() threw something other than a conflict
    int unchanged = 0;      // the intent changed nothing (the value was already so): not applied
    QStringList failures;   // the first few messages
    QList<double> conflictMs;
};

enum class Op
{
    Rename,
    Reifegrad,
    Status,
    Score,
    NewProject,
    DeleteProject
};

class Planner
{
public:
    Planner(int number, const QString &url, const SharedPlan &plan, std::atomic<int> &attempts, int total,
            double deadline)
        : m_number(number), m_url(url), m_plan(plan), m_attempts(attempts), m_total(total),
          m_deadline(deadline), m_rng(std::mt19937(quint32(20230801 + number)))
    {
    }

    void run()
    {
        auto c = Catalog::open(m_url);
        c->setAuthor(u"Planer %1"_qs.arg(m_number));
        // Each planner works mostly in one Themenfeld; all share a few hot Leistungen, so conflicts occur.
        const int tf = m_plan.themenfelder[m_number % m_plan.themenfelder.size()];
        const QList<int> own = m_plan.leistungenOf.value(tf);
        for (int i = 0; m_attempts.fetch_add(1) < m_total && nowMs() < m_deadline; ++i) {
            const bool hot = pick(100) < 15;
            const int ozg = hot ? m_plan.ozgIds[pick(10)] : own[pick(int(own.size()))];
            ChangeSet set;
            try {
                set = build(*c, op(), ozg, i);
            } catch (const ConflictError &) {
                ++result.conflicts;
                continue;
            } catch (const Error &) {
                ++result.refusedByRules;
                continue;
            }
            if (set.isEmpty()) {
                ++result.unchanged;
                continue;
            }
            const double t0 = nowMs();
            try {
                c->apply(set);
                result.committed.append({set, t0, nowMs(), 0});
                if (m_pendingProject) {
                    m_projects.append(m_pendingProject);
                    m_pendingProject = 0;
                }
                if (m_deletedProject) {
                    m_projects.removeOne(m_deletedProject);
                    m_deletedProject = 0;
                }
            } catch (const ConflictError &) {
                ++result.conflicts;
                result.conflictMs.append(nowMs() - t0);
            } catch (const Error &e) {
                ++result.failed;
                if (result.failures.size() < 5)
                    result.failures.append(e.message());
            }
            m_pendingProject = m_deletedProject = 0;
        }
        c->close();
    }

    PlannerResult result;

private:
    int pick(int n) { return std::uniform_int_distribution<int>(0, n - 1)(m_rng); }

    Op op()
    {
        const int r = pick(100);
        if (r < 30)
            return Op::Rename;
        if (r < 45)
            return Op::Reifegrad;
        if (r < 55)
            return Op::Status;
        if (r < 75)
            return Op::Score;
        if (r < 90 || m_projects.isEmpty())
            return Op::NewProject;
        return Op::DeleteProject;
    }

    ChangeSet build(Catalog &c, Op op, int ozg, int i)
    {
        switch (op) {
        case Op::Rename:
            return edit::setField(c, Table::Leistung, ozg, col::name,
                                  u"Leistung %1, Fassung %2.%3"_qs.arg(ozg).arg(m_number).arg(i));
        case Op::Reifegrad: {
            const QVariant ist = c.value(Table::Leistung, ozg, col::reifegradIst);
            const QVariant ziel = c.value(Table::Leistung, ozg, col::reifegradZiel);
            const int low = std::max(ist.isNull() ? 0 : ist.toInt(), 3);
            return edit::setField(c, Table::Leistung, ozg, col::reifegradZiel,
                                  ziel.toInt() == 4 && low < 4 ? low : 4);
        }
        case Op::Status: {
            static const QStringList codes{u"ohne"_qs, u"in_planung"_qs, u"in_umsetzung"_qs, u"online"_qs};
            return edit::setField(c, Table::Leistung, ozg, col::status, codes[pick(4)]);
        }
        case Op::Score: {
            const QList<qint64> k = m_plan.kriterienOf.value(m_plan.themenfeldOf.value(ozg));
            if (k.isEmpty())
                return {};
            return edit::setBewertung(c, k[pick(int(k.size()))], ozg, pick(6));
        }
        case Op::NewProject: {
            const int tf = m_plan.themenfeldOf.value(ozg);
            const QList<int> l = m_plan.leistungenOf.value(tf);
            const int other = l[pick(int(l.size()))];
            ChangeSet set = edit::createProjekt(c, tf, u"Projekt %1.%2"_qs.arg(m_number).arg(i),
                                                other == ozg ? QList<int>{ozg} : QList<int>{ozg, other});
            for (const Change &ch : set.changes)
                if (ch.table == Table::Projekt && ch.kind == Change::Kind::Insert)
                    m_pendingProject = ch.key;
            return set;
        }
        case Op::DeleteProject:
            m_deletedProject = m_projects[pick(int(m_projects.size()))];
            return edit::remove(c, Table::Projekt, m_deletedProject);
        }
        return {};
    }

    int m_number;
    QString m_url;
    const SharedPlan &m_plan;
    std::atomic<int> &m_attempts;
    int m_total;
    double m_deadline;
    std::mt19937 m_rng;
    QList<qint64> m_projects; // created by this planner and not deleted yet
    qint64 m_pendingProject = 0;
    qint64 m_deletedProject = 0;
};

// A listening session in the main thread, whose event loop runs while the planners work (the window listens
// in its UI thread): when it was told, and up to which revision.
class Observer
{
public:
    explicit Observer(const QString &url) : m_catalog(Catalog::open(url, Catalog::Access::ReadOnly))
    {
        lastRevision = m_catalog->revision();
        m_catalog->listen();
        QObject::connect(m_catalog.get(), &Catalog::othersChanged, m_catalog.get(),
                         [this](const ChangeSet &s) { record(int(s.changes.size())); });
        QObject::connect(m_catalog.get(), &Catalog::externallyChanged, m_catalog.get(),
                         [this] { record(-1); });
    }
    struct Seen
    {
        double at = 0;
        qint64 revision = 0; // the revision read right after the signal: at least the one caught up to
        int changes = -1;    // -1: externallyChanged (the whole plan to be read again)
    };
    QList<Seen> seen;
    qint64 lastRevision = 0;

private:
    void record(int changes)
    {
        const double at = nowMs();
        lastRevision = m_catalog->revision();
        seen.append({at, lastRevision, changes});
    }
    std::unique_ptr<Catalog> m_catalog;
};

// Every row of every table as one hash per row, in key order.
QList<QByteArray> rowHashes(const Catalog &c, Table t)
{
    QList<QByteArray> out;
    c.forEachRow(t, [&](const QVariantList &row) {
        QCryptographicHash h(QCryptographicHash::Sha1);
        for (const QVariant &v : row) {
            h.addData(v.isNull() ? QByteArrayView("\x01NULL") : QByteArrayView(v.toString().toUtf8()));
            h.addData(QByteArrayView("\x02", 1));
        }
        out.append(h.result());
    });
    return out;
}

SharedPlan sharedPlan(const QString &file)
{
    const auto c = Catalog::open(file, Catalog::Access::ReadOnly, Catalog::Verify::HeaderOnly);
    const PlanSnapshot plan = c->loadPlan(PlanDetail::Summary);
    SharedPlan s;
    for (const Kriterium &k : plan.kriterien)
        s.kriterienOf[k.themenfeldId].append(k.id);
    for (const Leistung &l : plan.leistungen) {
        const int tf = plan.themenfeldOf(l);
        s.ozgIds.append(l.ozgId);
        s.themenfeldOf[l.ozgId] = tf;
        s.leistungenOf[tf].append(l.ozgId);
    }
    for (auto it = s.leistungenOf.cbegin(); it != s.leistungenOf.cend(); ++it)
        if (it.key() && s.kriterienOf.contains(it.key()))
            s.themenfelder.append(it.key());
    std::sort(s.themenfelder.begin(), s.themenfelder.end());
    return s;
}

int measureLoad(const QString &file, int planners, int total, int observers, int seconds)
{
    QTemporaryDir dir;
    const QString before = dir.filePath(u"vorher.tfplan"_qs);
    if (!QFile::copy(file, before))
        qFatal("cannot copy %s", qPrintable(file));
    const QString url = freshDatabase(u"last"_qs);
    double t = nowMs();
    server::importFile(url, before);
    print(u"Last: Katalog auf den Server gebracht in %1 s"_qs.arg((nowMs() - t) / 1000, 0, 'f', 1));
    const SharedPlan plan = sharedPlan(before);
    const qint64 startRevision = Catalog::open(url, Catalog::Access::ReadOnly)->revision();

    std::vector<std::unique_ptr<Observer>> watchers;
    for (int i = 0; i < observers; ++i)
        watchers.push_back(std::make_unique<Observer>(url));

    std::atomic<int> attempts{0};
    std::vector<std::unique_ptr<Planner>> team;
    const double start = nowMs();
    for (int i = 0; i < planners; ++i)
        team.push_back(
            std::make_unique<Planner>(i + 1, url, plan, attempts, total, start + seconds * 1000.0));
    std::atomic<int> running{planners};
    std::vector<std::thread> threads;
    for (auto &p : team)
        threads.emplace_back([&p, &running] {
            p->run();
            --running;
        });
    // The event loop delivers the announcements to the observers until the planners are done.
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (!running)
            loop.quit();
    });
    poll.start(20);
    loop.exec();
    for (std::thread &th : threads)
        th.join();
    const double wall = nowMs() - start;

    const auto reader = Catalog::open(url, Catalog::Access::ReadOnly);
    const qint64 endRevision = reader->revision();
    // The observers get up to 30 s more to catch up with the last commit.
    const double waitUntil = nowMs() + 30000;
    QObject::disconnect(&poll, nullptr, &loop, nullptr);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (nowMs() > waitUntil || std::all_of(watchers.cbegin(), watchers.cend(),
                                               [&](const auto &w) { return w->lastRevision >= endRevision; }))
            loop.quit();
    });
    loop.exec();

    // Which revision each accepted change set got: a planner commits one after the other, so its
    // revisions in the journal (by its author name) are its change sets in order.
    QHash<QString, QList<qint64>> revisionsOf;
    QHash<qint64, int> entriesOf;
    for (const JournalEntry &e : reader->journal(startRevision)) {
        QList<qint64> &r = revisionsOf[e.autor];
        if (r.isEmpty() || r.last() != e.revision)
            r.append(e.revision);
        ++entriesOf[e.revision];
    }
    int committed = 0, conflicts = 0, rules = 0, failed = 0, unchanged = 0, mismatched = 0;
    QList<double> commitMs, conflictMs;
    std::map<qint64, const Committed *> byRevision;
    QStringList failures;
    for (int i = 0; i < planners; ++i) {
        PlannerResult &r = team[size_t(i)]->result;
        const QList<qint64> revs = revisionsOf.value(u"Planer %1"_qs.arg(i + 1));
        if (revs.size() != r.committed.size()) {
            print(u"FEHLER: Planer %1 hat %2 Änderungen festgeschrieben, das Journal nennt %3"_qs.arg(i + 1)
                      .arg(r.committed.size())
                      .arg(revs.size()));
            ++mismatched;
        }
        for (qsizetype k = 0; k < r.committed.size() && k < revs.size(); ++k) {
            r.committed[k].revision = revs[k];
            if (entriesOf.value(revs[k]) != r.committed[k].set.changes.size())
                ++mismatched;
            byRevision[revs[k]] = &r.committed[k];
            commitMs.append(r.committed[k].committed - r.committed[k].started);
        }
        committed += int(r.committed.size());
        conflicts += r.conflicts;
        rules += r.refusedByRules;
        failed += r.failed;
        unchanged += r.unchanged;
        conflictMs.append(r.conflictMs);
        failures.append(r.failures);
    }
    const qint64 gaps = (endRevision - startRevision) - qint64(byRevision.size());

    // Until each observer was told of each commit.
    QList<double> seenMs;
    int unseen = 0, exact = 0, signals = 0, whole = 0;
    for (auto &w : watchers) {
        qint64 previous = startRevision;
        for (const Observer::Seen &s : w->seen) {
            ++signals;
            whole += s.changes < 0;
            // The revision is read after the signal: when no commit came in between, the journal entries
            // up to it are exactly the changes the signal carried.
            int entries = 0;
            for (qint64 r = previous + 1; r <= s.revision; ++r)
                entries += entriesOf.value(r);
            exact += s.changes == entries;
            previous = s.revision;
        }
        for (const auto &[revision, c] : byRevision) {
            const auto it = std::find_if(w->seen.cbegin(), w->seen.cend(),
                                         [r = revision](const Observer::Seen &s) { return s.revision >= r; });
            if (it == w->seen.cend())
                ++unseen;
            else
                seenMs.append(it->at - c->started);
        }
    }

    print(u"Last: %1 Planer, %2 Beobachter, %3 Versuche in %4 s"_qs.arg(planners)
              .arg(observers)
              .arg(std::min(attempts.load(), total))
              .arg(wall / 1000, 0, 'f', 1));
    print(u"Last: %1 festgeschrieben (%2 je Sekunde), %3 Konflikte (ConflictError), %4 von den Regeln "
          "abgelehnt, %5 andere Fehler, %6 ohne Änderung (Wert war schon so)"_qs.arg(committed)
              .arg(committed / (wall / 1000), 0, 'f', 1)
              .arg(conflicts)
              .arg(rules)
              .arg(failed)
              .arg(unchanged));
    for (const QString &f : std::as_const(failures))
        print(u"  Fehler: %1"_qs.arg(f));
    percentiles(u"Last: vor apply() bis festgeschrieben"_qs, commitMs);
    percentiles(u"Last: vor apply() bis ConflictError"_qs, conflictMs);
    percentiles(u"Last: vor apply() bis bei einem Beobachter angekommen"_qs, seenMs);
    print(u"Last: %1 Signale der Beobachter (%2 externallyChanged), %3 davon genau zugeordnet; %4 Paare "
          "(Änderung, Beobachter) nie angekommen"_qs.arg(signals)
              .arg(whole)
              .arg(exact)
              .arg(unseen));
    print(u"Last: Revisionen %1 bis %2, %3 ohne festgeschriebene Änderung eines Planers, %4 Abweichungen "
          "zwischen Änderungen und Journal"_qs.arg(startRevision)
              .arg(endRevision)
              .arg(gaps)
              .arg(mismatched));

    // The serial replay: the accepted change sets in revision order onto the file as it was before.
    t = nowMs();
    const auto replay = Catalog::open(before);
    int replayErrors = 0;
    for (const auto &[revision, c] : byRevision) {
        try {
            replay->apply(c->set);
        } catch (const Error &e) {
            if (++replayErrors <= 5)
                print(u"FEHLER beim Nachspielen von Revision %1: %2"_qs.arg(revision).arg(e.message()));
        }
    }
    print(u"Nachspielen: %1 Änderungssätze in %2 s, %3 abgelehnt"_qs.arg(byRevision.size())
              .arg((nowMs() - t) / 1000, 0, 'f', 1)
              .arg(replayErrors));
    int differentTables = 0;
    qint64 rows = 0;
    for (const TableDef &def : tables()) {
        const QList<QByteArray> a = rowHashes(*replay, def.id);
        const QList<QByteArray> b = rowHashes(*reader, def.id);
        rows += b.size();
        if (a == b)
            continue;
        ++differentTables;
        qsizetype first = 0;
        while (first < a.size() && first < b.size() && a[first] == b[first])
            ++first;
        print(
            u"FEHLER: Tabelle %1: %2 Zeilen nachgespielt, %3 auf dem Server, erste Abweichung in Zeile %4"_qs
                .arg(def.name)
                .arg(a.size())
                .arg(b.size())
                .arg(first + 1));
    }
    const bool sameRevision = replay->revision() == endRevision;
    print(u"Vergleich: %1 Tabellen, %2 Zeilen auf dem Server, %3 Tabellen verschieden; Revision %4"_qs
              .arg(tables().size())
              .arg(rows)
              .arg(differentTables)
              .arg(sameRevision ? u"gleich"_qs : u"VERSCHIEDEN"_qs));
    const bool ok = !differentTables && !replayErrors && !mismatched && !gaps && sameRevision && !unseen;
    print(ok ? u"Last: Server gleich dem seriellen Nachspielen, nichts verloren, nichts doppelt"_qs
             : u"Last: FEHLER, siehe oben"_qs);
    return ok ? 0 : 1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.setApplicationDescription(u"Misst den Programmkatalog auf einem PostgreSQL-Server (Issue 19)."_qs);
    p.addHelpOption();
    p.addOption({u"socket"_qs, u"Ordner des Clusters (pgcluster.sh start ORDNER)."_qs, u"ORDNER"_qs});
    p.addOption({u"big"_qs, u"Ein großer Katalog (tfp_bench_generate --factor N); er bleibt unverändert."_qs,
                 u"DATEI"_qs});
    p.addOption({u"only"_qs, u"Nur open, latency oder load."_qs, u"TEIL"_qs});
    p.addOption({u"runs"_qs, u"Wiederholungen beim Öffnen (Vorgabe 3)."_qs, u"N"_qs, u"3"_qs});
    p.addOption({u"samples"_qs, u"Bearbeitungen für die Latenz (Vorgabe 300)."_qs, u"N"_qs, u"300"_qs});
    p.addOption({u"planners"_qs, u"Planer der Last (Vorgabe 50)."_qs, u"N"_qs, u"50"_qs});
    p.addOption({u"edits"_qs, u"Bearbeitungen der Last insgesamt (Vorgabe 20000)."_qs, u"N"_qs, u"20000"_qs});
    p.addOption({u"observers"_qs, u"Zuhörende Sitzungen der Last (Vorgabe 3)."_qs, u"N"_qs, u"3"_qs});
    p.addOption({u"seconds"_qs, u"Höchstdauer der Last (Vorgabe 300)."_qs, u"S"_qs, u"300"_qs});
    p.process(app);
    g_socket = QFileInfo(p.value(u"socket"_qs)).absoluteFilePath();
    const QString only = p.value(u"only"_qs);
    const QString big = p.isSet(u"big"_qs) ? QFileInfo(p.value(u"big"_qs)).absoluteFilePath() : QString();
    if (!p.isSet(u"socket"_qs) || (only == u"load" && big.isEmpty())) {
        std::fputs("tfp_bench_server: --socket ORDNER [--big DATEI] erwartet (load braucht --big)\n", stderr);
        return 2;
    }
    const auto want = [&](QStringView part) { return only.isEmpty() || only == part; };

    QTemporaryDir dir;
    const QString real = dir.filePath(u"echt.tfplan"_qs);
    Catalog::create(real, populateDefaultCatalog)->close();
    const QString realUrl = freshDatabase(u"echt"_qs);
    server::importFile(realUrl, real);
    QString bigCopy, bigUrl;
    if (!big.isEmpty() && (want(u"open") || want(u"latency"))) {
        bigCopy = dir.filePath(u"gross.tfplan"_qs);
        if (!QFile::copy(big, bigCopy))
            qFatal("cannot copy %s", qPrintable(big));
        bigUrl = freshDatabase(u"gross"_qs);
        const double t = nowMs();
        server::importFile(bigUrl, bigCopy);
        print(u"Großer Katalog auf den Server gebracht (tfp server import) in %1 s"_qs.arg(
            (nowMs() - t) / 1000, 0, 'f', 1));
    }
    const int runs = p.value(u"runs"_qs).toInt();
    if (want(u"open")) {
        print(u"== Öffnen bis zu den Daten des Fensters (open + loadPlan(Summary)), %1 Läufe"_qs.arg(runs));
        measureOpen(u"echter Katalog"_qs, real, realUrl, runs);
        if (!bigCopy.isEmpty())
            measureOpen(u"großer Katalog"_qs, bigCopy, bigUrl, runs);
    }
    if (want(u"latency")) {
        const int samples = p.value(u"samples"_qs).toInt();
        print(u"== Eine Bearbeitung bis zur zweiten Sitzung, %1 Bearbeitungen"_qs.arg(samples));
        measureLatency(u"echter Katalog"_qs, realUrl, samples);
        if (!bigUrl.isEmpty())
            measureLatency(u"großer Katalog"_qs, bigUrl, samples);
    }
    if (want(u"load") && !big.isEmpty()) {
        print(u"== Last"_qs);
        return measureLoad(big, p.value(u"planners"_qs).toInt(), p.value(u"edits"_qs).toInt(),
                           p.value(u"observers"_qs).toInt(), p.value(u"seconds"_qs).toInt());
    }
    return 0;
}
