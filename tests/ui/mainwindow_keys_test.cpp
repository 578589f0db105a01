// The main window's keyboard: redo with both of its shortcuts, Strg+F to the search of the tab in front.
#include "support/catchqt.h"

#include "document.h"
#include "edit/edits.h"
#include "mainwindow.h"
#include "storage/catalog.h"
#include "views/leistungenview.h"
#include "views/prioritaetview.h"
#include "views/projekteview.h"
#include "views/zeitplanview.h"
#include "workspace.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace tfp;
using namespace tfp::ui;
using namespace tfp::schema;
using test::Workspace;

namespace {

void showActive(Workspace &w)
{
    w.window->resize(1366, 768);
    w.window->show();
    w.window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(w.window.get()));
}

} // namespace

TEST_CASE("Strg+Y and Strg+Umschalt+Z both redo", "[ui]")
{
    Workspace w;
    showActive(w);
    w.window->selectThemenfeld(w.themenfeld(u"Familie & Kind"_qs));
    w.window->leistungenView()->tree()->setFocus();
    auto status = [&] { return w.catalog().value(Table::Leistung, 10000, col::status).toString(); };
    const QString before = status();
    REQUIRE(w.doc().run(
        [&] { return edit::setField(w.catalog(), Table::Leistung, 10000, col::status, u"online"_qs); }));
    REQUIRE(status() == u"online");
    QWidget *focus = QApplication::focusWidget();
    REQUIRE(focus);

    QTest::keyClick(focus, Qt::Key_Z, Qt::ControlModifier);
    CHECK(status() == before);
    QTest::keyClick(focus, Qt::Key_Y, Qt::ControlModifier);
    CHECK(status() == u"online");
    QTest::keyClick(focus, Qt::Key_Z, Qt::ControlModifier);
    CHECK(status() == before);
    QTest::keyClick(focus, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(status() == u"online");
    CHECK(w.doc().undoStack()->index() == 1);
}

TEST_CASE("Strg+F goes to the search of the tab in front", "[ui]")
{
    Workspace w;
    showActive(w);
    w.window->selectThemenfeld(w.themenfeld(u"Familie & Kind"_qs));
    QTabWidget *tabs = w.window->tabs();
    const QList<std::pair<QWidget *, QWidget *>> searches = {
        {w.window->leistungenView(), w.window->leistungenView()->searchField()},
        {w.window->prioritaetView(), w.window->prioritaetView()->searchField()},
        {w.window->zeitplanView(), w.window->zeitplanView()->standFilter()},
    };
    for (const auto &[tab, field] : searches) {
        INFO(tabs->tabText(tabs->indexOf(tab)).toStdString());
        tabs->setCurrentWidget(tab);
        tabs->tabBar()->setFocus();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F, Qt::ControlModifier);
        CHECK(tabs->currentWidget() == tab);
        CHECK(QApplication::focusWidget() == field);
        if (auto *line = qobject_cast<QLineEdit *>(field)) {
            // A search already typed is selected, so that typing replaces it.
            QTest::keyClicks(line, u"Eltern"_qs);
            tabs->tabBar()->setFocus();
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_F, Qt::ControlModifier);
            CHECK(line->selectedText() == u"Eltern");
            line->clear();
        }
    }
    // A tab without a search of its own searches the Leistungen.
    tabs->setCurrentWidget(w.window->projekteView());
    tabs->tabBar()->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F, Qt::ControlModifier);
    CHECK(tabs->currentWidget() == w.window->leistungenView());
    CHECK(QApplication::focusWidget() == w.window->leistungenView()->searchField());
}
