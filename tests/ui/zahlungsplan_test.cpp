// The Projekte tab's Zahlungsplan as a sheet: all quarters of the project's term in one step, amounts typed
// straight into the cells (no F2), and the sum held against the project's budget with a visible warning.
#include "workspace.h"

#include "edit/edits.h"
#include "models/entitytablemodel.h"
#include "views/projekteview.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QUndoStack>
#include <catch2/catch.hpp>

using namespace tfp;
using namespace tfp::ui;
using namespace tfp::schema;

namespace {

struct Plan : test::Workspace
{
    ProjekteView *view = window->projekteView();
    qint64 projekt = 0;
    Plan()
    {
        window->selectThemenfeld(themenfeld(u"Familie & Kind"_qs));
        window->tabs()->setCurrentWidget(view);
        REQUIRE(view->createProjekt(u"Geburt digital"_qs));
        projekt = view->currentProjekt();
        set(col::start.toString(), u"2026-04-15"_qs);
        set(col::ende.toString(), u"2027-03-31"_qs);
        set(col::budgetCent.toString(), qint64(1000000)); // 10.000 €
        view->detailTabs()->setCurrentIndex(4);
        window->resize(1400, 900);
        window->show();
        window->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(window.get()));
    }
    void set(const QString &column, const QVariant &v)
    {
        REQUIRE(doc().run([&] { return edit::setField(catalog(), Table::Projekt, projekt, column, v); }));
    }
    // Goes to the planned amount of the row (a click, unless it is the current cell) and types the amount,
    // then Enter.
    void type(int row, const QString &amount)
    {
        QTableView *table = view->zahlungTable();
        const QModelIndex cell = table->model()->index(row, 2);
        if (table->currentIndex() != cell)
            QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(cell).center());
        QTest::keyClick(table, amount.at(0).toLatin1());
        // The editor the first key opened (the spin box around the focused line edit).
        QWidget *editor = QApplication::focusWidget();
        while (editor && editor->parentWidget() != table->viewport())
            editor = editor->parentWidget();
        REQUIRE(editor);
        QTest::keyClicks(editor, amount.mid(1));
        QTest::keyClick(editor, Qt::Key_Return);
        QCoreApplication::processEvents(); // the delegate commits and closes on the next pass
        REQUIRE(QApplication::focusWidget() == table);
    }
    qint64 planCent(int row)
    {
        return view->zahlungModel()->rowAt(row).value(col::planCent.toString()).toLongLong();
    }
};

} // namespace

TEST_CASE("one click adds every quarter of the project's term", "[ui][zahlungsplan]")
{
    Plan w;
    QPushButton *button = w.view->addQuartaleButton();
    REQUIRE(button->isEnabled());
    const int steps = w.doc().undoStack()->count();

    QTest::mouseClick(button, Qt::LeftButton);

    EntityTableModel *m = w.view->zahlungModel();
    REQUIRE(m->rowCount() == 4); // 2026/Q2 … 2027/Q1
    CHECK(m->index(0, 0).data().toString() == u"2026");
    CHECK(m->index(0, 1).data().toString() == u"2");
    CHECK(m->index(3, 0).data().toString() == u"2027");
    CHECK(m->index(3, 1).data().toString() == u"1");
    CHECK(w.doc().undoStack()->count() == steps + 1);
    CHECK_FALSE(button->isEnabled());
    // A longer term adds only the quarters still missing.
    w.set(col::ende.toString(), u"2027-09-30"_qs);
    REQUIRE(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    CHECK(m->rowCount() == 6);
    w.doc().undoStack()->undo();
    CHECK(m->rowCount() == 4);
}

TEST_CASE("without Beginn and Ende there is no term to fill", "[ui][zahlungsplan]")
{
    Plan w;
    w.set(col::ende.toString(), QVariant());
    CHECK_FALSE(w.view->addQuartaleButton()->isEnabled());
    CHECK(w.view->addQuartaleButton()->toolTip().contains(u"Beginn und Ende"));
    CHECK_THROWS_WITH(edit::addZahlungsQuartale(w.catalog(), w.projekt),
                      Catch::Contains("Beginn und ein Ende"));
}

TEST_CASE("amounts are typed straight into the sheet and the sum is held against the budget",
          "[ui][zahlungsplan]")
{
    Plan w;
    QTest::mouseClick(w.view->addQuartaleButton(), Qt::LeftButton);
    REQUIRE(w.view->zahlungModel()->rowCount() == 4);

    w.type(0, u"2500"_qs);
    CHECK(w.planCent(0) == 250000);
    w.type(1, u"2500"_qs);
    w.type(2, u"2499,5"_qs);
    CHECK(w.planCent(2) == 249950);
    w.type(3, u"2000"_qs);

    QLabel *warning = w.view->zahlungWarnung();
    CHECK(warning->isVisible());
    CHECK(warning->text().contains(u"unter dem Budget"));
    CHECK(warning->text().contains(u"500,50"));
    CHECK(w.view->zahlungSumme()->text().contains(u"9.499,50"));
    CHECK(w.view->zahlungSumme()->text().contains(u"10.000,00"));

    w.type(3, u"3000"_qs);
    CHECK(warning->text().contains(u"über dem Budget"));
    w.type(3, u"2500,5"_qs);
    CHECK_FALSE(warning->isVisible());
    // The project, its term and budget, the quarters, and one step per typed amount.
    CHECK(w.doc().undoStack()->count() == 4 + 1 + 6);
}
