// The main window on a fresh copy of the default catalog with the Abdeckung tab on screen, and helpers that
// read the tab as a user does: the Kennzahlen by row name, the lists by what their entries link to.
#pragma once

#include <catch2/catch.hpp>

#include "document.h"
#include "edit/edits.h"
#include "mainwindow.h"
#include "models/coveragelistmodel.h"
#include "models/kennzahlenmodel.h"
#include "roles.h"
#include "storage/catalog.h"
#include "support/testutil.h"
#include "views/coverageview.h"
#include "workspace.h"

#include <QListView>
#include <QTabWidget>
#include <QTest>

namespace tfp::test {

using namespace tfp::ui;
using namespace tfp::schema;

const QDate kHeute(2024, 6, 30);

struct CoverageTab : Workspace
{
    CoverageView *view = window->coverageView();

    CoverageTab()
    {
        window->resize(1400, 860);
        window->show();
        window->tabs()->setCurrentWidget(view);
        view->setHeute(kHeute);
        openThemenfeld(u"Familie & Kind"_qs);
    }
    // As the user does: in the Themenfeld list on the left (0: Gesamtprogramm).
    void openThemenfeld(const QString &name)
    {
        auto *list = window->findChild<QListView *>(u"ThemenfeldList"_qs);
        const int id = name.isEmpty() ? 0 : themenfeld(name);
        for (int row = 0; row < list->model()->rowCount(); ++row)
            if (list->model()->index(row, 0).data(KeyRole).toInt() == id)
                list->setCurrentIndex(list->model()->index(row, 0));
        REQUIRE(view->themenfeld() == id);
        settle();
    }
    // Waits for the debounced recomputation.
    void settle()
    {
        REQUIRE(QTest::qWaitFor([&] { return !view->isUpdatePending(); }, 5000));
    }
    void set(int ozg, QStringView column, const QVariant &value)
    {
        REQUIRE(doc().run([&] { return edit::setField(catalog(), Table::Leistung, ozg, column, value); }));
    }
    qint64 createProjekt(const QString &name, const QList<int> &ozgIds)
    {
        qint64 id = 0;
        REQUIRE(doc().run([&] {
            ChangeSet cs = edit::createProjekt(catalog(), themenfeld(u"Familie & Kind"_qs), name, ozgIds);
            id = cs.changes.first().key;
            return cs;
        }));
        return id;
    }
    // The row of the Kennzahlen table named so in its (vertical) header.
    int row(const QString &name)
    {
        KennzahlenModel *m = view->kennzahlenModel();
        for (int r = 0; r < m->rowCount(); ++r)
            if (m->headerData(r, Qt::Vertical, Qt::DisplayRole).toString() == name)
                return r;
        FAIL("no row " << name.toStdString());
        return -1;
    }
    QString cell(const QString &rowName, int column)
    {
        return view->kennzahlenModel()->index(row(rowName), column).data().toString();
    }
    QString total(int column)
    {
        KennzahlenModel *m = view->kennzahlenModel();
        return m->index(m->rowCount() - 1, column).data().toString();
    }
    QList<int> ozgIds(CoverageView::Liste l)
    {
        QList<int> out;
        CoverageListModel *m = view->listModel(l);
        for (int r = 0; r < m->rowCount(); ++r)
            out << m->index(r, 0).data(OzgIdRole).toInt();
        return out;
    }
    QString tabText(CoverageView::Liste l) { return view->listen()->tabText(l); }
    // The view's own index (through its sort proxy) of the row that links to the given key.
    QModelIndex viewIndex(CoverageView::Liste l, int role, qint64 key, int column = 1)
    {
        QAbstractItemModel *m = view->listView(l)->model();
        for (int r = 0; r < m->rowCount(); ++r)
            if (m->index(r, column).data(role).toLongLong() == key)
                return m->index(r, column);
        return {};
    }
};

} // namespace tfp::test
