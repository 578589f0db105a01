#include "backgroundpriority.h"

#include <QThread>

#include <algorithm>

#ifdef Q_OS_LINUX
#include <cerrno>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace tfp::ui {

void yieldToInterface()
{
#ifdef Q_OS_LINUX
    // On Linux a thread id names one thread for setpriority; the process and its other threads keep theirs.
    // A failure (a sandbox that forbids it) leaves the thread as it was, which is only slower for the UI.
    const auto thread = static_cast<id_t>(syscall(SYS_gettid));
    errno = 0;
    const int nice = getpriority(PRIO_PROCESS, thread);
    if (errno == 0)
        setpriority(PRIO_PROCESS, thread, std::min(19, nice + 10));
#else
    QThread::currentThread()->setPriority(QThread::LowPriority);
#endif
}

} // namespace tfp::ui
