// The rest of the Priorisierung tab: scoring by keyboard, weights previewed and stored, criteria added,
// renamed and removed, thresholds, empty states, opening a Leistung and a read-only catalog.
#include "prioritisationfixture.h"

#include "clicks.h"
#include "edit/edits.h"
#include "fieldform.h"
#include "roles.h"
#include "views/leistungeditor.h"
#include "views/programmview.h"
#include "views/wellenpanel.h"
#include "views/zeitplanview.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTabBar>
#include <QTest>
#include <QTreeWidget>

using namespace tfp;
using namespace tfp::ui;
using namespace tfp::schema;
using tfp::test::doubleClick;
using tfp::test::Prio;
using Col = PrioritisationModel::Column;

TEST_CASE("the keyboard scores the current cell and moves on", "[ui][prioritaet]")
{
    Prio w;
    QTableView *table = w.view()->rankingTable();
    w.view()->searchField()->setText(u"1000"_qs); // 10000 … 10009, in rank (= OZG-ID) order
    REQUIRE(w.proxy()->rowCount() == 10);
    table->setCurrentIndex(w.cell(10000, w.kriterium(0)));
    QTest::keyClick(table, Qt::Key_4);
    CHECK(w.catalog().rowsWhere(Table::Bewertung, col::ozgId, 10000).value(0).value(u"wert"_qs).toInt() == 4);
    CHECK(w.proxy()->mapToSource(table->currentIndex()).row() == w.model()->rowOf(10001));
    QTest::keyClick(table, Qt::Key_0);
    CHECK(w.scoresOf(10001) == 1);
    w.settle();
    table->setCurrentIndex(w.cell(10000, w.kriterium(0)));
    QTest::keyClick(table, Qt::Key_Delete);
    CHECK(w.scoresOf(10000) == 0);
    QTest::keyClick(table, Qt::Key_9); // not a score: nothing happens
    CHECK(w.undo()->count() == 3);
}

TEST_CASE("a weight being moved re-ranks without writing; finishing the edit stores it once",
          "[ui][prioritaet]")
{
    Prio w;
    w.scoreThree();
    QDoubleSpinBox *spin = w.weightSpin(1); // Nachfrage/Fallzahlen
    REQUIRE(spin);
    REQUIRE(spin->isEnabled());
    CHECK(spin->value() == 1.0);
    const qint64 revision = w.catalog().revision();
    const int steps = w.undo()->count();
    const QByteArray before = test::fileHash(w.path);

    spin->setValue(3);
    w.settle();
    // 10001: (2 + 3·5) / 4 = 4.25; 10000: (5 + 3·1) / 4 = 2.0; 10002 keeps 4.0
    CHECK(*w.ranked(10001).score == Approx(4.25));
    CHECK(*w.ranked(10000).score == Approx(2.0));
    CHECK(w.ranked(10001).rank == 1);
    CHECK(w.ranked(10002).rank == 2);
    CHECK(w.ranked(10000).rank == 3);
    CHECK(w.kriterien()->index(1, KriterienModel::Anteil).data().toString() == u"37,5\u00a0%"); // 3 / 8
    spin->setValue(0);
    w.settle();
    CHECK(*w.ranked(10000).score == Approx(5.0));
    CHECK(w.ranked(10000).rank == 1);
    CHECK(w.ranked(10001).rank == 3);
    spin->setValue(3);
    w.settle();
    CHECK(w.catalog().revision() == revision);
    CHECK(w.undo()->count() == steps);
    CHECK(test::fileHash(w.path) == before);
    CHECK(w.catalog().value(Table::Kriterium, w.kriterium(1), col::gewicht).toDouble() == 1.0);

    // Esc goes back to the stored weight, and the ranking with it.
    QTest::keyClick(spin, Qt::Key_Escape);
    w.settle();
    CHECK(spin->value() == 1.0);
    CHECK(w.model()->previewWeights().isEmpty());
    CHECK(w.ranked(10002).rank == 1);
    spin->setValue(3);
    w.settle();
    CHECK(w.ranked(10001).rank == 1);

    Q_EMIT spin->editingFinished();
    CHECK(w.undo()->count() == steps + 1);
    CHECK(w.undo()->undoText() == u"Gewicht von Kriterium „Nachfrage/Fallzahlen“ auf 3 setzen");
    CHECK(w.catalog().value(Table::Kriterium, w.kriterium(1), col::gewicht).toDouble() == 3.0);
    CHECK(w.model()->previewWeights().isEmpty());
    Q_EMIT spin->editingFinished(); // leaving the field again stores nothing new
    CHECK(w.undo()->count() == steps + 1);
    w.settle();
    CHECK(w.ranked(10001).rank == 1);

    w.undo()->undo();
    w.settle();
    CHECK(w.catalog().value(Table::Kriterium, w.kriterium(1), col::gewicht).toDouble() == 1.0);
    CHECK(spin->value() == 1.0); // the spin box follows the undo
    CHECK(w.ranked(10002).rank == 1);

    SECTION("all weights at 0 count the same")
    {
        const qint64 revision = w.catalog().revision();
        for (int r = 0; r < w.kriterien()->rowCount(); ++r)
            w.weightSpin(r)->setValue(0);
        w.settle();
        CHECK(w.model()->result().gleichgewichtet);
        const auto labels = w.view()->findChildren<QLabel *>();
        CHECK(std::any_of(labels.cbegin(), labels.cend(), [&](QLabel *l) {
            return l->isVisibleTo(w.view()) && l->text().contains(u"gleichgewichtet");
        }));
        CHECK(*w.ranked(10001).score == Approx(3.5));
        CHECK(w.catalog().revision() == revision);
    }
}

TEST_CASE("criteria are added, renamed and removed, each as one undo step", "[ui][prioritaet]")
{
    Prio w;
    QAbstractItemModelTester t1(w.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester t2(w.proxy(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester t3(w.kriterien(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(w.kriterien()->rowCount() == 6);
    const int columns = w.model()->columnCount();

    REQUIRE(w.view()->addKriterium(u"Reifegrad-Lücke"_qs, 2));
    CHECK(w.undo()->undoText() == u"Kriterium „Reifegrad-Lücke“ in Themenfeld „Familie & Kind“ anlegen");
    REQUIRE(w.kriterien()->rowCount() == 7);
    CHECK(w.model()->columnCount() == columns + 1);
    const qint64 neu = w.kriterium(6);
    CHECK(w.model()
              ->headerData(w.model()->columnOfKriterium(neu), Qt::Horizontal, Qt::DisplayRole)
              .toString() == u"Reifegrad-Lücke");
    CHECK(w.kriterien()->index(6, KriterienModel::Anteil).data().toString() == u"25,0\u00a0%"); // 2 / 8
    CHECK(w.weightSpin(6));                                      // a spin box for the new one too
    CHECK_FALSE(w.view()->addKriterium(u"ozg-priorität"_qs, 1)); // exists already
    CHECK(w.kriterien()->rowCount() == 7);

    REQUIRE(w.kriterien()->setData(w.kriterien()->index(6, KriterienModel::Name), u"Reifegradlücke"_qs,
                                   Qt::EditRole));
    w.settle();
    CHECK(w.model()
              ->headerData(w.model()->columnOfKriterium(neu), Qt::Horizontal, Qt::DisplayRole)
              .toString() == u"Reifegradlücke");
    CHECK_FALSE(w.kriterien()->setData(w.kriterien()->index(6, KriterienModel::Name),
                                       u"Nachfrage/Fallzahlen"_qs,
                                       Qt::EditRole)); // a name the Themenfeld has already
    w.undo()->undo();
    w.settle();
    CHECK(w.kriterien()->index(6, KriterienModel::Name).data().toString() == u"Reifegrad-Lücke");

    REQUIRE(w.score(10000, 6, 5));
    REQUIRE(w.score(10001, 6, 1));
    w.settle();
    CHECK(w.kriterien()->index(6, KriterienModel::Bewertet).data().toString() == u"2 von 37");
    QStringList asked;
    bool answer = false;
    w.view()->setConfirm([&](const QString &, const QString &question) {
        asked << question;
        return answer;
    });
    w.view()->kriterienTable()->setCurrentIndex(w.kriterien()->index(6, KriterienModel::Name));
    const int steps = w.undo()->count();
    CHECK_FALSE(w.view()->removeSelectedKriterium()); // declined
    REQUIRE(asked.size() == 1);
    CHECK(asked[0].startsWith(u"Das Kriterium „Reifegrad-Lücke“ hat 2 Bewertungen."));
    CHECK(w.undo()->count() == steps);
    CHECK(w.catalog().row(Table::Kriterium, neu));
    answer = true;
    REQUIRE(w.view()->removeSelectedKriterium());
    CHECK(asked.size() == 2);
    CHECK(w.undo()->count() == steps + 1);
    CHECK_FALSE(w.catalog().row(Table::Kriterium, neu));
    CHECK(w.scoresOf(10000) == 0);
    w.settle();
    CHECK(w.kriterien()->rowCount() == 6);
    CHECK(w.model()->columnCount() == columns);
    CHECK_FALSE(w.ranked(10000).score);

    w.undo()->undo(); // criterion and its scores in one step
    w.settle();
    REQUIRE(w.kriterien()->rowCount() == 7);
    CHECK(w.model()->scoreOf(10000, neu) == 5);
    CHECK(w.model()->scoreOf(10001, neu) == 1);
    CHECK(*w.ranked(10000).score == Approx(5.0));

    // One without scores goes without a question.
    w.view()->kriterienTable()->setCurrentIndex(w.kriterien()->index(2, KriterienModel::Name));
    REQUIRE(w.view()->removeSelectedKriterium());
    CHECK(asked.size() == 2); // no new question
    w.settle();
    CHECK(w.kriterien()->rowCount() == 6);
}

TEST_CASE("thresholds from the form re-rank the categories", "[ui][prioritaet]")
{
    Prio w;
    w.scoreThree();
    REQUIRE(w.ranked(10002).kategorie == analysis::Kategorie::Hoechste); // 4.0 ≥ 4
    auto *hoechste =
        qobject_cast<QDoubleSpinBox *>(w.view()->schwellenForm()->editor(col::schwelleHoechste.toString()));
    REQUIRE(hoechste);
    hoechste->setValue(4.5);
    Q_EMIT hoechste->editingFinished();
    CHECK(w.undo()->count() == 6);
    w.settle();
    CHECK(w.ranked(10002).kategorie == analysis::Kategorie::Hohe);
    CHECK(w.cell(10002, Col::Kategorie).data().toString() == u"hohe Priorität");
    w.undo()->undo();
    w.settle();
    CHECK(w.ranked(10002).kategorie == analysis::Kategorie::Hoechste);
}

TEST_CASE("the tab says what is missing: a Themenfeld, Leistungen or scores", "[ui][prioritaet]")
{
    Prio w;
    PrioritisationView *v = w.view();
    CHECK_FALSE(v->emptyState()->isVisibleTo(v));
    CHECK(v->hint()->isVisibleTo(v));

    w.window->selectThemenfeld(0);
    CHECK(v->emptyState()->isVisibleTo(v));
    CHECK(v->emptyState()->text().startsWith(u"Wählen Sie links ein Themenfeld"));
    CHECK_FALSE(w.window->tabs()->isTabEnabled(w.window->tabs()->indexOf(v)));

    ChangeSet empty(u"Leeres Themenfeld anlegen"_qs);
    const qint64 id = w.catalog().allocateKey(Table::Themenfeld);
    empty.append(Change::insert(Table::Themenfeld, id,
                                {{u"name"_qs, u"Neues Themenfeld"_qs}, {u"sort_order"_qs, 99}}));
    REQUIRE(w.doc().push(empty));
    w.window->selectThemenfeld(int(id));
    CHECK(w.window->tabs()->isTabEnabled(w.window->tabs()->indexOf(v)));
    CHECK(v->emptyState()->isVisibleTo(v));
    CHECK(v->emptyState()->text().startsWith(
        u"Das Themenfeld „Neues Themenfeld“ hat noch keine OZG-Leistungen"));
    CHECK(v->model()->rowCount() == 0);

    w.window->selectThemenfeld(w.tf);
    CHECK_FALSE(v->emptyState()->isVisibleTo(v));
    CHECK(v->model()->rowCount() == 37);
}

TEST_CASE("double-clicking a Leistung opens it in the detail editor", "[ui][prioritaet]")
{
    Prio w;
    w.window->show();
    w.scoreThree();
    QTableView *table = w.view()->rankingTable();
    QSignalSpy activated(w.view(), &PrioritisationView::leistungActivated);
    const QModelIndex name = w.cell(10001, Col::Name);
    table->scrollTo(name);
    doubleClick(table->viewport(), table->visualRect(name).center());
    REQUIRE(activated.size() == 1);
    CHECK(activated[0][0].toInt() == 10001);
    CHECK(w.window->leistungEditor()->leistung() == 10001);
    // Enter does the same; on a score cell a double-click edits instead.
    table->setCurrentIndex(w.cell(10000, Col::Name));
    QTest::keyClick(table, Qt::Key_Return);
    REQUIRE(activated.size() == 2);
    CHECK(activated[1][0].toInt() == 10000);
    const QModelIndex score = w.cell(10000, w.kriterium(0));
    table->scrollTo(score);
    doubleClick(table->viewport(), table->visualRect(score).center());
    CHECK(activated.size() == 2);
    CHECK(table->indexWidget(score)); // the score editor is open

    // From the wave plan as well.
    QTreeWidget *tree = w.view()->wellenPanel()->tree();
    QTreeWidgetItem *first = tree->topLevelItem(0)->child(0);
    Q_EMIT tree->itemActivated(first, 0);
    CHECK(w.window->leistungEditor()->leistung() == 10002);
}

TEST_CASE("a read-only catalog shows the ranking but takes no edits", "[ui][prioritaet]")
{
    Prio w;
    w.scoreThree();
    MainWindow second(Catalog::open(w.path));
    REQUIRE(second.document()->isReadOnly());
    second.selectThemenfeld(w.tf);
    PrioritisationView *v = second.prioritisationView();
    REQUIRE(v->model()->rowCount() == 37);
    CHECK(v->model()->leistung(10002)->rank == 1);
    const QModelIndex cell =
        v->model()->index(v->model()->rowOf(10000), v->model()->columnOfKriterium(w.kriterium(0)));
    CHECK_FALSE(cell.flags() & Qt::ItemIsEditable);
    CHECK_FALSE(v->model()->setData(cell, 1, Qt::EditRole));
    CHECK_FALSE(v->kriterienModel()->index(0, KriterienModel::Gewicht).flags() & Qt::ItemIsEditable);
    auto *spin = qobject_cast<QDoubleSpinBox *>(
        v->kriterienTable()->indexWidget(v->kriterienModel()->index(0, KriterienModel::Gewicht)));
    REQUIRE(spin);
    CHECK_FALSE(spin->isEnabled());
    CHECK_FALSE(v->addButton()->isEnabled());
    CHECK_FALSE(v->removeButton()->isEnabled());
    CHECK(w.scoresOf(10000) == 2);
}

TEST_CASE("twenty scores typed down a column while sorted by rank each land on their own Leistung",
          "[ui][prioritaet]")
{
    Prio w;
    w.window->resize(1366, 768);
    w.window->show();
    w.window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(w.window.get()));
    QTableView *table = w.view()->rankingTable();
    REQUIRE(w.proxy()->sortColumn() == w.model()->columnOf(Col::Rang));
    REQUIRE(w.proxy()->rowCount() >= 20);
    const int column = w.model()->columnOfKriterium(w.kriterium(0));
    // What the user sees before typing: the Leistungen from the top, in rank order.
    QList<int> shown;
    for (int r = 0; r < 20; ++r)
        shown << w.model()->ozgIdAt(w.proxy()->mapToSource(w.proxy()->index(r, 0)).row());
    table->setFocus();
    table->setCurrentIndex(w.proxy()->index(0, column));
    for (int i = 0; i < 20; ++i) {
        // Every score re-ranks (a 5 goes to the top, a 0 to the bottom of the scored ones).
        QTest::keyClick(table, Qt::Key(Qt::Key_0 + (5 - i % 6)));
        QTest::keyClick(table, Qt::Key_Return);
        w.settle();
    }
    const qint64 k = w.kriterium(0);
    CHECK(w.catalog().rowsWhere(Table::Bewertung, col::kriteriumId, k).size() == 20);
    for (int i = 0; i < 20; ++i) {
        INFO("row " << i << ", OZG-ID " << shown[i]);
        const auto rows = w.catalog().rowsWhere(Table::Bewertung, col::ozgId, shown[i]);
        REQUIRE(rows.size() == 1);
        CHECK(rows[0].value(col::kriteriumId.toString()).toLongLong() == k);
        CHECK(rows[0].value(col::wert.toString()).toInt() == 5 - i % 6);
    }
    // Leaving the column sorts the ranking again; the cursor stays with its Leistung.
    const int atCursor = w.model()->ozgIdAt(w.proxy()->mapToSource(table->currentIndex()).row());
    QTest::keyClick(table, Qt::Key_Right);
    w.settle();
    CHECK(w.model()->ozgIdAt(w.proxy()->mapToSource(table->currentIndex()).row()) == atCursor);
    for (int r = 1; r < w.proxy()->rowCount(); ++r)
        CHECK(w.proxy()->index(r - 1, w.model()->columnOf(Col::Rang)).data(SortRole).toDouble() <=
              w.proxy()->index(r, w.model()->columnOf(Col::Rang)).data(SortRole).toDouble());
}

TEST_CASE("the ranking table does not move when the first score changes the hint", "[ui][prioritaet]")
{
    Prio w;
    w.window->resize(1366, 768);
    w.window->show();
    REQUIRE(QTest::qWaitForWindowExposed(w.window.get()));
    w.settle();
    QTableView *table = w.view()->rankingTable();
    REQUIRE(w.view()->hint()->text().startsWith(u"Noch keine Bewertungen"));
    const QPoint before = table->viewport()->mapTo(w.window.get(), QPoint(0, 0));
    const int height = table->viewport()->height();
    table->setCurrentIndex(w.cell(10000, w.kriterium(0)));
    QTest::keyClick(table, Qt::Key_3);
    w.settle();
    REQUIRE(w.model()->scoreCount() == 1);
    CHECK_FALSE(w.view()->hint()->text().startsWith(u"Noch keine Bewertungen"));
    CHECK(table->viewport()->mapTo(w.window.get(), QPoint(0, 0)) == before);
    CHECK(table->viewport()->height() == height);
    w.undo()->undo();
    w.settle();
    REQUIRE(w.model()->scoreCount() == 0);
    CHECK(table->viewport()->mapTo(w.window.get(), QPoint(0, 0)) == before);
}

namespace {
// The ranges a full prioritise() gives for the catalog as it is now must be what the model holds and the
// table shows.
void checkRangesAsComputed(Prio &w)
{
    REQUIRE(QTest::qWaitFor([&] { return !w.model()->sensitivityPending(); }, 10000));
    const analysis::Prioritisation expected = analysis::prioritise(w.doc().planWithScores(w.tf), w.tf);
    REQUIRE(expected.leistungen.size() == w.model()->rowCount());
    int ranged = 0;
    for (const analysis::RankedLeistung &e : expected.leistungen) {
        INFO("OZG-ID " << e.ozgId);
        const analysis::RankedLeistung &shown = w.ranked(e.ozgId);
        CHECK(shown.rank == e.rank);
        CHECK(shown.rankMin == e.rankMin);
        CHECK(shown.rankMax == e.rankMax);
        CHECK(shown.unsicher == e.unsicher);
        const QString text =
            e.rankMin == e.rankMax ? QString::number(e.rank) : u"%1–%2"_qs.arg(e.rankMin).arg(e.rankMax);
        CHECK(w.cell(e.ozgId, Col::Rangspanne).data().toString() == text);
        CHECK(w.cell(e.ozgId, Col::Unsicher).data().toString() == (e.unsicher ? u"unsicher"_qs : QString()));
        ranged += e.rankMin != e.rankMax;
    }
    CHECK(ranged > 0); // the scores make some ranks move, so that the comparison says something
}
} // namespace

TEST_CASE("a typed score re-ranks first; the rank ranges follow and are never left stale",
          "[ui][prioritaet][sensitivity]")
{
    Prio w;
    w.scoreThree();
    // 10003 (3 and 3) ties with 10000 (5 and 1) at 3.0: moving the first weight moves 10000 past it and back.
    REQUIRE(w.score(10003, 0, 3));
    REQUIRE(w.score(10003, 1, 3));
    w.settle();
    checkRangesAsComputed(w);
    QSignalSpy ranges(w.model(), &PrioritisationModel::sensitivityUpdated);
    QTableView *table = w.view()->rankingTable();
    table->setFocus();
    // 10001 (2 and 5, score 3.5) gets a 4 instead of the 2: 4.5 leads the ranking.
    table->setCurrentIndex(w.cell(10001, w.kriterium(0)));
    QTest::keyClicks(table, u"4"_qs);
    w.settle();
    CHECK(w.ranked(10001).rank == 1);
    CHECK(w.cell(10001, Col::Rang).data().toInt() == 1);
    checkRangesAsComputed(w);
    CHECK(ranges.count() >= 1);

    // Scores typed down a column faster than the ranges are computed: what stays is the last one's.
    table->setCurrentIndex(w.cell(10004, w.kriterium(0)));
    QTest::keyClicks(table, u"05142"_qs);
    w.settle();
    CHECK(w.scoresOf(10008) == 1);
    checkRangesAsComputed(w);
    // Undo (no keystroke in the table) takes the same way.
    w.undo()->undo();
    w.undo()->undo();
    w.settle();
    checkRangesAsComputed(w);
}

TEST_CASE("the hidden Gesamtprogramm and Zeitplan wait for their tab and then show every edit",
          "[ui][prioritaet][hidden]")
{
    Prio w;
    tfp::test::showAt(w.window.get(), QSize(1366, 768));
    QTabWidget *tabs = w.window->tabs();
    auto *programm = w.window->findChild<ProgrammView *>();
    REQUIRE(programm);
    ZeitplanView *zeitplan = w.window->zeitplanView();
    const auto summary = [&] {
        for (const QLabel *l : zeitplan->findChildren<QLabel *>())
            if (l->text().contains(u"Meilensteine, davon"_qs))
                return l->text();
        return QString();
    };
    const auto projekteOf = [&](int tf) {
        const QStandardItemModel *m = programm->model();
        for (int r = 0; r < m->rowCount(); ++r)
            if (m->index(r, 0).data(KeyRole).toInt() == tf)
                return m->index(r, 3).data().toInt();
        return -1;
    };
    const auto clickTab = [&](QWidget *page) {
        QTabBar *bar = tabs->tabBar();
        QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(tabs->indexOf(page)).center());
        CHECK(tabs->currentWidget() == page);
    };
    REQUIRE(tabs->currentWidget() == w.view());
    REQUIRE(programm->model()->rowCount() == 0); // never shown: it has not counted the programme at all

    // A project (with its standard milestones) and a milestone reached, while the Priorisierung is shown.
    qint64 projekt = 0;
    REQUIRE(w.doc().run([&] {
        ChangeSet cs = edit::createProjekt(w.catalog(), w.tf, u"Elterngeld digital"_qs, {10000});
        projekt = cs.changes.value(0).key;
        return cs;
    }));
    const auto milestones = w.catalog().rowsWhere(Table::Meilenstein, col::projektId, projekt);
    REQUIRE(milestones.size() == edit::standardMeilensteine().size());
    const QString before = summary();
    REQUIRE(before.contains(u"davon 0 erreicht"_qs));
    const qint64 first = milestones[0].value(col::id.toString()).toLongLong();
    REQUIRE(w.doc().run(
        [&] { return edit::setField(w.catalog(), Table::Meilenstein, first, col::ist, u"2024-03-12"_qs); }));
    QSignalSpy rebuilt(programm->model(), &QAbstractItemModel::modelReset);
    QTableView *table = w.view()->rankingTable();
    table->setFocus();
    table->setCurrentIndex(w.cell(10000, w.kriterium(0)));
    QTest::keyClicks(table, u"3"_qs);
    w.settle();
    REQUIRE(w.scoresOf(10000) == 1);
    // Hidden, they did not count the programme or the milestones again on every change …
    CHECK(rebuilt.count() == 0);
    CHECK(summary() == before);

    // … and shown, they have every edit.
    clickTab(programm);
    CHECK(projekteOf(w.tf) == 1);
    clickTab(zeitplan);
    CHECK(summary().startsWith(u"%1 Meilensteine, davon 1 erreicht"_qs.arg(milestones.size())));
    // Shown, they follow each change at once.
    REQUIRE(w.doc().run(
        [&] { return edit::setField(w.catalog(), Table::Meilenstein, first, col::ist, QVariant()); }));
    CHECK(summary().contains(u"davon 0 erreicht"_qs));
    clickTab(programm);
    for (int i = 0; i < 4; ++i) // the dates, the score and then the project
        w.undo()->undo();
    CHECK(projekteOf(w.tf) == 0);
}
