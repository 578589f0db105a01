// Copy, paste and actions on many rows on a large catalog (build one with tfp_bench_generate), on its largest
// Themenfeld: 1,000 ranking rows copied (Ctrl+C), 1,000 scores pasted (Ctrl+V, one undo step, until the
// ranking is recomputed) and the status of 500 Leistungen set from the tree's context menu.
//   tfp_bench_copypaste CATALOG.tfplan [--runs N]
#include "benchutil.h"
#include "document.h"
#include "itemviewactions.h"
#include "mainwindow.h"
#include "models/leistungfilter.h"
#include "models/leistungmodel.h"
#include "models/prioritisationmodel.h"
#include "roles.h"
#include "storage/catalog.h"
#include "views/leistungenview.h"
#include "views/prioritisationview.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QLocale>
#include <QMenu>
#include <QMimeData>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>
#include <memory>

using namespace tfp;

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"Themenfeldplaner-Bench"_qs);
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    const QStringList args = QApplication::arguments();
    if (args.size() < 2) {
        bench::print(u"Aufruf: tfp_bench_copypaste KATALOG.tfplan [--runs N]"_qs);
        return 2;
    }
    const int runs =
        std::max(3, args.indexOf(u"--runs"_qs) > 0 ? args.value(args.indexOf(u"--runs"_qs) + 1).toInt() : 7);
    ui::MainWindow w(Catalog::open(args[1], Catalog::Access::ReadWrite, Catalog::Verify::HeaderOnly));
    w.resize(1600, 1000);
    w.show();
    QApplication::processEvents();
    auto *actions = w.findChild<ui::ItemViewActions *>();
    const PlanSnapshot &plan = w.document()->plan();
    const int largest = bench::largestThemenfeld(plan);
    w.selectThemenfeld(largest);
    auto *prio = w.prioritisationView();
    w.tabs()->setCurrentWidget(prio);
    QApplication::processEvents();
    QTableView *table = prio->rankingTable();
    QSortFilterProxyModel *proxy = prio->proxy();
    ui::PrioritisationModel *ranking = prio->model();
    bench::print(u"%1: %2 Leistungen, %3 criteria, %4 scores"_qs.arg(plan.themenfeld(largest)->name)
                     .arg(ranking->rowCount())
                     .arg(ranking->result().kriterien.size())
                     .arg(ranking->scoreCount()));
    if (proxy->rowCount() < 1000 || ranking->result().kriterien.size() < 5) {
        bench::print(u"The Themenfeld is too small for this benchmark; generate with --factor 100."_qs);
        return 1;
    }

    // Copy: 1,000 whole rows of the ranking, every column as shown.
    table->setFocus();
    table->setCurrentIndex(proxy->index(0, 0));
    table->selectionModel()->select(
        QItemSelection(proxy->index(0, 0), proxy->index(999, proxy->columnCount() - 1)),
        QItemSelectionModel::ClearAndSelect);
    bench::report(
        u"copy 1,000 ranking rows with Ctrl+C (target median < 100 ms)"_qs,
        bench::timeRunsWithCpu(runs, [&](int) { QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier); }));
    const QString copied = QGuiApplication::clipboard()->text();
    bench::print(u"(copied %1 lines, %2 characters)"_qs.arg(copied.count(u'\n')).arg(copied.size()));

    // Paste: 200 rows × 5 criteria, values that differ from what is there in every run.
    const int first = ranking->columnOf(ui::PrioritisationModel::Kriterium);
    QUndoStack *undo = w.document()->undoStack();
    bool oneStep = true;
    bench::report(
        u"paste 1,000 scores with Ctrl+V, one undo step, until re-ranked (target median < 150 ms)"_qs,
        bench::timeRunsWithCpu(runs, [&](int run) {
            QStringList lines;
            for (int r = 0; r < 200; ++r) {
                QStringList cells;
                for (int k = 0; k < 5; ++k)
                    cells << QString::number((r + k + run) % 6);
                lines << cells.join(u'\t');
            }
            QGuiApplication::clipboard()->setText(lines.join(u'\n'));
            table->clearSelection();
            table->setCurrentIndex(proxy->index(300, first));
            const int before = undo->count();
            QTest::keyClick(table, Qt::Key_V, Qt::ControlModifier);
            QApplication::processEvents();
            QApplication::processEvents();
            oneStep = oneStep && undo->count() == before + 1;
        }));
    bench::print(oneStep ? u"(each paste was one undo step)"_qs : u"(A PASTE WAS NOT ONE UNDO STEP)"_qs);

    // Many rows: the status of 500 Leistungen of the tree, from its context menu.
    auto *leistungen = w.leistungenView();
    w.tabs()->setCurrentWidget(leistungen);
    QTreeView *tree = leistungen->tree();
    tree->expandAll();
    QApplication::processEvents();
    QItemSelection rows;
    int picked = 0;
    for (QModelIndex i = tree->model()->index(0, 0); i.isValid() && picked < 500; i = tree->indexBelow(i))
        if (i.data(ui::OzgIdRole).toInt()) {
            rows.select(i, i.siblingAtColumn(tree->model()->columnCount(i.parent()) - 1));
            ++picked;
        }
    tree->selectionModel()->select(rows, QItemSelectionModel::ClearAndSelect);
    bool allSet = true;
    bench::report(
        u"status of 500 Leistungen from the context menu, one undo step (target median < 150 ms)"_qs,
        bench::timeRunsWithCpu(runs, [&](int) {
            const std::unique_ptr<QMenu> menu(actions->createMenu(tree));
            // Another status than the first selected Leistung has, so that every run changes something.
            const QModelIndex first = rows.indexes().value(0);
            const QString now = first.siblingAtColumn(ui::LeistungModel::Status).data().toString();
            const QString wanted = now == u"in Umsetzung" ? u"online"_qs : u"in Umsetzung"_qs;
            const int before = undo->count();
            for (QAction *a : menu->findChild<QMenu *>(u"status"_qs)->actions())
                if (a->text() == wanted)
                    a->trigger();
            QApplication::processEvents();
            allSet = allSet && undo->count() == before + 1;
        }));
    bench::print(u"(%1 Leistungen selected; %2)"_qs.arg(picked).arg(
        allSet ? u"each change was one undo step"_qs : u"A CHANGE WAS NOT ONE UNDO STEP"_qs));
    bench::print(u"peak memory (VmHWM): %1 MB"_qs.arg(double(bench::peakRssKib()) / 1024.0, 0, 'f', 0));
    return 0;
}
