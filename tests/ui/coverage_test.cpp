// The Abdeckung tab driven through the real main window: the Kennzahlen after edits and per scope, the
// programme view, empty states, when it recomputes, its keyboard use and its models.
#include <catch2/catch.hpp>

#include "coveragefixture.h"
#include "dateedit.h"
#include "models/dienstcoveragemodel.h"
#include "models/nachnutzungmatrixmodel.h"
#include "views/projekteview.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QUndoStack>

using namespace tfp;
using namespace tfp::ui;
using namespace tfp::schema;
using tfp::test::CoverageTab;
using tfp::test::kHeute;
using K = tfp::ui::KennzahlenModel;
using L = tfp::ui::CoverageView;

TEST_CASE("the Kennzahlen show status counts and shares per Lage and in total, in German", "[ui][abdeckung]")
{
    CoverageTab w;
    // Familie & Kind has 37 OZG-Leistungen in 6 Lagen; 10020 (Kinderbetreuung) is the only pure Bund one.
    REQUIRE(w.total(K::Leistungen) == u"37");
    CHECK(w.view->kennzahlenModel()->rowCount() == 7);
    CHECK(w.view->kennzahlenModel()->headerData(6, Qt::Vertical, Qt::DisplayRole).toString() ==
          u"Themenfeld gesamt");
    CHECK(w.total(K::OhneStatus) == u"37 (100,0 %)");
    CHECK(w.tabText(L::LagenOhneAktivitaet) == u"Lagen ohne Aktivität (6)");

    for (int ozg : {10000, 10003, 10020})
        w.set(ozg, col::status, u"online"_qs);
    w.set(10001, col::status, u"in_umsetzung"_qs);
    w.set(10014, col::status, u"in_planung"_qs);
    w.set(10000, col::reifegradIst, 3);
    w.set(10000, col::reifegradZiel, 4);
    w.set(10003, col::reifegradIst, 4);
    w.set(10001, col::reifegradIst, 2);
    w.set(10001, col::reifegradZiel, 3);
    w.settle();

    CHECK(w.total(K::Online) == u"3 (8,1 %)");
    CHECK(w.total(K::InUmsetzung) == u"1 (2,7 %)");
    CHECK(w.total(K::InPlanung) == u"1 (2,7 %)");
    CHECK(w.total(K::OhneStatus) == u"32 (86,5 %)");
    CHECK(w.total(K::OzgKonform) == u"2 (5,4 %)");
    CHECK(w.total(K::MitLuecke) == u"2");
    CHECK(w.total(K::Reifegrad0 + 2) == u"1");
    CHECK(w.total(K::Reifegrad0 + 3) == u"1");
    CHECK(w.total(K::Reifegrad0 + 4) == u"1");
    CHECK(w.total(K::ReifegradOhne) == u"34");
    CHECK(w.total(K::FlaecheKeine) == u"37");
    CHECK(w.cell(u"Geburt"_qs, K::Leistungen) == u"11");
    CHECK(w.cell(u"Geburt"_qs, K::Online) == u"2 (18,2 %)");
    CHECK(w.cell(u"Geburt"_qs, K::InUmsetzung) == u"1 (9,1 %)");
    CHECK(w.cell(u"Kinderbetreuung"_qs, K::Online) == u"1 (9,1 %)");
    CHECK(w.cell(u"Kinderbetreuung"_qs, K::InPlanung) == u"1 (9,1 %)");
    const QModelIndex luecke = w.view->kennzahlenModel()->index(w.row(u"Geburt"_qs), K::MitLuecke);
    CHECK(luecke.data(Qt::ToolTipRole).toString().contains(u"Zusammen fehlen 2 Reifegradstufen"));
    CHECK((luecke.data(Qt::TextAlignmentRole).value<Qt::Alignment>() & Qt::AlignRight));
    const QFont bold = w.view->kennzahlenModel()->index(6, K::Online).data(Qt::FontRole).value<QFont>();
    CHECK(bold.bold());
    CHECK(w.view->kennzahlenModel()
              ->headerData(K::OzgKonform, Qt::Horizontal, Qt::ToolTipRole)
              .toString()
              .contains(u"mindestens 3"));

    // Geburt and Kinderbetreuung are active now; the other four Lagen are marked.
    CHECK(w.tabText(L::LagenOhneAktivitaet) == u"Lagen ohne Aktivität (4)");
    K *m = w.view->kennzahlenModel();
    const int eheschliessung = w.row(u"Eheschließung"_qs);
    CHECK_FALSE(m->headerData(eheschliessung, Qt::Vertical, Qt::DecorationRole).isNull());
    CHECK(
        m->headerData(eheschliessung, Qt::Vertical, Qt::ToolTipRole).toString().contains(u"Ohne Aktivität"));
    CHECK(m->headerData(w.row(u"Geburt"_qs), Qt::Vertical, Qt::DecorationRole).isNull());

    // Föderal leaves out 10020, a pure Typ-1 Leistung of the Bund.
    w.view->scopeBox()->setCurrentIndex(w.view->scopeBox()->findText(u"Föderal"_qs));
    w.settle();
    CHECK(w.total(K::Leistungen) == u"36");
    CHECK(w.total(K::Online) == u"2 (5,6 %)");
    CHECK(w.total(K::InUmsetzung) == u"1 (2,8 %)");
    CHECK(w.total(K::OhneStatus) == u"32 (88,9 %)");
    CHECK(w.cell(u"Kinderbetreuung"_qs, K::Leistungen) == u"10");
    CHECK(w.cell(u"Kinderbetreuung"_qs, K::Online) == u"0 (0,0 %)");
    CHECK(w.cell(u"Kinderbetreuung"_qs, K::InPlanung) == u"1 (10,0 %)");
    CHECK(w.cell(u"Geburt"_qs, K::Online) == u"2 (18,2 %)");
    CHECK(w.tabText(L::OhneProjekt) == u"In keinem Projekt (36)");
}

TEST_CASE("the programme view has one row per Themenfeld and opens the Themenfeld of an activated row",
          "[ui][abdeckung]")
{
    CoverageTab w;
    w.openThemenfeld({});
    K *m = w.view->kennzahlenModel();
    REQUIRE(m->rowCount() == 15); // 14 Themenfelder and the total
    CHECK(m->headerData(14, Qt::Vertical, Qt::DisplayRole).toString() == u"Gesamtprogramm");
    CHECK(w.total(K::Leistungen) == u"557");
    CHECK(w.cell(u"Familie & Kind"_qs, K::Leistungen) == u"37");
    CHECK(w.tabText(L::OhneProjekt) == u"In keinem Projekt (557)");
    // The Themenfeld column is shown for the programme only.
    auto *list = qobject_cast<QTableView *>(w.view->listView(L::OhneProjekt));
    CHECK_FALSE(list->isColumnHidden(3));
    w.view->scopeBox()->setCurrentIndex(1);
    w.settle();
    CHECK(w.total(K::Leistungen) == u"462");

    QSignalSpy opened(w.view, &CoverageView::themenfeldActivated);
    const int familie = w.themenfeld(u"Familie & Kind"_qs);
    QTableView *table = w.view->kennzahlenTable();
    table->setCurrentIndex(m->index(w.row(u"Familie & Kind"_qs), K::Online));
    QTest::keyClick(table, Qt::Key_Return);
    REQUIRE(opened.size() == 1);
    CHECK(opened[0][0].toInt() == familie);
    w.settle();
    CHECK(w.view->themenfeld() == familie);
    CHECK(w.window->tabs()->currentWidget() == w.view);
    CHECK(m->rowCount() == 7);
    CHECK(list->isColumnHidden(3));
}

TEST_CASE("a Themenfeld without Leistungen and a scope without them explain themselves", "[ui][abdeckung]")
{
    CoverageTab w;
    ChangeSet empty(u"Leeres Themenfeld anlegen"_qs);
    empty.append(Change::insert(Table::Themenfeld, w.catalog().allocateKey(Table::Themenfeld),
                                {{u"name"_qs, u"Neues Themenfeld"_qs}, {u"sort_order"_qs, 99}}));
    REQUIRE(w.doc().push(empty));
    w.openThemenfeld(u"Neues Themenfeld"_qs);
    CHECK_FALSE(w.view->kennzahlenTable()->isVisible());
    const auto labels = w.view->findChildren<QLabel *>();
    const bool explained = std::any_of(labels.cbegin(), labels.cend(), [](QLabel *l) {
        return l->isVisible() && l->text().startsWith(u"„Neues Themenfeld“ hat noch keine OZG-Leistungen");
    });
    CHECK(explained);
    CHECK(w.view->leerText(L::OhneProjekt) == u"Keine OZG-Leistungen im gewählten Umfang.");
    CHECK(w.view->leerText(L::LagenOhneAktivitaet) == u"Keine Lagen im gewählten Umfang.");
    CHECK(w.tabText(L::OhneProjekt) == u"In keinem Projekt (0)");

    // Its first Leistung has no LeiKa-Leistungen, so no programme: it counts in scope alle only.
    const int tf = w.themenfeld(u"Neues Themenfeld"_qs);
    int lage = 0;
    REQUIRE(w.doc().run([&] {
        ChangeSet cs = edit::addLage(w.catalog(), tf, u"Gründung"_qs, u"lebenslage"_qs);
        lage = int(cs.changes.first().key);
        return cs;
    }));
    REQUIRE(
        w.doc().run([&] { return edit::createLeistung(w.catalog(), 20001, lage, u"Vereinsgründung"_qs); }));
    w.settle();
    CHECK(w.view->kennzahlenTable()->isVisible());
    CHECK(w.total(K::Leistungen) == u"1");
    CHECK(w.cell(u"Gründung"_qs, K::OhneStatus) == u"1 (100,0 %)");
    w.view->scopeBox()->setCurrentIndex(1);
    const bool foederal = std::any_of(labels.cbegin(), labels.cend(), [](QLabel *l) {
        return l->isVisible() && l->text().startsWith(u"Im Umfang „Föderal“ hat „Neues Themenfeld“ keine");
    });
    CHECK(foederal);
    CHECK(w.view->leerText(L::OhneProjekt) == u"Keine OZG-Leistungen im gewählten Umfang.");

    w.openThemenfeld(u"Familie & Kind"_qs);
    CHECK(w.view->kennzahlenTable()->isVisible());
    CHECK(w.view->leerText(L::OhneProjekt).isEmpty());
}

TEST_CASE("the view recomputes once a burst of changes settles, and only while it is shown",
          "[ui][abdeckung]")
{
    CoverageTab w;
    const int before = w.view->updateCount();
    w.set(10000, col::status, u"online"_qs);
    w.set(10003, col::status, u"online"_qs);
    CHECK(w.view->isUpdatePending());
    w.settle();
    CHECK(w.view->updateCount() == before + 1);
    CHECK(w.total(K::Online) == u"2 (5,4 %)");

    // Hidden: no work, and the figures are current again as soon as the tab is shown.
    w.window->tabs()->setCurrentWidget(w.window->projekteView());
    w.set(10001, col::status, u"online"_qs);
    QTest::qWait(100);
    CHECK(w.view->updateCount() == before + 1);
    CHECK(w.view->isUpdatePending());
    w.window->tabs()->setCurrentWidget(w.view);
    CHECK_FALSE(w.view->isUpdatePending());
    CHECK(w.view->updateCount() == before + 2);
    CHECK(w.total(K::Online) == u"3 (8,1 %)");
}

TEST_CASE("the coverage tab is reached by keyboard and its controls by mnemonics", "[ui][abdeckung]")
{
    CoverageTab w;
    QTabWidget *tabs = w.window->tabs();
    CHECK(tabs->tabText(tabs->indexOf(w.view)) == u"Abde&ckung");
    // No other tab of the window uses the same mnemonic.
    for (int i = 0; i < tabs->count(); ++i)
        if (tabs->widget(i) != w.view)
            CHECK_FALSE(tabs->tabText(i).contains(u"&c", Qt::CaseInsensitive));
    const auto labels = w.view->findChildren<QLabel *>();
    auto buddyOf = [&](const QString &text) -> QWidget * {
        for (QLabel *l : labels)
            if (l->text().startsWith(text))
                return l->buddy();
        return nullptr;
    };
    CHECK(buddyOf(u"&Umfang:"_qs) == w.view->scopeBox());
    CHECK(buddyOf(u"&Stichtag:"_qs) == w.view->heuteEdit());
    CHECK(buddyOf(u"&Kennzahlen je Lage"_qs) == w.view->kennzahlenTable());
    CHECK(buddyOf(u"Lücken, &Verzug"_qs) == w.view->listen());
    // Alt+C opens the tab from another one; Alt+U then goes to the scope.
    w.window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(w.window.get()));
    tabs->setCurrentIndex(0);
    QTest::keyClick(w.window.get(), Qt::Key_C, Qt::AltModifier);
    CHECK(tabs->currentWidget() == w.view);
    QTest::keyClick(w.window.get(), Qt::Key_U, Qt::AltModifier);
    CHECK(QApplication::focusWidget() == w.view->scopeBox());

    // Tab goes from the scope to the Stichtag, then on to the table and the lists.
    QList<QWidget *> chain;
    for (QWidget *x = w.view->scopeBox()->nextInFocusChain(); x != w.view->scopeBox() && chain.size() < 200;
         x = x->nextInFocusChain())
        if (x->focusPolicy() & Qt::TabFocus && w.view->isAncestorOf(x))
            chain << x;
    auto pos = [&](QWidget *x) {
        for (qsizetype i = 0; i < chain.size(); ++i)
            if (chain[i] == x || chain[i]->focusProxy() == x || x->isAncestorOf(chain[i]))
                return i;
        return qsizetype(-1);
    };
    CHECK(pos(w.view->heuteEdit()) >= 0);
    CHECK(pos(w.view->listView(L::OhneProjekt)) >= 0);
    CHECK(pos(w.view->heuteEdit()) < pos(w.view->kennzahlenTable()));
    CHECK(pos(w.view->kennzahlenTable()) < pos(w.view->listView(L::OhneProjekt)));
}

TEST_CASE("the coverage models pass QAbstractItemModelTester while the plan changes", "[ui][abdeckung]")
{
    CoverageTab w;
    using Tester = QAbstractItemModelTester;
    const auto fatal = Tester::FailureReportingMode::Fatal;
    std::vector<std::unique_ptr<Tester>> testers;
    testers.push_back(std::make_unique<Tester>(w.view->kennzahlenModel(), fatal));
    testers.push_back(std::make_unique<Tester>(w.view->nachnutzungModel(), fatal));
    testers.push_back(std::make_unique<Tester>(w.view->dienstModel(), fatal));
    for (int l = 0; l < L::Nachnutzung; ++l) {
        testers.push_back(std::make_unique<Tester>(w.view->listModel(L::Liste(l)), fatal));
        testers.push_back(std::make_unique<Tester>(w.view->listView(L::Liste(l))->model(), fatal));
    }
    const qint64 p = w.createProjekt(u"Geburt digital"_qs, {10000, 10003});
    qint64 dienst = 0;
    REQUIRE(w.doc().run([&] {
        ChangeSet cs = edit::createOnlinedienst(w.catalog(), u"ELFE"_qs, {});
        dienst = cs.changes.first().key;
        return cs;
    }));
    const auto leika = w.catalog().rowsWhere(Table::Leika, col::ozgId, 10003);
    REQUIRE(w.doc().run([&] {
        return edit::setDienstLeika(w.catalog(), dienst, leika.first().value(u"id"_qs).toLongLong(), 2);
    }));
    w.set(10000, col::status, u"online"_qs);
    w.settle();
    w.view->listView(L::OhneProjekt)->model()->sort(1, Qt::DescendingOrder);
    w.view->scopeBox()->setCurrentIndex(1);
    w.openThemenfeld({});
    w.doc().undoStack()->undo();
    w.settle();
    REQUIRE(w.doc().run([&] { return edit::remove(w.catalog(), Table::Projekt, p); }));
    w.settle();
    w.openThemenfeld(u"Familie & Kind"_qs);
    CHECK(w.view->nachnutzungModel()->columnCount() == NachnutzungMatrixModel::ErstesProjekt);
}
