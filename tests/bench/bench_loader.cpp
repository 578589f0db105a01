// tfp_bench_loader: what loading a catalog costs a whole `tfp coverage` process, side by side with the
// sqlite3 command line printing every row of every table of the same file, and on the real catalog against a
// process that does nothing (`tfp --version`). CPU time and peak memory come from the kernel's accounting of
// each child.
#include "benchutil.h"
#include "storage/catalogfile.h"
#include "storage/schema.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <vector>

using namespace tfp;
using namespace tfp::bench;

namespace {

struct Usage
{
    double cpuMs = 0; // user + system
    double wallMs = 0;
    double peakMib = 0; // ru_maxrss
};

double ms(const timeval &t)
{
    return double(t.tv_sec) * 1e3 + double(t.tv_usec) / 1e3;
}

// Runs the program with its output thrown away (the rows are still formatted and written) and returns what
// the kernel counted for that one child; wait4 reports the child alone, not earlier ones.
Usage runChild(const QStringList &command)
{
    std::vector<QByteArray> args;
    for (const QString &a : command)
        args.push_back(a.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &a : args)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    QElapsedTimer t;
    t.start();
    const pid_t pid = fork();
    if (pid < 0)
        qFatal("fork failed");
    if (pid == 0) {
        const int null = open("/dev/null", O_WRONLY);
        dup2(null, STDOUT_FILENO);
        execv(argv[0], argv.data());
        _exit(127);
    }
    int status = 0;
    rusage ru{};
    if (wait4(pid, &status, 0, &ru) != pid)
        qFatal("wait4 failed");
    Usage u;
    u.wallMs = double(t.nsecsElapsed()) / 1e6;
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        print(u"FEHLER: %1 endete mit Status %2"_qs.arg(command.join(u' ')).arg(status));
        std::exit(1);
    }
    u.cpuMs = ms(ru.ru_utime) + ms(ru.ru_stime);
    u.peakMib = double(ru.ru_maxrss) / 1024;
    return u;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

struct Medians
{
    double cpuMs, wallMs, peakMib;
};

// Runs the commands in turn, runs times, so that a busier moment of the machine hits all of them alike.
QList<Medians> sideBySide(const QList<QPair<QString, QStringList>> &commands, int runs)
{
    QList<QList<Usage>> all(commands.size());
    for (int i = 0; i < runs; ++i)
        for (qsizetype c = 0; c < commands.size(); ++c)
            all[c].append(runChild(commands[c].second));
    QList<Medians> out;
    for (qsizetype c = 0; c < commands.size(); ++c) {
        QList<double> cpu, wall, peak;
        for (const Usage &u : all[c]) {
            cpu.append(u.cpuMs);
            wall.append(u.wallMs);
            peak.append(u.peakMib);
        }
        report(commands[c].first + u" CPU"_qs, cpu);
        report(commands[c].first + u" Wanduhr"_qs, wall);
        print(u"%1 Spitzenspeicher: median %2 MiB"_qs.arg(commands[c].first).arg(median(peak), 0, 'f', 1));
        out.append({median(cpu), median(wall), median(peak)});
    }
    return out;
}

// Every row of every table, in the sqlite3 shell's default list format.
QString everyRow()
{
    QStringList tables{catalogfile::kMeta, catalogfile::kJournal};
    for (const schema::TableDef &d : schema::tables())
        tables.append(d.name);
    QString sql;
    for (const QString &t : tables)
        sql += u"SELECT * FROM %1;"_qs.arg(t);
    return sql;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.setApplicationDescription(
        u"Misst tfp coverage als Prozess gegen sqlite3, das jede Zeile ausgibt, und auf "
        "dem echten Katalog gegen tfp --version."_qs);
    p.addHelpOption();
    p.addPositionalArgument(u"GROSS"_qs, u"Ein großer Katalog (tfp_bench_generate --factor 100)."_qs);
    p.addOption({u"runs"_qs, u"Wiederholungen (Vorgabe 5)."_qs, u"N"_qs, u"5"_qs});
    p.addOption({u"tfp"_qs, u"Ein anderes tfp-Programm messen (etwa das eines älteren Stands)."_qs,
                 u"PROGRAMM"_qs, QStringLiteral(TFP_CLI)});
    p.process(app);
    const int runs = p.value(u"runs"_qs).toInt();
    const QString sqlite = QStandardPaths::findExecutable(u"sqlite3"_qs);
    if (runs < 1 || p.positionalArguments().size() != 1 || sqlite.isEmpty()) {
        std::fputs("tfp_bench_loader: GROSS [--runs N] erwartet, und sqlite3 im PATH\n", stderr);
        return 2;
    }
    const QString big = QFileInfo(p.positionalArguments()[0]).absoluteFilePath();
    const QString tfp = QFileInfo(p.value(u"tfp"_qs)).absoluteFilePath();

    print(u"tfp: %1"_qs.arg(tfp));
    print(u"== Großer Katalog %1 (%2 MiB), %3 Läufe"_qs.arg(big)
              .arg(double(QFileInfo(big).size()) / 1048576, 0, 'f', 1)
              .arg(runs));
    const auto b = sideBySide({{u"tfp coverage --json"_qs, {tfp, u"coverage"_qs, big, u"--json"_qs}},
                               {u"sqlite3, jede Zeile"_qs, {sqlite, u"-readonly"_qs, big, everyRow()}}},
                              runs);
    print(u"Verhältnis tfp/sqlite3: CPU %1, Wanduhr %2, Spitzenspeicher %3"_qs
              .arg(b[0].cpuMs / b[1].cpuMs, 0, 'f', 2)
              .arg(b[0].wallMs / b[1].wallMs, 0, 'f', 2)
              .arg(b[0].peakMib / b[1].peakMib, 0, 'f', 1));

    QTemporaryDir dir;
    const QString real = dir.filePath(u"echt.tfplan"_qs);
    runChild({tfp, u"init"_qs, real});
    print(u"== Echter Katalog (tfp init), %1 Läufe"_qs.arg(runs));
    const auto r = sideBySide({{u"tfp coverage --json"_qs, {tfp, u"coverage"_qs, real, u"--json"_qs}},
                               {u"tfp --version"_qs, {tfp, u"--version"_qs}}},
                              runs);
    print(u"Verhältnis coverage/--version: CPU %1, Wanduhr %2, Spitzenspeicher %3"_qs
              .arg(r[0].cpuMs / r[1].cpuMs, 0, 'f', 2)
              .arg(r[0].wallMs / r[1].wallMs, 0, 'f', 2)
              .arg(r[0].peakMib / r[1].peakMib, 0, 'f', 1));
    return 0;
}
