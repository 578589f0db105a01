// The Zeitplan tab's programme Gantt on a large catalog (issue 16): the first paint of the whole programme,
// a scroll step (a wheel notch), a zoom step, each frame while a milestone is dragged, and the drop of a
// milestone with 20 dependants that move along (the question answered at once). The window is 1366 × 768.
//   tfp_bench_gantt CATALOG.tfplan [--runs N]
// It adds dependencies and moves dates in the catalog: use a copy.
#include "benchutil.h"
#include "document.h"
#include "edit/edits.h"
#include "storage/catalog.h"
#include "views/zeitplangantt.h"
#include "views/zeitplanview.h"

#include <QAbstractButton>
#include <QApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace tfp;
using namespace tfp::ui;

namespace {

void settle()
{
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents();
}

QScrollArea *scrollAreaOf(QWidget *w)
{
    for (QWidget *p = w->parentWidget(); p; p = p->parentWidget())
        if (auto *a = qobject_cast<QScrollArea *>(p))
            return a;
    return nullptr;
}

// An open milestone in the middle of the plan and up to 20 open ones of other projects planned around it,
// which a move of it by half a year or more would all put before it.
std::pair<qint64, QList<qint64>> pickDependants(const PlanSnapshot &plan)
{
    QList<const Meilenstein *> open;
    for (const Meilenstein &m : plan.meilensteine)
        if (m.geplant.isValid() && !m.ist.isValid())
            open.append(&m);
    std::sort(open.begin(), open.end(), [](auto *a, auto *b) { return a->geplant < b->geplant; });
    if (open.size() < 100)
        return {};
    const Meilenstein *a = open[open.size() / 2];
    QList<qint64> dependants;
    for (const Meilenstein *m : open)
        if (m->projektId != a->projektId && qAbs(m->geplant.daysTo(a->geplant)) <= 60 &&
            dependants.size() < 20)
            dependants.append(m->id);
    return {a->id, dependants};
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        bench::print(u"usage: tfp_bench_gantt CATALOG.tfplan [--runs N]"_qs);
        return 2;
    }
    const int runs = args.contains(u"--runs"_qs) ? args.value(args.indexOf(u"--runs"_qs) + 1).toInt() : 20;
    Document doc(Catalog::open(args[1]));
    bench::print(
        u"%1 projects, %2 milestones"_qs.arg(doc.plan().projekte.size()).arg(doc.plan().meilensteine.size()));

    // The first paint of the programme: the view made and shown until its Gantt is on screen.
    const QList<double> first = bench::timeRuns(std::max(3, runs / 4), [&](int) {
        ZeitplanView view(doc);
        view.resize(1366, 768);
        view.setThemenfeld(0);
        view.show();
        (void)QTest::qWaitForWindowExposed(&view);
        settle();
    });
    bench::report(u"first paint of the programme Gantt (target < 150 ms)"_qs, first);

    ZeitplanView view(doc);
    view.resize(1366, 768);
    view.setThemenfeld(0);
    view.show();
    if (!QTest::qWaitForWindowExposed(&view))
        return 1;
    settle();
    ZeitplanGantt *gantt = view.gantt();
    QScrollArea *area = scrollAreaOf(gantt);
    QScrollBar *bar = area->verticalScrollBar();
    bench::print(u"%1 rows, %2 px high"_qs.arg(gantt->rows().size()).arg(gantt->height()));

    // Scrolling: one wheel notch (three lines) at a time, down through the middle of the programme.
    bar->setValue(bar->maximum() / 2);
    settle();
    const QList<double> scroll = bench::timeRuns(runs, [&](int) {
        bar->setValue(bar->value() + 3 * bar->singleStep());
        settle();
    });
    bench::report(u"scroll step (target median < 16 ms)"_qs, scroll);

    const QList<ZeitplanGantt::Zoom> zooms{ZeitplanGantt::Zoom::Monat, ZeitplanGantt::Zoom::Quartal,
                                           ZeitplanGantt::Zoom::Jahr, ZeitplanGantt::Zoom::Gesamt};
    const QList<double> zoom = bench::timeRuns(runs, [&](int i) {
        gantt->setZoom(zooms[i % zooms.size()]);
        settle();
    });
    bench::report(u"zoom step (target median < 16 ms)"_qs, zoom);

    // The milestone with dependants, its row scrolled into sight at year zoom.
    const auto [moved, dependants] = pickDependants(doc.plan());
    if (!moved || dependants.size() < 20) {
        bench::print(
            u"the catalog has no milestone with 20 open ones around it: generate it with --factor 100"_qs);
        return 1;
    }
    for (qint64 d : dependants)
        if (!doc.run([&] { return edit::addMeilensteinAbhaengigkeit(doc.catalog(), d, moved); }))
            return 1;
    gantt->setCurrentMeilenstein(moved);
    gantt->setZoom(ZeitplanGantt::Zoom::Monat); // centred on the current milestone …
    gantt->setZoom(ZeitplanGantt::Zoom::Jahr);  // … then wide enough to drag half a year
    settle();
    qint64 projekt = 0;
    for (const Meilenstein &m : doc.plan().meilensteine)
        if (m.id == moved)
            projekt = m.projektId;
    for (qsizetype i = 0; i < gantt->rows().size(); ++i)
        if (gantt->rows()[i].projektId == projekt) {
            const report::GanttGeometry &g = gantt->geometry();
            area->ensureVisible(0, int(g.top + (double(i) + 0.5) * g.rowHeight), 0, 100);
        }
    settle();
    const auto at = gantt->meilensteinPunkt(moved);
    if (!at) {
        bench::print(u"the milestone is not in sight"_qs);
        return 1;
    }
    const QPoint from = at->toPoint();

    // Dragging: one frame per mouse move, three pixels apart.
    QTest::mousePress(gantt, Qt::LeftButton, {}, from);
    const QList<double> drag = bench::timeRuns(runs * 2, [&](int i) {
        QTest::mouseMove(gantt, from + QPoint(3 * (i + 1), 0));
        settle();
    });
    QTest::keyClick(gantt, Qt::Key_Escape);
    QTest::mouseRelease(gantt, Qt::LeftButton, {}, from);
    bench::report(u"drag-move frame (target median < 16 ms)"_qs, drag);

    // The drop half a year later: all 20 dependants come after it, moved along in one step. The question is
    // answered as soon as it shows; each run is undone (untimed) for the next.
    const double halbesJahr = 182 * (gantt->geometry().right - gantt->geometry().left) /
                              double(gantt->geometry().from.daysTo(gantt->geometry().to));
    const QPoint to = from + QPoint(int(halbesJahr), 0);
    const int steps = doc.undoStack()->count();
    QList<double> drop;
    for (int i = 0; i < std::max(3, runs / 4); ++i) {
        QTest::mousePress(gantt, Qt::LeftButton, {}, from);
        QTest::mouseMove(gantt, (from + to) / 2);
        QTest::mouseMove(gantt, to);
        QTimer answer;
        answer.setInterval(0);
        QObject::connect(&answer, &QTimer::timeout, [&answer] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                answer.stop();
                box->defaultButton()->click(); // "Mitverschieben"
            }
        });
        answer.start();
        drop += bench::timeRuns(1, [&](int) {
            QTest::mouseRelease(gantt, Qt::LeftButton, {}, to);
            settle();
        });
        if (doc.undoStack()->count() != steps + 1) {
            bench::print(u"the drop did not move the milestone: %1"_qs.arg(gantt->meldung()));
            return 1;
        }
        doc.undoStack()->undo();
        settle();
    }
    bench::report(u"drop with 20 dependants moved along (target < 100 ms)"_qs, drop);
    return 0;
}
