// tfp_bench_charts CATALOG [--runs N]: times each chart of the largest Themenfeld and of the whole programme
// on a (generated, large) catalog: building the chart from the analyses, and painting it to a 1360 × 800
// image. The Übersicht tab does both after every change while it is shown. Not a test: run by hand (README.md
// here).
#include "benchutil.h"
#include "report/chartexport.h"
#include "storage/catalog.h"

#include <QCommandLineParser>
#include <QGuiApplication>

using namespace tfp;
using namespace tfp::bench;

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser p;
    p.addPositionalArgument(u"CATALOG"_qs, u"the catalog, e.g. from tfp_bench_generate --factor 100"_qs);
    p.addOption({u"runs"_qs, u"runs per chart (default 5)"_qs, u"N"_qs, u"5"_qs});
    p.process(app);
    if (p.positionalArguments().size() != 1)
        p.showHelp(2);
    const int runs = std::max(1, p.value(u"runs"_qs).toInt());
    const auto catalog = Catalog::open(p.positionalArguments()[0], Catalog::Access::ReadOnly);
    const PlanSnapshot plan = catalog->loadPlan();
    // The Themenfeld with the most Leistungen: the worst case of one Themenfeld's charts.
    QHash<int, int> count;
    for (const Leistung &l : plan.leistungen)
        ++count[plan.themenfeldOf(l)];
    int largest = 0;
    for (auto it = count.cbegin(); it != count.cend(); ++it)
        if (!largest || it.value() > count.value(largest))
            largest = it.key();
    print(
        u"%1 Leistungen, %2 projects; largest Themenfeld %3 with %4 Leistungen"_qs.arg(plan.leistungen.size())
            .arg(plan.projekte.size())
            .arg(plan.themenfeld(largest)->name)
            .arg(count.value(largest)));
    for (const std::optional<int> tf : {std::optional<int>(largest), std::optional<int>()}) {
        report::ChartOptions o;
        o.themenfeldId = tf;
        o.today = QDate(2026, 12, 1);
        for (report::ChartKind k : report::allChartKinds()) {
            const QString what =
                u"%1 %2"_qs.arg(report::chartKindName(k), tf ? u"Themenfeld"_qs : u"Programm"_qs);
            report::ChartModel m;
            bench::report(what + u": model"_qs,
                          timeRuns(runs, [&](int) { m = report::chartModel(k, plan, o); }));
            bench::report(what + u": paint 1360x800"_qs, timeRuns(runs, [&](int) {
                              (void)report::renderChartImage(m, o, QSize(1360, 800));
                          }));
        }
    }
    return 0;
}
