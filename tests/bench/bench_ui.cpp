// GUI benchmark on a large catalog (build one with tfp_bench_generate): time until the main window is usable,
// time per filter keystroke over the whole programme, and peak memory.
//   tfp_bench_ui CATALOG.tfplan
#include "benchutil.h"
#include "document.h"
#include "mainwindow.h"
#include "models/kriterienmodel.h"
#include "models/leistungfilter.h"
#include "models/prioritaetmodel.h"
#include "storage/catalog.h"
#include "views/abdeckungview.h"
#include "views/leistungenview.h"
#include "views/prioritaetview.h"
#include "views/wellenpanel.h"

#include <QApplication>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

using namespace tfp;

int main(int argc, char **argv)
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"Themenfeldplaner-Bench"_qs);
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    if (argc < 2) {
        bench::print(u"Aufruf: tfp_bench_ui KATALOG.tfplan"_qs);
        return 2;
    }
    // As the app does: the page check runs in the background once the window is up.
    auto catalog = Catalog::open(QString::fromLocal8Bit(argv[1]), Catalog::Access::ReadWrite,
                                 Catalog::Verify::HeaderOnly);
    const qint64 openMs = sinceStart.elapsed();
    if (qEnvironmentVariableIsSet("TFP_BENCH_DETAIL")) {
        QElapsedTimer load;
        load.start();
        const PlanSnapshot probe = catalog->loadPlan(PlanDetail::Summary);
        bench::print(u"(detail) loadPlan(Summary): %1 ms"_qs.arg(load.elapsed()));
    }
    ui::MainWindow w(std::move(catalog));
    w.show();
    w.selectThemenfeld(0); // the whole programme: the largest tree
    QApplication::processEvents();
    const qint64 usableMs = sinceStart.elapsed();
    const auto &plan = w.document()->plan();
    bench::print(u"catalog: %1 Leistungen, %2 LeiKa-Leistungen, %3 projects, %4 milestones"_qs
                     .arg(plan.leistungen.size())
                     .arg(plan.leika.size())
                     .arg(plan.projekte.size())
                     .arg(plan.meilensteine.size()));
    bench::print(u"open catalog (header checks; pages are verified in the background): %1 ms"_qs.arg(openMs));
    bench::print(u"main window usable after start: %1 ms (target < 1500 ms)"_qs.arg(usableMs));

    // Filter as you type: one keystroke is setText on the proxy and the view's update, measured per key.
    QLineEdit *search = w.leistungenView()->searchField();
    QList<double> keys;
    for (const QString &word : {u"antrag"_qs, u"genehmigung"_qs, u"10169"_qs, u"bescheinigung"_qs}) {
        search->clear();
        QApplication::processEvents();
        for (QChar ch : word) {
            QElapsedTimer t;
            t.start();
            QTest::keyClick(search, ch.toLatin1());
            QApplication::processEvents();
            keys.append(double(t.nsecsElapsed()) / 1e6);
        }
    }
    // Priorisierung of the largest Themenfeld: opening it (its scores read, ranked, the table filled), a full
    // recompute, a score entered (one command, re-ranked, rows updated and re-sorted) and a weight spin box
    // tick (preview only). Each edit is measured until the debounced recompute has run.
    const int largest = bench::largestThemenfeld(plan);
    auto *prio = w.prioritaetView();
    w.tabs()->setCurrentWidget(prio);
    QApplication::processEvents();
    QElapsedTimer open;
    open.start();
    prio->setThemenfeld(largest);
    QApplication::processEvents();
    const qint64 openPrio = open.elapsed();
    ui::PrioritaetModel *ranking = prio->model();
    bench::print(u"Priorisierung %1 (%2 Leistungen, %3 Bewertungen): opened in %4 ms"_qs
                     .arg(plan.themenfeld(largest)->name)
                     .arg(ranking->rowCount())
                     .arg(ranking->scoreCount())
                     .arg(openPrio));
    bench::report(u"Priorisierung: recompute and update the table (target < 100 ms)"_qs,
                  bench::timeRuns(10, [&](int) { ranking->recompute(); }));
    QSortFilterProxyModel *proxy = prio->proxy();
    const int column = ranking->columnOf(ui::PrioritaetModel::Kriterium);
    bench::report(u"Priorisierung: score entered, stored and re-ranked (target < 100 ms)"_qs,
                  bench::timeRuns(10, [&](int i) {
                      const QModelIndex cell = proxy->index(i * 37 % proxy->rowCount(), column);
                      const QVariant old = cell.data(Qt::EditRole);
                      proxy->setData(cell, old.isNull() ? 3 : (old.toInt() + 1) % 6, Qt::EditRole);
                      QApplication::processEvents();
                  }));
    if (qEnvironmentVariableIsSet("TFP_BENCH_DETAIL")) {
        bench::report(u"(detail) wave plan rebuilt"_qs, bench::timeRuns(5, [&](int) {
                          prio->wellenPanel()->reset();
                          prio->wellenPanel()->setResult(ranking->result());
                      }));
        bench::print(
            u"(detail) %1 waves, %2 conflicts, %3 cycles"_qs.arg(ranking->result().wellen.wellen.size())
                .arg(ranking->result().wellen.konflikte.size())
                .arg(ranking->result().wellen.zyklen.size()));
        bench::report(u"(detail) proxy re-sorted"_qs, bench::timeRuns(5, [&](int) { proxy->invalidate(); }));
    }
    auto *spin = qobject_cast<QDoubleSpinBox *>(
        prio->kriterienTable()->indexWidget(prio->kriterienModel()->index(0, ui::KriterienModel::Gewicht)));
    if (spin)
        bench::report(u"Priorisierung: weight spin box tick, live re-rank (target < 100 ms)"_qs,
                      bench::timeRuns(10, [&](int i) {
                          spin->setValue(1.5 + 0.5 * i);
                          QApplication::processEvents();
                      }));
    // The Abdeckung tab over the whole programme: coverage, the Kennzahlen and the list on screen, when the
    // tab is first shown and each time the scope changes.
    auto *abdeckung = w.abdeckungView();
    QElapsedTimer cov;
    cov.start();
    w.tabs()->setCurrentWidget(abdeckung);
    QApplication::processEvents();
    bench::print(u"Abdeckung tab shown for the whole programme: %1 ms"_qs.arg(cov.elapsed()));
    QList<double> recompute;
    for (int i = 0; i < 6; ++i) {
        QElapsedTimer t;
        t.start();
        abdeckung->setScope(i % 2 ? analysis::Scope::Alle : analysis::Scope::Foederal);
        recompute.append(double(t.nsecsElapsed()) / 1e6);
    }
    bench::report(u"Abdeckung recomputed for the whole programme (scope switch)"_qs, recompute);

    QElapsedTimer verify;
    verify.start();
    const QString problem = Catalog::verifyPages(QString::fromLocal8Bit(argv[1]));
    bench::print(u"background page check (quick_check): %1 ms, %2"_qs.arg(verify.elapsed())
                     .arg(problem.isEmpty() ? u"ok"_qs : problem));
    bench::report(u"filter keystroke over the whole programme (target median < 16 ms)"_qs, keys);
    bench::print(u"peak memory (VmHWM): %1 MB (target < 400 MB)"_qs.arg(double(bench::peakRssKib()) / 1024.0,
                                                                        0, 'f', 0));
    return 0;
}
