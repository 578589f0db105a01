// Work the user does not wait for yields to the UI thread: the page check of an opened catalog does not slow
// down typing on a machine that is busy with other programs (tfp_bench_ui measures it).
#include "support/catchqt.h"

#include "backgroundpriority.h"

#include <QThread>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace {

int niceOfThisThread()
{
    return getpriority(PRIO_PROCESS, static_cast<id_t>(syscall(SYS_gettid)));
}

} // namespace

TEST_CASE("a background thread runs ten nice levels below the UI thread, and the UI thread keeps its own",
          "[ui]")
{
    const int ui = niceOfThisThread();
    int background = ui;
    QThread *thread = QThread::create([&background] {
        tfp::ui::yieldToInterface();
        background = niceOfThisThread();
    });
    thread->start();
    REQUIRE(thread->wait(10000));
    delete thread;
    CHECK(background == std::min(19, ui + 10));
    CHECK(niceOfThisThread() == ui);
}
#endif
