// The real main window on a fresh copy of the embedded default catalog, for UI tests that drive its widgets.
#pragma once

#include "document.h"
#include "mainwindow.h"
#include "models/leistungfilter.h"
#include "models/leistungmodel.h"
#include "storage/catalog.h"
#include "support/testutil.h"
#include "views/leistungenview.h"

#include <QTemporaryDir>
#include <memory>

namespace tfp::test {

struct Workspace
{
    QTemporaryDir dir;
    QString path = defaultCatalogCopy(dir);
    std::unique_ptr<ui::MainWindow> window = std::make_unique<ui::MainWindow>(Catalog::open(path));
    ui::Document &doc() { return *window->document(); }
    Catalog &catalog() { return window->document()->catalog(); }
    int themenfeld(const QString &name) { return doc().plan().themenfeldByName(name)->id; }
    QModelIndex leistungIndex(int ozgId, int column)
    {
        auto *view = window->leistungenView();
        return view->filter()->mapFromSource(view->model()->indexOfLeistung(ozgId, column));
    }
};

} // namespace tfp::test
