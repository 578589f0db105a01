// tfp_bench_ods: the Leistungen of a catalog (55,700 rows in the 100× catalog) written as .ods and, in the
// same run, as .xlsx: time per run and the peak memory of the export (target for ods: under 3 s, 300 MB).
// Each format runs in a child process of its own, so that one's peak memory does not hide the other's.
#include "benchutil.h"
#include "error.h"
#include "exchange/exportsheets.h"
#include "exchange/odswrite.h"
#include "exchange/xlsxwrite.h"
#include "storage/catalog.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <malloc.h>
#include <sys/resource.h>

using namespace tfp;
using namespace tfp::bench;

namespace {

qint64 statusKib(const QByteArray &field)
{
    QFile f(u"/proc/self/status"_qs);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith(field))
            return line.mid(field.size()).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

// CPU time of this process (user and system) in ms: on a shared machine the wall clock also counts waiting.
double cpuMs()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return (u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1e3 + (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e3;
}

// Resets the peak resident set size (VmHWM) to the current one (Linux: clear_refs 5).
void resetPeak()
{
    QFile f(u"/proc/self/clear_refs"_qs);
    if (f.open(QIODevice::WriteOnly))
        f.write("5");
}

// One format in this process: the sheet built from the loaded plan, the plan freed, then the export timed.
int child(const QString &catalog, const QString &format, int runs)
{
    exchange::Sheet sheet;
    {
        const auto c = Catalog::open(catalog, Catalog::Access::ReadOnly);
        const PlanSnapshot plan = c->loadPlan();
        sheet = exchange::exportSheet(plan, exchange::ImportKind::Leistungen);
    }
    malloc_trim(0); // what the loaded plan held goes back, so that the peak below is the export's
    QTemporaryDir dir;
    const QString out = dir.filePath(u"leistungen."_qs + format);
    const qint64 before = statusKib("VmRSS:");
    resetPeak();
    QList<double> cpu;
    const QList<double> ms = timeRuns(runs, [&](int) {
        const double start = cpuMs();
        if (format == u"ods")
            exchange::writeOds({sheet}, out);
        else
            exchange::writeXlsx({sheet}, out);
        cpu << cpuMs() - start;
    });
    const qint64 peak = statusKib("VmHWM:");
    report(u"%1: %2 rows × %3 columns, wall clock"_qs.arg(format)
               .arg(sheet.rows.size())
               .arg(sheet.header.size()),
           ms);
    report(u"%1: CPU time"_qs.arg(format), cpu);
    print(u"%1: file %2 KiB; RSS before the export %3 MiB (the sheet's rows), peak during it %4 MiB "
          "(+%5 MiB)"_qs.arg(format)
              .arg(QFileInfo(out).size() / 1024)
              .arg(double(before) / 1024, 0, 'f', 1)
              .arg(double(peak) / 1024, 0, 'f', 1)
              .arg(double(peak - before) / 1024, 0, 'f', 1));
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.addHelpOption();
    p.addPositionalArgument(u"KATALOG"_qs, u"the catalog, e.g. from tfp_bench_generate --factor 100"_qs);
    p.addOption({u"runs"_qs, u"runs per format (default 3)"_qs, u"N"_qs, u"3"_qs});
    p.addOption({u"format"_qs, u"only this format, in this process (ods or xlsx)"_qs, u"FORMAT"_qs});
    p.process(app);
    if (p.positionalArguments().size() != 1)
        p.showHelp(2);
    const QString catalog = p.positionalArguments()[0];
    const int runs = std::max(1, p.value(u"runs"_qs).toInt());
    try {
        if (p.isSet(u"format"_qs))
            return child(catalog, p.value(u"format"_qs), runs);
        for (const QString &format : {u"ods"_qs, u"xlsx"_qs}) {
            QProcess proc;
            proc.setProcessChannelMode(QProcess::ForwardedChannels);
            proc.start(QCoreApplication::applicationFilePath(),
                       {catalog, u"--format"_qs, format, u"--runs"_qs, QString::number(runs)});
            if (!proc.waitForFinished(-1) || proc.exitCode() != 0)
                return 1;
        }
    } catch (const Error &e) {
        print(e.message());
        return 1;
    }
    return 0;
}
