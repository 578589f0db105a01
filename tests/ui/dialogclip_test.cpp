// Every dialog of the app in English at 1366 × 768 through the clipped-text check of the views
// (clipfinder.h): no label, button, check box, combo box, tab, header or cell cuts its text off. The About
// box and the one-line input dialogs (QMessageBox, QInputDialog) run their own event loop: they are opened as
// a user opens them, through their menu entry or button, and looked at once they are up.
#include "support/catchqt.h"
#include "support/modal.h"

#include "clicks.h"
#include "clipfinder.h"
#include "mainwindow.h"
#include "models/entitytablemodel.h"
#include "restorelanguage.h"
#include "translator.h"
#include "views/changesdialog.h"
#include "views/exportdialog.h"
#include "views/gehezudialog.h"
#include "views/importdialog.h"
#include "views/meilensteinpicker.h"
#include "views/pdfexportdialog.h"
#include "views/projekteview.h"
#include "views/reviewmergedialog.h"
#include "views/settingsdialog.h"
#include "views/stimmendialog.h"
#include "workspace.h"

#include <QAction>
#include <QInputDialog>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>

using namespace tfp;
using namespace tfp::ui;
using namespace tfp::test::clip;

namespace {

QStringList shownAndChecked(QWidget *dialog, const QString &name)
{
    REQUIRE(dialog);
    dialog->show();
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    for (int i = 0; i < 50; ++i) // previews and lists filled a few at a time
        QCoreApplication::processEvents();
    QStringList found = clippedIn(dialog, u"en › "_qs + name, u"dialog-%1-en"_qs.arg(name));
    dialog->close();
    return found;
}

// The shown button of root with this text (its mnemonic's & left out).
QAbstractButton *shownButton(QWidget *root, const QString &text)
{
    for (QAbstractButton *b : root->findChildren<QAbstractButton *>())
        if (b->isVisible() && b->text().remove(u'&') == text)
            return b;
    return nullptr;
}

// A dialog with its own event loop (Dialog), opened by open: its findings, once it is up; then it is closed.
template <class Dialog> QStringList checkedWhenModal(const QString &name, const std::function<void()> &open)
{
    QStringList found;
    bool seen = false;
    test::whenModal<Dialog>([&](Dialog *d) {
        REQUIRE(QTest::qWaitForWindowExposed(d));
        for (int i = 0; i < 20; ++i)
            QCoreApplication::processEvents();
        found = clippedIn(d, u"en › "_qs + name, u"dialog-%1-en"_qs.arg(name));
        seen = true;
        d->done(QDialog::Rejected);
    });
    open();
    INFO(name.toStdString());
    CHECK(seen);
    return found;
}

// The main window's tab with this title, clicked.
void showTab(MainWindow &win, const QString &title)
{
    QTabWidget *tabs = win.tabs();
    for (int i = 0; i < tabs->count(); ++i)
        if (tabs->tabText(i).remove(u'&') == title)
            return test::clickTab(tabs, tabs->widget(i));
    FAIL("no tab " << title.toStdString());
}

void click(QAbstractButton *button, const QString &text)
{
    INFO(text.toStdString());
    REQUIRE(button);
    REQUIRE(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
}

} // namespace

TEST_CASE("every dialog clips nothing in English at 1366 × 768", "[ui]")
{
    test::RestoreLanguage restore;
    installUiLanguage(u"en"_qs);
    test::Workspace w;
    MainWindow &win = *w.window;
    test::showAt(&win, {1366, 768});
    const int familie = w.themenfeld(u"Familie & Kind"_qs);
    win.selectThemenfeld(familie);

    QStringList all;
    {
        SettingsDialog d(&win);
        all << shownAndChecked(&d, u"Settings"_qs);
    }
    all << shownAndChecked(win.startImport(), u"Import"_qs);
    all << shownAndChecked(win.startExport(), u"Export"_qs);
    {
        PdfExportDialog d(w.doc(), familie, &win);
        all << shownAndChecked(&d, u"Work plan"_qs);
    }
    all << shownAndChecked(win.showChanges(), u"Changes"_qs);
    all << shownAndChecked(win.showGoTo(), u"Go to"_qs);
    {
        StimmenDialog d(w.doc(), familie, 10000, &win);
        all << shownAndChecked(&d, u"Votes"_qs);
    }
    // A workshop package of the Themenfeld, merged back: the merge dialog with its plan.
    const QString package = w.dir.filePath(u"sitzung.tfreview"_qs);
    REQUIRE(win.createReviewPackage(package));
    all << shownAndChecked(win.startReviewMerge(package), u"Review merge"_qs);

    all << checkedWhenModal<QMessageBox>(u"About"_qs, [&] {
        QAction *about = nullptr;
        for (QAction *a : win.menuBar()->findChildren<QAction *>())
            if (a->text().remove(u'&') == u"About Themenfeldplaner…"_qs)
                about = a;
        REQUIRE(about);
        about->trigger();
    });
    // The input dialogs, each from its button: a new project, a new online service, a dependency of the
    // Leistung with the longest name of the Themenfeld (its name is in the dialog's label), a snapshot.
    all << checkedWhenModal<QInputDialog>(u"New project"_qs, [&] {
        showTab(win, u"Projects"_qs);
        click(shownButton(&win, u"New project…"_qs), u"New project…"_qs);
    });
    all << checkedWhenModal<QInputDialog>(u"New online service"_qs, [&] {
        showTab(win, u"Online services"_qs);
        click(shownButton(&win, u"New online service…"_qs), u"New online service…"_qs);
    });
    int longest = 0;
    for (const Leistung &l : w.doc().plan().leistungen)
        if (w.doc().plan().themenfeldOf(l) == familie &&
            (!longest || l.name.size() > w.doc().plan().leistung(longest)->name.size()))
            longest = l.ozgId;
    win.goTo(int(schema::Table::Leistung), longest);
    all << checkedWhenModal<QInputDialog>(u"Add dependency"_qs, [&] {
        click(shownButton(&win, u"Add dependency…"_qs), u"Add dependency…"_qs);
    });
    // The predecessor's picker, from a milestone of a new project.
    ProjekteView *projekte = win.projekteView();
    showTab(win, u"Projects"_qs);
    REQUIRE(projekte->createProjekt(u"Geburt digital"_qs));
    test::clickTab(projekte->detailTabs(), projekte->detailTabs()->widget(2));
    test::clickCell(projekte->meilensteinTable(), projekte->meilensteinModel()->index(4, 1));
    for (int i = 0; i < 50 && projekte->addDependencyButton()->height() == 0; ++i)
        QTest::qWait(20); // the tab's layout, on its first showing
    all << checkedWhenModal<MeilensteinPicker>(u"Milestone dependency"_qs,
                                               [&] { click(projekte->addDependencyButton(), u"Add…"_qs); });
    auto *changes = win.showChanges();
    all << checkedWhenModal<QInputDialog>(u"Save snapshot"_qs, [&] {
        click(shownButton(changes, u"Save snapshot…"_qs), u"Save snapshot…"_qs);
    });
    changes->close();
    INFO(all.size() << " clipped texts:\n" << all.join(u'\n').toStdString());
    CHECK(all.isEmpty());
}
