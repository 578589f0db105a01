// The GUI's identity (names, version, window icon, desktop file name) and its command line ([DATEI], --help,
// --version), apart from main() so that tests can check them.
#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace tfp::gui {

// The desktop entry's and the icon's name (de.ozgplanung.themenfeldplaner.desktop).
inline constexpr QStringView kDesktopFileName = u"de.ozgplanung.themenfeldplaner";

// Application and organisation name and version (for QSettings, the paths and --version).
void setApplicationIdentity();
// The window icon (the theme's, else the embedded one) and the desktop file name Wayland matches windows by.
// Needs a QGuiApplication.
void setDesktopIdentity();

struct GuiCommandLine
{
    QString path; // the catalog or workshop package to open; empty: the last or the default one
    std::optional<int> exitCode; // set when the command line was answered (--help, --version) or wrong
};

// Reads args (QCoreApplication::arguments()): --help and --version print to stdout (exit 0), a wrong command
// line gets one line on stderr (exit 2).
GuiCommandLine parseCommandLine(const QStringList &args);

// --help and --version need no display: when argv asks for one of them (or holds a wrong option), answers it
// with a QCoreApplication and returns the exit code; otherwise nullopt and the GUI starts.
std::optional<int> answerWithoutDisplay(int argc, char **argv);

} // namespace tfp::gui
