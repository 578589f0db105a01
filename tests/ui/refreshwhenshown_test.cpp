// Hidden tabs do their work when they are shown: the Gesamtprogramm and the Abdeckung first shown after an
// edit show it, and a tab shown after another catalog was opened shows that catalog and nothing of the old
// one.
#include "support/catchqt.h"

#include "clicks.h"
#include "edit/edits.h"
#include "fieldform.h"
#include "views/coverageview.h"
#include "views/programmview.h"
#include "views/themenfeldview.h"
#include "workspace.h"

#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace tfp;
using namespace tfp::ui;
using namespace tfp::schema;
using test::Workspace;

namespace {

// The Themenfeld names in the rows of the programme overview (the total row last).
QStringList programmRows(ProgrammView *view)
{
    QStringList names;
    for (int r = 0; r < view->model()->rowCount(); ++r)
        names << view->model()->index(r, 0).data().toString();
    return names;
}

// The caption over the Abdeckung's Kennzahlen: it names the Themenfeld they are about.
QString kennzahlenCaption(CoverageView *view)
{
    for (QLabel *label : view->findChildren<QLabel *>())
        if (label->buddy() == view->kennzahlenTable())
            return label->text();
    return {};
}

} // namespace

TEST_CASE("a hidden tab first shown after an edit shows the edit", "[ui]")
{
    Workspace w;
    MainWindow &window = *w.window;
    test::showAt(&window, QSize(1600, 1000));
    auto *programm = window.findChild<ProgrammView *>();
    REQUIRE(programm);
    CoverageView *abdeckung = window.coverageView();
    const int tf = w.themenfeld(u"Familie & Kind"_qs);
    window.selectThemenfeld(tf);

    // Rename the Themenfeld by typing in its tab while the Gesamtprogramm and the Abdeckung were never shown.
    test::clickTab(window.tabs(), window.themenfeldView());
    auto *name = qobject_cast<QLineEdit *>(window.themenfeldView()->form()->editor(col::name.toString()));
    REQUIRE(name);
    name->setFocus();
    QTest::keyClick(name, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(name, u"Familie und Pflege"_qs);
    QTest::keyClick(name, Qt::Key_Return);
    REQUIRE(w.catalog().value(Table::Themenfeld, tf, col::name).toString() == u"Familie und Pflege");
    CHECK(abdeckung->isUpdatePending());

    test::clickTab(window.tabs(), abdeckung);
    CHECK_FALSE(abdeckung->isUpdatePending());
    CHECK(kennzahlenCaption(abdeckung) == u"&Kennzahlen je Lage: Familie und Pflege");

    test::clickTab(window.tabs(), programm);
    CHECK(programmRows(programm).contains(u"Familie und Pflege"_qs));
    CHECK_FALSE(programmRows(programm).contains(u"Familie & Kind"_qs));

    SECTION("shown before, hidden during the edit: it catches up when shown again")
    {
        test::clickTab(window.tabs(), window.themenfeldView());
        name->setFocus();
        QTest::keyClick(name, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(name, u"Familie"_qs);
        QTest::keyClick(name, Qt::Key_Return);
        REQUIRE(w.catalog().value(Table::Themenfeld, tf, col::name).toString() == u"Familie");
        test::clickTab(window.tabs(), programm);
        CHECK(programmRows(programm).contains(u"Familie"_qs));
        CHECK_FALSE(programmRows(programm).contains(u"Familie und Pflege"_qs));
        test::clickTab(window.tabs(), abdeckung);
        CHECK(kennzahlenCaption(abdeckung) == u"&Kennzahlen je Lage: Familie");
    }
}

TEST_CASE("a tab shown after another catalog was opened shows that catalog and nothing of the old one",
          "[ui]")
{
    QTemporaryDir otherDir; // outlives the window, which holds its catalog open
    Workspace w;
    MainWindow &window = *w.window;
    test::showAt(&window, QSize(1600, 1000));
    test::clickTab(window.tabs(), window.findChild<ProgrammView *>());
    REQUIRE(programmRows(window.findChild<ProgrammView *>()).contains(u"Familie & Kind"_qs));
    test::clickTab(window.tabs(), window.leistungenView());

    // The other catalog: the same programme with "Familie & Kind" renamed.
    const QString other = test::defaultCatalogCopy(otherDir, u"anderer.tfplan"_qs);
    {
        auto catalog = Catalog::open(other);
        const PlanSnapshot plan = catalog->loadPlan();
        const int tf = plan.themenfeldByName(u"Familie & Kind"_qs)->id;
        catalog->apply(
            edit::setField(*catalog, Table::Themenfeld, tf, col::name.toString(), u"Kinder und Jugend"_qs));
    }
    QSignalSpy opened(&window, &MainWindow::catalogOpened);
    window.openInBackground(other);
    REQUIRE(opened.wait(20000));

    // The tabs after the Leistungen are made in the turns of the event loop after the hand-over, unasked.
    REQUIRE(QTest::qWaitFor([&] { return window.findChild<ProgrammView *>() != nullptr; }, 5000));
    auto *programm = window.findChild<ProgrammView *>();
    test::clickTab(window.tabs(), programm);
    const QStringList rows = programmRows(programm);
    CHECK(rows.contains(u"Kinder und Jugend"_qs));
    CHECK_FALSE(rows.contains(u"Familie & Kind"_qs));
    CHECK(rows.size() == int(window.document()->plan().themenfelder.size()) + 1);

    window.selectThemenfeld(window.document()->plan().themenfeldByName(u"Kinder und Jugend"_qs)->id);
    test::clickTab(window.tabs(), window.coverageView());
    CHECK(kennzahlenCaption(window.coverageView()) == u"&Kennzahlen je Lage: Kinder und Jugend");
}
