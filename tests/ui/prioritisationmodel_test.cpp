// The ranking of the Priorisierung tab: scores entered through its model land in the catalog as one undo step
// each and re-rank; missing scores stay missing; refused values change nothing; pinned waves and the wave
// plan's conflicts.
#include "prioritisationfixture.h"

#include "edit/edits.h"
#include "fieldform.h"
#include "views/wellenpanel.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QLabel>
#include <QListWidget>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTreeWidget>

using namespace tfp;
using namespace tfp::ui;
using namespace tfp::schema;
using tfp::test::Prio;
using Col = PrioritisationModel::Column;

TEST_CASE("a score entered in the ranking lands in the catalog as one undo step and re-ranks",
          "[ui][prioritaet]")
{
    Prio w;
    QAbstractItemModelTester t1(w.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester t2(w.proxy(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester t3(w.kriterien(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(w.model()->rowCount() == 37); // the Leistungen of Familie & Kind
    CHECK(w.view()->hint()->isVisibleTo(w.view()));
    CHECK(w.view()->hint()->text().startsWith(
        u"Noch keine Bewertungen: tragen Sie in der Tabelle Werte 0–5 je Kriterium ein."));
    QSignalSpy resets(w.model(), &QAbstractItemModel::modelReset);
    QSignalSpy changed(w.model(), &QAbstractItemModel::dataChanged);

    const QModelIndex cell = w.cell(10000, w.kriterium(0));
    REQUIRE(cell.flags() & Qt::ItemIsEditable);
    CHECK(cell.data().toString() == u"–");
    CHECK(cell.data(Qt::EditRole).isNull());
    REQUIRE(w.proxy()->setData(cell, 5, Qt::EditRole));
    CHECK(w.undo()->count() == 1);
    CHECK(w.undo()->undoText() == u"Bewertung „OZG-Priorität“ von „Elterngeld“ auf 5 setzen");
    CHECK(w.scoresOf(10000) == 1);
    w.settle();
    CHECK(w.ranked(10000).rank == 1);
    CHECK(*w.ranked(10000).score == Approx(5.0));

    REQUIRE(w.score(10000, 1, 1));
    REQUIRE(w.score(10001, 0, 2));
    REQUIRE(w.score(10001, 1, 5));
    REQUIRE(w.score(10002, 0, 4));
    CHECK(w.undo()->count() == 5);
    w.settle();
    CHECK(resets.isEmpty()); // a score changes values, not rows
    CHECK_FALSE(changed.isEmpty());
    CHECK(w.catalog().count(Table::Bewertung) == 5);
    // (5 + 1) / 2 = 3.0, (2 + 5) / 2 = 3.5, 4 / 1 = 4.0: missing scores do not count
    CHECK(*w.ranked(10002).score == Approx(4.0));
    CHECK(*w.ranked(10001).score == Approx(3.5));
    CHECK(*w.ranked(10000).score == Approx(3.0));
    CHECK(w.ranked(10002).rank == 1);
    CHECK(w.ranked(10001).rank == 2);
    CHECK(w.ranked(10000).rank == 3);
    CHECK(w.ranked(10003).rank == 4); // unscored Leistungen follow by OZG-ID
    CHECK_FALSE(w.ranked(10003).score);
    CHECK(w.ranked(10000).missingScores == 4);
    CHECK(w.ranked(10002).kategorie == analysis::Kategorie::Hoechste);
    CHECK(w.ranked(10001).kategorie == analysis::Kategorie::Hohe);
    CHECK(w.cell(10001, Col::Score).data().toString() == u"3,50");
    CHECK(w.cell(10003, Col::Score).data().toString() == u"–");
    CHECK(w.cell(10000, Col::Fehlend).data().toInt() == 4);
    CHECK(w.cell(10002, Col::Kategorie).data().toString() == u"höchste Priorität");
    CHECK(w.cell(10002, Col::Format).data().toString() == u"Digitalisierungslabor");
    // The table shows the ranking sorted by rank.
    CHECK(w.proxy()->index(0, w.model()->columnOf(Col::OzgId)).data().toString() == u"10002");
    CHECK(w.proxy()->index(2, w.model()->columnOf(Col::OzgId)).data().toString() == u"10000");
    // The hint stays where it is (the table must not jump) and now says how to score, not that nothing is.
    CHECK_FALSE(w.view()->hint()->text().startsWith(u"Noch keine Bewertungen"_qs));

    w.undo()->undo(); // the score of 10002
    CHECK(w.scoresOf(10002) == 0);
    w.settle();
    CHECK_FALSE(w.ranked(10002).score);
    CHECK(w.ranked(10001).rank == 1);
    CHECK(resets.isEmpty());
}

TEST_CASE("clearing a score makes it missing, not 0", "[ui][prioritaet]")
{
    Prio w;
    w.scoreThree();
    REQUIRE(w.ranked(10001).missingScores == 4);
    REQUIRE(w.scoresOf(10001) == 2);

    REQUIRE(w.score(10001, 1, QVariant()));
    CHECK(w.undo()->undoText() == u"Bewertung „Nachfrage/Fallzahlen“ von „Erklärung zur "
                                  u"Vaterschafts-/Mutterschaftsanerkennung“ entfernen");
    CHECK(w.scoresOf(10001) == 1); // the row is gone, not set to 0
    w.settle();
    CHECK(*w.ranked(10001).score == Approx(2.0));
    CHECK(w.ranked(10001).missingScores == 5);
    CHECK(w.cell(10001, Col::Fehlend).data().toInt() == 5);
    const QModelIndex missing = w.cell(10001, w.kriterium(1));
    CHECK(missing.data().toString() == u"–");
    CHECK(missing.data(Qt::EditRole).isNull());

    // A 0 is a score: it counts and looks different from a missing one.
    REQUIRE(w.score(10001, 2, 0));
    w.settle();
    CHECK(*w.ranked(10001).score == Approx(1.0)); // (2 + 0) / 2
    CHECK(w.ranked(10001).missingScores == 4);
    const QModelIndex zero = w.cell(10001, w.kriterium(2));
    CHECK(zero.data().toString() == u"0");
    CHECK(zero.data(Qt::EditRole).toInt() == 0);
    CHECK(zero.data(Qt::BackgroundRole) != missing.data(Qt::BackgroundRole));
    CHECK(zero.data(Qt::ForegroundRole) != missing.data(Qt::ForegroundRole));
    // Clearing what is not there changes nothing and pushes nothing.
    const int steps = w.undo()->count();
    CHECK_FALSE(w.score(10003, 0, QVariant()));
    CHECK(w.undo()->count() == steps);
}

TEST_CASE("changes in one event-loop pass re-rank once", "[ui][prioritaet]")
{
    Prio w;
    w.settle();
    QSignalSpy recomputed(w.model(), &PrioritisationModel::recomputed);
    w.scoreThree();
    CHECK(recomputed.size() == 1);
    ChangeSet bulk(u"Drei Bewertungen"_qs);
    for (int ozg : {10003, 10004, 10005})
        bulk.append(edit::setBewertung(w.catalog(), w.kriterium(2), ozg, 3));
    REQUIRE(w.doc().push(bulk));
    w.undo()->undo();
    w.undo()->undo();
    w.settle();
    CHECK(recomputed.size() == 2);
    CHECK(w.scoresOf(10002) == 0);
    CHECK_FALSE(w.ranked(10002).score);
}

TEST_CASE("pinning a Leistung to a wave moves it there and undo restores the plan", "[ui][prioritaet]")
{
    Prio w;
    auto *capacity =
        qobject_cast<QSpinBox *>(w.view()->schwellenForm()->editor(col::wellenKapazitaet.toString()));
    REQUIRE(capacity);
    capacity->setValue(2);
    Q_EMIT capacity->editingFinished();
    REQUIRE(w.catalog().value(Table::Themenfeld, w.tf, col::wellenKapazitaet).toInt() == 2);
    w.scoreThree();
    // Ranks 10002, 10001, 10000, 10003 …, two per wave.
    CHECK(w.ranked(10002).welle == 1);
    CHECK(w.ranked(10001).welle == 1);
    CHECK(w.ranked(10000).welle == 2);
    CHECK(w.model()->result().wellen.wellen.size() == 19);

    const QModelIndex welle = w.cell(10000, Col::Welle);
    REQUIRE(welle.flags() & Qt::ItemIsEditable);
    CHECK(welle.data().toString() == u"2");
    CHECK(welle.data(Qt::EditRole).isNull());
    REQUIRE(w.proxy()->setData(welle, 1, Qt::EditRole));
    CHECK(w.undo()->undoText() == u"feste Welle von „Elterngeld“ auf 1 setzen");
    CHECK(w.catalog().value(Table::Leistung, 10000, col::welleFix).toInt() == 1);
    w.settle();
    CHECK(w.ranked(10000).welle == 1);
    CHECK(w.ranked(10002).welle == 1);
    CHECK(w.ranked(10001).welle == 2); // the pin took its place
    const QModelIndex pinned = w.cell(10000, Col::Welle);
    CHECK(pinned.data().toString() == u"1 (fest)");
    CHECK(pinned.data(Qt::FontRole).value<QFont>().bold());
    QTreeWidget *tree = w.view()->wellenPanel()->tree();
    REQUIRE(tree->topLevelItemCount() >= 2);
    CHECK(tree->topLevelItem(0)->text(0) == u"Welle 1");
    CHECK(tree->topLevelItem(0)->text(1) == u"2 von 2 Leistungen");
    CHECK(tree->topLevelItem(0)->child(0)->text(0) == u"10002 Familienversicherung");
    CHECK(tree->topLevelItem(0)->child(1)->text(0) == u"10000 Elterngeld");
    CHECK(tree->topLevelItem(0)->child(1)->text(1) == u"fest, Rang 3");

    w.undo()->undo();
    CHECK(w.catalog().value(Table::Leistung, 10000, col::welleFix).isNull());
    w.settle();
    CHECK(w.ranked(10000).welle == 2);
    CHECK(w.ranked(10001).welle == 1);
    CHECK(w.cell(10000, Col::Welle).data().toString() == u"2");

    w.undo()->redo();
    REQUIRE(w.proxy()->setData(w.cell(10000, Col::Welle), QVariant(), Qt::EditRole)); // "automatisch"
    CHECK(w.catalog().value(Table::Leistung, 10000, col::welleFix).isNull());
}

TEST_CASE("cycles and conflicts are listed as sentences naming the Leistungen", "[ui][prioritaet]")
{
    Prio w;
    w.scoreThree();
    QListWidget *list = w.view()->wellenPanel()->hinweise();
    REQUIRE(list->count() == 1);
    CHECK(list->item(0)->text() == u"Keine Zyklen und keine Konflikte.");
    // Familienversicherung (rank 1) depends on Elterngeld (rank 3).
    REQUIRE(w.doc().run([&] { return edit::addAbhaengigkeit(w.catalog(), 10002, 10000); }));
    w.settle();
    REQUIRE(list->count() == 1);
    CHECK(list->item(0)->text() == u"„Familienversicherung“ (10002) hängt von „Elterngeld“ (10000) ab, steht "
                                   u"aber im Rang vor ihr (Rang 1 "
                                   u"vor Rang 3): „Elterngeld“ wird deshalb früher geplant, in Welle 1.");
    REQUIRE(w.doc().run([&] { return edit::addAbhaengigkeit(w.catalog(), 10000, 10002); }));
    w.settle();
    const QList<Hinweis> hinweise = wellenHinweise(w.model()->result());
    REQUIRE_FALSE(hinweise.isEmpty());
    CHECK(hinweise[0].text ==
          u"Zirkuläre Abhängigkeit: „Elterngeld“ (10000) und „Familienversicherung“ (10002) "
          u"hängen im Kreis voneinander ab; sie werden zusammen in Welle 1 geplant.");
    w.undo()->undo();
    // A pin earlier than the prerequisite's wave cannot hold.
    w.doc().run(
        [&] { return edit::setField(w.catalog(), Table::Themenfeld, w.tf, col::wellenKapazitaet, 2); });
    w.doc().run([&] { return edit::setField(w.catalog(), Table::Leistung, 10000, col::welleFix, 3); });
    w.doc().run([&] { return edit::setField(w.catalog(), Table::Leistung, 10002, col::welleFix, 1); });
    w.settle();
    QStringList texts;
    for (int i = 0; i < list->count(); ++i)
        texts << list->item(i)->text();
    CHECK(texts.contains(
        u"„Familienversicherung“ (10002) ist auf Welle 1 festgelegt, hängt aber von „Elterngeld“ "
        u"(10000) ab, die erst in Welle 3 kommt: „Familienversicherung“ rückt deshalb in Welle 3."_qs));
    CHECK(w.cell(10002, Col::Welle).data().toString() == u"3 (fest: 1)");
    // A dependency on a Leistung of another Themenfeld (10169, Führerschein) is named for the planners.
    REQUIRE(w.doc().run([&] { return edit::addAbhaengigkeit(w.catalog(), 10000, 10169); }));
    w.settle();
    texts.clear();
    for (int i = 0; i < list->count(); ++i)
        texts << list->item(i)->text();
    const bool extern_ = std::any_of(texts.cbegin(), texts.cend(), [](const QString &t) {
        return t.startsWith(u"„Elterngeld“ (10000) hängt von „") &&
               t.contains(u"(10169) ab; eine der beiden "
                          u"liegt im Themenfeld „Mobilität");
    });
    CHECK(extern_);
}

TEST_CASE("an invalid score or wave is refused and the catalog stays unchanged", "[ui][prioritaet]")
{
    Prio w;
    REQUIRE(w.score(10000, 0, 3));
    w.settle();
    const QByteArray before = test::fileHash(w.path);
    const int steps = w.undo()->count();
    QSignalSpy failed(&w.doc(), &Document::failed);

    CHECK_FALSE(w.score(10000, 0, 7)); // an existing score
    CHECK_FALSE(w.score(10001, 0, 7)); // a new one
    CHECK_FALSE(w.score(10001, 0, -1));
    CHECK_FALSE(w.score(10001, 0, 2.5));
    CHECK_FALSE(w.score(10001, 0, u"viel"_qs));
    CHECK_FALSE(w.proxy()->setData(w.cell(10000, Col::Welle), 0, Qt::EditRole));
    CHECK_FALSE(w.proxy()->setData(w.cell(10000, Col::Welle), 100, Qt::EditRole));
    CHECK(failed.size() == 7); // each one says why
    CHECK(failed[0][0].toString().contains(u"Wert"));
    CHECK_FALSE(w.proxy()->setData(w.cell(10000, Col::Name), u"Anders"_qs, Qt::EditRole)); // not editable

    CHECK(w.undo()->count() == steps);
    CHECK(test::fileHash(w.path) == before);
    w.settle();
    CHECK(w.cell(10000, w.kriterium(0)).data().toString() == u"3");
    CHECK(w.scoresOf(10001) == 0);
}
