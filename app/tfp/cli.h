// Shared plumbing of the tfp subcommands: argument parsing with --help, one-line errors on stderr, exit
// codes.
#pragma once

#include "analysis/coverage.h"

#include <QCommandLineParser>
#include <QDate>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>

class QCoreApplication;

namespace tfp {
class Catalog;
struct PlanSnapshot;
struct Themenfeld;
} // namespace tfp

namespace tfp::cli {

enum Exit
{
    Ok = 0,
    Failed = 1,
    Usage = 2
};

struct Command
{
    QString name;
    QString summary;
    std::function<int(const QStringList &args)> run; // args[0] is "tfp <name>"
};

// Every subcommand file adds its commands here (see main.cpp).
QList<Command> catalogCommands();
QList<Command> analysisCommands();
QList<Command> jsonCommands();
QList<Command> reviewCommands();
QList<Command> historyCommands();
QList<Command> exchangeCommands();
QList<Command> pdfCommands();
QList<Command> chartCommands();
QList<Command> serverCommands();
// A QGuiApplication for `tfp chart` and `tfp export-pdf` (they paint text), a QCoreApplication for the rest.
std::unique_ptr<QCoreApplication> makeApplication(int &argc, char **argv);

// The language of tfp's output, "de" or "en": German whatever the shell's locale, unless --lang or TFP_LANG
// asks for English. A --lang right after "tfp" is taken out of args; one after the command stays for its
// parser (parse() knows the option). Prints the problem and gives an empty string for another language.
QString outputLanguage(QStringList &args);
// Makes every output of tfp speak lang: its own texts, Qt's (--help, option errors), dates and numbers.
void installLanguage(const QString &lang);

// Parses args with --help and --lang; its help's usage line names the command (args[0], "tfp stats"); returns
// false (and sets exit) when the command should stop.
bool parse(QCommandLineParser &parser, const QStringList &args, const QString &description, int minPositional,
           int maxPositional, int &exit);

int fail(const QString &message);      // prints "tfp: message" and returns Failed
void printOut(const QByteArray &utf8); // stdout, flushed
// Replaces path with data only once all of it is on the disk (fileio::writeAtomically); throws tfp::Error
// naming the file and the cause.
void writeOut(const QString &path, const QByteArray &data);
std::unique_ptr<Catalog> openCatalog(const QString &path, bool writable); // throws tfp::Error
// A date given as JJJJ-MM-TT or TT.MM.JJJJ; invalid when it is neither.
QDate dateArgument(const QString &text);
// --scope alle|foederal, and an ISO date option (fallback when it is not given); both print the problem and
// give nullopt for a value they cannot read.
std::optional<analysis::Scope> scopeOption(const QCommandLineParser &p);
std::optional<QDate> dateOption(const QCommandLineParser &p, const QString &name, const QDate &fallback);
// The Themenfeld of that name; throws tfp::Error naming it and listing the valid names.
const Themenfeld &themenfeldNamed(const PlanSnapshot &plan, const QString &name);
// Deleted: the result would point into a snapshot that is gone at the end of the statement.
const Themenfeld &themenfeldNamed(PlanSnapshot &&, const QString &) = delete;

} // namespace tfp::cli
