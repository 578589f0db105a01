// Bearbeiten › Einstellungen…: the language is stored for the next start and said so; the author name goes
// into the journal of the open catalog at once and of every catalog opened later.
#include "support/catchqt.h"

#include "edit/edits.h"
#include "mainwindow.h"
#include "storage/catalog.h"
#include "support/modal.h"
#include "views/settingsdialog.h"
#include "workspace.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace tfp;
using namespace tfp::ui;

namespace {
struct CleanSettings
{
    CleanSettings() { clear(); }
    ~CleanSettings() { clear(); }
    static void clear()
    {
        QSettings s;
        s.remove(u"ui/language"_qs);
        s.remove(u"user/author"_qs);
    }
};

QAction *settingsAction(MainWindow &w)
{
    for (QAction *menu : w.menuBar()->actions())
        if (menu->text() == u"&Bearbeiten")
            for (QAction *a : menu->menu()->actions())
                if (a->text() == u"&Einstellungen…")
                    return a;
    return nullptr;
}
} // namespace

TEST_CASE("the settings default to German and the login name", "[ui]")
{
    CleanSettings clean;
    CHECK(SettingsDialog::language() == u"de");
    CHECK(SettingsDialog::author() == qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME")));
    QSettings().setValue(u"ui/language"_qs, u"klingonisch"_qs);
    CHECK(SettingsDialog::language() == u"de");
}

TEST_CASE("choosing English is stored and takes effect at the next start", "[ui]")
{
    CleanSettings clean;
    SettingsDialog dialog;
    CHECK(dialog.languageBox()->currentData().toString() == u"de");
    CHECK(dialog.restartNote()->text().contains(u"nächsten Start"_qs));
    dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(u"en"_qs));
    CHECK(dialog.restartNote()->text().startsWith(u"Die Sprache wechselt beim nächsten Start des Programms"));
    dialog.accept();
    CHECK(QSettings().value(u"ui/language"_qs).toString() == u"en");
    CHECK(SettingsDialog::language() == u"en");
}

TEST_CASE("cancelling the settings changes nothing", "[ui]")
{
    CleanSettings clean;
    SettingsDialog dialog;
    dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(u"en"_qs));
    dialog.authorEdit()->setText(u"Maria Meyer"_qs);
    dialog.reject();
    CHECK_FALSE(QSettings().contains(u"ui/language"_qs));
    CHECK_FALSE(QSettings().contains(u"user/author"_qs));
}

TEST_CASE("the author name from the settings is recorded in the journal", "[ui]")
{
    CleanSettings clean;
    test::Workspace w;
    QAction *settings = settingsAction(*w.window);
    REQUIRE(settings);
    // The dialog is modal: fill it in once it is shown, then press OK.
    QTimer::singleShot(0, [] {
        auto *dialog = qobject_cast<SettingsDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return; // the checks below fail then: the name was not stored
        dialog->authorEdit()->setText(u"  Maria Meyer  "_qs);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    });
    settings->trigger();
    CHECK(QSettings().value(u"user/author"_qs).toString() == u"Maria Meyer");
    CHECK(w.catalog().author() == u"Maria Meyer");

    const int before = int(w.catalog().journal().size());
    REQUIRE(w.doc().run([&] {
        return edit::setField(w.catalog(), schema::Table::Leistung, 10000, schema::col::notes, u"x"_qs);
    }));
    const auto journal = w.catalog().journal();
    REQUIRE(int(journal.size()) > before);
    CHECK(journal.last().autor == u"Maria Meyer");

    // A catalog opened later records the same name.
    MainWindow second(Catalog::open(w.path, Catalog::Access::ReadOnly));
    CHECK(second.document()->catalog().author() == u"Maria Meyer");

    // An emptied name falls back to the login name.
    SettingsDialog dialog;
    dialog.authorEdit()->clear();
    dialog.accept();
    CHECK_FALSE(QSettings().contains(u"user/author"_qs));
    CHECK(SettingsDialog::author() == qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME")));
}

TEST_CASE("choosing another language offers to restart now, on the same catalog", "[ui]")
{
    CleanSettings clean;
    test::Workspace w;
    QAction *settings = settingsAction(*w.window);
    REQUIRE(settings);
    // By name, so that the test says what is missing rather than failing to build without it.
    QSignalSpy restart(w.window.get(), SIGNAL(restartRequested(QString)));
    REQUIRE(restart.isValid());
    bool offeredAtFirst = true;
    bool offeredAfterChoice = false;
    test::whenModal<SettingsDialog>([&](SettingsDialog *dialog) {
        QPushButton *now = dialog->findChild<QPushButton *>(u"RestartNow"_qs);
        if (!now) {
            dialog->reject();
            return;
        }
        offeredAtFirst = now->isVisible();
        // English, chosen with the keyboard in the language box; then the offered button, clicked.
        dialog->languageBox()->setFocus();
        QTest::keyClick(dialog->languageBox(), Qt::Key_Down);
        offeredAfterChoice = now->isVisible() && now->text() == u"Jetzt neu starten";
        QTest::mouseClick(now, Qt::LeftButton);
    });
    settings->trigger();
    CHECK_FALSE(offeredAtFirst);
    CHECK(offeredAfterChoice);
    CHECK(SettingsDialog::language() == u"en");
    // The window closed; the program is asked to start again on the same catalog.
    REQUIRE(restart.size() == 1);
    CHECK(restart.at(0).at(0).toString() == w.path);
    CHECK_FALSE(w.window->isVisible());
}

TEST_CASE("choosing the language the program runs in offers no restart, and OK restarts nothing", "[ui]")
{
    CleanSettings clean;
    test::Workspace w;
    QAction *settings = settingsAction(*w.window);
    REQUIRE(settings);
    w.window->show();
    // By name, so that the test says what is missing rather than failing to build without it.
    QSignalSpy restart(w.window.get(), SIGNAL(restartRequested(QString)));
    REQUIRE(restart.isValid());
    bool offered = true;
    test::whenModal<SettingsDialog>([&](SettingsDialog *dialog) {
        dialog->languageBox()->setFocus();
        QTest::keyClick(dialog->languageBox(), Qt::Key_Down);
        QTest::keyClick(dialog->languageBox(), Qt::Key_Up);
        QPushButton *now = dialog->findChild<QPushButton *>(u"RestartNow"_qs);
        offered = now && now->isVisible();
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
    });
    settings->trigger();
    CHECK_FALSE(offered);
    CHECK(restart.isEmpty());
    CHECK(w.window->isVisible());
    CHECK(SettingsDialog::language() == u"de");
}
