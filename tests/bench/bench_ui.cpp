// GUI benchmark on a large catalog (build one with tfp_bench_generate): time until the main window is usable,
// time per filter keystroke over the whole programme, a score entered and re-ranked, and peak memory. Every
// figure is measured twice in one run, each time in a fresh process of its own: on the machine as it is
// ("calm") and with two busy-loop processes beside it ("busy"), standing for a loaded workstation.
//   tfp_bench_ui [--sync] CATALOG.tfplan
// --sync opens the catalog as the app did before it opened in the background: open and load, then the window.
// The catalog is opened as one received from someone else (its values are checked on open): each
// measuring process gets an empty record of checked files. It changes scores in the catalog: use a copy.
#include "benchutil.h"
#include "document.h"
#include "mainwindow.h"
#include "models/kriterienmodel.h"
#include "models/leistungfilter.h"
#include "models/leistungmodel.h"
#include "models/prioritisationmodel.h"
#include "storage/catalog.h"
#include "views/coverageview.h"
#include "views/leistungenview.h"
#include "views/prioritisationview.h"
#include "views/wellenpanel.h"

#include <QApplication>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QLocale>
#include <QProcess>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>

using namespace tfp;

namespace {

// With TFP_BENCH_DETAIL: every event the UI thread took 10 ms or longer to handle until the data was shown (3
// ms for an event sent while handling another, indented, listed before it), by receiver and event type, so
// that the longest stall can be told apart from its neighbours.
class TimingApplication : public QApplication
{
public:
    using QApplication::QApplication;
    bool notify(QObject *receiver, QEvent *event) override
    {
        if (!recording || depth > 3)
            return QApplication::notify(receiver, event);
        ++depth;
        const qint64 at = clock.elapsed();
        const double cpu = bench::threadCpuMs();
        const QString what = QString::fromLatin1(receiver->metaObject()->className()) + u' ' +
                             receiver->objectName() + u" event "_qs + QString::number(int(event->type()));
        const bool handled = QApplication::notify(receiver, event);
        --depth;
        if (const qint64 ms = clock.elapsed() - at; ms >= (depth > 0 ? 3 : 10))
            slow.append(QString(depth * 2, u' ') + u"%1 ms (CPU %2) at %3 ms: %4"_qs.arg(ms)
                                                       .arg(bench::threadCpuMs() - cpu, 0, 'f', 1)
                                                       .arg(at)
                                                       .arg(what));
        return handled;
    }
    QElapsedTimer clock; // started with main()'s
    bool recording = false;
    int depth = 0;
    QStringList slow;
};

// One figure of a measuring process, for the parent's table: "@figure key|label|value|target".
void figure(const QString &key, const QString &label, double value, const QString &target = {})
{
    bench::print(u"@figure %1|%2|%3|%4"_qs.arg(key, label).arg(value, 0, 'f', 1).arg(target));
}

// Wall-clock and UI-thread CPU figures of repeated runs: the median (and p95 where asked) and the CPU median.
void figures(const QString &key, const QString &label, const bench::Runs &r, const QString &target = {},
             const QString &p95Target = {})
{
    figure(key + u"_median"_qs, label + u", median (ms)"_qs, bench::median(r.wall), target);
    if (!p95Target.isEmpty() || r.wall.size() >= 20)
        figure(key + u"_p95"_qs, label + u", p95 (ms)"_qs, bench::percentile(r.wall, 0.95), p95Target);
    figure(key + u"_cpu"_qs, label + u", UI-thread CPU median (ms)"_qs, bench::median(r.cpu));
}

// Measures in this process and prints the figures: called by the parent once calm, once busy.
int measure(const QString &path, bool sync, const QElapsedTimer &sinceStart)
{
    // The longest time the event loop did not run from the start until the data was shown: a timer due every
    // 10 ms, late by as much as the UI thread was busy.
    const double startCpuMs = bench::threadCpuMs();
    // Beside it, the UI thread's own CPU time between two ticks, the longest: the part of a stall that the
    // program itself spent, which a busier machine stretches but does not make (the figure to compare two
    // builds by when the machine's load varies).
    qint64 lastTick = sinceStart.elapsed();
    qint64 longestStall = 0;
    double lastTickCpu = startCpuMs;
    double longestStallCpu = 0;
    QTimer watchdog;
    watchdog.setInterval(10);
    QObject::connect(&watchdog, &QTimer::timeout, [&] {
        const qint64 now = sinceStart.elapsed();
        const double cpu = bench::threadCpuMs();
        longestStall = std::max(longestStall, now - lastTick - 10);
        longestStallCpu = std::max(longestStallCpu, cpu - lastTickCpu);
        lastTick = now;
        lastTickCpu = cpu;
    });
    watchdog.start();
    auto *timing = static_cast<TimingApplication *>(QCoreApplication::instance());
    timing->recording = qEnvironmentVariableIsSet("TFP_BENCH_DETAIL");
    QFile perfControl(qEnvironmentVariable("TFP_PERF_CTL"));
    if (!perfControl.fileName().isEmpty() && perfControl.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        perfControl.write("enable\n");

    // As the app does: the window first, the catalog opened, checked and loaded in the background, the page
    // check in the background once the data is there. --sync: as the app did before, everything first.
    std::unique_ptr<ui::MainWindow> window;
    qint64 usableMs = -1;
    if (sync) {
        window = std::make_unique<ui::MainWindow>(
            Catalog::open(path, Catalog::Access::ReadWrite, Catalog::Verify::HeaderOnly));
        window->show();
        window->selectThemenfeld(0); // the whole programme: the largest tree
        QApplication::processEvents();
        usableMs = sinceStart.elapsed();
    } else {
        window = std::make_unique<ui::MainWindow>(nullptr);
        window->show();
        QTimer::singleShot(0, [&] { usableMs = sinceStart.elapsed(); }); // the first event handled
        bool failed = false;
        QObject::connect(window.get(), &ui::MainWindow::openFailed, [&] { failed = true; });
        window->openInBackground(path);
        while (!window->document() && !failed)
            QApplication::processEvents(QEventLoop::WaitForMoreEvents);
        if (failed) {
            bench::print(u"the catalog was not opened"_qs);
            return 1;
        }
        window->selectThemenfeld(0);
        QApplication::processEvents();
    }
    ui::MainWindow &w = *window;
    // A large tree is built in the background: the data is shown once it is swapped in.
    while (w.leistungenView()->model()->isBuilding())
        QApplication::processEvents(QEventLoop::WaitForMoreEvents);
    const qint64 dataMs = sinceStart.elapsed();
    const double dataCpuMs = bench::threadCpuMs() - startCpuMs;
    // One more turn of the event loop so that the watchdog sees the last stall.
    QTest::qWait(20);
    watchdog.stop();
    if (perfControl.isOpen())
        perfControl.write("disable\n");
    timing->recording = false;
    for (const QString &line : std::as_const(timing->slow))
        bench::print(u"(detail) slow event: "_qs + line);
    const auto &plan = w.document()->plan();
    bench::print(u"catalog: %1 Leistungen, %2 LeiKa-Leistungen, %3 projects, %4 milestones"_qs
                     .arg(plan.leistungen.size())
                     .arg(plan.leika.size())
                     .arg(plan.projekte.size())
                     .arg(plan.meilensteine.size()));
    figure(u"usable"_qs, u"main window usable after start (ms)"_qs, double(usableMs), u"< 1500"_qs);
    figure(u"data"_qs, u"data shown after start (ms)"_qs, double(dataMs));
    figure(u"data_cpu"_qs, u"UI-thread CPU until the data is shown (ms)"_qs, dataCpuMs);
    figure(u"stall"_qs, u"longest UI-thread stall until the data is shown (ms)"_qs, double(longestStall),
           u"< 100"_qs);
    figure(u"stall_cpu"_qs, u"longest UI-thread CPU time between two ticks until the data is shown (ms)"_qs,
           longestStallCpu);

    // Filter as you type: one keystroke is setText on the proxy and the view's update, measured per key.
    QLineEdit *search = w.leistungenView()->searchField();
    bench::Runs keys;
    for (const QString &word : {u"antrag"_qs, u"genehmigung"_qs, u"10169"_qs, u"bescheinigung"_qs}) {
        search->clear();
        QApplication::processEvents();
        const bench::Runs r = bench::timeRunsWithCpu(int(word.size()), [&](int i) {
            QTest::keyClick(search, word[i].toLatin1());
            QApplication::processEvents();
        });
        keys.wall += r.wall;
        keys.cpu += r.cpu;
    }
    figures(u"filter"_qs, u"filter keystroke over the whole programme"_qs, keys, u"< 16"_qs, u"< 50"_qs);

    // Priorisierung of the largest Themenfeld: opening it (its scores read, ranked, the table filled), a full
    // recompute, a score entered (one command, re-ranked, rows updated and re-sorted) and a weight spin box
    // tick (preview only). Each edit is measured until the debounced recompute has run.
    const int largest = bench::largestThemenfeld(plan);
    auto *prio = w.prioritisationView();
    w.selectThemenfeld(largest);
    w.tabs()->setCurrentWidget(prio);
    QApplication::processEvents();
    QElapsedTimer open;
    open.start();
    prio->setThemenfeld(largest);
    QApplication::processEvents();
    const qint64 openPrio = open.elapsed();
    ui::PrioritisationModel *ranking = prio->model();
    bench::print(u"Priorisierung of %1: %2 Leistungen, %3 Bewertungen"_qs.arg(plan.themenfeld(largest)->name)
                     .arg(ranking->rowCount())
                     .arg(ranking->scoreCount()));
    figure(u"prio_open"_qs, u"Priorisierung of the largest Themenfeld opened (ms)"_qs, double(openPrio));
    figures(u"recompute"_qs, u"Priorisierung: recompute and update the table"_qs,
            bench::timeRunsWithCpu(10, [&](int) { ranking->recompute(); }), u"< 100"_qs);
    QSortFilterProxyModel *proxy = prio->proxy();
    const int column = ranking->columnOf(ui::PrioritisationModel::Kriterium);
    figures(u"score"_qs, u"Priorisierung: score entered, stored and re-ranked"_qs,
            bench::timeRunsWithCpu(10,
                                   [&](int i) {
                                       const QModelIndex cell =
                                           proxy->index(i * 37 % proxy->rowCount(), column);
                                       const QVariant old = cell.data(Qt::EditRole);
                                       proxy->setData(cell, old.isNull() ? 3 : (old.toInt() + 1) % 6,
                                                      Qt::EditRole);
                                       QApplication::processEvents();
                                   }),
            u"< 50"_qs);
    // The rank ranges follow the ranking from a worker: the same edit, measured until they are shown too.
    const auto rangesShown = [&] {
        while (ranking->sensitivityPending())
            QApplication::processEvents(QEventLoop::WaitForMoreEvents);
    };
    rangesShown();
    figures(u"score_ranges"_qs, u"Priorisierung: score entered until its rank ranges are shown too"_qs,
            bench::timeRunsWithCpu(10, [&](int i) {
                const QModelIndex cell = proxy->index((i * 37 + 11) % proxy->rowCount(), column);
                const QVariant old = cell.data(Qt::EditRole);
                proxy->setData(cell, old.isNull() ? 3 : (old.toInt() + 1) % 6, Qt::EditRole);
                QApplication::processEvents();
                rangesShown();
            }));
    if (qEnvironmentVariableIsSet("TFP_BENCH_DETAIL")) {
        bench::report(u"(detail) wave plan rebuilt"_qs, bench::timeRuns(5, [&](int) {
                          prio->wellenPanel()->reset();
                          prio->wellenPanel()->setResult(ranking->result());
                      }));
        bench::report(u"(detail) proxy re-sorted"_qs, bench::timeRuns(5, [&](int) { proxy->invalidate(); }));
    }
    auto *spin = qobject_cast<QDoubleSpinBox *>(
        prio->kriterienTable()->indexWidget(prio->kriterienModel()->index(0, ui::KriterienModel::Gewicht)));
    if (spin)
        figures(u"weight"_qs, u"Priorisierung: weight spin box tick, live re-rank"_qs,
                bench::timeRunsWithCpu(10,
                                       [&](int i) {
                                           spin->setValue(1.5 + 0.5 * i);
                                           QApplication::processEvents();
                                       }),
                u"< 100"_qs);
    // The Abdeckung tab over the whole programme: coverage, the Kennzahlen and the list on screen, when the
    // tab is first shown and each time the scope changes.
    w.selectThemenfeld(0);
    auto *abdeckung = w.coverageView();
    QElapsedTimer cov;
    cov.start();
    w.tabs()->setCurrentWidget(abdeckung);
    QApplication::processEvents();
    figure(u"abdeckung"_qs, u"Abdeckung tab shown for the whole programme (ms)"_qs, double(cov.elapsed()));
    figures(u"scope"_qs, u"Abdeckung recomputed for the whole programme (scope switch)"_qs,
            bench::timeRunsWithCpu(6, [&](int i) {
                abdeckung->setScope(i % 2 ? analysis::Scope::Alle : analysis::Scope::Foederal);
            }));
    figure(u"peak"_qs, u"peak memory, VmHWM (MB)"_qs, double(bench::peakRssKib()) / 1024.0, u"< 250"_qs);
    return 0;
}

struct Figure
{
    QString label;
    QString target;
    QString calm;
    QString busy;
};

// Runs `tfp_bench_ui --measure CATALOG` with a record of checked files of its own (so that the catalog counts
// as received), echoes its output and collects its figures into table (column busy or calm).
bool runMeasuring(const QString &catalog, bool sync, bool busy, QList<QString> &order,
                  QHash<QString, Figure> &table)
{
    QTemporaryDir home;
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"XDG_DATA_HOME"_qs, home.filePath(u"data"_qs));
    env.insert(u"XDG_CONFIG_HOME"_qs, home.filePath(u"config"_qs));
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
    p.start(QCoreApplication::applicationFilePath(), sync
                                                         ? QStringList{u"--measure"_qs, u"--sync"_qs, catalog}
                                                         : QStringList{u"--measure"_qs, catalog});
    p.waitForFinished(-1);
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    for (const QString &line : out.split(u'\n', Qt::SkipEmptyParts)) {
        if (!line.startsWith(u"@figure "_qs)) {
            bench::print(u"  "_qs + line);
            continue;
        }
        const QStringList f = line.mid(8).split(u'|');
        if (f.size() < 4)
            continue;
        if (!table.contains(f[0]))
            order.append(f[0]);
        Figure &row = table[f[0]];
        row.label = f[1];
        row.target = f[3];
        (busy ? row.busy : row.calm) = f[2];
        bench::print(u"  %1: %2"_qs.arg(f[1], f[2]));
    }
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        bench::print(u"the measuring process failed (exit code %1)"_qs.arg(p.exitCode()));
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // The offscreen platform's own screen is 800 × 600: smaller than the window's minimum, so the window grew
    // while its views were made and repainted whole each time, which no workstation does. The measuring
    // processes get the screen of the planners' laptops, 1366 × 768, that the project checks its layouts at.
    QTemporaryDir screenDir;
    if (qgetenv("QT_QPA_PLATFORM") == "offscreen" && screenDir.isValid()) {
        const QString config = screenDir.filePath(u"screen.json"_qs);
        QFile f(config);
        if (f.open(QIODevice::WriteOnly))
            f.write(R"({"screens": [{"name": "bench", "x": 0, "y": 0, "width": 1366, "height": 768,
                        "logicalDpiX": 96, "logicalDpiY": 96, "dpr": 1}]})");
        f.close();
        qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + QFile::encodeName(config));
    }
    TimingApplication app(argc, argv);
    app.clock = sinceStart;
    QApplication::setOrganizationName(u"Themenfeldplaner-Bench"_qs);
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    const QStringList args = QApplication::arguments();
    if (args.size() >= 3 && args[1] == u"--measure")
        return measure(args.last(), args.contains(u"--sync"_qs), sinceStart);
    const bool sync = args.contains(u"--sync"_qs);
    if (args.size() != (sync ? 3 : 2)) {
        bench::print(u"Aufruf: tfp_bench_ui [--sync] KATALOG.tfplan"_qs);
        return 2;
    }
    QList<QString> order;
    QHash<QString, Figure> table;
    bench::print(u"calm (nothing started beside it):"_qs);
    bool ok = runMeasuring(args.last(), sync, false, order, table);
    {
        const bench::BusyLoops loops(2);
        bench::print(u"busy (%1 busy-loop processes beside it):"_qs.arg(loops.running()));
        ok = runMeasuring(args.last(), sync, true, order, table) && ok;
    }
    bench::print(u"\n| figure | calm | busy | target |\n|---|---|---|---|"_qs);
    for (const QString &key : std::as_const(order)) {
        const Figure &f = table[key];
        bench::print(u"| %1 | %2 | %3 | %4 |"_qs.arg(f.label, f.calm, f.busy, f.target));
    }
    return ok ? 0 : 1;
}
