// Dragging OZG-Leistungen from the tree to a project: resting the drag on the "Projekte" tab brings it to
// the front, and the drop on the project's list assigns them.
#include "workspace.h"

#include "views/projekteview.h"

#include <QApplication>
#include <QDragMoveEvent>
#include <QListView>
#include <QMimeData>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>
#include <catch2/catch.hpp>
#include <memory>

using namespace tfp;
using namespace tfp::ui;

TEST_CASE("a drag held over the Projekte tab switches to it and drops onto the project", "[ui][drag]")
{
    test::Workspace w;
    w.window->selectThemenfeld(w.themenfeld(u"Familie & Kind"_qs));
    ProjekteView *projekte = w.window->projekteView();
    REQUIRE(projekte->createProjekt(u"Geburt digital"_qs));
    projekte->detailTabs()->setCurrentIndex(1);
    QTabWidget *tabs = w.window->tabs();
    tabs->setCurrentWidget(w.window->leistungenView());
    w.window->resize(1400, 900);
    w.window->show();
    REQUIRE(QTest::qWaitForWindowExposed(w.window.get()));

    // What the tree puts into the drag for two selected Leistungen.
    const std::unique_ptr<QMimeData> mime(w.window->leistungenView()->filter()->mimeData(
        {w.leistungIndex(10000, 0), w.leistungIndex(10001, 0)}));
    QTabBar *bar = tabs->tabBar();
    const QPoint onTab = bar->tabRect(tabs->indexOf(projekte)).center();
    QDragEnterEvent enter(onTab, Qt::CopyAction, mime.get(), Qt::LeftButton, {});
    QCoreApplication::sendEvent(bar, &enter);
    CHECK(enter.isAccepted());
    QDragMoveEvent move(onTab, Qt::CopyAction, mime.get(), Qt::LeftButton, {});
    QCoreApplication::sendEvent(bar, &move);
    CHECK(tabs->currentWidget() != projekte); // not at once: crossing the bar does not switch
    REQUIRE(QTest::qWaitFor([&] { return tabs->currentWidget() == projekte; }, 2000));

    QWidget *list = projekte->leistungList()->viewport();
    const QPoint onList = list->rect().center();
    QDragEnterEvent listEnter(onList, Qt::CopyAction, mime.get(), Qt::LeftButton, {});
    QCoreApplication::sendEvent(list, &listEnter);
    REQUIRE(listEnter.isAccepted());
    QDragMoveEvent listMove(onList, Qt::CopyAction, mime.get(), Qt::LeftButton, {});
    QCoreApplication::sendEvent(list, &listMove);
    QDropEvent drop(onList, Qt::CopyAction, mime.get(), Qt::LeftButton, {});
    QCoreApplication::sendEvent(list, &drop);

    const auto leistungen = w.doc().plan().projekt(projekte->currentProjekt())->leistungen;
    CHECK(leistungen.contains(10000));
    CHECK(leistungen.contains(10001));
}

TEST_CASE("a drag that only crosses the tab bar leaves the tab in front", "[ui][drag]")
{
    test::Workspace w;
    QTabWidget *tabs = w.window->tabs();
    tabs->setCurrentIndex(0);
    w.window->show();
    REQUIRE(QTest::qWaitForWindowExposed(w.window.get()));
    QMimeData mime;
    mime.setText(u"x"_qs);
    QTabBar *bar = tabs->tabBar();
    const QPoint onTab = bar->tabRect(1).center();
    QDragEnterEvent enter(onTab, Qt::CopyAction, &mime, Qt::LeftButton, {});
    QCoreApplication::sendEvent(bar, &enter);
    QDragLeaveEvent leave;
    QCoreApplication::sendEvent(bar, &leave);
    QTest::qWait(500);
    CHECK(tabs->currentIndex() == 0);
}
