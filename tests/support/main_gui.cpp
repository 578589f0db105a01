#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>
#include <QLocale>
#include <QStandardPaths>

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM",
            qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // window settings go to a test location, not the user's
    QApplication::setOrganizationName(u"Themenfeldplaner-Tests"_qs);
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    return Catch::Session().run(argc, argv);
}
