// The Zeitplan tab's Gantt is a place to plan in: a milestone dragged with the mouse or moved with the arrow
// keys lands on the snap unit of the zoom, each move is one undo step, a move that would break a dependency
// offers to move the successors along, Shift-dragging makes a dependency, and a refusal is shown where the
// user dropped.
#include "workspace.h"

#include "analysis/progress.h"
#include "clicks.h"
#include "dateedit.h"
#include "edit/edits.h"
#include "edit/workshopedits.h"
#include "roles.h"
#include "support/modal.h"
#include "views/zeitplangantt.h"
#include "views/zeitplanview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QUndoStack>
#include <catch2/catch.hpp>

using namespace tfp;
using namespace tfp::ui;
using namespace tfp::schema;

namespace {

struct Gantt : test::Workspace
{
    ZeitplanView *view = window->zeitplanView();
    ZeitplanGantt *gantt = view->gantt();
    qint64 projekt = 0;
    QList<qint64> ms; // the project's standard milestones in phase order

    Gantt()
    {
        const int tf = themenfeld(u"Familie & Kind"_qs);
        REQUIRE(doc().run([&] {
            ChangeSet cs = edit::createProjekt(catalog(), tf, u"Kindergeld digital"_qs, {});
            projekt = cs.changes.first().key;
            return cs;
        }));
        for (const Meilenstein &m : doc().plan().meilensteine)
            if (m.projektId == projekt)
                ms << m.id;
        REQUIRE(ms.size() >= 5);
        // A month apart from 1 March 2027 on; the project runs from October 2026 to 2028.
        REQUIRE(doc().run([&] {
            return edit::setField(catalog(), Table::Projekt, projekt, col::start, u"2026-10-01"_qs);
        }));
        REQUIRE(doc().run(
            [&] { return edit::setField(catalog(), Table::Projekt, projekt, col::ende, u"2028-12-31"_qs); }));
        for (int i = 0; i < 4; ++i)
            setPlanned(ms[i], QDate(2027, 3 + i, 1));
        window->selectThemenfeld(tf);
        test::showAt(window.get(), {1366, 768});
        test::clickTab(window->tabs(), view);
        gantt->setHeute(QDate(2026, 12, 6));
        QCoreApplication::processEvents();
    }
    void setPlanned(qint64 m, const QDate &d)
    {
        REQUIRE(doc().run([&] {
            return edit::setField(catalog(), Table::Meilenstein, m, col::geplant, d.toString(Qt::ISODate));
        }));
    }
    QDate geplant(qint64 m)
    {
        return QDate::fromString(catalog().value(Table::Meilenstein, m, col::geplant).toString(),
                                 Qt::ISODate);
    }
    // Chooses the zoom in its combo box with the keyboard, as a user does.
    void zoom(const QString &name)
    {
        QComboBox *box = view->zoomBox();
        box->setFocus();
        QTest::keyClick(box, Qt::Key_Home);
        for (int i = 0; i < box->count() && box->currentText() != name; ++i)
            QTest::keyClick(box, Qt::Key_Down);
        REQUIRE(box->currentText() == name);
        QCoreApplication::processEvents();
    }
    QPoint punkt(qint64 m)
    {
        const auto p = gantt->meilensteinPunkt(m);
        REQUIRE(p);
        return p->toPoint();
    }
    // Presses on the milestone's diamond, moves by dx in steps and lets go.
    void drag(qint64 m, int dx, Qt::KeyboardModifiers mods = {}, std::optional<QPoint> to = {})
    {
        const QPoint from = punkt(m);
        const QPoint end = to.value_or(from + QPoint(dx, 0));
        QTest::mousePress(gantt, Qt::LeftButton, mods, from);
        for (int i = 1; i <= 4; ++i)
            QTest::mouseMove(gantt, from + (end - from) * i / 4);
        QTest::mouseRelease(gantt, Qt::LeftButton, mods, end);
        QCoreApplication::processEvents();
    }
    // The pixels one day takes at the current zoom.
    double tagBreite()
    {
        const report::GanttGeometry &g = gantt->geometry();
        return (g.right - g.left) / double(g.from.daysTo(g.to));
    }
};

} // namespace

TEST_CASE("dragging a milestone in the Gantt moves its planned date by days at month zoom, as one undo step")
{
    Gantt t;
    // Chosen first, the milestone stays in sight when the zoom narrows the range.
    QTest::mouseClick(t.gantt, Qt::LeftButton, {}, t.punkt(t.ms[1]));
    t.zoom(u"Monat"_qs);
    CHECK(t.gantt->raster() == ZeitplanGantt::Raster::Tag);
    const int steps = t.doc().undoStack()->count();
    t.drag(t.ms[1], int(std::lround(10 * t.tagBreite())));
    CHECK(t.geplant(t.ms[1]) == QDate(2027, 4, 11));
    CHECK(t.doc().undoStack()->count() == steps + 1);
    CHECK(t.gantt->currentMeilenstein() == t.ms[1]);
    // The table below shows the same milestone as current.
    CHECK(t.view->table()->currentIndex().data(KeyRole).toLongLong() == t.ms[1]);
    t.doc().undoStack()->undo();
    CHECK(t.geplant(t.ms[1]) == QDate(2027, 4, 1));
}

TEST_CASE("at year zoom a drag snaps to whole months and keeps the day of the month")
{
    Gantt t;
    t.zoom(u"Jahr"_qs);
    CHECK(t.gantt->raster() == ZeitplanGantt::Raster::Monat);
    // Two months and a bit to the right: two months.
    t.drag(t.ms[2], int(std::lround(68 * t.tagBreite())));
    CHECK(t.geplant(t.ms[2]) == QDate(2027, 7, 1));
}

TEST_CASE("the keyboard moves the chosen milestone by the snap unit, and Enter types its date")
{
    Gantt t;
    t.zoom(u"Quartal"_qs);
    QTest::mouseClick(t.gantt, Qt::LeftButton, {}, t.punkt(t.ms[0]));
    REQUIRE(t.gantt->hasFocus());
    CHECK(t.gantt->currentMeilenstein() == t.ms[0]);
    QTest::keyClick(t.gantt, Qt::Key_Down);
    CHECK(t.gantt->currentMeilenstein() == t.ms[1]);
    QTest::keyClick(t.gantt, Qt::Key_Right);
    CHECK(t.geplant(t.ms[1]) == QDate(2027, 4, 8)); // a week later
    QTest::keyClick(t.gantt, Qt::Key_Left);
    QTest::keyClick(t.gantt, Qt::Key_Left);
    CHECK(t.geplant(t.ms[1]) == QDate(2027, 3, 25));

    QTest::keyClick(t.gantt, Qt::Key_Return);
    DateEdit *editor = t.gantt->dateEditor();
    REQUIRE(editor);
    REQUIRE(editor->hasFocus());
    QTest::keyClicks(editor, u"15.09.2027"_qs);
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents();
    CHECK(t.geplant(t.ms[1]) == QDate(2027, 9, 15));
    CHECK(!t.gantt->dateEditor());
    // Escape leaves the date as it was.
    QTest::keyClick(t.gantt, Qt::Key_Return);
    REQUIRE(t.gantt->dateEditor());
    QTest::keyClicks(t.gantt->dateEditor(), u"01.01.2030"_qs);
    QTest::keyClick(t.gantt->dateEditor(), Qt::Key_Escape);
    QCoreApplication::processEvents();
    CHECK(t.geplant(t.ms[1]) == QDate(2027, 9, 15));
}

TEST_CASE("moving a predecessor past its successor offers to move the successor along, as one step")
{
    Gantt t;
    // ms[3] (1 June) must come 5 days after ms[0] (1 March).
    REQUIRE(t.doc().run([&] { return edit::addMeilensteinAbhaengigkeit(t.catalog(), t.ms[3], t.ms[0], 5); }));
    t.zoom(u"Quartal"_qs);
    QTest::mouseClick(t.gantt, Qt::LeftButton, {}, t.punkt(t.ms[0]));
    const int steps = t.doc().undoStack()->count();

    SECTION("Mitverschieben moves both")
    {
        test::whenModal<QMessageBox>([](QMessageBox *box) {
            CHECK(box->text().contains(u"1 abhängige"_qs));
            CHECK(box->informativeText().contains(u"01.06.2027 → 17.06.2027"_qs));
            test::buttonNamed(box, u"Mitverschieben"_qs)->click();
        });
        // From 1 March to 12 June, typed.
        QTest::keyClick(t.gantt, Qt::Key_Return);
        QTest::keyClicks(t.gantt->dateEditor(), u"12.06.2027"_qs);
        QTest::keyClick(t.gantt->dateEditor(), Qt::Key_Return);
        QCoreApplication::processEvents();
        CHECK(t.geplant(t.ms[0]) == QDate(2027, 6, 12));
        CHECK(t.geplant(t.ms[3]) == QDate(2027, 6, 17));
        CHECK(t.doc().undoStack()->count() == steps + 1);
        t.doc().undoStack()->undo();
        CHECK(t.geplant(t.ms[0]) == QDate(2027, 3, 1));
        CHECK(t.geplant(t.ms[3]) == QDate(2027, 6, 1));
    }
    SECTION("Nur diesen Meilenstein leaves the successor, which is then flagged")
    {
        test::whenModal<QMessageBox>(
            [](QMessageBox *box) { test::buttonNamed(box, u"Nur diesen Meilenstein"_qs)->click(); });
        t.drag(t.ms[0], 0, {}, t.punkt(t.ms[3]) + QPoint(int(std::lround(14 * t.tagBreite())), 0));
        CHECK(t.geplant(t.ms[0]) > QDate(2027, 6, 1));
        CHECK(t.geplant(t.ms[3]) == QDate(2027, 6, 1));
    }
    SECTION("Abbrechen moves nothing")
    {
        test::whenModal<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Cancel)->click(); });
        t.drag(t.ms[0], 0, {}, t.punkt(t.ms[3]) + QPoint(int(std::lround(14 * t.tagBreite())), 0));
        CHECK(t.geplant(t.ms[0]) == QDate(2027, 3, 1));
        CHECK(t.doc().undoStack()->count() == steps);
    }
}

TEST_CASE(
    "Shift-dragging from one milestone to another makes it depend on the first and a cycle is refused where "
    "it was dropped")
{
    Gantt t;
    t.zoom(u"Gesamt"_qs);
    t.drag(t.ms[0], 0, Qt::ShiftModifier, t.punkt(t.ms[2]));
    REQUIRE(t.doc().plan().meilensteinAbhaengigkeiten.size() == 1);
    const MeilensteinAbhaengigkeit d = t.doc().plan().meilensteinAbhaengigkeiten.first();
    CHECK(d.meilensteinId == t.ms[2]);
    CHECK(d.haengtAbVon == t.ms[0]);
    CHECK(t.view->meldung()->isHidden());

    // Back from the successor to its predecessor would close a circle: refused, with the rule's reason.
    const int steps = t.doc().undoStack()->count();
    t.drag(t.ms[2], 0, Qt::ShiftModifier, t.punkt(t.ms[0]));
    CHECK(t.doc().plan().meilensteinAbhaengigkeiten.size() == 1);
    CHECK(t.doc().undoStack()->count() == steps);
    CHECK(t.gantt->meldung().contains(u"Kreis"_qs));
    CHECK(t.view->meldung()->isVisible());
    CHECK(t.view->meldung()->text() == t.gantt->meldung());
}

TEST_CASE("dragging a project's summary bar shifts its open milestones and leaves the reached ones")
{
    Gantt t;
    REQUIRE(t.doc().run([&] {
        return edit::setField(t.catalog(), Table::Meilenstein, t.ms[0], col::ist, u"2026-11-30"_qs);
    }));
    t.zoom(u"Jahr"_qs);
    // The term's bar: a spot of the project's Laufzeit.
    QPointF bar;
    for (const report::ChartHotspot &h : t.gantt->hotspots())
        if (h.part == report::ChartHotspot::Part::Laufzeit && h.id == t.projekt)
            bar = QPointF(h.rect.left() + 20, h.rect.center().y());
    REQUIRE(!bar.isNull());
    const QPoint from = bar.toPoint(), to = from + QPoint(int(std::lround(61 * t.tagBreite())), 0);
    QTest::mousePress(t.gantt, Qt::LeftButton, {}, from);
    QTest::mouseMove(t.gantt, from + QPoint(10, 0));
    QTest::mouseMove(t.gantt, to);
    QTest::mouseRelease(t.gantt, Qt::LeftButton, {}, to);
    CHECK(t.geplant(t.ms[0]) == QDate(2027, 3, 1)); // reached: stays
    CHECK(t.geplant(t.ms[1]) == QDate(2027, 6, 1));
    CHECK(t.geplant(t.ms[3]) == QDate(2027, 8, 1));
    t.doc().undoStack()->undo();
    CHECK(t.geplant(t.ms[1]) == QDate(2027, 4, 1));
}

TEST_CASE(
    "without a Themenfeld the Zeitplan shows the whole programme's Gantt, projects under their Themenfeld")
{
    Gantt t;
    const int umwelt = t.themenfeld(u"Umwelt"_qs);
    REQUIRE(t.doc().run(
        [&] { return edit::createProjekt(t.catalog(), umwelt, u"Basiskomponente Postfach"_qs, {}); }));
    t.window->selectThemenfeld(0);
    test::clickTab(t.window->tabs(), t.view);
    REQUIRE(t.window->tabs()->currentWidget() == t.view);
    QCoreApplication::processEvents();
    CHECK(t.view->table()->isHidden());
    QStringList names;
    for (const analysis::GanttRow &r : t.gantt->rows())
        names << (r.gruppe ? u"# "_qs : QString()) + r.name;
    const qsizetype familie = names.indexOf(u"# Familie & Kind"_qs);
    REQUIRE(familie >= 0);
    CHECK(names.value(familie + 1) == u"Kindergeld digital"_qs);
    CHECK(names.indexOf(u"# Umwelt"_qs) >= 0);
    CHECK(names.value(names.indexOf(u"# Umwelt"_qs) + 1) == u"Basiskomponente Postfach"_qs);
    // It is planned in just as in a Themenfeld's.
    t.zoom(u"Jahr"_qs);
    QTest::mouseClick(t.gantt, Qt::LeftButton, {}, t.punkt(t.ms[0]));
    QTest::keyClick(t.gantt, Qt::Key_Right);
    CHECK(t.geplant(t.ms[0]) == QDate(2027, 4, 1));
}

TEST_CASE("Nur Auffälliges leaves the projects with overdue or late milestones or a broken dependency")
{
    Gantt t;
    const int tf = t.themenfeld(u"Familie & Kind"_qs);
    auto projektMit = [&](const QString &name, const QDate &geplant) {
        qint64 p = 0;
        REQUIRE(t.doc().run([&] {
            ChangeSet cs = edit::createProjekt(t.catalog(), tf, name, {});
            p = cs.changes.first().key;
            return cs;
        }));
        for (const Meilenstein &m : t.doc().plan().meilensteine)
            if (m.projektId == p && m.phase == Phase::Vorbereitung)
                t.setPlanned(m.id, geplant);
        return p;
    };
    const qint64 ueberfaellig = projektMit(u"Elterngeld Plus"_qs, QDate(2026, 10, 1));
    const qint64 ruhig = projektMit(u"Kinderzuschlag"_qs, QDate(2027, 10, 1));
    // Kindergeld digital is in order: its milestones lie ahead, a month apart.
    auto names = [&] {
        QSet<qint64> ids;
        for (const analysis::GanttRow &r : t.gantt->rows())
            ids.insert(r.projektId);
        return ids;
    };
    CHECK(names().contains(ruhig));
    QTest::mouseClick(t.view->auffaelligBox(), Qt::LeftButton);
    QCoreApplication::processEvents();
    CHECK(names() == QSet<qint64>{ueberfaellig});

    // A dependency Kindergeld digital's first milestone now breaks brings it in.
    REQUIRE(t.doc().run([&] { return edit::addMeilensteinAbhaengigkeit(t.catalog(), t.ms[0], t.ms[3], 0); }));
    QCoreApplication::processEvents();
    CHECK(names() == QSet<qint64>{ueberfaellig, t.projekt});
    QTest::mouseClick(t.view->auffaelligBox(), Qt::LeftButton);
    QCoreApplication::processEvents();
    CHECK(names().contains(ruhig));
}

TEST_CASE("the end of a phase bar drags its milestone, and Escape during a drag moves nothing")
{
    Gantt t;
    QTest::mouseClick(t.gantt, Qt::LeftButton, {}, t.punkt(t.ms[2]));
    t.zoom(u"Quartal"_qs);
    // The Umsetzung bar ends at ms[2]: grab it 3 px left of its end, below the diamond.
    QRectF bar;
    for (const report::ChartHotspot &h : t.gantt->hotspots())
        if (h.part == report::ChartHotspot::Part::Phase && h.meilensteinId == t.ms[2])
            bar = h.rect;
    REQUIRE(!bar.isEmpty());
    const QPoint from(int(bar.right()) - 3, int(bar.bottom()) - 1);
    const QPoint to = from + QPoint(int(std::lround(14 * t.tagBreite())), 0);
    QTest::mousePress(t.gantt, Qt::LeftButton, {}, from);
    QTest::mouseMove(t.gantt, (from + to) / 2);
    QTest::mouseMove(t.gantt, to);
    QTest::mouseRelease(t.gantt, Qt::LeftButton, {}, to);
    CHECK(t.geplant(t.ms[2]) == QDate(2027, 5, 15)); // two weeks later

    const int steps = t.doc().undoStack()->count();
    const QPoint p = t.punkt(t.ms[2]);
    QTest::mousePress(t.gantt, Qt::LeftButton, {}, p);
    QTest::mouseMove(t.gantt, p + QPoint(40, 0));
    QTest::keyClick(t.gantt, Qt::Key_Escape);
    QTest::mouseRelease(t.gantt, Qt::LeftButton, {}, p + QPoint(40, 0));
    CHECK(t.geplant(t.ms[2]) == QDate(2027, 5, 15));
    CHECK(t.doc().undoStack()->count() == steps);
}

TEST_CASE("the Gantt compares with a Stand chosen above it: a ghost where a milestone stood then")
{
    Gantt t;
    REQUIRE(t.doc().run([&] { return edit::addStand(t.catalog(), u"Steuerungskreis 14.11.2026"_qs); }));
    t.setPlanned(t.ms[1], QDate(2027, 5, 20)); // moved since
    QComboBox *box = t.view->vergleichBox();
    REQUIRE(box->findText(u"Steuerungskreis 14.11.2026"_qs) == 1);
    box->setFocus();
    QTest::keyClick(box, Qt::Key_Down);
    QCoreApplication::processEvents();
    CHECK(t.gantt->baseline().name == u"Steuerungskreis 14.11.2026"_qs);
    CHECK(t.gantt->baseline().geplant.value(t.ms[1]) == QDate(2027, 4, 1));
    // The ghost where it stood, telling the shift; unmoved milestones get none.
    QStringList ghosts;
    for (const report::ChartHotspot &h : t.gantt->hotspots())
        if (h.text.contains(u"im Stand"_qs) && h.part == report::ChartHotspot::Part::None)
            ghosts << h.text;
    REQUIRE(ghosts.size() == 1);
    CHECK(ghosts[0].contains(u"49 Tage später"_qs));
    // Back to none: no ghost.
    QTest::keyClick(box, Qt::Key_Home);
    QCoreApplication::processEvents();
    CHECK(t.gantt->baseline().name.isEmpty());
    for (const report::ChartHotspot &h : t.gantt->hotspots())
        CHECK_FALSE(h.text.contains(u"im Stand"_qs));
}
