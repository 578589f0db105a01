// Helpers shared by the benchmarks: wall-clock timing of repeated runs reported as min/median/max, and the
// process's peak resident memory as the kernel counts it.
#pragma once

#include "domain/plan.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QList>
#include <QProcess>
#include <QString>

#include <algorithm>
#include <cmath>
#include <csignal>
#include <cstdio>
#include <ctime>
#include <memory>
#include <sys/prctl.h>
#include <vector>

namespace tfp::bench {

// Runs fn(i) for i in 0..runs-1 and returns each run's wall-clock time in ms.
template <typename Fn> QList<double> timeRuns(int runs, Fn &&fn)
{
    QList<double> ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        fn(i);
        ms.append(double(t.nsecsElapsed()) / 1e6);
    }
    return ms;
}

// The calling thread's CPU time in ms: what the UI thread itself spent on a step, which the other processes
// of a busy machine (and the app's own background threads) change far less than the wall-clock time.
inline double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

struct Runs
{
    QList<double> wall; // ms per run
    QList<double> cpu;  // ms of the calling thread's CPU time per run
};

// timeRuns, also measuring the calling thread's CPU time of each run.
template <typename Fn> Runs timeRunsWithCpu(int runs, Fn &&fn)
{
    Runs r;
    for (int i = 0; i < runs; ++i) {
        const double cpu = threadCpuMs();
        QElapsedTimer t;
        t.start();
        fn(i);
        r.wall.append(double(t.nsecsElapsed()) / 1e6);
        r.cpu.append(threadCpuMs() - cpu);
    }
    return r;
}

inline void print(const QString &line)
{
    const QByteArray l = line.toUtf8() + '\n';
    std::fwrite(l.constData(), 1, size_t(l.size()), stdout);
    std::fflush(stdout);
}

inline double median(QList<double> ms)
{
    if (ms.isEmpty())
        return 0;
    std::sort(ms.begin(), ms.end());
    return ms.size() % 2 ? ms[ms.size() / 2] : (ms[ms.size() / 2 - 1] + ms[ms.size() / 2]) / 2;
}

// The value below which fraction p (0..1) of the runs lie (nearest rank): p95 is percentile(ms, 0.95).
inline double percentile(QList<double> ms, double p)
{
    if (ms.isEmpty())
        return 0;
    std::sort(ms.begin(), ms.end());
    const qsizetype rank = qsizetype(std::ceil(p * double(ms.size())));
    return ms[std::clamp<qsizetype>(rank - 1, 0, ms.size() - 1)];
}

// Processes that keep CPUs busy (`sh -c 'while :; do :; done'`), standing for a loaded workstation (a mail
// client, a browser, a video call) while a benchmark runs. They end with this object, on every way out of
// the scope, and with the benchmark's process itself when it dies without unwinding (the kernel sends them
// SIGKILL then: PR_SET_PDEATHSIG).
class BusyLoops
{
public:
    explicit BusyLoops(int count)
    {
        for (int i = 0; i < count; ++i) {
            auto p = std::make_unique<QProcess>();
            p->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
            p->start(u"/bin/sh"_qs, {u"-c"_qs, u"while :; do :; done"_qs});
            if (p->waitForStarted())
                m_loops.push_back(std::move(p));
        }
    }
    ~BusyLoops()
    {
        for (auto &p : m_loops) {
            p->kill();
            p->waitForFinished();
        }
    }
    BusyLoops(const BusyLoops &) = delete;
    BusyLoops &operator=(const BusyLoops &) = delete;
    int running() const { return int(m_loops.size()); }

private:
    std::vector<std::unique_ptr<QProcess>> m_loops;
};

// "label: min 12.3 ms, median 13.0 ms, max 15.1 ms (10 runs)"; a single run prints just its time.
inline void report(const QString &label, QList<double> ms)
{
    std::sort(ms.begin(), ms.end());
    if (ms.size() == 1) {
        print(u"%1: %2 ms"_qs.arg(label).arg(ms[0], 0, 'f', 1));
        return;
    }
    const double median = bench::median(ms);
    print(u"%1: min %2 ms, median %3 ms, max %4 ms (%5 runs)"_qs.arg(label)
              .arg(ms.first(), 0, 'f', 1)
              .arg(median, 0, 'f', 1)
              .arg(ms.last(), 0, 'f', 1)
              .arg(ms.size()));
}

// Both measures of timeRunsWithCpu: the wall-clock line as report() prints it, then the UI thread's CPU time.
inline void report(const QString &label, const Runs &r)
{
    report(label, r.wall);
    report(u"  the same, CPU time of the UI thread"_qs, r.cpu);
}

// Peak resident set size of this process in KiB (VmHWM in /proc/self/status), -1 where there is none.
inline qint64 peakRssKib()
{
    QFile f(u"/proc/self/status"_qs);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

// The Themenfeld with the most OZG-Leistungen: the largest case of a generated catalog.
inline int largestThemenfeld(const PlanSnapshot &plan)
{
    QHash<int, int> count;
    for (const Leistung &l : plan.leistungen)
        ++count[plan.themenfeldOf(l)];
    int largest = 0;
    for (auto it = count.cbegin(); it != count.cend(); ++it)
        if (!largest || it.value() > count.value(largest))
            largest = it.key();
    return largest;
}

} // namespace tfp::bench
