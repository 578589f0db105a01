// The context menu every table and tree builds for a selection made with clicks: status, Reifegrad,
// Flächendeckung, a fixed wave and the project of many OZG-Leistungen at once, each one undo step; a
// refusal for one Leistung changes none.
#include "prioritisationfixture.h"

#include "clicks.h"

#include "domain/labels.h"
#include "edit/edits.h"
#include "itemviewactions.h"
#include "views/coverageview.h"
#include "views/projekteview.h"

#include <QLineEdit>
#include <QMenu>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <memory>

using namespace tfp;
using namespace tfp::ui;
using namespace tfp::schema;
using tfp::test::clickCell;
using tfp::test::Prio;
using Col = PrioritisationModel::Column;

namespace {

// The action with this text in the submenu with this object name.
QAction *action(QMenu *menu, const QString &submenu, const QString &text)
{
    QMenu *sub = menu->findChild<QMenu *>(submenu);
    REQUIRE(sub);
    for (QAction *a : sub->actions())
        if (a->text() == text)
            return a;
    FAIL("no action " << text.toStdString() << " in " << submenu.toStdString());
    return nullptr;
}

struct Tree : test::Workspace
{
    QTreeView *tree = window->leistungenView()->tree();
    Tree()
    {
        window->selectThemenfeld(themenfeld(u"Familie & Kind"_qs));
        test::showAt(window.get(), QSize(1600, 1000));
        tree->expandAll();
    }
    // Clicks the first, Ctrl+clicks the others.
    void select(const QList<int> &ozgIds)
    {
        for (int i = 0; i < ozgIds.size(); ++i)
            clickCell(tree, leistungIndex(ozgIds[i], LeistungModel::Name),
                      i ? Qt::ControlModifier : Qt::NoModifier);
    }
    std::unique_ptr<QMenu> menu(QAbstractItemView *view)
    {
        auto *actions = window->findChild<ItemViewActions *>();
        REQUIRE(actions);
        return std::unique_ptr<QMenu>(actions->createMenu(view));
    }
    const Leistung &l(int ozg) { return *doc().plan().leistung(ozg); }
};

} // namespace

TEST_CASE("the tree's menu sets the status of three Leistungen in one step", "[ui][bulk]")
{
    Tree w;
    w.select({10000, 10002, 10003});
    auto menu = w.menu(w.tree);
    CHECK(menu->findChild<QAction *>(u"copy"_qs));

    action(menu.get(), u"status"_qs, u"in Umsetzung"_qs)->trigger();

    for (int ozg : {10000, 10002, 10003})
        CHECK(w.l(ozg).status == Status::InUmsetzung);
    CHECK(w.l(10001).status != Status::InUmsetzung);
    REQUIRE(w.doc().undoStack()->count() == 1);
    CHECK(w.doc().undoStack()->undoText().contains(u"3 OZG-Leistungen"));
    w.doc().undoStack()->undo();
    for (int ozg : {10000, 10002, 10003})
        CHECK(w.l(ozg).status != Status::InUmsetzung);
}

TEST_CASE("Reifegrad, Flächendeckung and a fixed wave for many Leistungen, one step each", "[ui][bulk]")
{
    Tree w;
    w.select({10000, 10001});
    auto menu = w.menu(w.tree);
    action(menu.get(), u"reifegrad"_qs, labels::reifegrad(3))->trigger();
    action(menu.get(), u"flaechendeckung"_qs, u"landesweit"_qs)->trigger();
    action(menu.get(), u"welle"_qs, u"Welle 2"_qs)->trigger();
    for (int ozg : {10000, 10001}) {
        CHECK(w.l(ozg).reifegradIst == 3);
        CHECK(w.l(ozg).flaechendeckung == Flaechendeckung::Landesweit);
        CHECK(w.l(ozg).welleFix == 2);
    }
    CHECK(w.doc().undoStack()->count() == 3);
    action(menu.get(), u"welle"_qs, u"automatisch"_qs)->trigger();
    CHECK_FALSE(w.l(10000).welleFix);
    CHECK_FALSE(w.l(10001).welleFix);
}

TEST_CASE("when one Leistung refuses the new Reifegrad, none changes and the message names it", "[ui][bulk]")
{
    Tree w;
    REQUIRE(w.doc().run(
        [&] { return edit::setField(w.catalog(), Table::Leistung, 10001, col::reifegradZiel, 2); }));
    w.select({10000, 10001, 10002});
    const QByteArray before = test::fileHash(w.path);
    const int steps = w.doc().undoStack()->count();
    QSignalSpy failed(&w.doc(), &Document::failed);
    auto menu = w.menu(w.tree);

    action(menu.get(), u"reifegrad"_qs, labels::reifegrad(3))->trigger();

    REQUIRE(failed.size() == 1);
    CHECK(failed[0][0].toString().contains(w.l(10001).name));
    for (int ozg : {10000, 10001, 10002})
        CHECK_FALSE(w.l(ozg).reifegradIst);
    CHECK(w.doc().undoStack()->count() == steps);
    CHECK(test::fileHash(w.path) == before);
}

TEST_CASE("rows selected in the ranking are assigned to a project and removed again from the tree",
          "[ui][bulk]")
{
    Tree w;
    auto *projekte = w.window->projekteView();
    REQUIRE(projekte->createProjekt(u"Geburt digital"_qs));
    auto *prio = w.window->prioritisationView();
    w.window->tabs()->setCurrentWidget(prio);
    prio->searchField()->setText(u"1000"_qs);
    Prio::settle();
    QTableView *table = prio->rankingTable();
    const auto cell = [&](int ozg) {
        return prio->proxy()->mapFromSource(
            prio->model()->index(prio->model()->rowOf(ozg), prio->model()->columnOf(Col::Name)));
    };
    clickCell(table, cell(10004));
    clickCell(table, cell(10006), Qt::ControlModifier);
    const int steps = w.doc().undoStack()->count();

    auto menu = w.menu(table);
    action(menu.get(), u"assign"_qs, u"Geburt digital"_qs)->trigger();

    const auto leistungen = [&] { return w.doc().plan().projekte.value(0).leistungen; };
    CHECK(leistungen().contains(10004));
    CHECK(leistungen().contains(10006));
    CHECK(w.doc().undoStack()->count() == steps + 1);

    w.window->tabs()->setCurrentWidget(w.window->leistungenView());
    w.select({10004, 10006});
    auto treeMenu = w.menu(w.tree);
    action(treeMenu.get(), u"unassign"_qs, u"Geburt digital"_qs)->trigger();
    CHECK_FALSE(leistungen().contains(10004));
    CHECK_FALSE(leistungen().contains(10006));
    CHECK(w.doc().undoStack()->count() == steps + 2);
}

TEST_CASE("every table and tree of the window answers a right click with its menu", "[ui][bulk]")
{
    Tree w;
    int served = 0;
    for (QAbstractItemView *view : w.window->findChildren<QAbstractItemView *>()) {
        if (!view->model())
            continue;
        auto menu = w.menu(view);
        CHECK(menu->findChild<QAction *>(u"copy"_qs));
        ++served;
    }
    CHECK(served > 15);
    // A right click on the tree opens the menu (closed again by the test).
    auto shown = std::make_shared<bool>(false);
    QTimer::singleShot(0, [shown] {
        if (auto *popup = qobject_cast<QMenu *>(QApplication::activePopupWidget())) {
            *shown = popup->findChild<QMenu *>(u"status"_qs) != nullptr;
            popup->close();
        }
    });
    clickCell(w.tree, w.leistungIndex(10000, LeistungModel::Name));
    const QPoint at = w.tree->visualRect(w.leistungIndex(10000, 0)).center();
    QContextMenuEvent event(QContextMenuEvent::Mouse, at, w.tree->viewport()->mapToGlobal(at));
    QCoreApplication::sendEvent(w.tree->viewport(), &event);
    CHECK(*shown);
}
