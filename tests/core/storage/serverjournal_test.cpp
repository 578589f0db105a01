// The journal of a server catalog names the database login of every change beside the author name: the server
// writes it, no login can journal under another's, a file copy keeps it, and a server catalog of the schema
// before it is lifted by its owner.
#include <catch2/catch.hpp>

#include "edit/changetext.h"
#include "edit/edits.h"
#include "error.h"
#include "exchange/changelog.h"
#include "storage/catalog.h"
#include "storage/server.h"
#include "support/pgserver.h"
#include "support/testutil.h"

#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

using namespace tfp;
using namespace tfp::schema;

namespace {

// Runs statement on the database of url as login, the test's own look past the program. Returns the first
// value of the first row (invalid when there is none) and the error (empty when it ran).
std::pair<QVariant, QString> runAs(const QString &url, const QString &login, const QString &statement)
{
    const QString database = QRegularExpression(u"^postgresql:///([^?]+)"_qs).match(url).captured(1);
    REQUIRE_FALSE(database.isEmpty());
    const QString name = u"tfp-raw-"_qs + QUuid::createUuid().toString(QUuid::Id128);
    std::pair<QVariant, QString> out;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_qs, name);
        db.setHostName(test::serverSocketDir());
        db.setDatabaseName(database);
        db.setUserName(login);
        REQUIRE(db.open());
        QSqlQuery q(db);
        if (!q.exec(statement))
            out.second = q.lastError().databaseText();
        else if (q.next())
            out.first = q.value(0);
    }
    QSqlDatabase::removeDatabase(name);
    return out;
}

QString suffix()
{
    return QUuid::createUuid().toString(QUuid::Id128).left(8);
}

} // namespace

TEST_CASE("the server journals the database login of each change beside the author, and a file copy keeps "
          "both",
          "[core][pg]")
{
    const QString url = test::freshServerDatabase();
    if (url.isEmpty())
        return;
    QTemporaryDir dir;
    server::importFile(url, test::defaultCatalogCopy(dir));
    const QString annaLogin = u"anna_"_qs + suffix();
    const QString annaUrl = test::loginUrl(url, annaLogin);
    server::grantAccess(url, annaLogin, server::kProgrammeAccess);

    const auto admin = Catalog::open(url);
    const auto anna = Catalog::open(annaUrl);
    anna->setAuthor(u"Anna Muster"_qs);
    admin->setAuthor(u"Programmbüro"_qs);
    anna->apply(edit::setField(*anna, Table::Leistung, 10000, col::name, u"Elterngeld digital"_qs));
    admin->apply(edit::setField(*admin, Table::Leistung, 10003, col::name, u"Geburtsanzeige digital"_qs));

    const auto last = [](const Catalog &c, qint64 key) {
        const auto entries = c.journalFor(Table::Leistung, key);
        REQUIRE_FALSE(entries.isEmpty());
        return entries.last();
    };
    const JournalEntry byAnna = last(*admin, 10000), byAdmin = last(*admin, 10003);
    CHECK(byAnna.autor == u"Anna Muster");
    CHECK(byAnna.anmeldung == annaLogin);
    CHECK(byAdmin.autor == u"Programmbüro");
    CHECK(byAdmin.anmeldung == u"tfp");
    // Where the change history shows who, it shows both; "changes by" finds the login, and the CSV of the
    // changes has it in a column of its own.
    CHECK(edit::authorText(byAnna) == u"Anna Muster (%1)"_qs.arg(annaLogin));
    ChangeFilter byLogin;
    byLogin.author = annaLogin.toUpper();
    const QList<ChangeRecord> annas = changesSince(*admin, byLogin);
    REQUIRE(annas.size() == 1);
    CHECK(annas[0].entry.key == 10000);
    const QString csv = QString::fromUtf8(changesCsv(annas));
    CHECK(csv.section(u"\r\n"_qs, 0, 0).endsWith(u";Anmeldung"_qs));
    CHECK(csv.section(u"\r\n"_qs, 1, 1).endsWith(u";"_qs + annaLogin));

    // A planner cannot journal a change under another login: the server refuses the entry.
    const qint64 entries = admin->journal(0).size();
    const auto [none, refused] = runAs(
        url, annaLogin,
        u"INSERT INTO journal (id, revision, zeitpunkt, autor, quelle, beschreibung, entity_table, "
        u"entity_key, "
        "spalte, alt, neu, anmeldung) VALUES (999999, 1, '2026-12-07T00:00:00Z', 'x', '', '', 'leistung', "
        "10000, 'name', 'a', 'b', 'tfp')"_qs);
    INFO(refused.toStdString());
    CHECK(refused.contains(u"row-level security"_qs));
    CHECK(admin->journal(0).size() == entries);

    // The file copy for archiving holds the same journal, login and all.
    const QString copy = dir.filePath(u"archiv.tfplan"_qs);
    server::exportFile(url, copy);
    const auto file = Catalog::open(copy, Catalog::Access::ReadOnly);
    CHECK(last(*file, 10000).anmeldung == annaLogin);
    CHECK(last(*file, 10003).anmeldung == u"tfp");
    CHECK(file->journal(0).size() == entries);
    // A change made in a file names no login.
    const auto edited = Catalog::open(test::defaultCatalogCopy(dir));
    edited->apply(edit::setField(*edited, Table::Leistung, 10000, col::name, u"Offline"_qs));
    CHECK(last(*edited, 10000).anmeldung.isEmpty());
}

TEST_CASE("a server catalog of schema 2 is refused to every login but its owner, who lifts it to the current "
          "schema with every journal entry kept",
          "[core][pg]")
{
    // Made by tfp server import of commit 1ac5e5b, the program of schema 2 (tests/data/catalog/README.md).
    const QString url =
        test::restoredServerDatabase(QStringLiteral(TFP_TEST_DATA "/catalog/schema2-server.dump"));
    if (url.isEmpty())
        return;
    const auto value = [&](const QString &statement) {
        const auto [v, error] = runAs(url, u"tfp"_qs, statement);
        INFO(error.toStdString());
        REQUIRE(error.isEmpty());
        return v;
    };
    const QString version = u"SELECT value FROM catalog_meta WHERE key = 'schema_version'"_qs;
    const QString loginColumn =
        u"SELECT count(*) FROM information_schema.columns WHERE table_name = 'journal' AND column_name = "
        "'anmeldung'"_qs;
    REQUIRE(value(version).toString() == u"2");
    const qint64 entries = value(u"SELECT count(*) FROM journal"_qs).toLongLong();
    REQUIRE(entries > 0);

    // Another login (a planner of the programme) may not change the tables: it is told whose they are.
    const QString bernd = u"bernd_"_qs + suffix();
    const QString berndUrl = test::loginUrl(url, bernd);
    value(u"GRANT tfp_planer TO "_qs + bernd);
    for (const QString &who : {berndUrl, url}) {
        const bool readOnly = who == url; // the owner, but only to read
        try {
            Catalog::open(who, readOnly ? Catalog::Access::ReadOnly : Catalog::Access::ReadWrite);
            FAIL("a catalog of schema 2 was opened without being lifted");
        } catch (const Error &e) {
            INFO(e.message().toStdString());
            CHECK(e.message().contains(u"ältere Schema 2"_qs));
            CHECK(e.message().contains(u"„tfp“"_qs));
        }
    }
    CHECK(value(version).toString() == u"2");
    CHECK(value(loginColumn).toInt() == 0);

    // Its owner opens it to edit: lifted in one step, every entry there with no login, new ones with one.
    {
        const auto owner = Catalog::open(url);
        const auto journal = owner->journal(0);
        CHECK(journal.size() == entries);
        CHECK(std::all_of(journal.cbegin(), journal.cend(),
                          [](const JournalEntry &e) { return e.anmeldung.isEmpty(); }));
        owner->apply(edit::setField(*owner, Table::Leistung, 10000, col::name, u"Elterngeld neu"_qs));
        CHECK(owner->journalFor(Table::Leistung, 10000).last().anmeldung == u"tfp");
    }
    CHECK(value(version).toString() == QString::number(kVersion));
    CHECK(value(loginColumn).toInt() == 1);
    // Now the planner opens it too, and the server names the planner in the journal.
    server::grantAccess(url, bernd, server::kProgrammeAccess);
    const auto planner = Catalog::open(berndUrl);
    planner->apply(edit::setField(*planner, Table::Leistung, 10003, col::name, u"Von Bernd"_qs));
    CHECK(planner->journalFor(Table::Leistung, 10003).last().anmeldung == bernd);
    // And cannot journal under the owner's login: the lifted catalog got the policy of the current one.
    const auto [none, refused] = runAs(
        url, bernd,
        u"INSERT INTO journal (id, revision, zeitpunkt, autor, quelle, beschreibung, entity_table, "
        u"entity_key, "
        "spalte, alt, neu, anmeldung) VALUES (999999, 1, '2026-12-07T00:00:00Z', 'x', '', '', 'leistung', "
        "10000, 'name', 'a', 'b', 'tfp')"_qs);
    CHECK(refused.contains(u"row-level security"_qs));
}
