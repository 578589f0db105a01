// The ranking and the wave plan beside it follow each typed score by changing only what moved: what they show
// must be what a fresh Priorisierung shows for the catalog as it is now, after edits and after undo.
#include "prioritisationfixture.h"

#include "edit/edits.h"
#include "views/wellenpanel.h"

#include <QListWidget>
#include <QTest>
#include <QTreeWidget>

using namespace tfp;
using namespace tfp::ui;
using namespace tfp::schema;
using tfp::test::Prio;

namespace {

// Everything the panel shows: each wave with its load and look, the Leistungen of every open wave with
// their rank, pin and tips, and the list of cycles and conflicts.
QStringList shown(const WellenPanel &panel)
{
    const auto look = [](const QTreeWidgetItem *item, int c) {
        return u"%1|%2|%3|%4|%5"_qs.arg(item->text(c), item->toolTip(c))
            .arg(item->font(c).bold())
            .arg(item->background(c).color().name(), item->foreground(c).color().name());
    };
    QStringList out;
    const QTreeWidget *tree = panel.tree();
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *wave = tree->topLevelItem(i);
        out << u"wave "_qs + look(wave, 0) + u" / "_qs + look(wave, 1);
        if (!wave->isExpanded())
            continue;
        for (int c = 0; c < wave->childCount(); ++c) {
            const QTreeWidgetItem *l = wave->child(c);
            out << u"  %1 "_qs.arg(l->data(0, Qt::UserRole).toInt()) + look(l, 0) + u" / "_qs + look(l, 1);
        }
    }
    for (int i = 0; i < panel.hinweise()->count(); ++i)
        out << u"hinweis "_qs + panel.hinweise()->item(i)->text();
    return out;
}

// Every cell of the ranking (rows in OZG-ID order, whatever the table's order), with its tip.
QStringList shown(const PrioritisationModel &m)
{
    QStringList out;
    for (int r = 0; r < m.rowCount(); ++r) {
        QStringList row;
        for (int c = 0; c < m.columnCount(); ++c)
            row << m.index(r, c).data().toString() + u'|' + m.index(r, c).data(Qt::ToolTipRole).toString();
        out << row.join(u" / "_qs);
    }
    return out;
}

// The Priorisierung of the main window against one opened afresh on the same catalog, once both have their
// rank ranges.
void checkAsFresh(Prio &w)
{
    w.settle();
    PrioritisationView fresh(w.doc());
    fresh.setThemenfeld(w.tf);
    REQUIRE(QTest::qWaitFor(
        [&] { return !w.model()->sensitivityPending() && !fresh.model()->sensitivityPending(); }, 10000));
    CHECK(shown(*w.model()) == shown(*fresh.model()));
    QTreeWidget *tree = w.view()->wellenPanel()->tree();
    REQUIRE(tree->topLevelItemCount() > 3);
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        REQUIRE(tree->topLevelItem(i)->isExpanded()); // so that every line is compared
    CHECK(shown(*w.view()->wellenPanel()) == shown(*fresh.wellenPanel()));
}

} // namespace

TEST_CASE(
    "typed scores re-rank the table and move Leistungen in the wave plan as a fresh Priorisierung shows",
    "[ui][prioritaet][wellen]")
{
    Prio w;
    // Five Leistungen a wave, one of them pinned to wave 2, one depending on another: several waves to move
    // between, a pinned line and a conflict.
    REQUIRE(w.doc().run(
        [&] { return edit::setField(w.catalog(), Table::Themenfeld, w.tf, col::wellenKapazitaet, 5); }));
    REQUIRE(
        w.doc().run([&] { return edit::setField(w.catalog(), Table::Leistung, 10020, col::welleFix, 2); }));
    REQUIRE(w.doc().run([&] { return edit::addAbhaengigkeit(w.catalog(), 10001, 10030); }));
    w.scoreThree();
    QTreeWidget *tree = w.view()->wellenPanel()->tree();
    tree->expandAll();
    checkAsFresh(w);

    QTableView *table = w.view()->rankingTable();
    table->setFocus();
    // 10003, the best without a score (rank 4), gets a score below the three others: its rank and wave stay,
    // its line no longer says "ohne Score".
    table->setCurrentIndex(w.cell(10003, w.kriterium(0)));
    QTest::keyClicks(table, u"1"_qs);
    w.settle();
    REQUIRE(w.ranked(10003).rank == 4);
    checkAsFresh(w);
    // Scores typed down the first criterion from 10010 on: each one re-ranks and moves Leistungen between
    // waves.
    table->setCurrentIndex(w.cell(10010, w.kriterium(0)));
    QTest::keyClicks(table, u"5"_qs);
    checkAsFresh(w);
    QTest::keyClicks(table, u"41"_qs);
    checkAsFresh(w);
    // A score removed again.
    table->setCurrentIndex(w.cell(10002, w.kriterium(0)));
    QTest::keyClick(table, Qt::Key_Delete);
    checkAsFresh(w);

    // Undo, one step at a time, back to the three scores: the plan each step shows is the fresh one.
    for (int i = 0; i < 5; ++i) {
        INFO("undo " << i);
        w.undo()->undo();
        checkAsFresh(w);
    }
    w.undo()->undo(); // the last score of scoreThree
    checkAsFresh(w);
}
