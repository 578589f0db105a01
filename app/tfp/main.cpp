// tfp: the command line of Themenfeldplaner. Wiring only: each subcommand lives in a cmd_*.cpp file.
#include "cli.h"

#include <QCoreApplication>
#include <QTextStream>
#include <QTranslator>

#include <memory>

int main(int argc, char **argv)
{
    const auto application = tfp::cli::makeApplication(argc, argv);
    QCoreApplication &app = *application;
    QCoreApplication::setApplicationName(u"tfp"_qs);
    QCoreApplication::setOrganizationName(u"Themenfeldplaner"_qs);
    QCoreApplication::setApplicationVersion(QStringLiteral(TFP_VERSION));
#ifdef TFP_GERMAN_QM
    // tfp speaks German, the source language; its .qm still holds the plural forms of %n messages ("1
    // Stimme", "18 Stimmen"), as in the GUI.
    QTranslator german;
    if (german.load(u":/i18n/themenfeldplaner_de.qm"_qs))
        QCoreApplication::installTranslator(&german);
#endif

    QList<tfp::cli::Command> commands;
    commands += tfp::cli::catalogCommands();
    commands += tfp::cli::analysisCommands();
    commands += tfp::cli::jsonCommands();
    commands += tfp::cli::reviewCommands();
    commands += tfp::cli::historyCommands();
    commands += tfp::cli::exchangeCommands();
    commands += tfp::cli::pdfCommands();
    commands += tfp::cli::chartCommands();

    const QStringList args = app.arguments();
    auto usage = [&] {
        QString text =
            QCoreApplication::translate("tfp::cli", "Aufruf: tfp BEFEHL [OPTIONEN] …\n\nBefehle:\n");
        for (const auto &c : commands)
            text += u"  %1 %2\n"_qs.arg(c.name, -14).arg(c.summary);
        text += QCoreApplication::translate("tfp::cli", "\n„tfp BEFEHL --help“ beschreibt einen Befehl.\n");
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
            return c.run(sub);
        }
    }
    tfp::cli::fail(
        QCoreApplication::translate("tfp::cli", "unbekannter Befehl „%1“; „tfp --help“ listet alle.")
            .arg(args[1]));
    return tfp::cli::Usage;
}
