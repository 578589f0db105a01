#include "support/catchqt.h"

#include "edit/edits.h"
#include "fieldform.h"
#include "models/entitytablemodel.h"
#include "roles.h"
#include "views/leistungeditor.h"
#include "views/programmview.h"
#include "views/projekteview.h"
#include "views/themenfeldview.h"
#include "views/zeitplanview.h"
#include "workspace.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLineEdit>
#include <QListView>
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>

using namespace tfp;
using namespace tfp::ui;
using namespace tfp::schema;
using test::Workspace;

namespace {
// The Themenfeld tab of "Familie & Kind".
ThemenfeldView *themenfeldTab(Workspace &w)
{
    w.window->selectThemenfeld(w.themenfeld(u"Familie & Kind"_qs));
    return w.window->themenfeldView();
}
} // namespace

TEST_CASE("the Themenfeld tab renames the Themenfeld and the selector follows, with undo", "[ui]")
{
    Workspace w;
    const int tf = w.themenfeld(u"Familie & Kind"_qs);
    w.window->selectThemenfeld(tf);
    ThemenfeldView *view = w.window->themenfeldView();
    auto *name = qobject_cast<QLineEdit *>(view->form()->editor(col::name.toString()));
    REQUIRE(name);
    CHECK(name->text() == u"Familie & Kind");
    name->setText(u"Familie, Kind und Pflege"_qs);
    Q_EMIT name->editingFinished();
    CHECK(w.catalog().value(Table::Themenfeld, tf, col::name).toString() == u"Familie, Kind und Pflege");
    auto *list = w.window->findChild<QListView *>(u"ThemenfeldList"_qs);
    REQUIRE(list);
    CHECK(list->currentIndex().data().toString() == u"Familie, Kind und Pflege");
    CHECK(w.window->windowTitle().startsWith(u"Familie, Kind und Pflege"));

    SECTION("an empty name is refused and the catalog keeps the old one")
    {
        const qint64 revision = w.catalog().revision();
        name->setText({});
        Q_EMIT name->editingFinished();
        CHECK(w.catalog().revision() == revision);
        CHECK(w.catalog().value(Table::Themenfeld, tf, col::name).toString() == u"Familie, Kind und Pflege");
    }
    SECTION("undo brings the old name back everywhere")
    {
        w.doc().undoStack()->undo();
        CHECK(w.catalog().value(Table::Themenfeld, tf, col::name).toString() == u"Familie & Kind");
        CHECK(name->text() == u"Familie & Kind");
        CHECK(list->currentIndex().data().toString() == u"Familie & Kind");
    }
}

TEST_CASE("Lagen are created, retyped and deleted from the Themenfeld tab", "[ui]")
{
    Workspace w;
    ThemenfeldView *view = themenfeldTab(w);
    EntityTableModel *lagen = view->lageModel();
    QAbstractItemModelTester tester(lagen, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const int before = lagen->rowCount();
    REQUIRE(before > 0);

    REQUIRE(view->addLage(u"Pflegekind aufnehmen"_qs, u"lebenslage"_qs));
    REQUIRE(lagen->rowCount() == before + 1);
    int row = -1;
    for (int r = 0; r < lagen->rowCount(); ++r)
        if (lagen->index(r, 0).data().toString() == u"Pflegekind aufnehmen")
            row = r;
    REQUIRE(row >= 0);
    CHECK(lagen->index(row, 1).data().toString() == u"Lebenslage");
    const qint64 key = lagen->keyAt(row);

    // The Art is chosen from the typed list: a Geschäftslage is accepted, a made-up code refused.
    REQUIRE(lagen->setData(lagen->index(row, 1), u"geschaeftslage"_qs, Qt::EditRole));
    CHECK(w.catalog().value(Table::Lage, key, col::art).toString() == u"geschaeftslage");
    const qint64 revision = w.catalog().revision();
    CHECK_FALSE(lagen->setData(lagen->index(row, 1), u"urlaubslage"_qs, Qt::EditRole));
    CHECK_FALSE(view->addLage(u"pflegekind AUFNEHMEN"_qs, u"lebenslage"_qs));
    CHECK(w.catalog().revision() == revision);
    CHECK(lagen->rowCount() == before + 1);

    // The new Lage is offered where Leistungen are placed.
    w.doc().run([&] { return edit::createLeistung(w.catalog(), 10998, int(key), u"Pflegegeld"_qs); });
    CHECK(w.doc().plan().leistung(10998)->lageId == key);

    // A Lage with Leistungen is not deleted without asking; an empty one is, and undo restores it.
    view->lageTable()->setCurrentIndex(view->lageTable()->model()->index(row, 0));
    view->removeSelectedLage(false);
    CHECK(w.catalog().row(Table::Lage, key));
    w.doc().undoStack()->undo(); // the Leistung
    view->lageTable()->setCurrentIndex(view->lageTable()->model()->index(lagen->rowOfKey(key), 0));
    view->removeSelectedLage(false);
    CHECK_FALSE(w.catalog().row(Table::Lage, key));
    CHECK(lagen->rowCount() == before);
    w.doc().undoStack()->undo();
    CHECK(w.catalog().row(Table::Lage, key));
    CHECK(lagen->rowCount() == before + 1);
}

TEST_CASE("risks are recorded, edited and removed from the Themenfeld tab", "[ui]")
{
    Workspace w;
    ThemenfeldView *view = themenfeldTab(w);
    const int tf = w.themenfeld(u"Familie & Kind"_qs);
    EntityTableModel *risiken = view->risikoModel();
    QAbstractItemModelTester tester(risiken, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(risiken->rowCount() == 0);
    CHECK_FALSE(view->addRisiko(u"  "_qs, u"register"_qs, u"hoch"_qs));
    CHECK(w.catalog().count(Table::Risiko) == 0);

    REQUIRE(view->addRisiko(u"Geburtenregister nicht rechtzeitig angebunden"_qs, u"register"_qs, u"hoch"_qs));
    REQUIRE(risiken->rowCount() == 1);
    CHECK(risiken->index(0, 0).data().toString() == u"hoch");
    CHECK(risiken->index(0, 1).data().toString() == u"Register");
    const int massnahme = 3, projekt = 4;
    REQUIRE(risiken->setData(risiken->index(0, massnahme), u"Übergangslösung mit Upload"_qs, Qt::EditRole));
    CHECK(w.catalog().value(Table::Risiko, risiken->keyAt(0), col::massnahme).toString() ==
          u"Übergangslösung mit Upload");

    // Tied to a project, it names the project; deleting the project keeps the risk without it.
    REQUIRE(w.window->projekteView()->createProjekt(u"Geburt digital"_qs));
    const qint64 p = w.window->projekteView()->currentProjekt();
    REQUIRE(risiken->setData(risiken->index(0, projekt), p, Qt::EditRole));
    CHECK(risiken->index(0, projekt).data().toString() == u"Geburt digital");
    CHECK(risiken->rowCount() == 1);

    // Another Themenfeld has its own (empty) list.
    w.window->selectThemenfeld(w.themenfeld(u"Bildung"_qs));
    CHECK(risiken->rowCount() == 0);
    w.window->selectThemenfeld(tf);
    CHECK(risiken->rowCount() == 1);
    w.doc().run([&] { return edit::remove(w.catalog(), Table::Risiko, risiken->keyAt(0)); });
    CHECK(risiken->rowCount() == 0);
    w.doc().undoStack()->undo();
    CHECK(risiken->rowCount() == 1);
}

TEST_CASE("the Zeitplan lists every milestone of the Themenfeld with where it stands", "[ui]")
{
    Workspace w;
    const int tf = w.themenfeld(u"Familie & Kind"_qs);
    w.window->selectThemenfeld(tf);
    ZeitplanView *view = w.window->zeitplanView();
    ZeitplanModel *model = view->model();
    QAbstractItemModelTester t1(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester t2(view->filter(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    model->setHeute(QDate(2026, 6, 1));
    CHECK(model->rowCount() == 0);

    ProjekteView *projekte = w.window->projekteView();
    REQUIRE(projekte->createProjekt(u"Elterngeld digital"_qs));
    const qint64 p = projekte->currentProjekt();
    const int standard = int(edit::standardMeilensteine().size());
    REQUIRE(model->rowCount() == standard);
    CHECK(model->index(0, 0).data().toString() == u"Elterngeld digital");
    CHECK(model->index(0, model->standColumn()).data().toString() == u"ohne Termin");

    // Dates entered in the Zeitplan land in the catalog; the list keeps date order.
    const int geplant = 3, ist = 4;
    const qint64 first = model->keyAt(0), second = model->keyAt(1);
    REQUIRE(model->setData(model->index(model->rowOfKey(first), geplant), u"2026-03-02"_qs, Qt::EditRole));
    REQUIRE(model->setData(model->index(model->rowOfKey(second), geplant), u"2026-09-30"_qs, Qt::EditRole));
    CHECK(w.catalog().value(Table::Meilenstein, first, col::geplant).toString() == u"2026-03-02");
    CHECK(model->keyAt(0) == first);
    CHECK(model->keyAt(1) == second);
    CHECK(model->index(0, model->standColumn()).data().toString() == u"überfällig seit 91 Tagen");
    CHECK(model->index(1, model->standColumn()).data().toString() == u"offen, in 121 Tagen");

    REQUIRE(model->setData(model->index(0, ist), u"2026-03-12"_qs, Qt::EditRole));
    CHECK(model->index(0, model->standColumn()).data().toString() == u"10 Tage später erreicht");

    // "überfällige und verzögerte" shows only that one; "ohne Termin" the five without a date.
    view->standFilter()->setCurrentIndex(1);
    REQUIRE(view->filter()->rowCount() == 1);
    CHECK(view->filter()->index(0, 0).data(KeyRole).toLongLong() == first);
    view->standFilter()->setCurrentIndex(3);
    CHECK(view->filter()->rowCount() == standard - 2);
    view->standFilter()->setCurrentIndex(0);

    // A milestone reached before the one it follows is still entered, but an impossible date is refused.
    const qint64 revision = w.catalog().revision();
    CHECK_FALSE(model->setData(model->index(1, ist), u"2026-02-30"_qs, Qt::EditRole));
    CHECK(w.catalog().revision() == revision);

    // Projects of other Themenfelder stay out; deleting the project empties the Zeitplan, undo refills it.
    w.doc().run([&] {
        return edit::createProjekt(w.catalog(), w.themenfeld(u"Bildung"_qs), u"BAföG digital"_qs, {});
    });
    CHECK(model->rowCount() == standard);
    projekte->selectProjekt(p);
    projekte->deleteCurrentProjekt(false);
    CHECK(model->rowCount() == 0);
    w.doc().undoStack()->undo();
    CHECK(model->rowCount() == standard);

    // Double-clicking the project opens it in the Projekte tab.
    w.window->tabs()->setCurrentWidget(view);
    Q_EMIT view->projektActivated(p);
    CHECK(w.window->tabs()->currentWidget() == projekte);
    CHECK(projekte->currentProjekt() == p);
}

TEST_CASE("Beteiligte are added in the programme overview and offered in the Federführung", "[ui]")
{
    Workspace w;
    ProgrammView *programm = w.window->findChild<ProgrammView *>();
    REQUIRE(programm);
    EntityTableModel *beteiligte = programm->beteiligtenModel();
    QAbstractItemModelTester tester(beteiligte, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const int before = beteiligte->rowCount();
    CHECK(before == 30);
    CHECK_FALSE(programm->addBeteiligter(u"HB"_qs, u"Doppelt"_qs, u"land"_qs));
    REQUIRE(programm->addBeteiligter(u"DStGB"_qs, u"Deutscher Städte- und Gemeindebund"_qs, u"ksv"_qs));
    REQUIRE(beteiligte->rowCount() == before + 1);
    const int row = [&] {
        for (int r = 0; r < beteiligte->rowCount(); ++r)
            if (beteiligte->index(r, 0).data().toString() == u"DStGB")
                return r;
        return -1;
    }();
    REQUIRE(row >= 0);
    REQUIRE(beteiligte->setData(beteiligte->index(row, 1), u"Städte- und Gemeindebund"_qs, Qt::EditRole));
    const qint64 key = beteiligte->keyAt(row);
    const int tf = w.themenfeld(u"Familie & Kind"_qs);
    REQUIRE(w.doc().run([&] { return edit::addFederfuehrung(w.catalog(), tf, int(key), u"MA"_qs); }));
    CHECK(w.catalog().value(Table::Beteiligter, key, col::name).toString() == u"Städte- und Gemeindebund");
    w.doc().undoStack()->undo();
    w.doc().undoStack()->undo();
    w.doc().undoStack()->undo();
    CHECK(beteiligte->rowCount() == before);
}

TEST_CASE("removing an OZG-Leistung takes what hangs on it along, in one undo step", "[ui]")
{
    Workspace w;
    w.window->selectThemenfeld(w.themenfeld(u"Familie & Kind"_qs));
    REQUIRE(w.window->projekteView()->createProjekt(u"Elterngeld digital"_qs));
    const qint64 p = w.window->projekteView()->currentProjekt();
    REQUIRE(w.doc().run([&] { return edit::assignLeistungen(w.catalog(), p, {10000}); }));
    w.window->leistungEditor()->setLeistung(10000);
    const auto leika = w.catalog().rowsWhere(Table::Leika, col::ozgId, 10000).size();
    REQUIRE(leika > 0);
    const int steps = w.doc().undoStack()->count();

    REQUIRE(w.doc().run([&] { return edit::remove(w.catalog(), Table::Leistung, 10000); }));
    CHECK_FALSE(w.catalog().row(Table::Leistung, 10000));
    // Its LeiKa-Leistungen stay in the catalog, no longer assigned to an OZG-Leistung.
    CHECK(w.catalog().rowsWhere(Table::Leika, col::ozgId, 10000).isEmpty());
    CHECK(w.catalog().count(Table::Leika) == 5249);
    CHECK(w.catalog().count(Table::ProjektLeistung) == 0);
    CHECK_FALSE(w.leistungIndex(10000, 0).isValid());
    CHECK(w.doc().undoStack()->count() == steps + 1);

    w.doc().undoStack()->undo();
    CHECK(w.catalog().row(Table::Leistung, 10000));
    CHECK(w.catalog().rowsWhere(Table::Leika, col::ozgId, 10000).size() == leika);
    CHECK(w.catalog().count(Table::ProjektLeistung) == 1);
    CHECK(w.leistungIndex(10000, 0).isValid());
}
