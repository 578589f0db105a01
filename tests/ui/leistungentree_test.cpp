// The Leistungen tree of a large catalog is built in the background: what it shows once built is what a tree
// built at once shows, edits made meanwhile land in it, and the filter typed into it gives exactly the
// Leistungen that hold the text.
#include "support/catchqt.h"

#include "document.h"
#include "edit/edits.h"
#include "leistungsuche.h"
#include "mainwindow.h"
#include "models/leistungfilter.h"
#include "models/leistungmodel.h"
#include "roles.h"
#include "storage/catalog.h"
#include "views/leistungenview.h"
#include "workspace.h"

#include <QAbstractItemModelTester>
#include <QDeadlineTimer>
#include <QLabel>
#include <QLineEdit>
#include <QStackedWidget>
#include <QTest>
#include <QTreeView>

using namespace tfp;
using namespace tfp::ui;
using namespace tfp::schema;
using test::Workspace;

namespace {

// Every tree is built in the background while one lives (the default catalog is far below the threshold).
struct BuildInBackground
{
    BuildInBackground() { LeistungModel::setBackgroundFrom(1); }
    ~BuildInBackground() { LeistungModel::setBackgroundFrom(10000); }
};

void waitBuilt(const LeistungModel &model)
{
    QDeadlineTimer deadline(10000);
    while (model.isBuilding() && !deadline.hasExpired())
        QTest::qWait(5);
    REQUIRE_FALSE(model.isBuilding());
}

QList<int> ozgIds(const QAbstractItemModel &m)
{
    QList<int> out;
    for (int r = 0; r < m.rowCount(); ++r)
        for (int c = 0; c < m.rowCount(m.index(r, 0)); ++c)
            out << m.index(c, 0, m.index(r, 0)).data(OzgIdRole).toInt();
    return out;
}

// Everything a cell says, row by row, for every column and role the tree asks for.
QStringList contents(const QAbstractItemModel &m)
{
    QStringList out;
    const auto row = [&](const QModelIndex &parent, int r) {
        for (int c = 0; c < m.columnCount(); ++c) {
            const QModelIndex i = m.index(r, c, parent);
            for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(SortRole), int(Qt::EditRole),
                             int(KeyRole), int(KindRole)})
                out << i.data(role).toString();
            out << QString::number(int(m.flags(i)));
        }
    };
    for (int r = 0; r < m.rowCount(); ++r) {
        row({}, r);
        for (int c = 0; c < m.rowCount(m.index(r, 0)); ++c)
            row(m.index(r, 0), c);
    }
    return out;
}

} // namespace

TEST_CASE("a tree built in the background shows what a tree built at once shows", "[ui]")
{
    Workspace w;
    LeistungModel atOnce(w.doc());
    REQUIRE_FALSE(atOnce.isBuilding());
    BuildInBackground background;
    LeistungModel later(w.doc());
    QAbstractItemModelTester tester(&later, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(later.isBuilding());
    CHECK(later.rowCount() == 0);
    waitBuilt(later);
    CHECK(ozgIds(later).size() == 557);
    CHECK(contents(later) == contents(atOnce));
    const int tf = w.themenfeld(u"Familie & Kind"_qs);
    atOnce.setThemenfeld(tf);
    later.setThemenfeld(tf);
    CHECK(later.rowCount() == 0); // not the whole programme's rows meanwhile
    waitBuilt(later);
    // The reference is built in the background too now (BuildInBackground is in force): wait for it as well,
    // or on a busy machine it is still empty.
    waitBuilt(atOnce);
    CHECK(later.rowCount() > 0);
    CHECK(contents(later) == contents(atOnce));
}

TEST_CASE("edits made while the tree is built in the background land in it", "[ui]")
{
    BuildInBackground background;
    Workspace w;
    LeistungenView *view = w.window->leistungenView();
    LeistungModel *model = view->model();
    QAbstractItemModelTester t1(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester t2(view->filter(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model->isBuilding());
    // Meanwhile the tab says what it is waiting for, not that there are no Leistungen.
    auto *empty = qobject_cast<QLabel *>(view->findChild<QStackedWidget *>()->currentWidget());
    REQUIRE(empty);
    CHECK(empty->text().contains(u"zusammengestellt"));

    // Right after the load: a rename, a new Leistung and a Reifegrad, before the build ends.
    const Leistung first = w.doc().plan().leistungen.first();
    REQUIRE(w.doc().run([&] {
        return edit::setField(w.catalog(), Table::Leistung, first.ozgId, col::name, u"Gebrauchsbescheid"_qs);
    }));
    REQUIRE(w.doc().run([&] {
        return edit::createLeistung(w.catalog(), 10999, first.lageId, u"Geburtsurkunde digital"_qs);
    }));
    REQUIRE(w.doc().run(
        [&] { return edit::setField(w.catalog(), Table::Leistung, 10000, col::reifegradIst, 2); }));
    waitBuilt(*model);
    QList<int> expected;
    for (const Leistung &l : w.doc().plan().leistungen)
        expected << l.ozgId;
    QList<int> shown = ozgIds(*view->filter());
    std::sort(expected.begin(), expected.end());
    std::sort(shown.begin(), shown.end());
    CHECK(shown == expected);
    CHECK(shown.contains(10999));
    CHECK(model->indexOfLeistung(first.ozgId, LeistungModel::Name).data().toString() == u"Gebrauchsbescheid");
    CHECK(model->indexOfLeistung(10000, LeistungModel::Reifegrad).data().toString().startsWith(u"2 →"));
    CHECK(view->findChild<QStackedWidget *>()->currentWidget() == view->tree());

    // Typed into the search field, the renamed Leistung is found by its new name.
    QLineEdit *search = view->searchField();
    search->setFocus();
    QTest::keyClicks(search, u"gebrauchsb"_qs);
    CHECK(ozgIds(*view->filter()) == QList<int>{first.ozgId});

    // A Themenfeld chosen while its tree is built: opened like one built at once, and only its Leistungen.
    QTest::keyClick(search, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(search, Qt::Key_Backspace);
    const int tf = w.themenfeld(u"Familie & Kind"_qs);
    w.window->selectThemenfeld(w.themenfeld(u"Bildung"_qs));
    w.window->selectThemenfeld(tf); // before the first one is built
    REQUIRE(model->isBuilding());
    waitBuilt(*model);
    int inThemenfeld = 0;
    for (const Leistung &l : w.doc().plan().leistungen)
        inThemenfeld += w.doc().plan().themenfeldOf(l) == tf;
    CHECK(ozgIds(*view->filter()).size() == inThemenfeld);
    REQUIRE(view->filter()->rowCount() > 0);
    CHECK(view->tree()->isExpanded(view->filter()->index(0, 0)));
}

TEST_CASE("the filter typed into the tree shows exactly the Leistungen that hold the text", "[ui]")
{
    Workspace w;
    w.window->selectThemenfeld(0);
    LeistungenView *view = w.window->leistungenView();
    LeistungFilter *f = view->filter();
    QAbstractItemModelTester tester(f, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const PlanSnapshot &plan = w.doc().plan();
    auto visible = [&] {
        QList<int> ozg = ozgIds(*f);
        std::sort(ozg.begin(), ozg.end());
        return ozg;
    };
    auto expected = [&](std::optional<Status> status = std::nullopt) {
        return test::leistungenHolding(plan, view->searchField()->text(), status);
    };
    // Every Lage shown has a Leistung shown, and none is left out that has one; each says it has children
    // (the tree's expand mark, answered from the filter's counts) exactly when it shows some.
    auto lagenShown = [&] {
        QSet<int> lagen;
        for (int ozg : visible())
            lagen.insert(plan.leistung(ozg)->lageId);
        for (int r = 0; r < f->rowCount(); ++r)
            if (f->hasChildren(f->index(r, 0)) != (f->rowCount(f->index(r, 0)) > 0))
                return false;
        return int(lagen.size()) == f->rowCount();
    };
    QLineEdit *search = view->searchField();
    search->setFocus();
    for (const QChar ch : u"antrag"_qs) {
        QTest::keyClick(search, ch.toLatin1());
        REQUIRE(visible() == expected());
        REQUIRE(lagenShown());
    }
    const qsizetype narrow = visible().size();
    CHECK(narrow > 0);
    for (int i = 0; i < 4; ++i) {
        QTest::keyClick(search, Qt::Key_Backspace);
        REQUIRE(visible() == expected());
    }
    CHECK(search->text() == u"an"_qs);
    CHECK(visible().size() > narrow); // wider again
    QTest::keyClicks(search, u"xqz"_qs);
    CHECK(search->text() == u"anxqz"_qs);
    CHECK(visible().isEmpty());
    CHECK(f->rowCount() == 0);
    // A Leistung renamed to hold the text shows up with its Lage, and goes again with the text.
    const Leistung first = plan.leistungen.first();
    REQUIRE(w.doc().run(
        [&] { return edit::setField(w.catalog(), Table::Leistung, first.ozgId, col::name, u"Planxqz"_qs); }));
    CHECK(visible() == QList<int>{first.ozgId});
    CHECK(f->rowCount() == 1);
    QTest::keyClick(search, Qt::Key_Backspace);
    QTest::keyClick(search, Qt::Key_Backspace);
    QTest::keyClick(search, Qt::Key_Backspace);
    QTest::keyClicks(search, u"tr"_qs);
    CHECK(visible() == expected());
    CHECK_FALSE(visible().contains(first.ozgId));
    // With a status chosen, typing on keeps to it; a text of digits finds the OZG-ID.
    f->setStatus(int(first.status));
    QTest::keyClick(search, u'a');
    CHECK(visible() == expected(first.status));
    CHECK(lagenShown());
    f->setStatus(std::nullopt);
    QTest::keyClick(search, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(search, u"10169"_qs);
    CHECK(visible() == QList<int>{10169});
    QTest::keyClick(search, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(search, Qt::Key_Backspace);
    CHECK(visible().size() == plan.leistungen.size());
    CHECK(f->rowCount() == view->model()->rowCount());
}
