#include "support/catchqt.h"

#include "document.h"
#include "domain/labels.h"
#include "edit/changetext.h"
#include "edit/edits.h"
#include "fieldeditors.h"
#include "fieldform.h"
#include "leistungsuche.h"
#include "mainwindow.h"
#include "models/entitytablemodel.h"
#include "models/leistungfilter.h"
#include "models/leistungmodel.h"
#include "models/projektmodels.h"
#include "models/themenfeldmodel.h"
#include "restorelanguage.h"
#include "roles.h"
#include "storage/catalog.h"
#include "support/testutil.h"
#include "translator.h"
#include "views/historypanel.h"
#include "views/leistungeditor.h"
#include "views/leistungenview.h"
#include "views/projekteview.h"
#include "views/zeitplanview.h"
#include "workspace.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QMimeData>
#include <QScrollArea>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>

using namespace tfp;
using namespace tfp::ui;
using namespace tfp::schema;

using test::Workspace;

TEST_CASE("editing a Reifegrad in the tree goes through undo and redo and into the catalog", "[ui]")
{
    Workspace w;
    w.window->selectThemenfeld(w.themenfeld(u"Familie & Kind"_qs));
    const QModelIndex reifegrad = w.leistungIndex(10000, LeistungModel::Reifegrad);
    REQUIRE(reifegrad.isValid());
    REQUIRE(reifegrad.flags() & Qt::ItemIsEditable);
    REQUIRE(w.window->leistungenView()->filter()->setData(reifegrad, 3, Qt::EditRole));
    CHECK(w.catalog().value(Table::Leistung, 10000, col::reifegradIst).toInt() == 3);
    CHECK(reifegrad.data(Qt::DisplayRole).toString() == u"3 → –");
    QUndoStack *undo = w.doc().undoStack();
    REQUIRE(undo->count() == 1);
    CHECK(undo->undoText() == u"Reifegrad (ist) von „Elterngeld“ auf 3 – Online-Leistung setzen");
    undo->undo();
    CHECK(w.catalog().value(Table::Leistung, 10000, col::reifegradIst).isNull());
    CHECK(w.leistungIndex(10000, LeistungModel::Reifegrad).data().toString() == u"– → –");
    // The history says the step was taken back.
    CHECK(edit::descriptionText(w.catalog().journalFor(Table::Leistung, 10000).last().beschreibung) ==
          u"Rückgängig: Reifegrad (ist) von „Elterngeld“ auf 3 – Online-Leistung setzen");
    undo->redo();
    CHECK(w.catalog().value(Table::Leistung, 10000, col::reifegradIst).toInt() == 3);
}

TEST_CASE("the history tells an edit in the language it is read in, not the one it was made in", "[ui]")
{
    test::RestoreLanguage restore;
    Workspace w;
    w.window->show();
    w.window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(w.window.get()));
    w.window->selectThemenfeld(w.themenfeld(u"Familie & Kind"_qs));
    w.window->leistungEditor()->setLeistung(10000);
    QWidget *goLive = w.window->leistungEditor()->form()->editor(col::goLive.toString());
    REQUIRE(goLive);
    QTest::mouseClick(goLive, Qt::LeftButton);
    QTest::keyClick(goLive, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(goLive, u"30.09.2026"_qs);
    QTest::keyClick(goLive, Qt::Key_Return);
    REQUIRE(w.catalog().value(Table::Leistung, 10000, col::goLive).toString() == u"2026-09-30");
    QTreeView *leistungen = w.window->leistungenView()->tree();
    leistungen->setFocus();
    QTest::keyClick(leistungen, Qt::Key_Z, Qt::ControlModifier);
    REQUIRE(w.catalog().value(Table::Leistung, 10000, col::goLive).isNull());

    auto *history = w.window->findChild<HistoryPanel *>();
    REQUIRE(history);
    auto *tree = history->findChild<QTreeWidget *>(u"HistoryTree"_qs);
    history->setEntity(Table::Leistung, 10000);
    REQUIRE(tree->topLevelItemCount() == 2);
    CHECK(tree->topLevelItem(0)->text(0) == u"Rückgängig: Go-live von „Elterngeld“ auf 30.09.2026 setzen");
    CHECK(tree->topLevelItem(1)->text(0) == u"Go-live von „Elterngeld“ auf 30.09.2026 setzen");

    // The same journal read with the English UI: English sentences, English dates.
    REQUIRE(installUiLanguage(u"en"_qs) == u"en");
    history->setEntity(Table::Leistung, 10000);
    REQUIRE(tree->topLevelItemCount() == 2);
    for (int i = 0; i < 2; ++i) {
        const QString text = tree->topLevelItem(i)->text(0);
        INFO(text.toStdString());
        CHECK(text.contains(u"Set Go-live"));
        CHECK(text.contains(u"‘Elterngeld’"));
        CHECK(text.contains(u"30/09/2026"));
        CHECK_FALSE(text.contains(u"setzen"));
    }
    CHECK(tree->topLevelItem(0)->text(0).startsWith(u"Undo: "));
}

TEST_CASE("a one-field edit updates that row only, without a model reset", "[ui]")
{
    Workspace w;
    w.window->selectThemenfeld(w.themenfeld(u"Familie & Kind"_qs));
    LeistungModel *model = w.window->leistungenView()->model();
    QSignalSpy resets(model, &QAbstractItemModel::modelReset);
    QSignalSpy changes(model, &QAbstractItemModel::dataChanged);
    auto *tree = w.window->leistungenView()->tree();
    tree->setCurrentIndex(w.leistungIndex(10003, 0));
    const QModelIndex status = model->indexOfLeistung(10003, LeistungModel::Status);
    REQUIRE(model->setData(status, u"online"_qs, Qt::EditRole));
    CHECK(resets.isEmpty());
    REQUIRE(changes.size() == 1);
    CHECK(changes[0][0].toModelIndex().row() == status.row());
    CHECK(changes[0][0].toModelIndex().parent() == status.parent());
    CHECK(changes[0][1].toModelIndex().row() == status.row());
    CHECK(model->ozgIdAt(tree->currentIndex().isValid()
                             ? w.window->leistungenView()->filter()->mapToSource(tree->currentIndex())
                             : QModelIndex()) == 10003);
    // A command that changes nothing is not pushed.
    const int steps = w.doc().undoStack()->count();
    CHECK_FALSE(model->setData(status, u"online"_qs, Qt::EditRole));
    CHECK(w.doc().undoStack()->count() == steps);
}

TEST_CASE(
    "a project is created from the selected Leistungen, deleted with its milestones, and restored by undo",
    "[ui]")
{
    Workspace w;
    w.window->selectThemenfeld(w.themenfeld(u"Familie & Kind"_qs));
    auto *tree = w.window->leistungenView()->tree();
    tree->selectionModel()->select(w.leistungIndex(10000, 0),
                                   QItemSelectionModel::Select | QItemSelectionModel::Rows);
    tree->selectionModel()->select(w.leistungIndex(10003, 0),
                                   QItemSelectionModel::Select | QItemSelectionModel::Rows);
    ProjekteView *projekte = w.window->projekteView();
    REQUIRE(projekte->createProjekt(u"Geburt digital – Elterngeld und Geburtsanzeige aus einer Hand"_qs));
    const PlanSnapshot &plan = w.doc().plan();
    REQUIRE(plan.projekte.size() == 1);
    const Projekt &p = plan.projekte.first();
    CHECK(p.leistungen == QList<int>{10000, 10003});
    CHECK(p.koordinationId == plan.beteiligter(p.koordinationId.value())->id);
    CHECK(plan.beteiligter(*p.koordinationId)->kuerzel == u"HB"); // the federführende Land
    CHECK(plan.meilensteine.size() == 7);
    CHECK(projekte->currentProjekt() == p.id);
    CHECK(projekte->meilensteinModel()->rowCount() == 7);
    CHECK(projekte->leistungModel()->rowCount() == 2);
    CHECK(w.leistungIndex(10000, LeistungModel::Projekt).data().toString().startsWith(u"Geburt digital"));

    projekte->deleteCurrentProjekt(false);
    CHECK(w.catalog().count(Table::Projekt) == 0);
    CHECK(w.catalog().count(Table::Meilenstein) == 0);
    CHECK(w.catalog().count(Table::ProjektLeistung) == 0);
    CHECK(w.leistungIndex(10000, LeistungModel::Projekt).data().toString().isEmpty());

    w.doc().undoStack()->undo(); // one step brings back project, milestones and assignments
    CHECK(w.catalog().count(Table::Projekt) == 1);
    CHECK(w.catalog().count(Table::Meilenstein) == 7);
    CHECK(w.catalog().count(Table::ProjektLeistung) == 2);
    w.doc().undoStack()->undo(); // and one step removes the creation
    CHECK(w.catalog().count(Table::Projekt) == 0);
    CHECK(w.catalog().count(Table::Meilenstein) == 0);
}

TEST_CASE("assigning twenty Leistungen by dropping them is one undo step", "[ui]")
{
    Workspace w;
    const int tf = w.themenfeld(u"Unternehmensführung & -entwicklung"_qs);
    w.window->selectThemenfeld(tf);
    ProjekteView *projekte = w.window->projekteView();
    REQUIRE(projekte->createProjekt(u"Unternehmenskonto"_qs));
    QList<int> ids;
    for (const Leistung &l : w.doc().plan().leistungen)
        if (w.doc().plan().themenfeldOf(l) == tf && ids.size() < 20)
            ids << l.ozgId;
    REQUIRE(ids.size() == 20);
    auto *model = w.window->leistungenView()->model();
    QModelIndexList indexes;
    for (int id : ids)
        indexes << model->indexOfLeistung(id);
    std::unique_ptr<QMimeData> mime(model->mimeData(indexes));
    const int before = w.doc().undoStack()->count();
    projekte->leistungModel()->dropMimeData(mime.get(), Qt::CopyAction, -1, -1, {});
    CHECK(w.doc().undoStack()->count() == before + 1);
    CHECK(w.catalog().count(Table::ProjektLeistung) == 20);
    CHECK(w.doc().undoStack()->undoText() == u"20 OZG-Leistungen dem Projekt „Unternehmenskonto“ zuordnen");
    w.doc().undoStack()->undo();
    CHECK(w.catalog().count(Table::ProjektLeistung) == 0);
}

TEST_CASE("invalid input is refused where it is entered and the catalog stays unchanged", "[ui]")
{
    Workspace w;
    w.window->selectThemenfeld(w.themenfeld(u"Familie & Kind"_qs));
    LeistungEditor *editor = w.window->leistungEditor();
    editor->setLeistung(10000);
    FieldForm *form = editor->form();
    auto *ist = qobject_cast<QComboBox *>(form->editor(col::reifegradIst.toString()));
    auto *ziel = qobject_cast<QComboBox *>(form->editor(col::reifegradZiel.toString()));
    REQUIRE(ist);
    REQUIRE(ziel);
    ist->setCurrentIndex(ist->findData(3));
    Q_EMIT ist->activated(ist->currentIndex());
    CHECK(w.catalog().value(Table::Leistung, 10000, col::reifegradIst).toInt() == 3);
    const QByteArray before = test::fileHash(w.path);
    const int steps = w.doc().undoStack()->count();

    SECTION("a Reifegrad ziel below ist")
    {
        ziel->setCurrentIndex(ziel->findData(2));
        Q_EMIT ziel->activated(ziel->currentIndex());
        CHECK(w.catalog().value(Table::Leistung, 10000, col::reifegradZiel).isNull());
        const auto labels = form->findChildren<QLabel *>();
        const bool explained = std::any_of(labels.cbegin(), labels.cend(), [](QLabel *l) {
            return l->text().contains(u"darf nicht unter dem erreichten Reifegrad");
        });
        CHECK(explained);
        QCoreApplication::processEvents();
        CHECK(editorValue(ziel).isNull()); // the editor shows the stored value again
    }
    SECTION("a milestone reached before the project started")
    {
        REQUIRE(w.window->projekteView()->createProjekt(u"Elterngeld digital"_qs));
        const qint64 p = w.window->projekteView()->currentProjekt();
        w.doc().run(
            [&] { return edit::setField(w.catalog(), Table::Projekt, p, col::start, u"2025-01-01"_qs); });
        EntityTableModel *ms = w.window->projekteView()->meilensteinModel();
        const int column = 3; // ist
        REQUIRE(ms->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString() == u"erreicht");
        QSignalSpy failed(&w.doc(), &Document::failed);
        CHECK_FALSE(ms->setData(ms->index(0, column), u"2024-06-30"_qs, Qt::EditRole));
        REQUIRE(failed.size() == 1);
        CHECK(failed[0][0].toString().contains(u"vor dem Projektbeginn"));
        CHECK(ms->index(0, column).data(Qt::EditRole).isNull());
        return;
    }
    CHECK(w.doc().undoStack()->count() == steps);
    CHECK(test::fileHash(w.path) == before);
}

TEST_CASE("a duplicate OZG-ID is refused", "[ui]")
{
    Workspace w;
    QSignalSpy failed(&w.doc(), &Document::failed);
    CHECK_FALSE(
        w.doc().run([&] { return edit::createLeistung(w.catalog(), 10000, 26, u"Noch ein Elterngeld"_qs); }));
    REQUIRE(failed.size() == 1);
    CHECK(failed[0][0].toString().contains(u"10000 ist schon vergeben"));
    CHECK(w.catalog().value(Table::Leistung, 10000, col::name).toString() == u"Elterngeld");
}

TEST_CASE("the filters find Leistungen by name, OZG-ID and LeiKa-Schlüssel", "[ui]")
{
    Workspace w;
    w.window->selectThemenfeld(0);
    LeistungFilter *f = w.window->leistungenView()->filter();
    auto visibleLeistungen = [&] {
        int n = 0;
        for (int r = 0; r < f->rowCount(); ++r)
            n += f->rowCount(f->index(r, 0));
        return n;
    };
    CHECK(visibleLeistungen() == 557);
    f->setText(u"ELTERNGELD"_qs);
    CHECK(visibleLeistungen() >= 1);
    f->setText(u"10169"_qs); // Führerschein by OZG-ID
    CHECK(visibleLeistungen() == 1);
    f->setText(u"99041006017000"_qs); // Elterngeld Bewilligung by LeiKa-Schlüssel
    REQUIRE(visibleLeistungen() == 1);
    // Typing on narrows from the remembered matches; deleting widens again: both agree with a fresh filter.
    QList<int> typed;
    for (const QString &t : {u"g"_qs, u"ge"_qs, u"geb"_qs, u"gebu"_qs, u"geburt"_qs, u"geb"_qs, u"gebühr"_qs})
        f->setText(t), typed << visibleLeistungen();
    QList<int> fresh;
    for (const QString &t :
         {u"g"_qs, u"ge"_qs, u"geb"_qs, u"gebu"_qs, u"geburt"_qs, u"geb"_qs, u"gebühr"_qs}) {
        f->setText({});
        f->setText(t);
        fresh << visibleLeistungen();
    }
    CHECK(typed == fresh);
    CHECK(typed[0] > typed[4]);
    CHECK(typed[4] > 0);
    f->setText({});
    f->setScope(LeistungFilter::Scope::Foederal);
    CHECK(visibleLeistungen() == 557 - 95);
    f->setScope(LeistungFilter::Scope::Alle);
    f->setStatus(int(Status::Online));
    CHECK(visibleLeistungen() == 0);
}

TEST_CASE("typing into the search field shows exactly the Leistungen that hold the text, also after deleting "
          "and with another filter changed in between",
          "[ui]")
{
    Workspace w;
    w.window->selectThemenfeld(0);
    LeistungenView *view = w.window->leistungenView();
    LeistungFilter *f = view->filter();
    const PlanSnapshot &plan = w.doc().plan();
    auto visible = [&] {
        QList<int> ozg;
        for (int r = 0; r < f->rowCount(); ++r)
            for (int c = 0; c < f->rowCount(f->index(r, 0)); ++c)
                ozg << view->model()->ozgIdAt(f->mapToSource(f->index(c, 0, f->index(r, 0))));
        std::sort(ozg.begin(), ozg.end());
        return ozg;
    };
    auto expected = [&](std::optional<Status> status = std::nullopt) {
        return test::leistungenHolding(plan, view->searchField()->text(), status);
    };
    QLineEdit *search = view->searchField();
    search->setFocus();
    for (const QChar ch : u"gebu"_qs) {
        QTest::keyClick(search, ch.toLatin1());
        REQUIRE(visible() == expected());
    }
    CHECK(visible().size() > 0);
    QTest::keyClick(search, Qt::Key_Backspace);
    QTest::keyClick(search, Qt::Key_Backspace);
    CHECK(search->text() == u"ge"_qs);
    CHECK(visible() == expected());
    // A renamed Leistung and a status chosen in between: what the text matched so far is looked at again.
    const Leistung first = plan.leistungen.first();
    REQUIRE(w.doc().run([&] {
        return edit::setField(w.catalog(), Table::Leistung, first.ozgId, col::name, u"Gebrauchsbescheid"_qs);
    }));
    CHECK(visible() == expected());
    f->setStatus(int(first.status));
    QTest::keyClicks(search, u"brau"_qs);
    CHECK(visible() == expected(first.status));
    CHECK(visible().contains(first.ozgId));
    f->setStatus(std::nullopt);
    CHECK(visible() == expected());
    QTest::keyClick(search, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(search, Qt::Key_Backspace);
    QTest::keyClicks(search, u"10169"_qs);
    CHECK(visible() == QList<int>{10169});
}

TEST_CASE("every model passes QAbstractItemModelTester while it is edited", "[ui]")
{
    Workspace w;
    const int tf = w.themenfeld(u"Familie & Kind"_qs);
    w.window->selectThemenfeld(tf);
    auto *view = w.window->leistungenView();
    QAbstractItemModelTester t1(view->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester t2(view->filter(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    ThemenfeldModel themen(w.doc());
    QAbstractItemModelTester t3(&themen, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ProjekteView *projekte = w.window->projekteView();
    QAbstractItemModelTester t4(projekte->projektModel(),
                                QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester t5(projekte->meilensteinModel(),
                                QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester t6(projekte->leistungModel(),
                                QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester t7(projekte->nachnutzungModel(),
                                QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester t8(projekte->zahlungModel(),
                                QAbstractItemModelTester::FailureReportingMode::Fatal);

    view->tree()->selectionModel()->select(w.leistungIndex(10000, 0),
                                           QItemSelectionModel::Select | QItemSelectionModel::Rows);
    REQUIRE(projekte->createProjekt(u"Elterngeld digital"_qs));
    const qint64 p = projekte->currentProjekt();
    const int hb = w.doc().plan().beteiligte[4].id;
    w.doc().run([&] { return edit::setNachnutzung(w.catalog(), p, hb, u"geplant"_qs); });
    CHECK(projekte->nachnutzungModel()->index(4, NachnutzungModel::Stand).data().toString() == u"geplant");
    w.doc().run([&] { return edit::addZahlung(w.catalog(), p, 2027, 1, 125000000); });
    CHECK(projekte->zahlungModel()->rowCount() == 1);
    view->filter()->setText(u"geburt"_qs);
    view->model()->setData(view->model()->indexOfLeistung(10003, LeistungModel::Status), u"in_planung"_qs,
                           Qt::EditRole);
    w.doc().run([&] { return edit::createLeistung(w.catalog(), 10999, 26, u"Geburtsurkunde digital"_qs); });
    CHECK(view->model()->indexOfLeistung(10999).isValid());
    w.doc().undoStack()->undo();
    CHECK_FALSE(view->model()->indexOfLeistung(10999).isValid());
    w.doc().run(
        [&] { return edit::addFederfuehrung(w.catalog(), tf, w.doc().plan().beteiligte[0].id, u"MA"_qs); });
    CHECK(themen.federfuehrungLine(tf).contains(u"BW MA"));
    projekte->deleteCurrentProjekt(false);
    CHECK(projekte->projektModel()->rowCount() == 0);
}

TEST_CASE("a second window on the same catalog is read-only and says so", "[ui]")
{
    Workspace w;
    MainWindow second(Catalog::open(w.path));
    REQUIRE(second.document()->isReadOnly());
    const auto banners = second.findChildren<QLabel *>();
    const bool shown = std::any_of(banners.cbegin(), banners.cend(), [&](QLabel *l) {
        return l->isVisibleTo(&second) && l->text().startsWith(u"Nur lesen");
    });
    CHECK(shown);
    second.selectThemenfeld(w.themenfeld(u"Familie & Kind"_qs));
    auto *view = second.leistungenView();
    const QModelIndex status = view->model()->indexOfLeistung(10000, LeistungModel::Status);
    CHECK_FALSE(status.flags() & Qt::ItemIsEditable);
    CHECK_FALSE(view->model()->setData(status, u"online"_qs, Qt::EditRole));
    CHECK(w.catalog().value(Table::Leistung, 10000, col::status).toString() == u"ohne");
}

TEST_CASE("keyboard mnemonics are unique on every tab, so Alt+letter always reaches one control", "[ui]")
{
    Workspace w;
    w.window->selectThemenfeld(w.themenfeld(u"Familie & Kind"_qs));
    auto mnemonic = [](const QString &text) -> QChar {
        for (qsizetype i = 0; i + 1 < text.size(); ++i) {
            if (text[i] != u'&')
                continue;
            if (text[i + 1] == u'&') {
                ++i;
                continue;
            }
            return text[i + 1].toLower();
        }
        return {};
    };
    QTabWidget *tabs = w.window->tabs();
    for (int t = 0; t < tabs->count(); ++t) {
        tabs->setCurrentIndex(t);
        QHash<QChar, QStringList> owners;
        auto add = [&](const QString &text) {
            if (const QChar m = mnemonic(text); !m.isNull())
                owners[m] << text;
        };
        for (QAction *menu : w.window->menuBar()->actions())
            add(menu->text());
        for (int i = 0; i < tabs->count(); ++i)
            add(tabs->tabText(i));
        for (QAbstractButton *b : w.window->findChildren<QAbstractButton *>())
            if (b->isVisibleTo(w.window.get()))
                add(b->text());
        for (QGroupBox *g : w.window->findChildren<QGroupBox *>())
            if (g->isVisibleTo(w.window.get()))
                add(g->title());
        for (QLabel *l : w.window->findChildren<QLabel *>())
            if (l->buddy() && l->isVisibleTo(w.window.get()))
                add(l->text());
        for (auto it = owners.cbegin(); it != owners.cend(); ++it) {
            INFO("tab " << tabs->tabText(t).toStdString() << ", Alt+" << QString(it.key()).toStdString()
                        << ": " << it.value().join(u" | "_qs).toStdString());
            CHECK(it.value().size() == 1);
        }
    }
}

TEST_CASE("the window reopens on the Themenfeld and tab the user left", "[ui]")
{
    QTemporaryDir dir;
    const QString path = test::defaultCatalogCopy(dir);
    int tf = 0;
    {
        MainWindow first(Catalog::open(path));
        tf = first.document()->plan().themenfeldByName(u"Umwelt"_qs)->id;
        first.selectThemenfeld(tf);
        first.tabs()->setCurrentWidget(first.zeitplanView());
        first.close();
    }
    MainWindow second(Catalog::open(path));
    CHECK(second.tabs()->currentWidget() == second.zeitplanView());
    auto *list = second.findChild<QListView *>(u"ThemenfeldList"_qs);
    CHECK(list->currentIndex().data().toString() == u"Umwelt");
    CHECK(second.windowTitle().startsWith(u"Umwelt"));
}

TEST_CASE("the details editor is never cut off at the right edge of its dock", "[ui]")
{
    Workspace w;
    w.window->resize(1400, 860);
    w.window->show();
    w.window->selectThemenfeld(w.themenfeld(u"Familie & Kind"_qs));
    w.window->leistungenView()->selectLeistung(10000);
    QCoreApplication::processEvents();
    // The editor scrolls vertically only: its form must fit the width it is given.
    auto *scroll = w.window->leistungEditor()->findChild<QScrollArea *>();
    REQUIRE(scroll);
    CHECK(scroll->widget()->width() <= scroll->viewport()->width());
    CHECK(scroll->widget()->minimumSizeHint().width() <= scroll->viewport()->width());
}
