// themenfeldplaner: the GUI entry. Opens the catalog given on the command line, else the last one, else the
// user's default catalog, creating it from the embedded OZG catalog on first start.
#include "document.h"
#include "error.h"
#include "exchange/defaultcatalog.h"
#include "guiapp.h"
#include "mainwindow.h"
#include "storage/catalog.h"
#include "storage/server.h"
#include "translator.h"
#include "views/settingsdialog.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QProcess>
#include <QSettings>
#include <QSocketNotifier>
#include <QStandardPaths>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace {

// SIGTERM and SIGINT (a logout, `kill`, Ctrl+C in a terminal) end the app like closing its window: the
// handler only writes the signal's number into a socket (self-pipe); the event loop reads it and leaves, and
// the main window closes the catalog on its way out, so that no -wal, -shm or .lock stays beside the file.
int stopSocket[2] = {-1, -1};
// The exit code once a stop signal was read: a signal that ends a dialog's own event loop before app.exec()
// runs (the first start's author question) must still end the app.
int stopExitCode = 0;

void onStopSignal(int signal)
{
    const char number = char(signal);
    (void)::write(stopSocket[0], &number, 1);
}

void handleStopSignals(QApplication &app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, stopSocket) != 0)
        return;
    auto *notifier = new QSocketNotifier(stopSocket[1], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [notifier] {
        char number = 0;
        if (::read(stopSocket[1], &number, 1) == 1) {
            notifier->setEnabled(false);
            stopExitCode = 128 + number;
            QCoreApplication::exit(stopExitCode);
        }
    });
    struct sigaction action = {};
    action.sa_handler = onStopSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);
}

} // namespace

int main(int argc, char **argv)
{
    if (const std::optional<int> exit = tfp::gui::answerWithoutDisplay(argc, argv))
        return *exit; // --help, --version
    QApplication app(argc, argv);
    handleStopSignals(app);
    tfp::gui::setApplicationIdentity();
    tfp::gui::setDesktopIdentity();
    // German unless Bearbeiten › Einstellungen… chose English: the app's and Qt's translations and the locale
    // of dates, numbers and the budget.
    tfp::ui::installUiLanguage(tfp::ui::SettingsDialog::language());

    const tfp::gui::GuiCommandLine cmd = tfp::gui::parseCommandLine(app.arguments());
    if (cmd.exitCode)
        return *cmd.exitCode;

    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    const QString defaultPath = dir + u"/katalog.tfplan"_qs;
    QString path = cmd.path;
    if (path.isEmpty()) {
        const QString last = QSettings().value(u"lastCatalog"_qs).toString();
        path = !last.isEmpty() && (QFileInfo::exists(last) || tfp::server::isUrl(last)) ? last : defaultPath;
    }
    // An existing catalog opens in the background: the window is there at once and says that it loads
    // (a large catalog received from someone else is checked value by value first, which takes seconds).
    std::unique_ptr<tfp::Catalog> catalog;
    const bool inBackground = QFileInfo::exists(path) || path != defaultPath;
    if (!inBackground) {
        try {
            catalog = tfp::Catalog::create(path, tfp::populateDefaultCatalog);
        } catch (const tfp::Error &e) {
            QMessageBox::critical(nullptr, QApplication::translate("main", "Themenfeldplaner"), e.message());
            return 1;
        }
    }
    QString restartWith; // "Jetzt neu starten" in the settings: this catalog, in a new process
    int exitCode = 0;
    {
        tfp::ui::MainWindow w(std::move(catalog));
        bool failed = false;
        QObject::connect(&w, &tfp::ui::MainWindow::openFailed, &app, [&failed] {
            failed = true; // nothing to show: the refusal was shown
            QCoreApplication::exit(1);
        });
        QObject::connect(&w, &tfp::ui::MainWindow::restartRequested, &app, [&](const QString &catalogPath) {
            restartWith = catalogPath;
            QCoreApplication::quit();
        });
        w.show();
        if (inBackground)
            w.openInBackground(path);
        // First start: who is making the changes (the journal and the PDF metadata name them; a catalog still
        // opening gets the name when it arrives).
        if (tfp::ui::SettingsDialog::askAuthorOnce(&w) && w.document())
            w.document()->catalog().setAuthor(tfp::ui::SettingsDialog::author());
        if (stopExitCode != 0)
            return stopExitCode; // stopped while a dialog ran: the window closes its catalog as it goes
        if (failed)
            return 1;
        exitCode = app.exec();
    }
    // The window has closed the catalog and its lock: the new process opens it for writing.
    if (!restartWith.isEmpty() &&
        !QProcess::startDetached(QCoreApplication::applicationFilePath(), {restartWith})) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Themenfeldplaner"),
                              QApplication::translate("main",
                                                      "Das Programm konnte nicht neu gestartet werden; "
                                                      "bitte starten Sie es selbst."));
        return 1;
    }
    return exitCode;
}
