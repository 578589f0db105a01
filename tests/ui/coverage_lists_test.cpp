// The lists of the Abdeckung tab driven through the real main window: overdue and slipped milestones,
// Leistungen in no project or without Onlinedienst, the Nachnutzung matrix, and where activating entries
// leads.
#include <catch2/catch.hpp>

#include "coveragefixture.h"
#include "models/dienstcoveragemodel.h"
#include "models/nachnutzungmatrixmodel.h"
#include "views/leistungeditor.h"
#include "views/onlinediensteview.h"
#include "views/projekteview.h"

#include <QSignalSpy>
#include <QTableView>
#include <QTreeView>
#include <QUndoStack>

using namespace tfp;
using namespace tfp::ui;
using namespace tfp::schema;
using tfp::test::CoverageTab;
using tfp::test::kHeute;
using K = tfp::ui::KennzahlenModel;
using L = tfp::ui::CoverageView;

TEST_CASE("an overdue milestone is listed with its days against the Stichtag", "[ui][abdeckung]")
{
    CoverageTab w;
    CHECK(w.view->leerText(L::Ueberfaellig) == u"Noch kein Umsetzungsprojekt angelegt.");
    const qint64 p = w.createProjekt(u"Geburt digital"_qs, {10000});
    const auto meilensteine = w.catalog().rowsWhere(Table::Meilenstein, col::projektId, p);
    REQUIRE(meilensteine.size() == 7);
    const qint64 first = meilensteine.first().value(u"id"_qs).toLongLong();
    const QString titel = meilensteine.first().value(col::titel.toString()).toString();
    REQUIRE(w.doc().run([&] {
        return edit::setField(w.catalog(), Table::Meilenstein, first, col::geplant, u"2024-03-31"_qs);
    }));
    w.settle();
    CHECK(w.tabText(L::Ueberfaellig) == u"Meilensteine überfällig (1)");
    // Only the list on screen is built with each change; opening its tab shows this one current.
    w.view->listen()->setCurrentIndex(L::Ueberfaellig);
    CHECK(w.view->listView(L::Ueberfaellig)->model()->rowCount() == 1);
    CoverageListModel *overdue = w.view->listModel(L::Ueberfaellig);
    REQUIRE(overdue->rowCount() == 1);
    CHECK(overdue->index(0, 0).data().toString() == u"Geburt digital");
    CHECK(overdue->index(0, 2).data().toString() == titel);
    CHECK(overdue->index(0, 3).data().toString() == u"31.03.2024");
    CHECK(overdue->index(0, 4).data().toString() == u"91"); // 31 March to 30 June 2024
    CHECK(overdue->index(0, 0).data(ProjektIdRole).toLongLong() == p);
    CHECK(w.tabText(L::Ueberfaellig) == u"Meilensteine überfällig (1)");
    CHECK(w.view->leerText(L::Ueberfaellig).isEmpty());

    // A later Stichtag adds its days; one before the planned date leaves nothing overdue.
    w.view->setHeute(QDate(2024, 7, 10));
    w.settle();
    CHECK(overdue->index(0, 4).data().toString() == u"101");
    w.view->setHeute(QDate(2024, 3, 1));
    w.settle();
    CHECK(overdue->rowCount() == 0);
    CHECK(w.view->leerText(L::Ueberfaellig) == u"Zum Stichtag 01.03.2024 ist kein Meilenstein überfällig.");
    w.view->setHeute(kHeute);
    w.settle();
    CHECK(overdue->rowCount() == 1);

    // Reached twelve days late: no longer overdue, but slipped.
    REQUIRE(w.doc().run(
        [&] { return edit::setField(w.catalog(), Table::Meilenstein, first, col::ist, u"2024-04-12"_qs); }));
    w.settle();
    CHECK(overdue->rowCount() == 0);
    CoverageListModel *slipped = w.view->listModel(L::Verzoegert);
    REQUIRE(slipped->rowCount() == 1);
    CHECK(slipped->index(0, 3).data().toString() == u"31.03.2024");
    CHECK(slipped->index(0, 4).data().toString() == u"12.04.2024");
    CHECK(slipped->index(0, 5).data().toString() == u"12");
    CHECK(w.tabText(L::Verzoegert) == u"Meilensteine verzögert (1)");
}

TEST_CASE("a Leistung assigned to a project leaves „in keinem Projekt“ and returns on undo",
          "[ui][abdeckung]")
{
    CoverageTab w;
    REQUIRE(w.ozgIds(L::OhneProjekt).contains(10000));
    CHECK(w.tabText(L::OhneProjekt) == u"In keinem Projekt (37)");
    const qint64 p = w.createProjekt(u"Geburt digital"_qs, {10000, 10003});
    w.settle();
    CHECK_FALSE(w.ozgIds(L::OhneProjekt).contains(10000));
    CHECK_FALSE(w.ozgIds(L::OhneProjekt).contains(10003));
    CHECK(w.ozgIds(L::OhneProjekt).contains(10001));
    CHECK(w.tabText(L::OhneProjekt) == u"In keinem Projekt (35)");
    CHECK(w.tabText(L::LagenOhneAktivitaet) == u"Lagen ohne Aktivität (5)"); // Geburt has a project now

    w.doc().undoStack()->undo();
    w.settle();
    CHECK(w.ozgIds(L::OhneProjekt).contains(10000));
    CHECK(w.tabText(L::OhneProjekt) == u"In keinem Projekt (37)");
    w.doc().undoStack()->redo();
    w.settle();

    // Every Leistung in a project: the list says so instead of showing nothing.
    QList<int> rest = w.ozgIds(L::OhneProjekt);
    REQUIRE(w.doc().run([&] { return edit::assignLeistungen(w.catalog(), p, rest); }));
    w.settle();
    CHECK(w.view->listModel(L::OhneProjekt)->rowCount() == 0);
    CHECK(w.view->leerText(L::OhneProjekt) == u"Alle Leistungen sind einem Projekt zugeordnet.");
    CHECK(w.tabText(L::OhneProjekt) == u"In keinem Projekt (0)");
    CHECK(w.view->leerText(L::LagenOhneAktivitaet).startsWith(u"In jeder Lage"));
}

TEST_CASE("activating a gap-list entry opens its Leistung or project in the main window", "[ui][abdeckung]")
{
    CoverageTab w;
    const qint64 p = w.createProjekt(u"Geburt digital"_qs, {10000});
    const qint64 first =
        w.catalog().rowsWhere(Table::Meilenstein, col::projektId, p).first().value(u"id"_qs).toLongLong();
    REQUIRE(w.doc().run([&] {
        return edit::setField(w.catalog(), Table::Meilenstein, first, col::geplant, u"2024-03-31"_qs);
    }));
    w.openThemenfeld({}); // the programme: the project's Themenfeld is not selected
    REQUIRE(w.window->projekteView()->currentProjekt() == 0);

    SECTION("a Leistung by double-click")
    {
        QSignalSpy spy(w.view, &CoverageView::leistungActivated);
        w.view->listen()->setCurrentIndex(L::OhneProjekt);
        auto *table = qobject_cast<QTableView *>(w.view->listView(L::OhneProjekt));
        const QModelIndex idx = w.viewIndex(L::OhneProjekt, OzgIdRole, 10003);
        REQUIRE(idx.isValid());
        table->scrollTo(idx);
        // A real double-click: the first click selects, the second comes as a double-click.
        const QPoint at = table->visualRect(idx).center();
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, at);
        REQUIRE(spy.size() == 1);
        CHECK(spy[0][0].toInt() == 10003);
        CHECK(w.window->leistungEditor()->leistung() == 10003);
    }
    SECTION("a project by Enter, in its own Themenfeld")
    {
        QSignalSpy spy(w.view, &CoverageView::projektActivated);
        w.view->listen()->setCurrentIndex(L::Ueberfaellig);
        QAbstractItemView *table = w.view->listView(L::Ueberfaellig);
        const QModelIndex idx = w.viewIndex(L::Ueberfaellig, ProjektIdRole, p, 2);
        REQUIRE(idx.isValid());
        table->setCurrentIndex(idx);
        QTest::keyClick(table, Qt::Key_Return);
        REQUIRE(spy.size() == 1);
        CHECK(spy[0][0].toLongLong() == p);
        CHECK(w.window->tabs()->currentWidget() == w.window->projekteView());
        CHECK(w.window->projekteView()->currentProjekt() == p);
        CHECK(w.window->windowTitle().startsWith(u"Familie & Kind"));
        CHECK(w.view->themenfeld() == w.themenfeld(u"Familie & Kind"_qs));
    }
    SECTION("a project from its column of the Nachnutzung matrix")
    {
        QSignalSpy spy(w.view, &CoverageView::projektActivated);
        w.view->listen()->setCurrentIndex(L::Nachnutzung);
        NachnutzungMatrixModel *m = w.view->nachnutzungModel();
        REQUIRE(m->columnCount() > NachnutzungMatrixModel::ErstesProjekt);
        int column = -1;
        for (int c = NachnutzungMatrixModel::ErstesProjekt; c < m->columnCount(); ++c)
            if (m->headerData(c, Qt::Horizontal, ProjektIdRole).toLongLong() == p)
                column = c;
        REQUIRE(column >= 0);
        QAbstractItemView *matrix = w.view->listView(L::Nachnutzung);
        matrix->setCurrentIndex(m->index(3, column));
        QTest::keyClick(matrix, Qt::Key_Enter);
        REQUIRE(spy.size() == 1);
        CHECK(spy[0][0].toLongLong() == p);
        CHECK(w.window->projekteView()->currentProjekt() == p);
    }
}

TEST_CASE("the Nachnutzung matrix shows each Land's stand per project, its count and share",
          "[ui][abdeckung]")
{
    CoverageTab w;
    CHECK(w.view->leerText(L::Nachnutzung).startsWith(u"Noch kein Umsetzungsprojekt"));
    const qint64 a = w.createProjekt(u"Geburt digital"_qs, {10000});
    const qint64 b = w.createProjekt(u"Kita-Portal"_qs, {10014});
    auto land = [&](const QString &kuerzel) {
        for (const Beteiligter &x : w.doc().plan().beteiligte)
            if (x.kuerzel == kuerzel)
                return x.id;
        return 0;
    };
    REQUIRE(w.doc().run([&] { return edit::setNachnutzung(w.catalog(), a, land(u"HE"_qs), u"live"_qs); }));
    REQUIRE(w.doc().run(
        [&] { return edit::setNachnutzung(w.catalog(), b, land(u"HE"_qs), u"interessiert"_qs); }));
    REQUIRE(w.doc().run([&] { return edit::setNachnutzung(w.catalog(), b, land(u"NI"_qs), u"geplant"_qs); }));
    w.settle();
    NachnutzungMatrixModel *m = w.view->nachnutzungModel();
    REQUIRE(m->rowCount() == 16);
    REQUIRE(m->columnCount() == NachnutzungMatrixModel::ErstesProjekt + 2);
    auto rowOf = [&](const QString &kuerzel) {
        for (int r = 0; r < m->rowCount(); ++r)
            if (m->index(r, 0).data().toString().startsWith(kuerzel + u' '))
                return r;
        return -1;
    };
    const int he = rowOf(u"HE"_qs), ni = rowOf(u"NI"_qs), by = rowOf(u"BY"_qs);
    REQUIRE(he >= 0);
    const int colA = NachnutzungMatrixModel::ErstesProjekt, colB = colA + 1; // projects by id
    CHECK(m->headerData(colA, Qt::Horizontal, Qt::DisplayRole).toString() == u"Geburt digital");
    CHECK(m->index(he, colA).data().toString() == u"live");
    CHECK(m->index(he, colB).data().toString() == u"interessiert");
    CHECK(m->index(he, NachnutzungMatrixModel::Nachnutzung).data().toString() == u"1 (50,0 %)");
    CHECK(m->index(ni, NachnutzungMatrixModel::Nachnutzung).data().toString() == u"1 (50,0 %)");
    CHECK(m->index(by, NachnutzungMatrixModel::Nachnutzung).data().toString() == u"0 (0,0 %)");
    CHECK(m->index(by, colA).data().toString().isEmpty());
    CHECK(w.tabText(L::Nachnutzung) == u"Nachnutzung (2/16)");
}

TEST_CASE("an Onlinedienst covering a Leistung shows in „Onlinedienste“ and takes it off „ohne Onlinedienst“",
          "[ui][abdeckung]")
{
    CoverageTab w;
    CHECK(w.view->leerText(L::Onlinedienste).startsWith(u"Kein Onlinedienst deckt"));
    REQUIRE(w.ozgIds(L::OhneOnlinedienst).contains(10000));
    qint64 dienst = 0;
    REQUIRE(w.doc().run([&] {
        ChangeSet cs = edit::createOnlinedienst(w.catalog(), u"ELFE – Einfach Leistungen für Eltern"_qs,
                                                u"Freie Hansestadt Bremen"_qs);
        dienst = cs.changes.first().key;
        return cs;
    }));
    // The dienst covers every LeiKa-Leistung of Elterngeld (10000): one at Reifegrad 4, the others at 3.
    const auto leika = w.catalog().rowsWhere(Table::Leika, col::ozgId, 10000);
    REQUIRE(leika.size() >= 2);
    REQUIRE(w.doc().run([&] {
        ChangeSet all(u"Elterngeld abdecken"_qs);
        for (qsizetype i = 0; i < leika.size(); ++i)
            all.append(edit::setDienstLeika(w.catalog(), dienst, leika[i].value(u"id"_qs).toLongLong(),
                                            i == 0 ? 4 : 3));
        return all;
    }));
    w.settle();
    DienstCoverageModel *m = w.view->dienstModel();
    REQUIRE(m->rowCount() == 1);
    const QModelIndex d = m->index(0, DienstCoverageModel::Name);
    CHECK(d.data().toString() == u"ELFE – Einfach Leistungen für Eltern");
    REQUIRE(m->rowCount(d) == 1);
    CHECK(m->index(0, DienstCoverageModel::Name, d).data().toString() == u"10000 Elterngeld");
    CHECK(m->index(0, DienstCoverageModel::Reifegrad, d).data().toString() == u"3 – Online-Leistung");
    CHECK(w.tabText(L::Onlinedienste) == u"Onlinedienste (1)");
    CHECK_FALSE(w.ozgIds(L::OhneOnlinedienst).contains(10000));
    CHECK(w.tabText(L::OhneOnlinedienst) == u"Ohne Onlinedienst (36)");
    CHECK(w.total(K::MitOnlinedienst) == u"1 (2,7 %)");

    // Activating the Leistung opens it; activating the dienst opens it in its own tab.
    w.view->listen()->setCurrentIndex(L::Onlinedienste);
    QSignalSpy leistung(w.view, &CoverageView::leistungActivated);
    auto *tree = qobject_cast<QTreeView *>(w.view->listView(L::Onlinedienste));
    tree->setCurrentIndex(m->index(0, DienstCoverageModel::Name, d));
    QTest::keyClick(tree, Qt::Key_Return);
    REQUIRE(leistung.size() == 1);
    CHECK(leistung[0][0].toInt() == 10000);
    CHECK(w.window->leistungEditor()->leistung() == 10000);
    QSignalSpy opened(w.view, &CoverageView::onlinedienstActivated);
    tree->setCurrentIndex(d);
    QTest::keyClick(tree, Qt::Key_Return);
    REQUIRE(opened.size() == 1);
    CHECK(opened[0][0].toLongLong() == dienst);
    CHECK(w.window->tabs()->currentWidget() == w.window->findChild<OnlinediensteView *>());

    // A window opened afresh on the file sees the same coverage: the snapshot it loads holds the
    // LeiKa-Leistungen an Onlinedienst covers.
    MainWindow second(Catalog::open(w.path));
    second.show();
    second.selectThemenfeld(w.themenfeld(u"Familie & Kind"_qs));
    second.tabs()->setCurrentWidget(second.coverageView());
    REQUIRE(second.coverageView()->dienstModel()->rowCount() == 1);
    CHECK(second.coverageView()->listen()->tabText(L::OhneOnlinedienst) == u"Ohne Onlinedienst (36)");
}

TEST_CASE(
    "a broken milestone dependency is listed among the Terminkonflikte, opens its project and goes on undo",
    "[ui][abdeckung]")
{
    CoverageTab w;
    CHECK(w.view->leerText(L::Terminkonflikte) == u"Noch kein Umsetzungsprojekt angelegt.");
    const qint64 kita = w.createProjekt(u"Kita-Portal"_qs, {10000});
    const qint64 basis = w.createProjekt(u"Basiskomponente Bescheid"_qs, {10003});
    const auto idOf = [&](qint64 projekt, int index) {
        return w.catalog()
            .rowsWhere(Table::Meilenstein, col::projektId, projekt)[index]
            .value(u"id"_qs)
            .toLongLong();
    };
    const qint64 rollout = idOf(kita, 4), betrieb = idOf(basis, 5);
    REQUIRE(w.doc().run([&] {
        return edit::setField(w.catalog(), Table::Meilenstein, rollout, col::geplant, u"2024-09-01"_qs);
    }));
    REQUIRE(w.doc().run([&] {
        return edit::setField(w.catalog(), Table::Meilenstein, betrieb, col::geplant, u"2024-08-20"_qs);
    }));
    w.settle();
    CHECK(w.tabText(L::Terminkonflikte) == u"Terminkonflikte (0)");
    CHECK(w.view->leerText(L::Terminkonflikte).startsWith(u"Keine Terminkonflikte"));
    // The Roll-out at least 30 days after the Basiskomponente's Regelbetrieb: 18 days too early.
    REQUIRE(
        w.doc().run([&] { return edit::addMeilensteinAbhaengigkeit(w.catalog(), rollout, betrieb, 30); }));
    w.settle();
    CHECK(w.tabText(L::Terminkonflikte) == u"Terminkonflikte (1)");
    w.view->listen()->setCurrentIndex(L::Terminkonflikte);
    CoverageListModel *list = w.view->listModel(L::Terminkonflikte);
    REQUIRE(list->rowCount() == 1);
    CHECK(list->index(0, 0).data().toString() == u"Kita-Portal");
    CHECK(list->index(0, 3).data().toString() == u"Abhängigkeit verletzt");
    CHECK(list->index(0, 4).data().toString() == u"18");
    CHECK(list->index(0, 5).data().toString().contains(
        u"„Inbetriebnahme (Regelbetrieb)“ (Basiskomponente Bescheid)"));

    w.doc().undoStack()->undo(); // the dependency goes, and the flag with it
    w.settle();
    CHECK(w.tabText(L::Terminkonflikte) == u"Terminkonflikte (0)");
    w.doc().undoStack()->redo();
    w.settle();
    CHECK(w.tabText(L::Terminkonflikte) == u"Terminkonflikte (1)");

    // Enter on the entry opens the project whose milestone breaks the dependency.
    QSignalSpy spy(w.view, &CoverageView::projektActivated);
    QAbstractItemView *table = w.view->listView(L::Terminkonflikte);
    const QModelIndex idx = w.viewIndex(L::Terminkonflikte, ProjektIdRole, kita, 2);
    REQUIRE(idx.isValid());
    table->setCurrentIndex(idx);
    QTest::keyClick(table, Qt::Key_Return);
    REQUIRE(spy.size() == 1);
    CHECK(spy[0][0].toLongLong() == kita);
    CHECK(w.window->tabs()->currentWidget() == w.window->projekteView());
    CHECK(w.window->projekteView()->currentProjekt() == kita);
}
