#include <catch2/catch.hpp>

#include "chartview.h"
#include "edit/edits.h"
#include "views/dashboardview.h"
#include "views/leistungeditor.h"
#include "views/projekteview.h"
#include "workspace.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHelpEvent>
#include <QListWidget>
#include <QMimeData>
#include <QTabWidget>
#include <QTest>
#include <QToolTip>
#include <QUndoStack>

using namespace tfp;
using namespace tfp::schema;
using tfp::report::ChartHotspot;
using tfp::report::ChartKind;

namespace {

struct Dashboard : test::Workspace
{
    ui::DashboardView *view = window->dashboardView();
    int familie = themenfeld(u"Familie & Kind"_qs);

    Dashboard()
    {
        window->resize(1400, 860);
        window->show();
        window->tabs()->setCurrentWidget(view);
        window->selectThemenfeld(familie);
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    }
    const report::ChartModel &model() const { return view->chart()->model(); }
    // Clicks the centre of the first hotspot that selects this target.
    bool click(ChartHotspot::Target ziel, qint64 id)
    {
        for (const ChartHotspot &h : view->chart()->hotspots())
            if (h.target == ziel && h.id == id) {
                QTest::mouseClick(view->chart(), Qt::LeftButton, {}, h.rect.center().toPoint());
                return true;
            }
        return false;
    }
};

} // namespace

TEST_CASE("the Übersicht tab shows the selected Themenfeld's charts and follows a change", "[ui][dashboard]")
{
    Dashboard w;
    QTabWidget *tabs = w.window->tabs();
    CHECK(tabs->tabText(tabs->indexOf(w.view)) == u"&Übersicht");
    CHECK(w.model().kind == ChartKind::Status);
    CHECK(w.model().title == u"Status der OZG-Leistungen – Familie & Kind");
    CHECK(w.model().series[0].values[0] == 0); // nothing online yet
    const int before = w.view->updateCount();
    w.doc().run(
        [&] { return edit::setField(w.catalog(), Table::Leistung, 10000, col::status, u"online"_qs); });
    CHECK(w.view->updateCount() == before + 1);
    CHECK(w.model().series[0].values[0] == 1);
    // Undo is a change too.
    w.doc().undoStack()->undo();
    CHECK(w.model().series[0].values[0] == 0);
    // The scope: 10000 (Elterngeld) is Föderal; the scope box only where Leistungen are counted.
    w.view->scopeBox()->setCurrentIndex(1);
    CHECK(w.model().subtitle.contains(u"Umfang Föderal"_qs));
    w.view->setKind(ChartKind::Budget);
    CHECK_FALSE(w.view->scopeBox()->isEnabled());
    w.view->setKind(ChartKind::Status);
    CHECK(w.view->scopeBox()->isEnabled());
    w.view->scopeBox()->setCurrentIndex(0);
    // The programme entry shows the programme.
    w.window->selectThemenfeld(0);
    CHECK(w.model().title == u"Status der OZG-Leistungen – Gesamtprogramm");
    CHECK(w.model().series[0].values[3] == 557);
}

TEST_CASE("a change while the tab is hidden is drawn when it is shown again", "[ui][dashboard]")
{
    Dashboard w;
    w.window->tabs()->setCurrentWidget(w.window->leistungenView());
    const int before = w.view->updateCount();
    w.doc().run(
        [&] { return edit::setField(w.catalog(), Table::Leistung, 10000, col::status, u"online"_qs); });
    CHECK(w.view->updateCount() == before);
    w.window->tabs()->setCurrentWidget(w.view);
    CHECK(w.view->updateCount() == before + 1);
    CHECK(w.model().series[0].values[0] == 1);
}

TEST_CASE("clicking a project in the Gantt opens it, a Leistung in the prioritisation selects it",
          "[ui][dashboard]")
{
    Dashboard w;
    qint64 projekt = 0;
    w.doc().run([&] {
        ChangeSet cs = edit::createProjekt(w.catalog(), w.familie, u"Kita-Portal"_qs, {10014});
        projekt = cs.changes.first().key;
        return cs;
    });
    const auto ms = w.catalog().rowsWhere(Table::Meilenstein, col::projektId, projekt);
    REQUIRE_FALSE(ms.isEmpty());
    w.doc().run([&] {
        return edit::setField(w.catalog(), Table::Meilenstein, ms.first().value(u"id"_qs).toLongLong(),
                              col::geplant, u"2025-03-31"_qs);
    });
    w.view->setKind(ChartKind::Gantt);
    REQUIRE(w.model().categoryIds == QList<qint64>{projekt});
    REQUIRE(w.click(ChartHotspot::Target::Projekt, projekt));
    CHECK(w.window->tabs()->currentWidget() == w.window->projekteView());
    CHECK(w.window->projekteView()->currentProjekt() == projekt);

    w.window->tabs()->setCurrentWidget(w.view);
    ChangeSet scores(u"Bewertung"_qs);
    for (const auto &k : w.catalog().rowsWhere(Table::Kriterium, col::themenfeldId, w.familie))
        scores.append(edit::setBewertung(w.catalog(), k.value(u"id"_qs).toLongLong(), 10003, 4));
    w.doc().push(scores);
    w.view->setKind(ChartKind::Prioritisation);
    REQUIRE(w.model().categoryIds == QList<qint64>{10003});
    REQUIRE(w.click(ChartHotspot::Target::Leistung, 10003));
    CHECK(w.window->tabs()->currentWidget() == w.window->leistungenView());
    CHECK(w.window->leistungEditor()->leistung() == 10003);
}

TEST_CASE("the chart exports at the chosen size and copies to the clipboard", "[ui][dashboard]")
{
    Dashboard w;
    const QString png = w.dir.filePath(u"status.png"_qs);
    REQUIRE(w.view->exportTo(png, QSize(900, 600)));
    CHECK(QImage(png).size() == QSize(900, 600));
    CHECK_FALSE(w.view->exportTo(w.dir.filePath(u"status.gif"_qs), QSize(900, 600)));
    CHECK_FALSE(QFile::exists(w.dir.filePath(u"status.gif"_qs)));
    w.view->copyToClipboard(QSize(700, 400));
    const QMimeData *data = QApplication::clipboard()->mimeData();
    REQUIRE(data);
    CHECK(qvariant_cast<QImage>(data->imageData()).size() == QSize(700, 400));
    CHECK(data->data(u"image/svg+xml"_qs).contains("viewBox=\"0 0 700 400\""));
}

TEST_CASE("hovering a chart shows the figure under the mouse", "[ui][dashboard]")
{
    Dashboard w;
    w.doc().run(
        [&] { return edit::setField(w.catalog(), Table::Leistung, 10000, col::status, u"online"_qs); });
    const auto &spots = w.view->chart()->hotspots();
    const auto online = std::find_if(spots.cbegin(), spots.cend(), [](const ChartHotspot &h) {
        return h.text.startsWith(u"online: 1 OZG-Leistung"_qs);
    });
    REQUIRE(online != spots.cend());
    const QPoint at = online->rect.center().toPoint();
    QHelpEvent help(QEvent::ToolTip, at, w.view->chart()->mapToGlobal(at));
    QApplication::sendEvent(w.view->chart(), &help);
    CHECK(QToolTip::isVisible());
    CHECK(QToolTip::text() == online->text);
    // 1 of the 37 Leistungen of Familie & Kind, in the singular.
    CHECK(QToolTip::text() == u"online: 1 OZG-Leistung (2,7 %)");
}
