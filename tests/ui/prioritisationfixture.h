// The Priorisierung tab of a real main window on a fresh copy of the default catalog, with Familie & Kind
// selected, and helpers to reach its cells and let the debounced ranking catch up.
#pragma once

#include <catch2/catch.hpp>

#include "document.h"
#include "mainwindow.h"
#include "models/kriterienmodel.h"
#include "models/prioritisationmodel.h"
#include "storage/catalog.h"
#include "support/testutil.h"
#include "views/prioritisationview.h"
#include "workspace.h"

#include <QApplication>
#include <QDoubleSpinBox>
#include <QMouseEvent>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>

namespace tfp::test {

using namespace tfp::ui;
using namespace tfp::schema;

using Col = PrioritisationModel::Column;

struct Prio : Workspace
{
    int tf = 0;

    Prio()
    {
        tf = doc().plan().themenfeldByName(u"Familie & Kind"_qs)->id;
        window->selectThemenfeld(tf);
        window->tabs()->setCurrentWidget(view());
    }
    QUndoStack *undo() { return doc().undoStack(); }
    PrioritisationView *view() { return window->prioritisationView(); }
    PrioritisationModel *model() { return view()->model(); }
    QSortFilterProxyModel *proxy() { return view()->proxy(); }
    KriterienModel *kriterien() { return view()->kriterienModel(); }
    // The Themenfeld's criteria by sort order: OZG-Priorität, Nachfrage/Fallzahlen, Komplexität …
    qint64 kriterium(int n) { return model()->result().kriterien.at(n).kriteriumId; }
    QModelIndex cell(int ozg, qint64 k)
    {
        return proxy()->mapFromSource(model()->index(model()->rowOf(ozg), model()->columnOfKriterium(k)));
    }
    QModelIndex cell(int ozg, Col c)
    {
        return proxy()->mapFromSource(model()->index(model()->rowOf(ozg), model()->columnOf(c)));
    }
    const analysis::RankedLeistung &ranked(int ozg)
    {
        const auto *l = model()->leistung(ozg);
        REQUIRE(l);
        return *l;
    }
    bool score(int ozg, int n, const QVariant &v)
    {
        return proxy()->setData(cell(ozg, kriterium(n)), v, Qt::EditRole);
    }
    // The ranking recomputes on the next pass of the event loop.
    static void settle()
    {
        for (int i = 0; i < 3; ++i)
            QCoreApplication::processEvents();
    }
    // 10002 scores 4.0 (one score), 10001 3.5 (2 and 5), 10000 3.0 (5 and 1), all weights 1.
    void scoreThree()
    {
        REQUIRE(score(10000, 0, 5));
        REQUIRE(score(10000, 1, 1));
        REQUIRE(score(10001, 0, 2));
        REQUIRE(score(10001, 1, 5));
        REQUIRE(score(10002, 0, 4));
        settle();
    }
    QDoubleSpinBox *weightSpin(int row)
    {
        return qobject_cast<QDoubleSpinBox *>(
            view()->kriterienTable()->indexWidget(kriterien()->index(row, KriterienModel::Gewicht)));
    }
    int scoresOf(int ozg) { return int(catalog().rowsWhere(Table::Bewertung, col::ozgId, ozg).size()); }
};

// What a platform sends for a double-click (QTest::mouseDClick on a widget leaves out the first press).
inline void doubleClick(QWidget *w, QPoint at)
{
    const QPoint global = w->mapToGlobal(at);
    for (const auto type : {QEvent::MouseButtonPress, QEvent::MouseButtonRelease, QEvent::MouseButtonDblClick,
                            QEvent::MouseButtonRelease}) {
        const bool down = type != QEvent::MouseButtonRelease;
        QMouseEvent e(type, at, global, Qt::LeftButton, down ? Qt::LeftButton : Qt::NoButton, {});
        QApplication::sendEvent(w, &e);
    }
}

} // namespace tfp::test
