// themenfeldplaner: the GUI entry. Opens the catalog given on the command line, else the last one, else the
// user's default catalog, creating it from the embedded OZG catalog on first start.
#include "document.h"
#include "error.h"
#include "exchange/defaultcatalog.h"
#include "guiapp.h"
#include "mainwindow.h"
#include "storage/catalog.h"
#include "translator.h"
#include "views/settingsdialog.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>

int main(int argc, char **argv)
{
    if (const std::optional<int> exit = tfp::gui::answerWithoutDisplay(argc, argv))
        return *exit; // --help, --version
    QApplication app(argc, argv);
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
        path = !last.isEmpty() && QFileInfo::exists(last) ? last : defaultPath;
    }
    std::unique_ptr<tfp::Catalog> catalog;
    try {
        catalog =
            QFileInfo::exists(path) || path != defaultPath
                ? tfp::Catalog::open(path, tfp::Catalog::Access::ReadWrite, tfp::Catalog::Verify::HeaderOnly)
                : tfp::Catalog::create(path, tfp::populateDefaultCatalog);
    } catch (const tfp::Error &e) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Themenfeldplaner"), e.message());
        return 1;
    }
    tfp::ui::MainWindow w(std::move(catalog));
    w.show();
    // First start: who is making the changes (the journal and the PDF metadata name them).
    if (tfp::ui::SettingsDialog::askAuthorOnce(&w))
        w.document()->catalog().setAuthor(tfp::ui::SettingsDialog::author());
    return app.exec();
}
