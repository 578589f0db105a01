#include <catch2/catch.hpp>

#include "document.h"
#include "edit/edits.h"
#include "mainwindow.h"
#include "storage/catalog.h"
#include "support/catchqt.h"
#include "support/modal.h"
#include "support/testutil.h"
#include "ui/clicks.h"

#include "models/leistungfilter.h"
#include "models/leistungmodel.h"
#include "views/leistungenview.h"
#include <QUndoStack>

#include <QAbstractButton>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <algorithm>
#include <memory>

using namespace tfp;
using namespace tfp::ui;
using test::buttonNamed;
using test::whenModal;

namespace {

const QString kWipeTrigger =
    u"CREATE TRIGGER wipe AFTER UPDATE ON leistung BEGIN DELETE FROM projekt_leistung; "
    "DELETE FROM nachnutzung; END"_qs;

} // namespace

TEST_CASE("a catalog refused for a foreign trigger can be saved as a repaired copy, which the window opens",
          "[ui]")
{
    QTemporaryDir dir;
    MainWindow w(Catalog::open(test::defaultCatalogCopy(dir)));
    const QString refused = test::defaultCatalogCopy(dir, u"erhalten.tfplan"_qs);
    test::tamper(refused, {kWipeTrigger});
    const QByteArray refusedHash = test::fileHash(refused);
    const QString target = dir.filePath(u"erhalten-repariert.tfplan"_qs);

    QString refusal, suggested, summary, details;
    bool offered = false;
    whenModal<QMessageBox>([&](QMessageBox *box) {
        refusal = box->text();
        QAbstractButton *repair = buttonNamed(box, u"Reparierte Kopie anlegen…"_qs);
        offered = repair;
        if (!repair) {
            box->reject();
            return;
        }
        whenModal<QFileDialog>([&](QFileDialog *d) {
            suggested = d->selectedFiles().value(0);
            whenModal<QMessageBox>([&](QMessageBox *done) {
                summary = done->text();
                details = done->detailedText();
                QTest::mouseClick(done->button(QMessageBox::Ok), Qt::LeftButton);
            });
            static_cast<QDialog *>(d)->accept(); // QFileDialog::accept, as its Speichern button does
        });
        QTest::mouseClick(repair, Qt::LeftButton);
    });
    QSignalSpy opened(&w, &MainWindow::catalogOpened);
    w.openInBackground(refused);
    REQUIRE(opened.wait(30000));

    CHECK(refusal.contains(u"Trigger „wipe“ auf „leistung“ gehört nicht zum Schema"_qs));
    CHECK(offered);
    CHECK(QFileInfo(suggested) == QFileInfo(target));
    CHECK(summary.contains(u"erhalten-repariert.tfplan"_qs));
    CHECK(summary.contains(u"gültige Einträge"_qs));
    CHECK(details.contains(u"wipe"_qs));
    CHECK(QFileInfo(w.document()->catalog().path()) == QFileInfo(target));
    CHECK(test::fileHash(refused) == refusedHash);
    // The copy is clean: it opens like any catalog, without the trigger.
    CHECK_NOTHROW(Catalog::open(target, Catalog::Access::ReadOnly));
}

TEST_CASE(
    "declining the repair keeps the window on its catalog, and a file that is no catalog is not offered one",
    "[ui]")
{
    QTemporaryDir dir;
    const QString own = test::defaultCatalogCopy(dir);
    MainWindow w(Catalog::open(own));
    QSignalSpy failed(&w, &MainWindow::openFailed);
    QString path;
    bool offered = false;
    SECTION("declined")
    {
        path = test::defaultCatalogCopy(dir, u"erhalten.tfplan"_qs);
        test::tamper(path, {kWipeTrigger});
        whenModal<QMessageBox>([&](QMessageBox *box) {
            offered = buttonNamed(box, u"Reparierte Kopie anlegen…"_qs);
            QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
        });
        w.openInBackground(path);
        REQUIRE(failed.wait(30000));
        CHECK(offered);
    }
    SECTION("not a catalog")
    {
        path = dir.filePath(u"notizen.tfplan"_qs);
        test::writeFile(path, "Notizen aus dem Workshop\n");
        whenModal<QMessageBox>([&](QMessageBox *box) {
            offered = buttonNamed(box, u"Reparierte Kopie anlegen…"_qs);
            box->reject();
        });
        w.openInBackground(path);
        REQUIRE(failed.wait(30000));
        CHECK_FALSE(offered);
    }
    CHECK(QFileInfo(w.document()->catalog().path()) == QFileInfo(own));
    CHECK_FALSE(QFileInfo::exists(dir.filePath(u"erhalten-repariert.tfplan"_qs)));
}

TEST_CASE("a catalog opened in the background: the window is usable and says that it loads, then the data "
          "arrives and can be edited",
          "[ui]")
{
    QTemporaryDir dir;
    const QString path = test::defaultCatalogCopy(dir, u"erhalten.tfplan"_qs);
    MainWindow w(nullptr);
    w.show();
    QSignalSpy opened(&w, &MainWindow::catalogOpened);
    // Posted before the open starts, so it comes before the open's result in the event queue.
    bool handledWhileLoading = false;
    QTimer::singleShot(0, &w, [&] { handledWhileLoading = w.isLoading() && !w.document(); });
    w.openInBackground(path);

    REQUIRE(w.isLoading());
    REQUIRE(w.loadProgress());
    CHECK(w.loadProgress()->isVisible());
    auto *page = w.findChild<QLabel *>(u"LoadingPage"_qs);
    REQUIRE(page);
    CHECK(page->isVisible());
    CHECK(page->text() == u"Der Katalog „erhalten.tfplan“ wird geöffnet und geprüft …"_qs);
    CHECK_FALSE(w.document());

    REQUIRE(opened.wait(30000));
    CHECK(handledWhileLoading);
    CHECK_FALSE(w.isLoading());
    CHECK_FALSE(w.loadProgress());
    CHECK_FALSE(w.findChild<QLabel *>(u"LoadingPage"_qs));
    REQUIRE(w.document());
    CHECK(QFileInfo(w.document()->catalog().path()) == QFileInfo(path));
    CHECK(w.findChild<QListView *>(u"ThemenfeldList"_qs)->model()->rowCount() > 10);
    // The views show it: typing a filter narrows the tree.
    w.selectThemenfeld(0);
    QTreeView *tree = w.leistungenView()->tree();
    const int lagen = tree->model()->rowCount();
    CHECK(lagen > 0);
    QTest::keyClicks(w.leistungenView()->searchField(), u"Fischerei"_qs);
    QTest::qWait(50);
    CHECK(tree->model()->rowCount() > 0);
    CHECK(tree->model()->rowCount() < lagen);
    // The catalog was handed to the window's thread: it reads and writes there.
    const Leistung first = w.document()->plan().leistungen.first();
    REQUIRE(w.document()->run([&] {
        return edit::setField(w.document()->catalog(), schema::Table::Leistung, first.ozgId,
                              schema::col::notes, u"im Hintergrund geöffnet"_qs);
    }));
    CHECK(w.document()->catalog().value(schema::Table::Leistung, first.ozgId, schema::col::notes) ==
          u"im Hintergrund geöffnet"_qs);
}

TEST_CASE(
    "a catalog opened in the background: the details ask for a Leistung, and one clicked in the tree at "
    "once opens its fields to type into",
    "[ui]")
{
    QTemporaryDir dir;
    MainWindow w(nullptr);
    w.show();
    QSignalSpy opened(&w, &MainWindow::catalogOpened);
    w.openInBackground(test::defaultCatalogCopy(dir, u"erhalten.tfplan"_qs));
    REQUIRE(opened.wait(30000));
    auto *details = w.findChild<QDockWidget *>(u"DetailsDock"_qs);
    REQUIRE(details);
    const auto shows = [details](const QString &text) {
        const QList<QLabel *> labels = details->findChildren<QLabel *>();
        return std::any_of(labels.begin(), labels.end(),
                           [&](const QLabel *l) { return l->isVisible() && l->text() == text; });
    };
    QTest::qWait(0);
    CHECK(shows(u"Keine OZG-Leistung gewählt"_qs));
    const int detailsWidth = details->width();

    // Right away, before the window had a turn to make anything else.
    w.selectThemenfeld(w.document()->plan().lage(w.document()->plan().leistung(10000)->lageId)->themenfeldId);
    QTreeView *tree = w.leistungenView()->tree();
    auto *view = w.leistungenView();
    const QModelIndex elterngeld = view->filter()->mapFromSource(view->model()->indexOfLeistung(10000));
    REQUIRE(elterngeld.isValid());
    tree->expand(elterngeld.parent());
    test::clickCell(tree, elterngeld);
    QTest::qWait(0); // one turn of the event loop, as before any key a user types
    CHECK(shows(u"10000 Elterngeld"_qs));
    // The field as a user finds it: by its label in the details.
    QLineEdit *name = nullptr;
    for (QLabel *label : details->findChildren<QLabel *>())
        if (label->isVisible() && label->text() == u"Name:"_qs)
            name = qobject_cast<QLineEdit *>(label->buddy());
    REQUIRE(name);
    CHECK(name->isVisible());
    CHECK(name->text() == u"Elterngeld"_qs);
    QTest::mouseClick(name, Qt::LeftButton);
    QTest::keyClick(name, Qt::Key_End);
    QTest::keyClicks(name, u" (digital)"_qs);
    QTest::keyClick(name, Qt::Key_Return);
    CHECK(w.document()->catalog().value(schema::Table::Leistung, 10000, schema::col::name) ==
          u"Elterngeld (digital)"_qs);
    CHECK(shows(u"10000 Elterngeld (digital)"_qs));
    // The details do not jump: as wide as before the fields were made, and the fields fit.
    CHECK(details->width() == detailsWidth);
    CHECK(name->geometry().right() < name->parentWidget()->width());
}

TEST_CASE("a refused catalog opened in the background is refused with the same offer, and nothing is opened",
          "[ui]")
{
    QTemporaryDir dir;
    const QString path = test::defaultCatalogCopy(dir, u"erhalten.tfplan"_qs);
    test::tamper(path, {kWipeTrigger});
    const QByteArray hash = test::fileHash(path);
    MainWindow w(nullptr);
    w.show();
    QSignalSpy failed(&w, &MainWindow::openFailed);
    QString refusal;
    bool offered = false;
    whenModal<QMessageBox>([&](QMessageBox *box) {
        refusal = box->text();
        offered = buttonNamed(box, u"Reparierte Kopie anlegen…"_qs);
        QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
    });
    w.openInBackground(path);
    REQUIRE(failed.wait(30000));
    CHECK(refusal.contains(u"Trigger „wipe“ auf „leistung“ gehört nicht zum Schema"_qs));
    CHECK(offered);
    CHECK_FALSE(w.document());
    CHECK_FALSE(w.isLoading());
    CHECK(test::fileHash(path) == hash);
}

namespace {

// The entry of the Datei menu (or of one of its submenus) whose text, without its mnemonic, starts so.
QAction *fileAction(MainWindow &w, const QString &text)
{
    QMenu *file = w.menuBar()->actions().value(0)->menu();
    REQUIRE(file);
    QList<QMenu *> menus{file};
    while (!menus.isEmpty()) {
        for (QAction *a : menus.takeFirst()->actions()) {
            if (a->menu())
                menus << a->menu();
            else if (a->text().remove(u'&').startsWith(text))
                return a;
        }
    }
    return nullptr;
}

QAction *editAction(MainWindow &w, const QString &text)
{
    for (QAction *a : w.menuBar()->actions().value(1)->menu()->actions())
        if (a->text().remove(u'&').startsWith(text))
            return a;
    return nullptr;
}

// Answers the next file dialog (Datei › Öffnen…) with path.
// The path goes into the dialog's file name field, as a user types it, and the dialog is accepted as its
// Öffnen button does. QFileDialog::selectFile would leave the field alone once it has the focus (on an idle
// machine it has it by the first tick), and accept() then does nothing: the test waited for ever. Tried again
// on every tick until the dialog has closed.
void chooseFile(const QString &path)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    auto answered = std::make_shared<bool>(false);
    QObject::connect(timer, &QTimer::timeout, [timer, path, answered] {
        auto *d = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        if (!d) {
            if (*answered) {
                timer->stop();
                timer->deleteLater();
            }
            return;
        }
        *answered = true;
        auto *name = d->findChild<QLineEdit *>(u"fileNameEdit"_qs);
        REQUIRE(name);
        name->setText(path);
        static_cast<QDialog *>(d)->accept();
    });
    timer->start();
}

const QString kNotes = u"im alten Katalog geändert"_qs;

// Shows the window and changes the notes of its first Leistung (one step to undo); its OZG-ID.
int showWithAChange(MainWindow &w)
{
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    const int ozg = w.document()->plan().leistungen.first().ozgId;
    REQUIRE(w.document()->run([&] {
        return edit::setField(w.document()->catalog(), schema::Table::Leistung, ozg, schema::col::notes,
                              kNotes);
    }));
    return ozg;
}

} // namespace

TEST_CASE(
    "Datei › Öffnen… and a recent file open in the background; the old catalog stays in sight until the "
    "new one is ready, and its undo history goes with it",
    "[ui][open]")
{
    QTemporaryDir dir;
    const QString own = test::defaultCatalogCopy(dir);
    const QString other = test::defaultCatalogCopy(dir, u"erhalten.tfplan"_qs);
    MainWindow w(Catalog::open(own));
    const int ozg = showWithAChange(w);
    QAction *undo = editAction(w, u"Rückgängig"_qs);
    REQUIRE(undo);
    REQUIRE(undo->isEnabled());

    QSignalSpy opened(&w, &MainWindow::catalogOpened);
    bool handledWhileLoading = false;
    chooseFile(other);
    QAction *open = fileAction(w, u"Öffnen…"_qs);
    REQUIRE(open);
    open->trigger();
    // Posted after the open started, and handled before it ends: the event loop runs meanwhile.
    QTimer::singleShot(0, &w, [&] { handledWhileLoading = w.isLoading(); });
    REQUIRE(w.isLoading());
    REQUIRE(w.loadProgress());
    CHECK(w.loadProgress()->isVisible());
    CHECK(w.statusBar()->currentMessage().contains(u"erhalten.tfplan"_qs));
    // The old catalog is still shown, but nothing can change it meanwhile.
    REQUIRE(w.document());
    CHECK(QFileInfo(w.document()->catalog().path()) == QFileInfo(own));
    CHECK(w.tabs()->isVisible());
    CHECK_FALSE(w.tabs()->isEnabled());
    CHECK_FALSE(undo->isEnabled());
    CHECK_FALSE(open->isEnabled());

    REQUIRE(opened.wait(30000));
    CHECK(handledWhileLoading);
    CHECK_FALSE(w.isLoading());
    CHECK(w.tabs()->isEnabled());
    CHECK(QFileInfo(w.document()->catalog().path()) == QFileInfo(other));
    CHECK(w.findChild<QListView *>(u"ThemenfeldList"_qs)->model()->rowCount() > 10);
    // The new catalog has a history of its own: the old one's change is not undone in it.
    CHECK(w.document()->undoStack()->count() == 0);
    CHECK_FALSE(undo->isEnabled());
    undo->trigger();
    CHECK(
        w.document()->catalog().value(schema::Table::Leistung, ozg, schema::col::notes).toString().isEmpty());

    // Back through Datei › Zuletzt geöffnet: the old catalog, with its change kept, from the background.
    QAction *recent = fileAction(w, u"2 %1"_qs.arg(QFileInfo(own).fileName()));
    REQUIRE(recent);
    recent->trigger();
    CHECK(w.isLoading());
    REQUIRE(opened.wait(30000));
    CHECK(QFileInfo(w.document()->catalog().path()) == QFileInfo(own));
    CHECK(w.document()->catalog().value(schema::Table::Leistung, ozg, schema::col::notes).toString() ==
          kNotes);
    CHECK(w.document()->undoStack()->count() == 0);
    CHECK_FALSE(undo->isEnabled());
}

TEST_CASE("a refused file chosen in Datei › Öffnen… leaves the open catalog open and usable, and the file "
          "as it was",
          "[ui][open]")
{
    QTemporaryDir dir;
    const QString own = test::defaultCatalogCopy(dir);
    const QString refused = test::defaultCatalogCopy(dir, u"erhalten.tfplan"_qs);
    test::tamper(refused, {kWipeTrigger});
    const QByteArray hash = test::fileHash(refused);
    MainWindow w(Catalog::open(own));
    const int ozg = showWithAChange(w);
    const Document *before = w.document();

    QSignalSpy failed(&w, &MainWindow::openFailed);
    QString refusal;
    bool offered = false;
    chooseFile(refused);
    whenModal<QMessageBox>([&](QMessageBox *box) {
        refusal = box->text();
        offered = buttonNamed(box, u"Reparierte Kopie anlegen…"_qs);
        QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
    });
    fileAction(w, u"Öffnen…"_qs)->trigger();
    CHECK(w.isLoading());
    CHECK(w.document() == before);
    REQUIRE(failed.wait(30000));
    CHECK(refusal.contains(u"Trigger „wipe“ auf „leistung“ gehört nicht zum Schema"_qs));
    CHECK(offered);
    CHECK(test::fileHash(refused) == hash);
    CHECK_FALSE(QFileInfo::exists(dir.filePath(u"erhalten-repariert.tfplan"_qs)));
    // The window is on its catalog as before, usable: its views take input, its history undoes.
    CHECK_FALSE(w.isLoading());
    CHECK(w.document() == before);
    CHECK(QFileInfo(w.document()->catalog().path()) == QFileInfo(own));
    CHECK(w.tabs()->isEnabled());
    QAction *undo = editAction(w, u"Rückgängig"_qs);
    REQUIRE(undo->isEnabled());
    undo->trigger();
    CHECK(
        w.document()->catalog().value(schema::Table::Leistung, ozg, schema::col::notes).toString().isEmpty());
}
