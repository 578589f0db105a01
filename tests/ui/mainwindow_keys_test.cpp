// The main window's keyboard: redo with both of its shortcuts, Strg+F to the search of the tab in front,
// Strg+K to any Leistung, project, milestone, risk or comment.
#include "support/catchqt.h"

#include "document.h"
#include "edit/edits.h"
#include "mainwindow.h"
#include "models/entitytablemodel.h"
#include "models/leistungfilter.h"
#include "models/leistungmodel.h"
#include "roles.h"
#include "storage/catalog.h"
#include "views/gehezudialog.h"
#include "views/historypanel.h"
#include "views/leistungeditor.h"
#include "views/leistungenview.h"
#include "views/prioritisationview.h"
#include "views/projekteview.h"
#include "views/themenfeldview.h"
#include "views/zeitplanview.h"
#include "workspace.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QPointer>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>
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
        {w.window->prioritisationView(), w.window->prioritisationView()->searchField()},
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

TEST_CASE("Strg+K finds a Leistung, project, milestone, risk or comment and opens it where it lives", "[ui]")
{
    Workspace w;
    showActive(w);
    const int familie = w.themenfeld(u"Familie & Kind"_qs);
    w.window->selectThemenfeld(familie);
    REQUIRE(w.window->projekteView()->createProjekt(u"Elterngeld digital"_qs));
    const qint64 projekt = w.window->projekteView()->currentProjekt();
    qint64 meilenstein = 0, risiko = 0, kommentar = 0;
    REQUIRE(w.doc().run([&] {
        ChangeSet cs = edit::addMeilenstein(w.catalog(), projekt, u"pilotierung"_qs,
                                            u"Pilot in Bremerhaven"_qs, QDate(2027, 3, 1));
        meilenstein = cs.changes.value(0).key;
        return cs;
    }));
    REQUIRE(w.doc().run([&] {
        ChangeSet cs = edit::addRisiko(w.catalog(), familie, u"Register nicht rechtzeitig angebunden"_qs,
                                       u"register"_qs, u"hoch"_qs);
        risiko = cs.changes.value(0).key;
        return cs;
    }));
    REQUIRE(w.doc().run([&] {
        ChangeSet cs =
            edit::addKommentar(w.catalog(), Table::Leistung, 10003, u"Antrag mit Hebammenbrief klären"_qs);
        kommentar = cs.changes.value(0).key;
        return cs;
    }));
    // Start from elsewhere: the programme, on another tab.
    w.window->selectThemenfeld(w.themenfeld(u"Umwelt"_qs));
    w.window->tabs()->setCurrentWidget(w.window->zeitplanView());

    auto goTo = [&](const QString &typed) {
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : w.window.get(), Qt::Key_K,
                        Qt::ControlModifier);
        QPointer<GeheZuDialog> dialog = w.window->findChild<GeheZuDialog *>();
        REQUIRE(dialog);
        REQUIRE(dialog->isVisible());
        QTest::keyClicks(dialog->searchField(), typed);
        QTest::keyClick(dialog->searchField(), Qt::Key_Return);
        QCoreApplication::processEvents();
        CHECK((!dialog || !dialog->isVisible()));
        delete dialog.data(); // closed, it deletes itself later
    };

    SECTION("a Leistung by name")
    {
        goTo(u"Elterngeld"_qs);
        CHECK(w.window->tabs()->currentWidget() == w.window->leistungenView());
        CHECK(w.window->leistungEditor()->leistung() == 10000);
        CHECK(w.window->leistungenView()->model()->ozgIdAt(w.window->leistungenView()->filter()->mapToSource(
                  w.window->leistungenView()->tree()->currentIndex())) == 10000);
        CHECK(w.window->windowTitle().startsWith(u"Familie & Kind"));
    }
    SECTION("a Leistung by OZG-ID, past a search that hid it")
    {
        w.window->tabs()->setCurrentWidget(w.window->leistungenView());
        QTest::keyClicks(w.window->leistungenView()->searchField(), u"Fischerei"_qs);
        goTo(u"10003"_qs);
        CHECK(w.window->leistungEditor()->leistung() == 10003);
        CHECK(w.window->leistungenView()->tree()->currentIndex().isValid());
    }
    SECTION("a project")
    {
        goTo(u"elterngeld digital"_qs);
        CHECK(w.window->tabs()->currentWidget() == w.window->projekteView());
        CHECK(w.window->projekteView()->currentProjekt() == projekt);
    }
    SECTION("a milestone")
    {
        goTo(u"Pilot in Bremer"_qs);
        CHECK(w.window->tabs()->currentWidget() == w.window->projekteView());
        CHECK(w.window->projekteView()->currentProjekt() == projekt);
        QTableView *table = nullptr;
        for (QTableView *t : w.window->projekteView()->findChildren<QTableView *>())
            if (t->model() == w.window->projekteView()->meilensteinModel())
                table = t;
        REQUIRE(table);
        CHECK(table->currentIndex().data(KeyRole).toLongLong() == meilenstein);
    }
    SECTION("a risk")
    {
        goTo(u"Register nicht"_qs);
        CHECK(w.window->tabs()->currentWidget() == w.window->themenfeldView());
        CHECK(w.window->themenfeldView()->risikoTable()->currentIndex().data(KeyRole).toLongLong() == risiko);
    }
    SECTION("a comment")
    {
        goTo(u"Hebammenbrief"_qs);
        CHECK(w.window->leistungEditor()->leistung() == 10003);
        auto *history = w.window->findChild<HistoryPanel *>();
        REQUIRE(history);
        REQUIRE(history->comments()->currentItem());
        CHECK(history->comments()->currentItem()->text(0) == u"Antrag mit Hebammenbrief klären");
        CHECK(kommentar > 0);
    }
}
