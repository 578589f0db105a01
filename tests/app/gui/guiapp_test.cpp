// The GUI program's own command line (--help, --version, a wrong option) run as a process, and its identity
// on the desktop: the window icon and the desktop file name.
#include "support/catchqt.h"

#include "guiapp.h"
#include "support/testutil.h"

#include <QDir>
#include <QGuiApplication>
#include <QIcon>
#include <QProcessEnvironment>
#include <QTemporaryDir>

namespace {

// Runs the built GUI on a fresh HOME; display: "offscreen" or "" for a machine without any display.
tfp::test::Run runGui(const QTemporaryDir &home, const QStringList &args, const QString &display)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &var : {u"DISPLAY"_qs, u"WAYLAND_DISPLAY"_qs, u"QT_QPA_PLATFORM"_qs,
                               u"XDG_CONFIG_HOME"_qs, u"XDG_DATA_HOME"_qs})
        env.remove(var);
    if (!display.isEmpty())
        env.insert(u"QT_QPA_PLATFORM"_qs, display);
    env.insert(u"HOME"_qs, home.path());
    env.insert(u"LANG"_qs, u"C.UTF-8"_qs);
    return tfp::test::runProgram(QString::fromUtf8(TFP_GUI), args, env, 15000);
}

// No catalog was created or opened: the program answered without starting the GUI.
bool homeUntouched(const QTemporaryDir &home)
{
    return !QDir(home.filePath(u".local/share/Themenfeldplaner"_qs)).exists();
}

} // namespace

TEST_CASE("themenfeldplaner --help prints its usage to stdout and exits 0, with or without a display", "[ui]")
{
    for (const QString &display : {u"offscreen"_qs, QString()}) {
        INFO("QT_QPA_PLATFORM=" << display.toStdString());
        QTemporaryDir home;
        for (const QString &option : {u"--help"_qs, u"-h"_qs, u"--help-all"_qs}) {
            const tfp::test::Run r = runGui(home, {option}, display);
            REQUIRE(r.exitCode == 0);
            const QString out = QString::fromUtf8(r.out);
            CHECK(out.contains(u"themenfeldplaner"_qs));
            CHECK(out.contains(u"--version"_qs));
            CHECK(out.contains(u"[DATEI]"_qs));
            CHECK(out.contains(u"*.tfreview"_qs));
            CHECK(r.err.isEmpty());
        }
        CHECK(homeUntouched(home));
    }
}

TEST_CASE("themenfeldplaner --version prints name and version to stdout and exits 0", "[ui]")
{
    for (const QString &display : {u"offscreen"_qs, QString()}) {
        INFO("QT_QPA_PLATFORM=" << display.toStdString());
        QTemporaryDir home;
        const tfp::test::Run r = runGui(home, {u"--version"_qs}, display);
        REQUIRE(r.exitCode == 0);
        CHECK(r.out == QByteArray("Themenfeldplaner " TFP_VERSION "\n"));
        CHECK(r.err.isEmpty());
        CHECK(homeUntouched(home));
    }
}

TEST_CASE("themenfeldplaner refuses an unknown option or two files on stderr with exit status 2", "[ui]")
{
    QTemporaryDir home;
    tfp::test::Run r = runGui(home, {u"--gibt-es-nicht"_qs}, u"offscreen"_qs);
    CHECK(r.exitCode == 2);
    CHECK(r.out.isEmpty());
    CHECK(r.err.contains("gibt-es-nicht"));
    r = runGui(home, {u"a.tfplan"_qs, u"b.tfplan"_qs}, u"offscreen"_qs);
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains("2"));
    CHECK(homeUntouched(home));
}

TEST_CASE("The GUI names its desktop entry and carries its icon", "[ui]")
{
    const QString name = QGuiApplication::desktopFileName();
    const QIcon icon = QGuiApplication::windowIcon();
    const QString display = QGuiApplication::applicationDisplayName();
    tfp::gui::setDesktopIdentity();
    CHECK(QGuiApplication::desktopFileName() == u"de.ozgplanung.themenfeldplaner"_qs);
    const QIcon set = QGuiApplication::windowIcon();
    CHECK_FALSE(set.isNull());
    CHECK_FALSE(set.pixmap(48, 48).isNull());
    CHECK(set.pixmap(48, 48).toImage().pixelColor(24, 24).alpha() > 0);
    QGuiApplication::setDesktopFileName(name);
    QGuiApplication::setWindowIcon(icon);
    QGuiApplication::setApplicationDisplayName(display);
}
