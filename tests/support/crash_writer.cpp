// tfp_crash_writer: a writing process for the crash and multi-process tests. It commits numbered ChangeSets
// to a catalog until it is killed, and tells on stdout exactly which numbers Catalog::apply acknowledged.
//
//   tfp_crash_writer KATALOG [--reopen-every K]   writes sets N+1, N+2, … (N = sets already in the file)
//   tfp_crash_writer KATALOG --hold               opens for writing and holds the lock until stdin closes
//
// Output, one line each, flushed at once: "opened N" (N complete sets found), "committed N" (apply returned),
// "holding". Exit status 3 when the catalog could only be opened read-only, 1 on any other error.
#include "error.h"
#include "storage/catalog.h"

#include <QCoreApplication>
#include <cstdio>
#include <memory>

using namespace tfp;
using namespace tfp::schema;

namespace {

void say(const QByteArray &line)
{
    // One write per line: a kill can cut between lines, never inside one.
    const QByteArray l = line + '\n';
    std::fwrite(l.constData(), 1, size_t(l.size()), stdout);
    std::fflush(stdout);
}

int fail(const QString &message)
{
    std::fprintf(stderr, "tfp_crash_writer: %s\n", message.toUtf8().constData());
    return 1;
}

// Set n: a project named n, its six standard milestones (every phase but "flächendeckend") and a comment on
// it. Eight rows in three tables: a half-applied set would show as a project with fewer milestones or none.
ChangeSet numberedSet(Catalog &c, qint64 n)
{
    ChangeSet cs(u"Absturztest %1"_qs.arg(n));
    const QString name = QString::number(n);
    const qint64 p = c.allocateKey(Table::Projekt);
    cs.append(
        Change::insert(Table::Projekt, p, {{col::themenfeldId.toString(), 1}, {col::name.toString(), name}}));
    const QStringList phasen = table(Table::Meilenstein).column(col::phase).enumValues.mid(0, 6);
    for (int i = 0; i < phasen.size(); ++i)
        cs.append(Change::insert(Table::Meilenstein, c.allocateKey(Table::Meilenstein),
                                 {{col::projektId.toString(), p},
                                  {col::phase.toString(), phasen[i]},
                                  {col::titel.toString(), name},
                                  {col::sortOrder.toString(), i}}));
    cs.append(Change::insert(Table::Kommentar, c.allocateKey(Table::Kommentar),
                             {{col::entityTable.toString(), table(Table::Projekt).name},
                              {col::entityKey.toString(), p},
                              {col::zeitpunkt.toString(), u"2024-01-01T00:00:00Z"_qs},
                              {col::text.toString(), name}}));
    return cs;
}

// Null when another process holds the catalog (or a dead one's lock was not recognised as stale).
std::unique_ptr<Catalog> openWritable(const QString &path)
{
    auto c = Catalog::open(path);
    if (c->isReadOnly()) {
        fail(u"nur lesend geöffnet: "_qs + c->readOnlyReason());
        return nullptr;
    }
    say("opened " + QByteArray::number(c->count(Table::Projekt)));
    return c;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2)
        return fail(u"Aufruf: tfp_crash_writer KATALOG [--hold | --reopen-every K]"_qs);
    const QString path = args[1];
    const bool hold = args.contains(u"--hold"_qs);
    const qsizetype reopenAt = args.indexOf(u"--reopen-every"_qs);
    // Closing and reopening now and then puts the checkpoint on close and the lock handover on open in reach
    // of the kill, not only apply.
    const int reopenEvery = reopenAt > 0 ? args.value(reopenAt + 1).toInt() : 10;
    if (reopenEvery < 1)
        return fail(u"--reopen-every erwartet eine Zahl ab 1"_qs);
    try {
        auto c = openWritable(path);
        if (!c)
            return 3;
        if (hold) {
            say("holding");
            while (std::getchar() != EOF) {
            }
            return 0;
        }
        for (int sinceOpen = 1;; ++sinceOpen) {
            const qint64 n = c->count(Table::Projekt) + 1;
            c->apply(numberedSet(*c, n), u"crash_writer"_qs);
            say("committed " + QByteArray::number(n));
            if (sinceOpen % reopenEvery == 0) {
                c.reset();
                c = openWritable(path);
                if (!c)
                    return 3;
            }
        }
    } catch (const Error &e) {
        return fail(e.message());
    }
}
