// tfp: the command line of Themenfeldplaner. Wiring only: each subcommand lives in a cmd_*.cpp file.
#include "cli.h"

#include "tr.h"

#include "storage/catalog.h"

#include <QCoreApplication>
#include <QTextStream>

#include <atomic>
#include <chrono>
#include <csignal>
#include <memory>
#include <pthread.h>
#include <thread>
#include <unistd.h>

namespace {

std::atomic<int> stopSignal = 0;

[[noreturn]] void endStopped(int signal)
{
    static std::atomic_flag ending;
    if (ending.test_and_set()) // the other thread is already saying it
        _exit(128 + signal);
    const QByteArray line =
        "tfp: " + tfp::cli::Tr::tr("abgebrochen (Signal %1).").arg(signal).toUtf8() + '\n';
    (void)::write(STDERR_FILENO, line.constData(), size_t(line.size()));
    _exit(128 + signal);
}

// SIGTERM and SIGINT stop a command cleanly: they are blocked in every thread and taken by one that waits for
// them (no async-signal limits there). It asks the catalogs to stop; the command then unwinds at its next
// catalog call, rolls back what it had not committed and closes the catalogs, so that no -wal, -shm or .lock
// stays behind. With no catalog open for writing there is nothing to close and the process ends at once; a
// second signal ends it at once in any case.
void watchStopSignals()
{
    sigset_t stops;
    sigemptyset(&stops);
    sigaddset(&stops, SIGTERM);
    sigaddset(&stops, SIGINT);
    pthread_sigmask(SIG_BLOCK, &stops, nullptr);
    std::thread([stops] {
        int signal = 0;
        if (sigwait(&stops, &signal) != 0)
            return;
        stopSignal = signal;
        tfp::Catalog::requestStop();
        std::thread([stops] {
            int again = 0;
            sigwait(&stops, &again);
            _exit(128 + again);
        }).detach();
        while (tfp::Catalog::needsClosing())
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        endStopped(signal);
    }).detach();
}

} // namespace

int main(int argc, char **argv)
{
    watchStopSignals();
    const auto application = tfp::cli::makeApplication(argc, argv);
    QCoreApplication &app = *application;
    QCoreApplication::setApplicationName(u"tfp"_qs);
    QCoreApplication::setOrganizationName(u"Themenfeldplaner"_qs);
    QCoreApplication::setApplicationVersion(QStringLiteral(TFP_VERSION));
    QStringList args = app.arguments();
    const QString lang = tfp::cli::outputLanguage(args);
    if (lang.isEmpty())
        return tfp::cli::Usage;
    tfp::cli::installLanguage(lang);

    QList<tfp::cli::Command> commands;
    commands += tfp::cli::catalogCommands();
    commands += tfp::cli::analysisCommands();
    commands += tfp::cli::jsonCommands();
    commands += tfp::cli::reviewCommands();
    commands += tfp::cli::historyCommands();
    commands += tfp::cli::exchangeCommands();
    commands += tfp::cli::pdfCommands();
    commands += tfp::cli::chartCommands();
    commands += tfp::cli::serverCommands();

    auto usage = [&] {
        QString text = tfp::cli::Tr::tr("Aufruf: tfp BEFEHL [OPTIONEN] …\n\nBefehle:\n");
        for (const auto &c : commands)
            text += u"  %1 %2\n"_qs.arg(c.name, -14).arg(c.summary);
        text += tfp::cli::Tr::tr("\n„tfp BEFEHL --help“ beschreibt einen Befehl.\n");
        text += tfp::cli::Tr::tr("„tfp --lang en BEFEHL …“ oder TFP_LANG=en antwortet auf "
                                 "Englisch.\n");
        return text.toUtf8();
    };
    if (args.size() < 2 || args[1] == u"--help" || args[1] == u"-h" || args[1] == u"help") {
        tfp::cli::printOut(usage());
        return args.size() < 2 ? tfp::cli::Usage : tfp::cli::Ok;
    }
    if (args[1] == u"--version") {
        tfp::cli::printOut("tfp " TFP_VERSION "\n");
        return tfp::cli::Ok;
    }
    for (const auto &c : commands) {
        if (c.name == args[1]) {
            QStringList sub = args.mid(2);
            sub.prepend(u"tfp "_qs + c.name);
            const int exit = c.run(sub);
            // Stopped by a signal: the command has unwound and closed its catalogs; the exit says why.
            if (const int signal = stopSignal)
                endStopped(signal);
            return exit;
        }
    }
    tfp::cli::fail(tfp::cli::Tr::tr("unbekannter Befehl „%1“; „tfp --help“ listet alle.").arg(args[1]));
    return tfp::cli::Usage;
}
