// The milestone's dependencies in the Projekte tab: "Hängt ab von" under the current milestone, a predecessor
// picked by typing among the milestones of every project and Themenfeld, one undo step per add and removal,
// and the edit function's reason shown when it refuses one.
#include "clicks.h"
#include "support/modal.h"
#include "workspace.h"

#include "edit/edits.h"
#include "models/entitytablemodel.h"
#include "views/meilensteinpicker.h"
#include "views/projekteview.h"

#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
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
    qint64 basis = 0; // a project of another Themenfeld
    Plan()
    {
        REQUIRE(doc().run([&] {
            ChangeSet cs =
                edit::createProjekt(catalog(), themenfeld(u"Querschnitt"_qs), u"Basisdienst Konto"_qs, {});
            basis = cs.changes.value(0).key;
            return cs;
        }));
        window->selectThemenfeld(themenfeld(u"Familie & Kind"_qs));
        window->tabs()->setCurrentWidget(view);
        REQUIRE(view->createProjekt(u"Geburt digital"_qs));
        projekt = view->currentProjekt();
        test::showAt(window.get(), {1366, 768});
        test::clickTab(view->detailTabs(), view->detailTabs()->widget(2));
    }
    // The project's standard milestone whose title starts so.
    qint64 meilenstein(qint64 projektId, const QString &titel)
    {
        for (const Meilenstein &m : doc().plan().meilensteine)
            if (m.projektId == projektId && m.titel.startsWith(titel))
                return m.id;
        FAIL("no milestone " << titel.toStdString());
        return 0;
    }
    void clickMeilenstein(qint64 id)
    {
        const int row = view->meilensteinModel()->rowOfKey(id);
        REQUIRE(row >= 0);
        test::clickCell(view->meilensteinTable(), view->meilensteinModel()->index(row, 1));
    }
    // Clicks "Hinzufügen…", types the search and the lag into the picker and confirms with Enter. Returns how
    // many milestones the search left in the list.
    int addByTyping(const QString &search, const QString &lag)
    {
        int found = -1;
        test::whenModal<MeilensteinPicker>([&](MeilensteinPicker *picker) {
            QTest::keyClicks(picker->searchField(), search);
            found = picker->list()->model()->rowCount();
            QSpinBox *spin = picker->lagBox();
            spin->setFocus();
            QTest::keyClick(spin, Qt::Key_A, Qt::ControlModifier);
            QTest::keyClicks(spin, lag);
            QTest::keyClick(spin, Qt::Key_Return);
        });
        QTest::mouseClick(view->addDependencyButton(), Qt::LeftButton);
        return found;
    }
    EntityTableModel *deps() { return view->dependencyModel(); }
};

} // namespace

TEST_CASE("a milestone's predecessor is picked by typing, across Themenfelder, with a lag",
          "[ui][meilensteinabhaengigkeit]")
{
    Plan w;
    const qint64 rollout = w.meilenstein(w.projekt, u"Roll-out"_qs);
    const qint64 inbetrieb = w.meilenstein(w.basis, u"Inbetriebnahme"_qs);
    // No milestone chosen: nothing to depend.
    CHECK_FALSE(w.view->dependencyBox()->isEnabled());
    w.clickMeilenstein(rollout);
    REQUIRE(w.view->dependencyBox()->isEnabled());
    CHECK(w.view->dependencyBox()->title().contains(u"Roll-out / Nachnutzung gestartet"));
    CHECK(w.deps()->rowCount() == 0);
    const int steps = w.doc().undoStack()->count();

    // Two words narrow thousands of milestones to the one of the other Themenfeld's project.
    CHECK(w.addByTyping(u"konto inbetriebn"_qs, u"14"_qs) == 1);

    REQUIRE(w.deps()->rowCount() == 1);
    CHECK(w.deps()->index(0, 0).data().toString() ==
          u"Basisdienst Konto – Inbetriebnahme (Regelbetrieb) – ohne Datum"_qs);
    CHECK(w.deps()->index(0, 1).data().toString() == u"14"_qs);
    CHECK(w.doc().undoStack()->count() == steps + 1);
    const PlanSnapshot &plan = w.doc().plan();
    REQUIRE(plan.meilensteinAbhaengigkeiten.size() == 1);
    CHECK(plan.meilensteinAbhaengigkeiten[0].meilensteinId == rollout);
    CHECK(plan.meilensteinAbhaengigkeiten[0].haengtAbVon == inbetrieb);
    CHECK(plan.meilensteinAbhaengigkeiten[0].abstandTage == 14);

    // The predecessor's new date shows in the list at once.
    QSignalSpy changed(w.deps(), &QAbstractItemModel::dataChanged);
    REQUIRE(w.doc().run([&] {
        return edit::setField(w.catalog(), Table::Meilenstein, inbetrieb, col::geplant, u"2026-09-30"_qs);
    }));
    CHECK(changed.size() >= 1);
    CHECK(w.deps()->index(0, 0).data().toString() ==
          u"Basisdienst Konto – Inbetriebnahme (Regelbetrieb) – 30.09.2026"_qs);
    w.doc().undoStack()->undo();

    // Another milestone has its own list.
    w.clickMeilenstein(w.meilenstein(w.projekt, u"Pilotierung"_qs));
    CHECK(w.deps()->rowCount() == 0);
    w.clickMeilenstein(rollout);
    REQUIRE(w.deps()->rowCount() == 1);

    // Removing is one step, and undo brings it back.
    test::clickCell(w.view->dependencyTable(), w.deps()->index(0, 0));
    QTest::mouseClick(w.view->removeDependencyButton(), Qt::LeftButton);
    CHECK(w.deps()->rowCount() == 0);
    CHECK(w.doc().plan().meilensteinAbhaengigkeiten.isEmpty());
    CHECK(w.doc().undoStack()->count() == steps + 2);
    w.doc().undoStack()->undo();
    CHECK(w.deps()->rowCount() == 1);
    w.doc().undoStack()->undo();
    CHECK(w.deps()->rowCount() == 0);
    CHECK(w.doc().plan().meilensteinAbhaengigkeiten.isEmpty());
}

TEST_CASE("a dependency that would close a cycle is refused with the reason, and nothing changes",
          "[ui][meilensteinabhaengigkeit]")
{
    Plan w;
    const qint64 pilot = w.meilenstein(w.projekt, u"Pilotierung"_qs);
    const qint64 rollout = w.meilenstein(w.projekt, u"Roll-out"_qs);
    w.clickMeilenstein(rollout);
    CHECK(w.addByTyping(u"geburt pilotierung"_qs, u"0"_qs) == 1);
    REQUIRE(w.deps()->rowCount() == 1);
    const int steps = w.doc().undoStack()->count();
    QSignalSpy failed(&w.doc(), &Document::failed);

    // The Pilotierung cannot come after the Roll-out that comes after it.
    w.clickMeilenstein(pilot);
    CHECK(w.addByTyping(u"geburt roll-out"_qs, u"0"_qs) == 1);

    REQUIRE(failed.size() == 1);
    const QString reason = failed[0][0].toString();
    CHECK(reason.contains(u"schlösse einen Kreis"));
    CHECK(reason.contains(u"„Pilotierung abgeschlossen“ (Geburt digital)"));
    // The user sees it: the main window's message box says it.
    bool shown = false;
    for (QMessageBox *box : w.window->findChildren<QMessageBox *>())
        shown = shown || (box->isVisible() && box->text() == reason);
    CHECK(shown);
    CHECK(w.deps()->rowCount() == 0);
    CHECK(w.doc().undoStack()->count() == steps);
    CHECK(w.doc().plan().meilensteinAbhaengigkeiten.size() == 1);
    CHECK(w.doc().plan().meilensteinAbhaengigkeiten[0].meilensteinId == rollout);
}

TEST_CASE("the picker offers every milestone but the milestone itself", "[ui][meilensteinabhaengigkeit]")
{
    Plan w;
    const qint64 rollout = w.meilenstein(w.projekt, u"Roll-out"_qs);
    w.clickMeilenstein(rollout);
    int offered = -1, matching = -1;
    bool okEnabled = true;
    test::whenModal<MeilensteinPicker>([&](MeilensteinPicker *picker) {
        offered = picker->list()->model()->rowCount();
        QTest::keyClicks(picker->searchField(), u"geburt roll-out"_qs);
        matching = picker->list()->model()->rowCount();
        QTest::keyClicks(picker->searchField(), u" gibt es nicht"_qs);
        okEnabled = picker->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled();
        QTest::keyClick(picker, Qt::Key_Escape);
    });
    QTest::mouseClick(w.view->addDependencyButton(), Qt::LeftButton);
    CHECK(offered == w.doc().plan().meilensteine.size() - 1);
    CHECK(matching == 0); // the Roll-out itself is not offered
    CHECK_FALSE(okEnabled);
    CHECK(w.deps()->rowCount() == 0);
}
