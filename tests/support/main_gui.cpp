#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

// The GUI tests' main: a QApplication where the tests use widgets (TFP_TEST_WIDGETS), else a QGuiApplication
// (the report tests, which also build without the GUI).
#ifdef TFP_TEST_WIDGETS
#include <QApplication>
using TestApplication = QApplication;
#else
#include <QGuiApplication>
using TestApplication = QGuiApplication;
#endif
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace {

// Each test case starts from no settings, as it does when it runs alone: a window closed in one test case
// stores its tab, Themenfeld, geometry and tree header, and the next test's window would open on them.
struct FreshSettings : Catch::TestEventListenerBase
{
    using TestEventListenerBase::TestEventListenerBase;
    void testCaseStarting(const Catch::TestCaseInfo &) override { QSettings().clear(); }
};

} // namespace

CATCH_REGISTER_LISTENER(FreshSettings)

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM",
            qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    TestApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // window settings go to a test location, not the user's
    TestApplication::setOrganizationName(u"Themenfeldplaner-Tests"_qs);
    // Each test process its own settings: ctest runs test cases in parallel processes, and one that stores a
    // language or author must not show up in another that checks the defaults.
    const QTemporaryDir settings;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings.path());
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    return Catch::Session().run(argc, argv);
}
