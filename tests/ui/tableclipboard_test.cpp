// Copy and paste of cell blocks as in a spreadsheet, driven by real clicks and keystrokes: Ctrl+C puts the
// selection on the clipboard as tab-separated text and an HTML table, Ctrl+V pastes a block as one undo step
// or, when one cell is refused, changes nothing and names the cell.
#include "prioritisationfixture.h"

#include "clicks.h"

#include "edit/edits.h"
#include "models/entitytablemodel.h"
#include "tableclipboard.h"
#include "views/projekteview.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QLineEdit>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

using namespace tfp;
using namespace tfp::ui;
using namespace tfp::schema;
using tfp::test::clickCell;
using tfp::test::Prio;
using Col = PrioritisationModel::Column;

namespace {

QList<QStringList> clipboardRows()
{
    QList<QStringList> rows;
    for (const QString &line :
         QGuiApplication::clipboard()->mimeData()->text().split(u'\n', Qt::SkipEmptyParts))
        rows << line.split(u'\t');
    return rows;
}

void showLarge(QWidget *window)
{
    test::showAt(window, QSize(1600, 1000));
}

} // namespace

TEST_CASE("tab-separated text with quoted cells is read as spreadsheets write it", "[ui][clipboard]")
{
    CHECK(parseTabular(u"a\tb\r\nc\td\n"_qs) == QList<QStringList>{{u"a"_qs, u"b"_qs}, {u"c"_qs, u"d"_qs}});
    CHECK(parseTabular(u"\"x\ty\"\t\"2\n3\"\t\"sagt \"\"ja\"\"\""_qs) ==
          QList<QStringList>{{u"x\ty"_qs, u"2\n3"_qs, u"sagt \"ja\""_qs}});
    CHECK(parseTabular(u"\t\n"_qs) == QList<QStringList>{{QString(), QString()}});
    CHECK(parseTabular(QString()).isEmpty());
}

TEST_CASE("Ctrl+C copies a block of the ranking selected with Shift+arrows, numbers as shown",
          "[ui][clipboard]")
{
    Prio w;
    w.scoreThree(); // ranks 10002 (4,00), 10001 (3,50), 10000 (3,00)
    showLarge(w.window.get());
    QTableView *table = w.view()->rankingTable();
    w.view()->searchField()->setText(u"1000"_qs);
    w.settle();
    clickCell(table, w.cell(10002, Col::OzgId));
    QTest::keyClick(table, Qt::Key_Down, Qt::ShiftModifier);
    QTest::keyClick(table, Qt::Key_Down, Qt::ShiftModifier);
    const int score = w.proxy()->mapFromSource(w.model()->index(0, w.model()->columnOf(Col::Score))).column();
    for (int i = 0; i < 40 && table->currentIndex().column() < score; ++i)
        QTest::keyClick(table, Qt::Key_Right, Qt::ShiftModifier);
    REQUIRE(table->currentIndex().column() == score);
    QGuiApplication::clipboard()->clear();

    QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);

    const QList<QStringList> rows = clipboardRows();
    REQUIRE(rows.size() == 3);
    CHECK(rows[0].first() == u"10002");
    CHECK(rows[1].first() == u"10001");
    CHECK(rows[2].first() == u"10000");
    CHECK(rows[0].value(1) == w.ranked(10002).name);
    CHECK(rows[0].last() == u"4,00");
    CHECK(rows[1].last() == u"3,50");
    CHECK(rows[2].last() == u"3,00");
    // The criterion columns in between as shown: 10001 scored 2 and 5, a missing score is "–".
    CHECK(rows[1].value(2) == u"2");
    CHECK(rows[1].value(3) == u"5");
    CHECK(rows[0].value(3) == u"–");
    const QString html = QGuiApplication::clipboard()->mimeData()->html();
    CHECK(html.contains(u"<table>"));
    CHECK(html.contains(u"<td>3,50</td>"));
    CHECK(html.count(u"<tr>") == 3);
}

TEST_CASE("Ctrl+C in the Leistungen tree copies whole rows with German dates", "[ui][clipboard]")
{
    test::Workspace w;
    const int tf = w.themenfeld(u"Familie & Kind"_qs);
    w.window->selectThemenfeld(tf);
    REQUIRE(w.doc().run(
        [&] { return edit::setField(w.catalog(), Table::Leistung, 10001, col::goLive, u"2027-03-31"_qs); }));
    REQUIRE(w.doc().run([&] {
        return edit::setField(w.catalog(), Table::Leistung, 10000, col::status, u"in_umsetzung"_qs);
    }));
    showLarge(w.window.get());
    QTreeView *tree = w.window->leistungenView()->tree();
    tree->expandAll();
    clickCell(tree, w.leistungIndex(10000, LeistungModel::Name));
    clickCell(tree, w.leistungIndex(10001, LeistungModel::Name), Qt::ControlModifier);

    QTest::keyClick(tree, Qt::Key_C, Qt::ControlModifier);

    QList<QStringList> rows = clipboardRows();
    INFO(QGuiApplication::clipboard()->text().toStdString());
    REQUIRE(rows.size() == 2);
    // In the order of the tree: the Lagen by name, so 10001 may come first. The OZG-ID as the tree shows it.
    if (rows[0].value(LeistungModel::OzgId) != u"10.000")
        std::swap(rows[0], rows[1]);
    CHECK(rows[0].value(LeistungModel::Name) == u"Elterngeld");
    CHECK(rows[0].value(LeistungModel::OzgId) == u"10.000");
    CHECK(rows[0].value(LeistungModel::Status) == u"in Umsetzung");
    CHECK(rows[1].value(LeistungModel::OzgId) == u"10.001");
    CHECK(rows[1].value(LeistungModel::GoLive) == u"31.03.2027");
    CHECK(rows[0].size() == LeistungModel::ColumnCount);
    CHECK(QGuiApplication::clipboard()->mimeData()->html().contains(u"<td>31.03.2027</td>"));
}

TEST_CASE("Ctrl+V pastes a 3×2 block of scores as one step; Ctrl+Z takes all of it back", "[ui][clipboard]")
{
    Prio w;
    showLarge(w.window.get());
    w.window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(w.window.get()));
    QTableView *table = w.view()->rankingTable();
    w.view()->searchField()->setText(u"1000"_qs); // no scores yet: rank order is OZG-ID order
    w.settle();
    const qint64 k0 = w.kriterium(0), k1 = w.kriterium(1);
    clickCell(table, w.cell(10000, k0));
    const int steps = w.undo()->count();
    QGuiApplication::clipboard()->setText(u"1\t2\n3\t4\n5\t0\n"_qs);

    QTest::keyClick(table, Qt::Key_V, Qt::ControlModifier);
    w.settle();

    CHECK(w.model()->scoreOf(10000, k0) == 1);
    CHECK(w.model()->scoreOf(10000, k1) == 2);
    CHECK(w.model()->scoreOf(10001, k0) == 3);
    CHECK(w.model()->scoreOf(10001, k1) == 4);
    CHECK(w.model()->scoreOf(10002, k0) == 5);
    CHECK(w.model()->scoreOf(10002, k1) == 0);
    REQUIRE(w.undo()->count() == steps + 1);
    CHECK(w.undo()->undoText().contains(u"6"));

    QTest::keyClick(w.window.get(), Qt::Key_Z, Qt::ControlModifier);
    w.settle();
    CHECK(w.undo()->index() == steps);
    for (int ozg : {10000, 10001, 10002}) {
        CHECK_FALSE(w.model()->scoreOf(ozg, k0));
        CHECK_FALSE(w.model()->scoreOf(ozg, k1));
    }
}

TEST_CASE("a pasted block with one bad value changes nothing and names the cell", "[ui][clipboard]")
{
    Prio w;
    QTableView *table = w.view()->rankingTable();
    showLarge(w.window.get());
    w.view()->searchField()->setText(u"1000"_qs);
    w.settle();
    clickCell(table, w.cell(10000, w.kriterium(0)));
    const QByteArray before = test::fileHash(w.path);
    const qint64 revision = w.catalog().revision();
    const int steps = w.undo()->count();
    QSignalSpy failed(&w.doc(), &Document::failed);

    SECTION("a score out of range")
    {
        QGuiApplication::clipboard()->setText(u"1\t2\n3\t9\n"_qs);
        QTest::keyClick(table, Qt::Key_V, Qt::ControlModifier);
        REQUIRE(failed.size() == 1);
        const QString message = failed[0][0].toString();
        INFO(message.toStdString());
        CHECK(message.startsWith(u"Nichts eingefügt."));
        CHECK(message.contains(w.ranked(10001).name));
        CHECK(message.contains(u"Spalte „"_qs));
        CHECK(message.contains(w.model()->result().kriterien.at(1).name));
        CHECK(message.contains(u"0 bis 5"));
    }
    SECTION("a word where a score belongs")
    {
        QGuiApplication::clipboard()->setText(u"1\tviel\n"_qs);
        QTest::keyClick(table, Qt::Key_V, Qt::ControlModifier);
        REQUIRE(failed.size() == 1);
        CHECK(failed[0][0].toString().contains(u"„viel“"));
        CHECK(failed[0][0].toString().contains(w.ranked(10000).name));
    }
    SECTION("a block wider than the columns to the right")
    {
        QGuiApplication::clipboard()->setText(QStringList(40, u"1"_qs).join(u'\t'));
        QTest::keyClick(table, Qt::Key_V, Qt::ControlModifier);
        REQUIRE(failed.size() == 1);
        CHECK(failed[0][0].toString().contains(u"40 Spalten"));
    }
    w.settle();
    CHECK_FALSE(w.model()->scoreOf(10000, w.kriterium(0)));
    CHECK(w.undo()->count() == steps);
    CHECK(w.catalog().revision() == revision);
    CHECK(test::fileHash(w.path) == before);
}

TEST_CASE("Ctrl+V in the tree sets status and Reifegrad from their German words", "[ui][clipboard]")
{
    test::Workspace w;
    w.window->selectThemenfeld(w.themenfeld(u"Familie & Kind"_qs));
    showLarge(w.window.get());
    QTreeView *tree = w.window->leistungenView()->tree();
    tree->expandAll();
    clickCell(tree, w.leistungIndex(10000, LeistungModel::Status));
    QGuiApplication::clipboard()->setText(u"in Umsetzung\t3\nonline\tOnline-Transaktion\n"_qs);

    QTest::keyClick(tree, Qt::Key_V, Qt::ControlModifier);

    const Leistung *a = w.doc().plan().leistung(10000);
    const Leistung *b = w.doc().plan().leistung(10001);
    CHECK(a->status == Status::InUmsetzung);
    CHECK(a->reifegradIst == 3);
    CHECK(b->status == Status::Online);
    CHECK(b->reifegradIst == 4);
    CHECK(w.doc().undoStack()->count() == 1);
}

TEST_CASE("Ctrl+V puts German dates into the milestones of a project", "[ui][clipboard]")
{
    test::Workspace w;
    const int tf = w.themenfeld(u"Familie & Kind"_qs);
    w.window->selectThemenfeld(tf);
    ProjekteView *view = w.window->projekteView();
    w.window->tabs()->setCurrentWidget(view);
    REQUIRE(view->createProjekt(u"Geburt digital"_qs));
    showLarge(w.window.get());
    QTableView *table = view->meilensteinTable();
    view->detailTabs()->setCurrentIndex(2);
    EntityTableModel *m = view->meilensteinModel();
    const int geplant = int(QStringList{u"phase"_qs, u"titel"_qs, u"geplant"_qs}.indexOf(u"geplant"_qs));
    clickCell(table, m->index(0, geplant));
    QGuiApplication::clipboard()->setText(u"31.03.2027\n30.6.2027\n"_qs);

    QTest::keyClick(table, Qt::Key_V, Qt::ControlModifier);

    CHECK(m->rowAt(0).value(u"geplant"_qs).toString() == u"2027-03-31");
    CHECK(m->rowAt(1).value(u"geplant"_qs).toString() == u"2027-06-30");
    CHECK(m->index(1, geplant).data().toString() == u"30.06.2027");
}
