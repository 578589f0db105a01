// The Abdeckung tab driven through the real main window: figures after edits, scope, overdue milestones,
// the gap lists and where activating their entries leads.
#include <catch2/catch.hpp>

#include "document.h"
#include "edit/edits.h"
#include "mainwindow.h"
#include "models/abdeckunglistmodel.h"
#include "models/dienstabdeckungmodel.h"
#include "models/kennzahlenmodel.h"
#include "models/nachnutzungmatrixmodel.h"
#include "roles.h"
#include "storage/catalog.h"
#include "support/testutil.h"
#include "views/abdeckungview.h"
#include "views/leistungeditor.h"
#include "views/onlinediensteview.h"
#include "views/projekteview.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace tfp;
using namespace tfp::ui;
using namespace tfp::schema;
using K = tfp::ui::KennzahlenModel;
using L = tfp::ui::AbdeckungView;

namespace {

const QDate kHeute(2024, 6, 30);

struct Abdeckung
{
    QTemporaryDir dir;
    QString path = test::defaultCatalogCopy(dir);
    std::unique_ptr<MainWindow> window = std::make_unique<MainWindow>(Catalog::open(path));
    AbdeckungView *view = window->abdeckungView();

    Abdeckung()
    {
        window->resize(1400, 860);
        window->show();
        window->tabs()->setCurrentWidget(view);
        view->setHeute(kHeute);
        openThemenfeld(u"Familie & Kind"_qs);
    }
    Document &doc() { return *window->document(); }
    Catalog &catalog() { return doc().catalog(); }
    int themenfeld(const QString &name) { return doc().plan().themenfeldByName(name)->id; }
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
        K *m = view->kennzahlenModel();
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
        K *m = view->kennzahlenModel();
        return m->index(m->rowCount() - 1, column).data().toString();
    }
    QList<int> ozgIds(AbdeckungView::Liste l)
    {
        QList<int> out;
        AbdeckungListModel *m = view->listModel(l);
        for (int r = 0; r < m->rowCount(); ++r)
            out << m->index(r, 0).data(OzgIdRole).toInt();
        return out;
    }
    QString tabText(AbdeckungView::Liste l) { return view->listen()->tabText(l); }
    // The view's own index (through its sort proxy) of the row that links to the given key.
    QModelIndex viewIndex(AbdeckungView::Liste l, int role, qint64 key, int column = 1)
    {
        QAbstractItemModel *m = view->listView(l)->model();
        for (int r = 0; r < m->rowCount(); ++r)
            if (m->index(r, column).data(role).toLongLong() == key)
                return m->index(r, column);
        return {};
    }
};

} // namespace

TEST_CASE("the Kennzahlen show status counts and shares per Lage and in total, in German", "[ui][abdeckung]")
{
    Abdeckung w;
    // Familie & Kind has 37 OZG-Leistungen in 6 Lagen; 10020 (Kinderbetreuung) is the only pure Bund one.
    REQUIRE(w.total(K::Leistungen) == u"37");
    CHECK(w.view->kennzahlenModel()->rowCount() == 7);
    CHECK(w.view->kennzahlenModel()->headerData(6, Qt::Vertical, Qt::DisplayRole).toString() ==
          u"Themenfeld gesamt");
    CHECK(w.total(K::OhneStatus) == u"37 (100,0 %)");
    CHECK(w.tabText(L::LagenOhneAktivitaet) == u"Lagen ohne Aktivität (6)");

    for (int ozg : {10000, 10003, 10020})
        w.set(ozg, col::status, u"online"_qs);
    w.set(10001, col::status, u"in_umsetzung"_qs);
    w.set(10014, col::status, u"in_planung"_qs);
    w.set(10000, col::reifegradIst, 3);
    w.set(10000, col::reifegradZiel, 4);
    w.set(10003, col::reifegradIst, 4);
    w.set(10001, col::reifegradIst, 2);
    w.set(10001, col::reifegradZiel, 3);
    w.settle();

    CHECK(w.total(K::Online) == u"3 (8,1 %)");
    CHECK(w.total(K::InUmsetzung) == u"1 (2,7 %)");
    CHECK(w.total(K::InPlanung) == u"1 (2,7 %)");
    CHECK(w.total(K::OhneStatus) == u"32 (86,5 %)");
    CHECK(w.total(K::OzgKonform) == u"2 (5,4 %)");
    CHECK(w.total(K::MitLuecke) == u"2");
    CHECK(w.total(K::Reifegrad0 + 2) == u"1");
    CHECK(w.total(K::Reifegrad0 + 3) == u"1");
    CHECK(w.total(K::Reifegrad0 + 4) == u"1");
    CHECK(w.total(K::ReifegradOhne) == u"34");
    CHECK(w.total(K::FlaecheKeine) == u"37");
    CHECK(w.cell(u"Geburt"_qs, K::Leistungen) == u"11");
    CHECK(w.cell(u"Geburt"_qs, K::Online) == u"2 (18,2 %)");
    CHECK(w.cell(u"Geburt"_qs, K::InUmsetzung) == u"1 (9,1 %)");
    CHECK(w.cell(u"Kinderbetreuung"_qs, K::Online) == u"1 (9,1 %)");
    CHECK(w.cell(u"Kinderbetreuung"_qs, K::InPlanung) == u"1 (9,1 %)");
    const QModelIndex luecke = w.view->kennzahlenModel()->index(w.row(u"Geburt"_qs), K::MitLuecke);
    CHECK(luecke.data(Qt::ToolTipRole).toString().contains(u"Zusammen fehlen 2 Reifegradstufen"));
    CHECK((luecke.data(Qt::TextAlignmentRole).value<Qt::Alignment>() & Qt::AlignRight));
    const QFont bold = w.view->kennzahlenModel()->index(6, K::Online).data(Qt::FontRole).value<QFont>();
    CHECK(bold.bold());
    CHECK(w.view->kennzahlenModel()
              ->headerData(K::OzgKonform, Qt::Horizontal, Qt::ToolTipRole)
              .toString()
              .contains(u"mindestens 3"));

    // Geburt and Kinderbetreuung are active now; the other four Lagen are marked.
    CHECK(w.tabText(L::LagenOhneAktivitaet) == u"Lagen ohne Aktivität (4)");
    K *m = w.view->kennzahlenModel();
    const int eheschliessung = w.row(u"Eheschließung"_qs);
    CHECK_FALSE(m->headerData(eheschliessung, Qt::Vertical, Qt::DecorationRole).isNull());
    CHECK(
        m->headerData(eheschliessung, Qt::Vertical, Qt::ToolTipRole).toString().contains(u"Ohne Aktivität"));
    CHECK(m->headerData(w.row(u"Geburt"_qs), Qt::Vertical, Qt::DecorationRole).isNull());

    // Föderal leaves out 10020, a pure Typ-1 Leistung of the Bund.
    w.view->scopeBox()->setCurrentIndex(w.view->scopeBox()->findText(u"Föderal"_qs));
    w.settle();
    CHECK(w.total(K::Leistungen) == u"36");
    CHECK(w.total(K::Online) == u"2 (5,6 %)");
    CHECK(w.total(K::InUmsetzung) == u"1 (2,8 %)");
    CHECK(w.total(K::OhneStatus) == u"32 (88,9 %)");
    CHECK(w.cell(u"Kinderbetreuung"_qs, K::Leistungen) == u"10");
    CHECK(w.cell(u"Kinderbetreuung"_qs, K::Online) == u"0 (0,0 %)");
    CHECK(w.cell(u"Kinderbetreuung"_qs, K::InPlanung) == u"1 (10,0 %)");
    CHECK(w.cell(u"Geburt"_qs, K::Online) == u"2 (18,2 %)");
    CHECK(w.tabText(L::OhneProjekt) == u"In keinem Projekt (36)");
}

TEST_CASE("the programme view has one row per Themenfeld and opens a Themenfeld on double-click",
          "[ui][abdeckung]")
{
    Abdeckung w;
    w.openThemenfeld({});
    K *m = w.view->kennzahlenModel();
    REQUIRE(m->rowCount() == 15); // 14 Themenfelder and the total
    CHECK(m->headerData(14, Qt::Vertical, Qt::DisplayRole).toString() == u"Gesamtprogramm");
    CHECK(w.total(K::Leistungen) == u"557");
    CHECK(w.cell(u"Familie & Kind"_qs, K::Leistungen) == u"37");
    CHECK(w.tabText(L::OhneProjekt) == u"In keinem Projekt (557)");
    // The Themenfeld column is shown for the programme only.
    auto *list = qobject_cast<QTableView *>(w.view->listView(L::OhneProjekt));
    CHECK_FALSE(list->isColumnHidden(3));
    w.view->scopeBox()->setCurrentIndex(1);
    w.settle();
    CHECK(w.total(K::Leistungen) == u"462");

    QSignalSpy opened(w.view, &AbdeckungView::themenfeldActivated);
    const int familie = w.themenfeld(u"Familie & Kind"_qs);
    QTableView *table = w.view->kennzahlenTable();
    table->setCurrentIndex(m->index(w.row(u"Familie & Kind"_qs), K::Online));
    QTest::keyClick(table, Qt::Key_Return);
    REQUIRE(opened.size() == 1);
    CHECK(opened[0][0].toInt() == familie);
    w.settle();
    CHECK(w.view->themenfeld() == familie);
    CHECK(w.window->tabs()->currentWidget() == w.view);
    CHECK(m->rowCount() == 7);
    CHECK(list->isColumnHidden(3));
}

TEST_CASE("an overdue milestone is listed with its days against the Stichtag", "[ui][abdeckung]")
{
    Abdeckung w;
    CHECK(w.view->leerText(L::Ueberfaellig) == u"Noch kein Umsetzungsprojekt angelegt.");
    const qint64 p = w.createProjekt(u"Geburt digital"_qs, {10000});
    const auto meilensteine = w.catalog().rowsWhere(Table::Meilenstein, col::projektId, p);
    REQUIRE(meilensteine.size() == 7);
    const qint64 first = meilensteine.first().value(u"id"_qs).toLongLong();
    const QString titel = meilensteine.first().value(col::titel.toString()).toString();
    REQUIRE(w.doc().run([&] {
        return edit::setField(w.catalog(), Table::Meilenstein, first, col::geplant, u"2024-03-31"_qs);
    }));
    w.settle();
    CHECK(w.tabText(L::Ueberfaellig) == u"Meilensteine überfällig (1)");
    // Only the list on screen is built with each change; opening its tab shows this one current.
    w.view->listen()->setCurrentIndex(L::Ueberfaellig);
    CHECK(w.view->listView(L::Ueberfaellig)->model()->rowCount() == 1);
    AbdeckungListModel *overdue = w.view->listModel(L::Ueberfaellig);
    REQUIRE(overdue->rowCount() == 1);
    CHECK(overdue->index(0, 0).data().toString() == u"Geburt digital");
    CHECK(overdue->index(0, 2).data().toString() == titel);
    CHECK(overdue->index(0, 3).data().toString() == u"31.03.2024");
    CHECK(overdue->index(0, 4).data().toString() == u"91"); // 31 March to 30 June 2024
    CHECK(overdue->index(0, 0).data(ProjektIdRole).toLongLong() == p);
    CHECK(w.tabText(L::Ueberfaellig) == u"Meilensteine überfällig (1)");
    CHECK(w.view->leerText(L::Ueberfaellig).isEmpty());

    // A later Stichtag adds its days; one before the planned date leaves nothing overdue.
    w.view->setHeute(QDate(2024, 7, 10));
    w.settle();
    CHECK(overdue->index(0, 4).data().toString() == u"101");
    w.view->setHeute(QDate(2024, 3, 1));
    w.settle();
    CHECK(overdue->rowCount() == 0);
    CHECK(w.view->leerText(L::Ueberfaellig) == u"Zum Stichtag 01.03.2024 ist kein Meilenstein überfällig.");
    w.view->setHeute(kHeute);
    w.settle();
    CHECK(overdue->rowCount() == 1);

    // Reached twelve days late: no longer overdue, but slipped.
    REQUIRE(w.doc().run(
        [&] { return edit::setField(w.catalog(), Table::Meilenstein, first, col::ist, u"2024-04-12"_qs); }));
    w.settle();
    CHECK(overdue->rowCount() == 0);
    AbdeckungListModel *slipped = w.view->listModel(L::Verzoegert);
    REQUIRE(slipped->rowCount() == 1);
    CHECK(slipped->index(0, 3).data().toString() == u"31.03.2024");
    CHECK(slipped->index(0, 4).data().toString() == u"12.04.2024");
    CHECK(slipped->index(0, 5).data().toString() == u"12");
    CHECK(w.tabText(L::Verzoegert) == u"Meilensteine verzögert (1)");
}

TEST_CASE("a Leistung assigned to a project leaves „in keinem Projekt“ and returns on undo",
          "[ui][abdeckung]")
{
    Abdeckung w;
    REQUIRE(w.ozgIds(L::OhneProjekt).contains(10000));
    CHECK(w.tabText(L::OhneProjekt) == u"In keinem Projekt (37)");
    const qint64 p = w.createProjekt(u"Geburt digital"_qs, {10000, 10003});
    w.settle();
    CHECK_FALSE(w.ozgIds(L::OhneProjekt).contains(10000));
    CHECK_FALSE(w.ozgIds(L::OhneProjekt).contains(10003));
    CHECK(w.ozgIds(L::OhneProjekt).contains(10001));
    CHECK(w.tabText(L::OhneProjekt) == u"In keinem Projekt (35)");
    CHECK(w.tabText(L::LagenOhneAktivitaet) == u"Lagen ohne Aktivität (5)"); // Geburt has a project now

    w.doc().undoStack()->undo();
    w.settle();
    CHECK(w.ozgIds(L::OhneProjekt).contains(10000));
    CHECK(w.tabText(L::OhneProjekt) == u"In keinem Projekt (37)");
    w.doc().undoStack()->redo();
    w.settle();

    // Every Leistung in a project: the list says so instead of showing nothing.
    QList<int> rest = w.ozgIds(L::OhneProjekt);
    REQUIRE(w.doc().run([&] { return edit::assignLeistungen(w.catalog(), p, rest); }));
    w.settle();
    CHECK(w.view->listModel(L::OhneProjekt)->rowCount() == 0);
    CHECK(w.view->leerText(L::OhneProjekt) == u"Alle Leistungen sind einem Projekt zugeordnet.");
    CHECK(w.tabText(L::OhneProjekt) == u"In keinem Projekt (0)");
    CHECK(w.view->leerText(L::LagenOhneAktivitaet).startsWith(u"In jeder Lage"));
}

TEST_CASE("activating a gap-list entry opens its Leistung or project in the main window", "[ui][abdeckung]")
{
    Abdeckung w;
    const qint64 p = w.createProjekt(u"Geburt digital"_qs, {10000});
    const qint64 first =
        w.catalog().rowsWhere(Table::Meilenstein, col::projektId, p).first().value(u"id"_qs).toLongLong();
    REQUIRE(w.doc().run([&] {
        return edit::setField(w.catalog(), Table::Meilenstein, first, col::geplant, u"2024-03-31"_qs);
    }));
    w.openThemenfeld({}); // the programme: the project's Themenfeld is not selected
    REQUIRE(w.window->projekteView()->currentProjekt() == 0);

    SECTION("a Leistung by double-click")
    {
        QSignalSpy spy(w.view, &AbdeckungView::leistungActivated);
        w.view->listen()->setCurrentIndex(L::OhneProjekt);
        auto *table = qobject_cast<QTableView *>(w.view->listView(L::OhneProjekt));
        const QModelIndex idx = w.viewIndex(L::OhneProjekt, OzgIdRole, 10003);
        REQUIRE(idx.isValid());
        table->scrollTo(idx);
        // A real double-click: the first click selects, the second comes as a double-click.
        const QPoint at = table->visualRect(idx).center();
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, at);
        REQUIRE(spy.size() == 1);
        CHECK(spy[0][0].toInt() == 10003);
        CHECK(w.window->leistungEditor()->leistung() == 10003);
    }
    SECTION("a project by Enter, in its own Themenfeld")
    {
        QSignalSpy spy(w.view, &AbdeckungView::projektActivated);
        w.view->listen()->setCurrentIndex(L::Ueberfaellig);
        QAbstractItemView *table = w.view->listView(L::Ueberfaellig);
        const QModelIndex idx = w.viewIndex(L::Ueberfaellig, ProjektIdRole, p, 2);
        REQUIRE(idx.isValid());
        table->setCurrentIndex(idx);
        QTest::keyClick(table, Qt::Key_Return);
        REQUIRE(spy.size() == 1);
        CHECK(spy[0][0].toLongLong() == p);
        CHECK(w.window->tabs()->currentWidget() == w.window->projekteView());
        CHECK(w.window->projekteView()->currentProjekt() == p);
        CHECK(w.window->windowTitle().startsWith(u"Familie & Kind"));
        CHECK(w.view->themenfeld() == w.themenfeld(u"Familie & Kind"_qs));
    }
    SECTION("a project from its column of the Nachnutzung matrix")
    {
        QSignalSpy spy(w.view, &AbdeckungView::projektActivated);
        w.view->listen()->setCurrentIndex(L::Nachnutzung);
        NachnutzungMatrixModel *m = w.view->nachnutzungModel();
        REQUIRE(m->columnCount() > NachnutzungMatrixModel::ErstesProjekt);
        int column = -1;
        for (int c = NachnutzungMatrixModel::ErstesProjekt; c < m->columnCount(); ++c)
            if (m->headerData(c, Qt::Horizontal, ProjektIdRole).toLongLong() == p)
                column = c;
        REQUIRE(column >= 0);
        QAbstractItemView *matrix = w.view->listView(L::Nachnutzung);
        matrix->setCurrentIndex(m->index(3, column));
        QTest::keyClick(matrix, Qt::Key_Enter);
        REQUIRE(spy.size() == 1);
        CHECK(spy[0][0].toLongLong() == p);
        CHECK(w.window->projekteView()->currentProjekt() == p);
    }
}

TEST_CASE("the Nachnutzung matrix shows each Land's stand per project, its count and share",
          "[ui][abdeckung]")
{
    Abdeckung w;
    CHECK(w.view->leerText(L::Nachnutzung).startsWith(u"Noch kein Umsetzungsprojekt"));
    const qint64 a = w.createProjekt(u"Geburt digital"_qs, {10000});
    const qint64 b = w.createProjekt(u"Kita-Portal"_qs, {10014});
    auto land = [&](const QString &kuerzel) {
        for (const Beteiligter &x : w.doc().plan().beteiligte)
            if (x.kuerzel == kuerzel)
                return x.id;
        return 0;
    };
    REQUIRE(w.doc().run([&] { return edit::setNachnutzung(w.catalog(), a, land(u"HE"_qs), u"live"_qs); }));
    REQUIRE(w.doc().run(
        [&] { return edit::setNachnutzung(w.catalog(), b, land(u"HE"_qs), u"interessiert"_qs); }));
    REQUIRE(w.doc().run([&] { return edit::setNachnutzung(w.catalog(), b, land(u"NI"_qs), u"geplant"_qs); }));
    w.settle();
    NachnutzungMatrixModel *m = w.view->nachnutzungModel();
    REQUIRE(m->rowCount() == 16);
    REQUIRE(m->columnCount() == NachnutzungMatrixModel::ErstesProjekt + 2);
    auto rowOf = [&](const QString &kuerzel) {
        for (int r = 0; r < m->rowCount(); ++r)
            if (m->index(r, 0).data().toString().startsWith(kuerzel + u' '))
                return r;
        return -1;
    };
    const int he = rowOf(u"HE"_qs), ni = rowOf(u"NI"_qs), by = rowOf(u"BY"_qs);
    REQUIRE(he >= 0);
    const int colA = NachnutzungMatrixModel::ErstesProjekt, colB = colA + 1; // projects by id
    CHECK(m->headerData(colA, Qt::Horizontal, Qt::DisplayRole).toString() == u"Geburt digital");
    CHECK(m->index(he, colA).data().toString() == u"live");
    CHECK(m->index(he, colB).data().toString() == u"interessiert");
    CHECK(m->index(he, NachnutzungMatrixModel::Nachnutzung).data().toString() == u"1 (50,0 %)");
    CHECK(m->index(ni, NachnutzungMatrixModel::Nachnutzung).data().toString() == u"1 (50,0 %)");
    CHECK(m->index(by, NachnutzungMatrixModel::Nachnutzung).data().toString() == u"0 (0,0 %)");
    CHECK(m->index(by, colA).data().toString().isEmpty());
    CHECK(w.tabText(L::Nachnutzung) == u"Nachnutzung (2/16)");
}

TEST_CASE("an Onlinedienst covering a Leistung shows in „Onlinedienste“ and takes it off „ohne Onlinedienst“",
          "[ui][abdeckung]")
{
    Abdeckung w;
    CHECK(w.view->leerText(L::Onlinedienste).startsWith(u"Kein Onlinedienst deckt"));
    REQUIRE(w.ozgIds(L::OhneOnlinedienst).contains(10000));
    qint64 dienst = 0;
    REQUIRE(w.doc().run([&] {
        ChangeSet cs = edit::createOnlinedienst(w.catalog(), u"ELFE – Einfach Leistungen für Eltern"_qs,
                                                u"Freie Hansestadt Bremen"_qs);
        dienst = cs.changes.first().key;
        return cs;
    }));
    // The dienst covers every LeiKa-Leistung of Elterngeld (10000): one at Reifegrad 4, the others at 3.
    const auto leika = w.catalog().rowsWhere(Table::Leika, col::ozgId, 10000);
    REQUIRE(leika.size() >= 2);
    REQUIRE(w.doc().run([&] {
        ChangeSet all(u"Elterngeld abdecken"_qs);
        for (qsizetype i = 0; i < leika.size(); ++i)
            all.append(edit::setDienstLeika(w.catalog(), dienst, leika[i].value(u"id"_qs).toLongLong(),
                                            i == 0 ? 4 : 3));
        return all;
    }));
    w.settle();
    DienstAbdeckungModel *m = w.view->dienstModel();
    REQUIRE(m->rowCount() == 1);
    const QModelIndex d = m->index(0, DienstAbdeckungModel::Name);
    CHECK(d.data().toString() == u"ELFE – Einfach Leistungen für Eltern");
    REQUIRE(m->rowCount(d) == 1);
    CHECK(m->index(0, DienstAbdeckungModel::Name, d).data().toString() == u"10000 Elterngeld");
    CHECK(m->index(0, DienstAbdeckungModel::Reifegrad, d).data().toString() == u"3 – Online-Leistung");
    CHECK(w.tabText(L::Onlinedienste) == u"Onlinedienste (1)");
    CHECK_FALSE(w.ozgIds(L::OhneOnlinedienst).contains(10000));
    CHECK(w.tabText(L::OhneOnlinedienst) == u"Ohne Onlinedienst (36)");
    CHECK(w.total(K::MitOnlinedienst) == u"1 (2,7 %)");

    // Activating the Leistung opens it; activating the dienst opens it in its own tab.
    w.view->listen()->setCurrentIndex(L::Onlinedienste);
    QSignalSpy leistung(w.view, &AbdeckungView::leistungActivated);
    auto *tree = qobject_cast<QTreeView *>(w.view->listView(L::Onlinedienste));
    tree->setCurrentIndex(m->index(0, DienstAbdeckungModel::Name, d));
    QTest::keyClick(tree, Qt::Key_Return);
    REQUIRE(leistung.size() == 1);
    CHECK(leistung[0][0].toInt() == 10000);
    CHECK(w.window->leistungEditor()->leistung() == 10000);
    QSignalSpy opened(w.view, &AbdeckungView::onlinedienstActivated);
    tree->setCurrentIndex(d);
    QTest::keyClick(tree, Qt::Key_Return);
    REQUIRE(opened.size() == 1);
    CHECK(opened[0][0].toLongLong() == dienst);
    CHECK(w.window->tabs()->currentWidget() == w.window->findChild<OnlinediensteView *>());

    // A window opened afresh on the file sees the same coverage: the snapshot it loads holds the
    // LeiKa-Leistungen an Onlinedienst covers.
    MainWindow second(Catalog::open(w.path));
    second.show();
    second.selectThemenfeld(w.themenfeld(u"Familie & Kind"_qs));
    second.tabs()->setCurrentWidget(second.abdeckungView());
    REQUIRE(second.abdeckungView()->dienstModel()->rowCount() == 1);
    CHECK(second.abdeckungView()->listen()->tabText(L::OhneOnlinedienst) == u"Ohne Onlinedienst (36)");
}

TEST_CASE("a Themenfeld without Leistungen and a scope without them explain themselves", "[ui][abdeckung]")
{
    Abdeckung w;
    ChangeSet empty(u"Leeres Themenfeld anlegen"_qs);
    empty.append(Change::insert(Table::Themenfeld, w.catalog().allocateKey(Table::Themenfeld),
                                {{u"name"_qs, u"Neues Themenfeld"_qs}, {u"sort_order"_qs, 99}}));
    REQUIRE(w.doc().push(empty));
    w.openThemenfeld(u"Neues Themenfeld"_qs);
    CHECK_FALSE(w.view->kennzahlenTable()->isVisible());
    const auto labels = w.view->findChildren<QLabel *>();
    const bool explained = std::any_of(labels.cbegin(), labels.cend(), [](QLabel *l) {
        return l->isVisible() && l->text().startsWith(u"„Neues Themenfeld“ hat noch keine OZG-Leistungen");
    });
    CHECK(explained);
    CHECK(w.view->leerText(L::OhneProjekt) == u"Keine OZG-Leistungen im gewählten Umfang.");
    CHECK(w.view->leerText(L::LagenOhneAktivitaet) == u"Keine Lagen im gewählten Umfang.");
    CHECK(w.tabText(L::OhneProjekt) == u"In keinem Projekt (0)");

    w.openThemenfeld(u"Familie & Kind"_qs);
    CHECK(w.view->kennzahlenTable()->isVisible());
    CHECK(w.view->leerText(L::OhneProjekt).isEmpty());
}

TEST_CASE("the view recomputes once a burst of changes settles, and only while it is shown",
          "[ui][abdeckung]")
{
    Abdeckung w;
    const int before = w.view->updateCount();
    w.set(10000, col::status, u"online"_qs);
    w.set(10003, col::status, u"online"_qs);
    CHECK(w.view->isUpdatePending());
    w.settle();
    CHECK(w.view->updateCount() == before + 1);
    CHECK(w.total(K::Online) == u"2 (5,4 %)");

    // Hidden: no work, and the figures are current again as soon as the tab is shown.
    w.window->tabs()->setCurrentWidget(w.window->projekteView());
    w.set(10001, col::status, u"online"_qs);
    QTest::qWait(100);
    CHECK(w.view->updateCount() == before + 1);
    CHECK(w.view->isUpdatePending());
    w.window->tabs()->setCurrentWidget(w.view);
    CHECK_FALSE(w.view->isUpdatePending());
    CHECK(w.view->updateCount() == before + 2);
    CHECK(w.total(K::Online) == u"3 (8,1 %)");
}

TEST_CASE("the coverage tab is reached by keyboard and its controls by mnemonics", "[ui][abdeckung]")
{
    Abdeckung w;
    QTabWidget *tabs = w.window->tabs();
    CHECK(tabs->tabText(tabs->indexOf(w.view)) == u"Abde&ckung");
    // No other tab of the window uses the same mnemonic.
    for (int i = 0; i < tabs->count(); ++i)
        if (tabs->widget(i) != w.view)
            CHECK_FALSE(tabs->tabText(i).contains(u"&c", Qt::CaseInsensitive));
    const auto labels = w.view->findChildren<QLabel *>();
    auto buddyOf = [&](const QString &text) -> QWidget * {
        for (QLabel *l : labels)
            if (l->text().startsWith(text))
                return l->buddy();
        return nullptr;
    };
    CHECK(buddyOf(u"&Umfang:"_qs) == w.view->scopeBox());
    CHECK(buddyOf(u"&Stichtag:"_qs) == w.view->heuteEdit());
    CHECK(buddyOf(u"&Kennzahlen je Lage"_qs) == w.view->kennzahlenTable());
    CHECK(buddyOf(u"Lücken, &Verzug"_qs) == w.view->listen());
    // Alt+C opens the tab from another one; Alt+U then goes to the scope.
    w.window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(w.window.get()));
    tabs->setCurrentIndex(0);
    QTest::keyClick(w.window.get(), Qt::Key_C, Qt::AltModifier);
    CHECK(tabs->currentWidget() == w.view);
    QTest::keyClick(w.window.get(), Qt::Key_U, Qt::AltModifier);
    CHECK(QApplication::focusWidget() == w.view->scopeBox());

    // Tab goes from the scope to the Stichtag, then on to the table and the lists.
    QList<QWidget *> chain;
    for (QWidget *x = w.view->scopeBox()->nextInFocusChain(); x != w.view->scopeBox() && chain.size() < 200;
         x = x->nextInFocusChain())
        if (x->focusPolicy() & Qt::TabFocus && w.view->isAncestorOf(x))
            chain << x;
    auto pos = [&](QWidget *x) {
        for (qsizetype i = 0; i < chain.size(); ++i)
            if (chain[i] == x || chain[i]->focusProxy() == x || x->isAncestorOf(chain[i]))
                return i;
        return qsizetype(-1);
    };
    CHECK(pos(w.view->heuteEdit()) >= 0);
    CHECK(pos(w.view->listView(L::OhneProjekt)) >= 0);
    CHECK(pos(w.view->heuteEdit()) < pos(w.view->kennzahlenTable()));
    CHECK(pos(w.view->kennzahlenTable()) < pos(w.view->listView(L::OhneProjekt)));
}

TEST_CASE("the coverage models pass QAbstractItemModelTester while the plan changes", "[ui][abdeckung]")
{
    Abdeckung w;
    using Tester = QAbstractItemModelTester;
    const auto fatal = Tester::FailureReportingMode::Fatal;
    std::vector<std::unique_ptr<Tester>> testers;
    testers.push_back(std::make_unique<Tester>(w.view->kennzahlenModel(), fatal));
    testers.push_back(std::make_unique<Tester>(w.view->nachnutzungModel(), fatal));
    testers.push_back(std::make_unique<Tester>(w.view->dienstModel(), fatal));
    for (int l = 0; l < L::Nachnutzung; ++l) {
        testers.push_back(std::make_unique<Tester>(w.view->listModel(L::Liste(l)), fatal));
        testers.push_back(std::make_unique<Tester>(w.view->listView(L::Liste(l))->model(), fatal));
    }
    const qint64 p = w.createProjekt(u"Geburt digital"_qs, {10000, 10003});
    qint64 dienst = 0;
    REQUIRE(w.doc().run([&] {
        ChangeSet cs = edit::createOnlinedienst(w.catalog(), u"ELFE"_qs, {});
        dienst = cs.changes.first().key;
        return cs;
    }));
    const auto leika = w.catalog().rowsWhere(Table::Leika, col::ozgId, 10003);
    REQUIRE(w.doc().run([&] {
        return edit::setDienstLeika(w.catalog(), dienst, leika.first().value(u"id"_qs).toLongLong(), 2);
    }));
    w.set(10000, col::status, u"online"_qs);
    w.settle();
    w.view->listView(L::OhneProjekt)->model()->sort(1, Qt::DescendingOrder);
    w.view->scopeBox()->setCurrentIndex(1);
    w.openThemenfeld({});
    w.doc().undoStack()->undo();
    w.settle();
    REQUIRE(w.doc().run([&] { return edit::remove(w.catalog(), Table::Projekt, p); }));
    w.settle();
    w.openThemenfeld(u"Familie & Kind"_qs);
    CHECK(w.view->nachnutzungModel()->columnCount() == NachnutzungMatrixModel::ErstesProjekt);
}
