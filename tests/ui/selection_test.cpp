// What the user looks at stays put: the Leistungen tree keeps its open Lagen, selection and scroll position
// through edits that rebuild it, their undo and tab switches; the details follow the selection in every tab.
#include "support/catchqt.h"

#include "document.h"
#include "edit/edits.h"
#include "fieldform.h"
#include "mainwindow.h"
#include "models/coveragelistmodel.h"
#include "models/leistungfilter.h"
#include "models/leistungmodel.h"
#include "models/prioritisationmodel.h"
#include "roles.h"
#include "storage/catalog.h"
#include "views/coverageview.h"
#include "views/leistungeditor.h"
#include "views/leistungenview.h"
#include "views/prioritisationview.h"
#include "views/projekteview.h"
#include "views/themenfeldview.h"
#include "views/zeitplanview.h"
#include "workspace.h"

#include <QApplication>
#include <QLineEdit>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTreeView>

using namespace tfp;
using namespace tfp::ui;
using namespace tfp::schema;
using test::Workspace;

namespace {

void settle()
{
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents();
}

void showActive(Workspace &w)
{
    w.window->resize(1366, 768);
    w.window->show();
    w.window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(w.window.get()));
}

void clickRow(QAbstractItemView *view, const QModelIndex &index)
{
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
}

} // namespace

TEST_CASE("open Lagen, selection and scroll position survive an edit that rebuilds the tree, its undo and "
          "tab switches",
          "[ui]")
{
    Workspace w;
    showActive(w);
    w.window->selectThemenfeld(w.themenfeld(u"Familie & Kind"_qs));
    LeistungenView *view = w.window->leistungenView();
    w.window->tabs()->setCurrentWidget(view);
    QTreeView *tree = view->tree();
    tree->collapseAll();
    // The user opens two Lagen, selects a Leistung in the second and scrolls down a little.
    const QModelIndex lage1 = view->filter()->index(0, 0);
    const QModelIndex lage2 = view->filter()->index(2, 0);
    REQUIRE(lage2.isValid());
    tree->expand(lage1);
    tree->expand(lage2);
    const QModelIndex leistung = view->filter()->index(0, 0, lage2);
    REQUIRE(leistung.isValid());
    clickRow(tree, leistung);
    const int ozg = w.window->leistungEditor()->leistung();
    REQUIRE(ozg == leistung.data(KeyRole).toInt());
    settle();
    tree->verticalScrollBar()->setValue(std::min(3, tree->verticalScrollBar()->maximum()));
    const int scroll = tree->verticalScrollBar()->value();

    auto state = [&] {
        QList<qint64> open;
        for (int r = 0; r < view->filter()->rowCount(); ++r)
            if (tree->isExpanded(view->filter()->index(r, 0)))
                open << view->filter()->index(r, 0).data(KeyRole).toLongLong();
        return open;
    };
    const QList<qint64> expanded = state();
    REQUIRE(expanded.size() == 2);
    auto unchanged = [&](const char *what) {
        INFO(what);
        settle();
        CHECK(state() == expanded);
        CHECK(tree->currentIndex().data(KeyRole).toInt() == ozg);
        CHECK(view->selectedLeistungen() == QList<int>{ozg});
        CHECK(tree->verticalScrollBar()->value() == scroll);
        CHECK(w.window->leistungEditor()->leistung() == ozg);
    };

    // Renaming the Themenfeld (its tab's form, typed) rebuilds the tree.
    w.window->tabs()->setCurrentWidget(w.window->themenfeldView());
    auto *name = qobject_cast<QLineEdit *>(w.window->themenfeldView()->form()->editor(col::name.toString()));
    REQUIRE(name);
    QTest::mouseClick(name, Qt::LeftButton);
    QTest::keyClick(name, Qt::Key_End);
    QTest::keyClicks(name, u" (Test)"_qs);
    QTest::keyClick(name, Qt::Key_Return);
    REQUIRE(w.doc().plan().themenfeldByName(u"Familie & Kind (Test)"_qs));
    w.window->tabs()->setCurrentWidget(view);
    unchanged("after the edit and a tab switch");
    tree->setFocus();
    QTest::keyClick(tree, Qt::Key_Z, Qt::ControlModifier);
    REQUIRE(w.doc().plan().themenfeldByName(u"Familie & Kind"_qs));
    unchanged("after undo");
    QTest::keyClick(tree, Qt::Key_Y, Qt::ControlModifier);
    unchanged("after redo");
    w.window->tabs()->setCurrentWidget(w.window->prioritisationView());
    w.window->tabs()->setCurrentWidget(view);
    unchanged("after switching tabs");
}

TEST_CASE("the details follow the selection in the ranking, the coverage lists and the Zeitplan", "[ui]")
{
    Workspace w;
    showActive(w);
    w.window->selectThemenfeld(w.themenfeld(u"Familie & Kind"_qs));
    LeistungEditor *details = w.window->leistungEditor();

    SECTION("ranking")
    {
        PrioritisationView *prio = w.window->prioritisationView();
        w.window->tabs()->setCurrentWidget(prio);
        settle();
        const QModelIndex row = prio->proxy()->index(4, PrioritisationModel::Name);
        clickRow(prio->rankingTable(), row);
        CHECK(details->leistung() == prio->model()->ozgIdAt(prio->proxy()->mapToSource(row).row()));
        QTest::keyClick(prio->rankingTable(), Qt::Key_Down);
        CHECK(details->leistung() == prio->currentLeistung());
        CHECK(details->leistung() != prio->model()->ozgIdAt(prio->proxy()->mapToSource(row).row()));
    }
    SECTION("coverage list")
    {
        CoverageView *abdeckung = w.window->coverageView();
        w.window->tabs()->setCurrentWidget(abdeckung);
        settle();
        abdeckung->listen()->setCurrentIndex(CoverageView::OhneProjekt);
        QAbstractItemView *list = abdeckung->listView(CoverageView::OhneProjekt);
        REQUIRE(list->model()->rowCount() > 2);
        const QModelIndex row = list->model()->index(2, 0);
        clickRow(list, row);
        CHECK(details->leistung() == row.data(OzgIdRole).toInt());
        CHECK(details->leistung() != 0);
    }
    SECTION("Zeitplan")
    {
        REQUIRE(w.window->projekteView()->createProjekt(u"Elterngeld digital"_qs));
        const qint64 projekt = w.window->projekteView()->currentProjekt();
        qint64 pilot = 0;
        REQUIRE(w.doc().run([&] {
            ChangeSet cs = edit::addMeilenstein(w.catalog(), projekt, u"pilotierung"_qs,
                                                u"Pilot Elterngeld"_qs, QDate(2027, 3, 1));
            pilot = cs.changes.value(0).key;
            return cs;
        }));
        REQUIRE(w.doc().run(
            [&] { return edit::setField(w.catalog(), Table::Meilenstein, pilot, col::ozgId, 10003); }));
        ZeitplanView *zeitplan = w.window->zeitplanView();
        w.window->tabs()->setCurrentWidget(zeitplan);
        settle();
        QTableView *table = nullptr;
        for (QTableView *t : zeitplan->findChildren<QTableView *>())
            if (t->model() == zeitplan->filter())
                table = t;
        REQUIRE(table);
        int row = -1;
        for (int r = 0; r < table->model()->rowCount(); ++r)
            if (table->model()->index(r, 2).data(KeyRole).toLongLong() == pilot)
                row = r;
        REQUIRE(row >= 0);
        clickRow(table, table->model()->index(row, 2));
        CHECK(details->leistung() == 10003);
    }
}
