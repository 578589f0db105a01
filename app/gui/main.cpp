// themenfeldplaner: the GUI entry. Opens the user's default catalog, creating it on first start.
#include "error.h"
#include "exchange/defaultcatalog.h"
#include "mainwindow.h"
#include "storage/catalog.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QStandardPaths>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"Themenfeldplaner"_qs);
    QApplication::setOrganizationName(u"Themenfeldplaner"_qs);
    QApplication::setApplicationVersion(QStringLiteral(TFP_VERSION));

    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    const QString path = app.arguments().size() > 1 ? app.arguments().at(1) : dir + u"/katalog.tfplan"_qs;
    std::unique_ptr<tfp::Catalog> catalog;
    try {
        catalog = QFileInfo::exists(path) ? tfp::Catalog::open(path)
                                          : tfp::Catalog::create(path, tfp::populateDefaultCatalog);
    } catch (const tfp::Error &e) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Themenfeldplaner"), e.message());
        return 1;
    }
    tfp::ui::MainWindow w(std::move(catalog));
    w.show();
    return app.exec();
}
