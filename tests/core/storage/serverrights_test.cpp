// Rights on a server catalog, enforced by PostgreSQL: two logins, each in the Federführung of its own
// Themenfeld, write there and are refused on the other's, the refusal naming the rule and changing nothing;
// a Land writes its own Nachnutzung only; the catalog itself is the programme management's.
#include <catch2/catch.hpp>

#include "edit/edits.h"
#include "error.h"
#include "storage/catalog.h"
#include "storage/server.h"
#include "support/pgserver.h"
#include "support/testutil.h"

#include <QTemporaryDir>
#include <QUuid>

using namespace tfp;
using namespace tfp::schema;

namespace {

// The first Leistung of a Themenfeld.
int leistungOf(const PlanSnapshot &plan, int themenfeldId)
{
    for (const Leistung &l : plan.leistungen)
        if (plan.lage(l.lageId)->themenfeldId == themenfeldId)
            return l.ozgId;
    FAIL("no Leistung in Themenfeld " << themenfeldId);
    return 0;
}

bool leads(const PlanSnapshot &plan, int beteiligterId, int themenfeldId)
{
    for (const Federfuehrung &f : plan.federfuehrung)
        if (f.beteiligterId == beteiligterId && f.themenfeldId == themenfeldId && f.rolle != Rolle::MA)
            return true;
    return false;
}

} // namespace

TEST_CASE("two logins each write their own Themenfeld and are refused on the other's, changing nothing",
          "[core][pg]")
{
    const QString url = test::freshServerDatabase();
    if (url.isEmpty())
        return;
    QTemporaryDir dir;
    server::importFile(url, test::defaultCatalogCopy(dir));
    const auto admin = Catalog::open(url);
    const PlanSnapshot plan = admin->loadPlan(PlanDetail::Summary);
    // Anna's Beteiligter leads Themenfeld A and not B; Bernd's leads B and not A.
    int a = 0, b = 0, anna = 0, bernd = 0;
    for (const Federfuehrung &fa : plan.federfuehrung)
        for (const Federfuehrung &fb : plan.federfuehrung)
            if (!a && fa.rolle == Rolle::FF && fb.rolle == Rolle::FF && fa.themenfeldId != fb.themenfeldId &&
                !leads(plan, fa.beteiligterId, fb.themenfeldId) &&
                !leads(plan, fb.beteiligterId, fa.themenfeldId)) {
                a = fa.themenfeldId;
                b = fb.themenfeldId;
                anna = fa.beteiligterId;
                bernd = fb.beteiligterId;
            }
    REQUIRE(a);
    const QString suffix = QUuid::createUuid().toString(QUuid::Id128).left(8);
    const QString annaLogin = u"anna_"_qs + suffix, berndLogin = u"bernd_"_qs + suffix;
    const QString annaUrl = test::loginUrl(url, annaLogin), berndUrl = test::loginUrl(url, berndLogin);
    server::grantAccess(url, annaLogin, plan.beteiligter(anna)->kuerzel);
    server::grantAccess(url, berndLogin, plan.beteiligter(bernd)->kuerzel);

    const int inA = leistungOf(plan, a), inB = leistungOf(plan, b);
    auto annaCatalog = Catalog::open(annaUrl);
    auto berndCatalog = Catalog::open(berndUrl);
    // Each reads the whole programme.
    CHECK(annaCatalog->loadPlan(PlanDetail::Summary).leistungen.size() == plan.leistungen.size());

    annaCatalog->apply(edit::setField(*annaCatalog, Table::Leistung, inA, col::name, u"Von Anna"_qs));
    berndCatalog->apply(edit::setField(*berndCatalog, Table::Leistung, inB, col::name, u"Von Bernd"_qs));
    CHECK(admin->value(Table::Leistung, inA, col::name) == u"Von Anna"_qs);
    CHECK(admin->value(Table::Leistung, inB, col::name) == u"Von Bernd"_qs);

    const qint64 revision = admin->revision();
    const auto refused = [&](Catalog &c, const ChangeSet &set, const QString &rule) {
        try {
            c.apply(set);
            FAIL("the server let it through");
        } catch (const Error &e) {
            INFO(e.message().toStdString());
            CHECK(e.message().contains(rule));
            CHECK(e.message().contains(u"nichts wurde geändert"));
        }
        CHECK(admin->revision() == revision);
        CHECK(admin->journal(revision).isEmpty());
    };
    const QString nameOfB = plan.themenfeld(b)->name, nameOfA = plan.themenfeld(a)->name;
    const QVariant statusOfA = admin->value(Table::Leistung, inA, col::status);
    refused(*annaCatalog, edit::setField(*annaCatalog, Table::Leistung, inB, col::name, u"Übergriff"_qs),
            u"Nur die Federführung des Themenfelds „%1“"_qs.arg(nameOfB));
    refused(*berndCatalog,
            edit::setField(*berndCatalog, Table::Leistung, inA, col::status,
                           statusOfA == u"online"_qs ? u"ohne"_qs : u"online"_qs),
            u"Nur die Federführung des Themenfelds „%1“"_qs.arg(nameOfA));
    CHECK(admin->value(Table::Leistung, inB, col::name) == u"Von Bernd"_qs);
    CHECK(admin->value(Table::Leistung, inA, col::status) == statusOfA);

    // A project in the other's Themenfeld, and the catalog itself, are refused as well.
    {
        ChangeSet project(u"Projekt anlegen"_qs);
        project.append(Change::insert(Table::Projekt, annaCatalog->allocateKey(Table::Projekt),
                                      {{col::themenfeldId.toString(), b}, {col::name.toString(), u"P"_qs}}));
        refused(*annaCatalog, project, u"Nur die Federführung"_qs);
    }
    refused(*annaCatalog, edit::setField(*annaCatalog, Table::Themenfeld, a, col::name, u"Umbenannt"_qs),
            u"Nur die Programmleitung"_qs);
    CHECK(admin->value(Table::Themenfeld, a, col::name) == nameOfA);

    // The programme management writes everything.
    server::grantAccess(url, berndLogin, server::kProgrammeAccess);
    berndCatalog->apply(edit::setField(*berndCatalog, Table::Leistung, inA, col::name, u"Von der PGMT"_qs));
    CHECK(admin->value(Table::Leistung, inA, col::name) == u"Von der PGMT"_qs);
}

TEST_CASE("a Land writes its own Nachnutzung on any project and no other Land's", "[core][pg]")
{
    const QString url = test::freshServerDatabase();
    if (url.isEmpty())
        return;
    QTemporaryDir dir;
    server::importFile(url, test::defaultCatalogCopy(dir));
    const auto admin = Catalog::open(url);
    const PlanSnapshot plan = admin->loadPlan(PlanDetail::Summary);
    QList<int> laender;
    for (const Beteiligter &x : plan.beteiligte)
        if (x.art == BeteiligterArt::Land)
            laender << x.id;
    REQUIRE(laender.size() >= 2);
    // A project of some Themenfeld, made by the owner.
    const qint64 projekt = admin->allocateKey(Table::Projekt);
    ChangeSet create(u"Projekt anlegen"_qs);
    create.append(Change::insert(
        Table::Projekt, projekt,
        {{col::themenfeldId.toString(), plan.themenfelder[0].id}, {col::name.toString(), u"Gemeinsam"_qs}}));
    admin->apply(create);

    const QString login = u"land_"_qs + QUuid::createUuid().toString(QUuid::Id128).left(8);
    const QString landUrl = test::loginUrl(url, login);
    int own = 0;
    for (int id : laender)
        if (!leads(plan, id, plan.themenfelder[0].id) && !own)
            own = id;
    REQUIRE(own);
    const int other = laender[0] == own ? laender[1] : laender[0];
    server::grantAccess(url, login, plan.beteiligter(own)->kuerzel);
    auto land = Catalog::open(landUrl);
    const auto nachnutzung = [&](int landId) {
        ChangeSet set(u"Nachnutzung"_qs);
        set.append(Change::insert(Table::Nachnutzung, land->allocateKey(Table::Nachnutzung),
                                  {{col::projektId.toString(), projekt},
                                   {col::landId.toString(), landId},
                                   {col::stand.toString(), u"geplant"_qs}}));
        return set;
    };
    land->apply(nachnutzung(own));
    CHECK(admin->count(Table::Nachnutzung) == 1);
    const qint64 revision = admin->revision();
    REQUIRE_THROWS_WITH(land->apply(nachnutzung(other)), Catch::Contains("Nur das Land selbst"));
    CHECK(admin->count(Table::Nachnutzung) == 1);
    CHECK(admin->revision() == revision);
}

TEST_CASE("who may write what is changed by the owner and the programme management; anyone else, an unknown "
          "login and an unknown Kürzel are refused with the reason, changing nothing",
          "[core][pg]")
{
    const QString url = test::freshServerDatabase();
    if (url.isEmpty())
        return;
    QTemporaryDir dir;
    server::importFile(url, test::defaultCatalogCopy(dir));
    const PlanSnapshot plan = Catalog::open(url)->loadPlan(PlanDetail::Summary);
    QStringList laender;
    for (const Beteiligter &x : plan.beteiligte)
        if (x.art == BeteiligterArt::Land)
            laender << x.kuerzel;
    REQUIRE(laender.size() >= 2);
    const QString suffix = QUuid::createUuid().toString(QUuid::Id128).left(8);
    const QString land = u"land_"_qs + suffix, leitung = u"leitung_"_qs + suffix, neu = u"neu_"_qs + suffix;
    const QString landUrl = test::loginUrl(url, land), leitungUrl = test::loginUrl(url, leitung);
    test::loginUrl(url, neu);
    server::grantAccess(url, land, laender[0]);
    server::grantAccess(url, leitung, server::kProgrammeAccess);
    const auto listed = [&] {
        QStringList out;
        for (const server::Access &a : server::accessList(url))
            out << a.login + u'=' + (a.programme ? server::kProgrammeAccess : a.kuerzel);
        return out;
    };
    const QStringList before = listed();
    REQUIRE(before.size() == 2);
    const auto refused = [&](const QString &byUrl, const QString &login, const QString &access,
                             const QString &reason) {
        try {
            server::grantAccess(byUrl, login, access);
            FAIL("the server let it through");
        } catch (const Error &e) {
            INFO(e.message().toStdString());
            CHECK(e.message().contains(reason));
            CHECK(e.message().contains(u"Es wurde nichts geändert."));
        }
        CHECK(listed() == before);
    };
    // A Land's login gives nobody access and takes none away: the server refuses both.
    const QString onlyProgramme =
        u"Zugänge ändern nur der Eigentümer des Katalogs und die Programmleitung"_qs;
    refused(landUrl, neu, laender[1], onlyProgramme);
    refused(landUrl, land, server::kProgrammeAccess, onlyProgramme);
    refused(landUrl, leitung, server::kNoAccess, onlyProgramme);
    // A login the server does not know, and a Kürzel the catalog does not know.
    refused(url, u"niemand_"_qs + suffix, laender[1],
            u"Auf dem Server gibt es keine Anmeldung „niemand_%1“"_qs.arg(suffix));
    refused(url, neu, u"XX"_qs, u"keinen Beteiligten mit dem Kürzel „XX“"_qs);
    // The programme management (not the owner) changes the access of a login that has one.
    server::grantAccess(leitungUrl, land, laender[1]);
    CHECK(listed() == QStringList{land + u'=' + laender[1], before[1]});
    CHECK(Catalog::open(landUrl)->count(Table::Leistung) == plan.leistungen.size());
    // It takes the access away: the login then reads nothing either.
    server::grantAccess(leitungUrl, land, server::kNoAccess);
    CHECK(listed() == QStringList{before[1]});
    CHECK_THROWS_AS(Catalog::open(landUrl), Error);
    // And it takes a login in that had none before, as the owner does.
    const QString neuUrl = test::loginUrl(url, neu);
    server::grantAccess(leitungUrl, neu, laender[0]);
    CHECK(listed() == QStringList{before[1], neu + u'=' + laender[0]});
    CHECK(Catalog::open(neuUrl)->count(Table::Leistung) == plan.leistungen.size());
    // A login that leaves the programme management loses that right with it.
    server::grantAccess(url, leitung, laender[1]);
    const QStringList now = listed();
    CHECK_THROWS_WITH(server::grantAccess(leitungUrl, land, laender[0]),
                      Catch::Contains(onlyProgramme.toStdString()));
    CHECK(listed() == now);
}
