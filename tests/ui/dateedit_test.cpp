// The one date editor, driven with real keystrokes and clicks in the real views: the details form (Go-live),
// the milestone table of the Projekte tab, the Stichtag and the votes dialog.
#include "support/catchqt.h"

#include "dateedit.h"
#include "document.h"
#include "fieldform.h"
#include "mainwindow.h"
#include "models/entitytablemodel.h"
#include "models/prioritisationmodel.h"
#include "palettecolors.h"
#include "roles.h"
#include "storage/catalog.h"
#include "support/testutil.h"
#include "views/coverageview.h"
#include "views/leistungeditor.h"
#include "views/prioritisationview.h"
#include "views/projekteview.h"
#include "views/stimmendialog.h"
#include "workspace.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCalendarWidget>
#include <QLabel>
#include <QPointer>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

using namespace tfp;
using namespace tfp::ui;
using namespace tfp::schema;
using test::Workspace;

namespace {

QString iso(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

// The Go-live field of the details form. The typing checks use it as a plain widget (what a user sees).
struct GoLive
{
    Workspace w;
    QWidget *field = nullptr;
    DateEdit *edit = nullptr;
    FieldForm *form = nullptr;
    GoLive()
    {
        w.window->resize(1366, 768);
        w.window->show();
        w.window->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(w.window.get()));
        w.window->selectThemenfeld(w.themenfeld(u"Familie & Kind"_qs));
        w.window->leistungEditor()->setLeistung(10000);
        form = w.window->leistungEditor()->form();
        field = form->editor(col::goLive.toString());
        REQUIRE(field);
        edit = qobject_cast<DateEdit *>(field);
    }
    QVariant stored() { return w.catalog().value(Table::Leistung, 10000, col::goLive); }
    // Clicks into the field, selects all of it as a user does (Strg+A) and types.
    void type(const QString &text, Qt::Key finish = Qt::Key_Return)
    {
        QTest::mouseClick(field, Qt::LeftButton);
        QWidget *focus = QApplication::focusWidget();
        REQUIRE(focus);
        QTest::keyClick(focus, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(focus, text);
        QTest::keyClick(focus, finish);
    }
    QString message()
    {
        for (QLabel *l : form->findChildren<QLabel *>())
            if (l->isVisible() && signalOf(l) == Signal::Error)
                return l->text();
        return {};
    }
};

} // namespace

TEST_CASE("a date typed into an empty field is stored, not thrown away", "[ui]")
{
    GoLive g;
    REQUIRE(g.stored().isNull());
    QTest::mouseClick(g.field, Qt::LeftButton);
    QWidget *focus = QApplication::focusWidget();
    REQUIRE(focus);
    QTest::keyClicks(focus, u"01.07.2027"_qs);
    QTest::keyClick(focus, Qt::Key_Tab);
    CHECK(g.stored().toString() == u"2027-07-01");
    CHECK(g.w.doc().undoStack()->count() == 1);
}

TEST_CASE("a whole date typed over another replaces all of it, month included", "[ui]")
{
    GoLive g;
    g.type(u"30.09.2026"_qs);
    REQUIRE(g.stored().toString() == u"2026-09-30");
    g.type(u"15.12.2026"_qs);
    CHECK(g.stored().toString() == u"2026-12-15");
    g.type(u"01.07.2027"_qs);
    g.type(u"15.03.2027"_qs);
    CHECK(g.stored().toString() == u"2027-03-15");
    g.type(u"31.12.2026"_qs);
    CHECK(g.stored().toString() == u"2026-12-31");
    // The other forms a planner types.
    g.type(u"15.12.26"_qs);
    CHECK(g.stored().toString() == u"2026-12-15");
    g.type(u"2027-01-31"_qs, Qt::Key_Tab);
    CHECK(g.stored().toString() == u"2027-01-31");
    g.type(u"heute"_qs);
    CHECK(g.stored().toString() == iso(QDate::currentDate()));
    g.type(u"+14"_qs);
    CHECK(g.stored().toString() == iso(QDate::currentDate().addDays(14)));
}

TEST_CASE("Entf or Backspace on a selected date clears it to no date", "[ui]")
{
    GoLive g;
    REQUIRE(g.edit);
    g.type(u"30.09.2026"_qs);
    REQUIRE(!g.stored().isNull());
    QTest::mouseClick(g.edit, Qt::LeftButton);
    QTest::keyClick(g.edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(g.edit, Qt::Key_Delete);
    QTest::keyClick(g.edit, Qt::Key_Return);
    CHECK(g.stored().isNull());
    CHECK(g.edit->text().isEmpty());

    g.type(u"30.09.2026"_qs);
    QTest::keyClick(g.edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(g.edit, Qt::Key_Backspace);
    QTest::keyClick(g.edit, Qt::Key_Backspace); // on the empty field: stays empty
    QTest::keyClick(g.edit, Qt::Key_Tab);
    CHECK(g.stored().isNull());
    CHECK(g.message().isEmpty());
}

TEST_CASE("text that is not a date is shown in red with the reason and stores nothing", "[ui]")
{
    GoLive g;
    REQUIRE(g.edit);
    g.type(u"30.09.2026"_qs);
    const QByteArray before = test::fileHash(g.w.path);
    const int steps = g.w.doc().undoStack()->count();
    for (const QString &bad : {u"31.09.2026"_qs, u"15.12."_qs, u"bald"_qs, u"01.01.1989"_qs}) {
        INFO(bad.toStdString());
        g.type(bad);
        CHECK(g.edit->text() == bad); // the text stays for the user to correct
        CHECK(g.edit->palette().color(QPalette::Text) == signalColor(Signal::Error));
        CHECK(g.message() == g.edit->problem());
        CHECK(g.message().contains(u"„%1“"_qs.arg(bad)));
        // Leaving the field neither stores it nor anything else.
        QTest::keyClick(g.edit, Qt::Key_Tab);
        CHECK(g.stored().toString() == u"2026-09-30");
        CHECK(g.edit->text() == bad);
    }
    CHECK(g.message().contains(u"zwischen 1990 und 2100"));
    CHECK(g.w.doc().undoStack()->count() == steps);
    CHECK(test::fileHash(g.w.path) == before);
    // Corrected, it is stored and the red goes.
    g.type(u"30.10.2026"_qs);
    CHECK(g.stored().toString() == u"2026-10-30");
    CHECK(g.message().isEmpty());
    CHECK(g.edit->palette().color(QPalette::Text) == QApplication::palette().color(QPalette::Text));
}

TEST_CASE("the calendar opens at the value, or at today in an empty field, and a picked day is stored",
          "[ui]")
{
    GoLive g;
    REQUIRE(g.edit);
    auto *button = g.edit->findChild<QToolButton *>();
    REQUIRE(button);
    QTest::mouseClick(button, Qt::LeftButton);
    REQUIRE(g.edit->calendar());
    CHECK(g.edit->calendar()->isVisible());
    CHECK(g.edit->calendar()->selectedDate() == QDate::currentDate());
    QTest::keyClick(g.edit->calendar(), Qt::Key_Escape);
    CHECK_FALSE(g.edit->calendar()->isVisible());
    CHECK(g.stored().isNull());

    g.type(u"30.09.2026"_qs);
    QTest::mouseClick(button, Qt::LeftButton);
    CHECK(g.edit->calendar()->selectedDate() == QDate(2026, 9, 30));
    CHECK(g.edit->calendar()->yearShown() == 2026);
    CHECK(g.edit->calendar()->monthShown() == 9);
    // One day on with the arrow key, Enter picks it.
    auto *days = g.edit->calendar()->findChild<QAbstractItemView *>();
    REQUIRE(days);
    QTest::keyClick(days, Qt::Key_Right);
    QTest::keyClick(days, Qt::Key_Return);
    CHECK_FALSE(g.edit->calendar()->isVisible());
    CHECK(g.stored().toString() == u"2026-10-01");
    CHECK(g.edit->text() == u"01.10.2026");
}

TEST_CASE("in the milestone table, the date editor is as wide as a date and takes typed dates", "[ui]")
{
    Workspace w;
    w.window->resize(1366, 768);
    w.window->show();
    w.window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(w.window.get()));
    w.window->selectThemenfeld(w.themenfeld(u"Familie & Kind"_qs));
    ProjekteView *view = w.window->projekteView();
    w.window->tabs()->setCurrentWidget(view);
    REQUIRE(view->createProjekt(u"Elterngeld digital"_qs));
    EntityTableModel *model = view->meilensteinModel();
    QTableView *table = nullptr;
    for (QTableView *t : view->findChildren<QTableView *>())
        if (t->model() == model)
            table = t;
    REQUIRE(table);
    REQUIRE(model->rowCount() > 1);
    const int geplant = 2;
    REQUIRE(model->headerData(geplant, Qt::Horizontal, Qt::DisplayRole).toString() == u"geplant");
    table->setColumnWidth(geplant, 40); // a narrow column
    const qint64 key = model->index(0, geplant).data(KeyRole).toLongLong();
    auto stored = [&] { return w.catalog().value(Table::Meilenstein, key, col::geplant); };

    auto editCell = [&](const QString &text, Qt::Key finish) {
        table->setFocus();
        table->setCurrentIndex(model->index(0, geplant));
        QTest::keyClick(table, Qt::Key_F2);
        QWidget *editor = QApplication::focusWidget();
        REQUIRE(editor);
        REQUIRE(editor != table);
        QWidget *box = editor;
        while (box->parentWidget() != table->viewport())
            box = box->parentWidget();
        CHECK(box->width() >= box->fontMetrics().horizontalAdvance(u"30.09.2026"_qs) + 16);
        QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(editor, text);
        QTest::keyClick(editor, finish);
        QCoreApplication::processEvents(); // the view commits an editor's data on Enter in a queued call
        return QPointer<DateEdit>(qobject_cast<DateEdit *>(box));
    };
    editCell(u"01.07.2027"_qs, Qt::Key_Return);
    CHECK(stored().toString() == u"2027-07-01");
    editCell(u"15.03.2027"_qs, Qt::Key_Return);
    CHECK(stored().toString() == u"2027-03-15");
    editCell(u"31.12.2026"_qs, Qt::Key_Tab);
    CHECK(stored().toString() == u"2026-12-31");

    // Not a date: Enter stores nothing, and nothing else either. (In a table the editor still closes on Enter
    // instead of staying open in red: a known gap, see the session note.)
    const QByteArray before = test::fileHash(w.path);
    QPointer<DateEdit> editor = editCell(u"31.09.2026"_qs, Qt::Key_Return);
    REQUIRE(editor);
    CHECK(editor->toolTip().contains(u"diesen Tag gibt es nicht"));
    QCoreApplication::processEvents();
    CHECK(stored().toString() == u"2026-12-31");
    CHECK(test::fileHash(w.path) == before);

    // Entf on the selected text empties the date.
    editCell(QString(), Qt::Key_Delete);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCoreApplication::processEvents();
    CHECK(stored().isNull());
}

TEST_CASE("the Stichtag takes a typed date and ignores text that is not one", "[ui]")
{
    Workspace w;
    w.window->resize(1366, 768);
    w.window->show();
    w.window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(w.window.get()));
    CoverageView *view = w.window->coverageView();
    w.window->tabs()->setCurrentWidget(view);
    DateEdit *stichtag = view->heuteEdit();
    QTest::mouseClick(stichtag, Qt::LeftButton);
    QTest::keyClick(stichtag, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(stichtag, u"15.12.2026"_qs);
    QTest::keyClick(stichtag, Qt::Key_Return);
    CHECK(view->heute() == QDate(2026, 12, 15));
    QTest::keyClick(stichtag, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(stichtag, u"32.12.2026"_qs);
    QTest::keyClick(stichtag, Qt::Key_Return);
    CHECK(view->heute() == QDate(2026, 12, 15));
    CHECK(stichtag->toolTip().contains(u"„32.12.2026“"));
    // A Stichtag cannot be empty.
    QTest::keyClick(stichtag, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(stichtag, Qt::Key_Delete);
    QTest::keyClick(stichtag, Qt::Key_Tab);
    CHECK(view->heute() == QDate(2026, 12, 15));
    CHECK_FALSE(stichtag->problem().isEmpty());
}

TEST_CASE("the votes dialog records a typed date and refuses text that is not one", "[ui]")
{
    Workspace w;
    w.window->selectThemenfeld(w.themenfeld(u"Familie & Kind"_qs));
    PrioritisationView *prioritaet = w.window->prioritisationView();
    w.window->tabs()->setCurrentWidget(prioritaet);
    prioritaet->rankingTable()->setCurrentIndex(
        prioritaet->proxy()->mapFromSource(prioritaet->model()->index(prioritaet->model()->rowOf(10000), 0)));
    StimmenDialog *votes = prioritaet->openStimmenDialog();
    REQUIRE(votes);
    const qint64 kriterium = prioritaet->model()->result().kriterien.at(0).kriteriumId;
    REQUIRE(votes->stimme(kriterium));
    QTest::keyClicks(votes->teilnehmer(), u"Anna"_qs);
    QTest::keyClicks(votes->workshop(), u"Steuerungskreis"_qs);
    votes->stimme(kriterium)->setValue(4);
    DateEdit *datum = votes->datum();
    REQUIRE(datum);

    const QByteArray before = test::fileHash(w.path);
    QTest::keyClick(datum, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(datum, u"31.11.2026"_qs);
    CHECK_FALSE(votes->record());
    CHECK(test::fileHash(w.path) == before);
    CHECK(datum->palette().color(QPalette::Text) == signalColor(Signal::Error));
    const auto labels = votes->findChildren<QLabel *>();
    CHECK(std::any_of(labels.cbegin(), labels.cend(), [](QLabel *l) {
        return l->isVisibleTo(l->window()) && l->text().contains(u"„31.11.2026“");
    }));

    QTest::keyClick(datum, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(datum, u"15.12.26"_qs);
    REQUIRE(votes->record());
    const auto stimmen = w.catalog().rowsWhere(Table::Stimme, col::ozgId, 10000);
    REQUIRE(stimmen.size() == 1);
    CHECK(stimmen[0].value(col::datum.toString()).toString() == u"2026-12-15");
    votes->close();
}
