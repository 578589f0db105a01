#include <catch2/catch.hpp>

#include "edit/edits.h"
#include "edit/workshopedits.h"
#include "error.h"
#include "exchange/changelog.h"
#include "exchange/csv.h"
#include "storage/catalog.h"
#include "support/pgserver.h"
#include "support/testutil.h"

using namespace tfp;
using namespace tfp::schema;

namespace {

constexpr int kFamilie = 6;      // Familie & Kind; 10000 Elterngeld is one of its Leistungen
constexpr int kAnderswo = 10100; // a Leistung of Arbeit & Ruhestand

QStringList fields(const QList<ChangeRecord> &changes)
{
    QStringList out;
    for (const ChangeRecord &r : changes)
        out << r.tabelle + u'/' + QString::number(r.entry.key) + u'/' + r.entry.column;
    return out;
}

} // namespace

TEST_CASE("changes since a Stand, by Themenfeld, entity and author, and as CSV", "[core][review][backends]")
{
    QTemporaryDir dir;
    auto c = Catalog::open(test::defaultCatalogOnBackend(dir));
    c->setAuthor(u"planung"_qs);
    c->apply(edit::setField(*c, Table::Leistung, 10000, col::status, u"in_planung"_qs));
    const ChangeSet stand = edit::addStand(*c, u"Steuerungskreis 14.11.2026"_qs);
    c->apply(stand);
    c->setAuthor(u"mmeyer"_qs);
    c->apply(edit::setField(*c, Table::Leistung, 10000, col::status, u"online"_qs));
    c->apply(edit::setField(*c, Table::Leistung, kAnderswo, col::notes, u"=SUMME(A1)"_qs));
    c->setAuthor(u"workshop"_qs);
    c->apply(edit::addKommentar(*c, Table::Leistung, 10000, u"Bescheid digital zustellen"_qs));

    const auto named = standNamed(*c, u"Steuerungskreis 14.11.2026"_qs);
    REQUIRE(named);
    CHECK(named->value(u"revision"_qs).toLongLong() == 1);
    CHECK_FALSE(standNamed(*c, u"Jour-Fix"_qs));
    ChangeFilter since;
    since.afterRevision = named->value(u"revision"_qs).toLongLong();

    const QList<ChangeRecord> all = changesSince(*c, since);
    // The change before the Stand and the Stand itself are not listed.
    CHECK(fields(all) == QStringList{u"OZG-Leistung/10000/status"_qs,
                                     u"OZG-Leistung/%1/notes"_qs.arg(kAnderswo),
                                     u"Kommentar/%1/"_qs.arg(all.value(2).entry.key)});
    REQUIRE(all.size() == 3);
    const ChangeRecord &status = all[0];
    CHECK(status.themenfeld == u"Familie & Kind");
    CHECK(status.art == u"geändert");
    CHECK(status.eintrag == u"„Elterngeld“");
    CHECK(status.feld == u"Status");
    // One sentence per change, each object named once with its type word once.
    CHECK(status.text == u"Status von OZG-Leistung „Elterngeld“: in Planung → online");
    CHECK(all[2].text == u"Kommentar zu „Elterngeld“: „Bescheid digital zustellen“ angelegt");
    CHECK(status.alt == u"in Planung");
    CHECK(status.neu == u"online");
    CHECK(status.entry.autor == u"mmeyer");
    CHECK(all[2].art == u"neu");
    CHECK(all[2].themenfeldId == kFamilie); // a comment belongs where its row does

    ChangeFilter familie = since;
    familie.themenfeldId = kFamilie;
    CHECK(changesSince(*c, familie).size() == 2);
    ChangeFilter autor = since;
    autor.author = u"MMEYER"_qs;
    CHECK(changesSince(*c, autor).size() == 2);
    ChangeFilter leistung = since;
    leistung.table = Table::Leistung;
    leistung.key = 10000;
    CHECK(fields(changesSince(*c, leistung)) == QStringList{u"OZG-Leistung/10000/status"_qs});

    ChangeFilter tomorrow;
    tomorrow.since = QDateTime(QDate::currentDate().addDays(1), QTime(0, 0));
    CHECK(changesSince(*c, tomorrow).isEmpty());
    ChangeFilter yesterday;
    yesterday.since = QDateTime(QDate::currentDate().addDays(-1), QTime(0, 0));
    CHECK(changesSince(*c, yesterday).size() == 4);

    const csv::Table table = csv::parse(QString::fromUtf8(changesCsv(all)), u';', u"test"_qs);
    CHECK(table.header.first() == u"Zeitpunkt");
    CHECK(table.header.size() == 13);
    CHECK(table.header.last() == u"Anmeldung"); // the login of a server catalog; a file's changes have none
    CHECK(table.rows[0][table.column(u"Anmeldung"_qs)] == (test::onServerBackend() ? u"tfp"_qs : QString()));
    REQUIRE(table.rows.size() == 3);
    CHECK(table.rows[0][table.column(u"Eintrag"_qs)] == u"„Elterngeld“");
    CHECK(table.rows[0][table.column(u"Neu"_qs)] == u"online");
    CHECK(table.rows[0][table.column(u"Autor"_qs)] == u"mmeyer");
    // A spreadsheet must not run a value as a formula.
    CHECK(table.rows[1][table.column(u"Neu"_qs)] == u"'=SUMME(A1)");
    const QDateTime written = QDateTime::fromString(table.rows[0][0], Qt::ISODate);
    CHECK(written.toSecsSinceEpoch() == status.zeitpunkt.toSecsSinceEpoch());
}

TEST_CASE("a deleted row's changes stay in a Themenfeld's list", "[core][review][backends]")
{
    QTemporaryDir dir;
    auto c = Catalog::open(test::defaultCatalogOnBackend(dir));
    const ChangeSet p = edit::createProjekt(*c, kFamilie, u"Kita-Portal"_qs, {10005});
    c->apply(p);
    const qint64 revision = c->revision();
    c->apply(edit::remove(*c, Table::Projekt, p.changes.first().key));
    ChangeFilter f;
    f.afterRevision = revision;
    f.themenfeldId = 1; // another Themenfeld: the deleted rows are not known to belong elsewhere
    const auto changes = changesSince(*c, f);
    REQUIRE_FALSE(changes.isEmpty());
    CHECK(changes.last().art == u"gelöscht");
    CHECK(changes.last().eintrag.contains(u"Kita-Portal"));
    // The rows are gone: named from what the journal kept, with their type word once.
    CHECK(changes.last().text == u"Umsetzungsprojekt „Kita-Portal“ gelöscht");
    for (const ChangeRecord &r : changes)
        CHECK_FALSE(r.text.contains(u"projekt_leistung"_qs));
    CHECK_FALSE(changes.last().themenfeldId);
}

TEST_CASE("a Stand needs a name of its own", "[core][review][backends]")
{
    QTemporaryDir dir;
    auto c = Catalog::open(test::defaultCatalogOnBackend(dir));
    c->apply(edit::addStand(*c, u"Jour-Fix"_qs));
    REQUIRE_THROWS_WITH(edit::addStand(*c, u" Jour-Fix "_qs), Catch::Contains("gibt es schon"));
    REQUIRE_THROWS_WITH(edit::addStand(*c, u"  "_qs), Catch::Contains("braucht einen Namen"));
    CHECK(c->count(Table::Stand) == 1);
}

TEST_CASE("a Stand's baseline: the planned dates as they were at its revision", "[core][review][backends]")
{
    QTemporaryDir dir;
    auto c = Catalog::open(test::defaultCatalogOnBackend(dir));
    const ChangeSet p = edit::createProjekt(*c, kFamilie, u"Kita-Portal"_qs, {10005});
    c->apply(p);
    const qint64 projekt = p.changes.first().key;
    const auto meilenstein = [&](const QString &phase, const QString &titel, const QDate &geplant) {
        const ChangeSet cs = edit::addMeilenstein(*c, projekt, phase, titel, geplant);
        c->apply(cs);
        return cs.changes.first().key;
    };
    const qint64 konzept = meilenstein(u"konzeption"_qs, u"Konzept"_qs, QDate(2026, 3, 1));
    const qint64 pilot = meilenstein(u"pilotierung"_qs, u"Pilot"_qs, QDate(2026, 9, 1));
    const qint64 rollout = meilenstein(u"rollout"_qs, u"Roll-out"_qs, QDate(2027, 1, 15));
    const qint64 ohne = meilenstein(u"umsetzung"_qs, u"MVP"_qs, QDate());
    c->apply(edit::addStand(*c, u"Steuerungskreis 14.11.2026"_qs));

    // After the Stand: one date moved twice, one moved earlier, one set where there was none, one added.
    c->apply(edit::setField(*c, Table::Meilenstein, pilot, col::geplant, u"2026-10-01"_qs));
    c->apply(edit::setField(*c, Table::Meilenstein, pilot, col::geplant, u"2026-11-15"_qs));
    c->apply(edit::setField(*c, Table::Meilenstein, rollout, col::geplant, u"2026-12-01"_qs));
    c->apply(edit::setField(*c, Table::Meilenstein, ohne, col::geplant, u"2026-06-30"_qs));
    c->apply(edit::setField(*c, Table::Meilenstein, konzept, col::titel, u"Feinkonzept"_qs));
    const qint64 neu = meilenstein(u"regelbetrieb"_qs, u"Inbetriebnahme"_qs, QDate(2027, 6, 1));
    c->apply(edit::setField(*c, Table::Meilenstein, neu, col::geplant, u"2027-07-01"_qs));

    const analysis::Baseline b = standBaseline(*c, u"Steuerungskreis 14.11.2026"_qs);
    CHECK(b.name == u"Steuerungskreis 14.11.2026");
    CHECK(b.geplant.value(konzept) == QDate(2026, 3, 1)); // another field changed, the date did not
    CHECK(b.geplant.value(pilot) == QDate(2026, 9, 1));   // the date before both later changes
    CHECK(b.geplant.value(rollout) == QDate(2027, 1, 15));
    CHECK_FALSE(b.geplant.contains(ohne)); // no planned date at the Stand
    CHECK_FALSE(b.geplant.contains(neu));  // added after the Stand
    // Milestones of the default catalog nobody touched keep today's dates.
    const PlanSnapshot plan = c->loadPlan();
    qsizetype unveraendert = 0;
    for (const Meilenstein &m : plan.meilensteine)
        if (m.geplant.isValid() && m.id != pilot && m.id != rollout && m.id != ohne && m.id != neu) {
            CHECK(b.geplant.value(m.id) == m.geplant);
            ++unveraendert;
        }
    CHECK(unveraendert + 2 == b.geplant.size());

    // A Stand named after the changes has today's dates.
    c->apply(edit::addStand(*c, u"Jour-Fix"_qs));
    const analysis::Baseline heute = standBaseline(*c, u"Jour-Fix"_qs);
    CHECK(heute.geplant.value(pilot) == QDate(2026, 11, 15));
    CHECK(heute.geplant.value(ohne) == QDate(2026, 6, 30));
    CHECK(heute.geplant.value(neu) == QDate(2027, 7, 1));

    // The Gantt rows carry them.
    QList<analysis::GanttRow> rows = analysis::ganttRows(plan, kFamilie, QDate(2026, 12, 1));
    analysis::applyBaseline(rows, b);
    int gesehen = 0;
    for (const analysis::GanttRow &z : rows)
        for (const analysis::GanttMeilenstein &m : z.meilensteine) {
            if (m.id == pilot) {
                CHECK(m.baseline == QDate(2026, 9, 1));
                ++gesehen;
            }
            if (m.id == neu) {
                CHECK_FALSE(m.baseline.isValid());
                ++gesehen;
            }
        }
    CHECK(gesehen == 2);
}

TEST_CASE("an unknown Stand's baseline is refused, naming it and the Stände there are",
          "[core][review][backends]")
{
    QTemporaryDir dir;
    auto c = Catalog::open(test::defaultCatalogOnBackend(dir));
    REQUIRE_THROWS_WITH(standBaseline(*c, u"Steuerungskreis"_qs),
                        Catch::Contains("Stand „Steuerungskreis“") && Catch::Contains("es gibt: keinen"));
    c->apply(edit::addStand(*c, u"Jour-Fix"_qs));
    REQUIRE_THROWS_WITH(standBaseline(*c, u"Steuerungskreis"_qs),
                        Catch::Contains("Stand „Steuerungskreis“") && Catch::Contains("„Jour-Fix“"));
}
