// F1 and Hilfe › Benutzerhandbuch open the shipped user guide in the UI language, at the chapter of the tab
// in front.
#include "support/catchqt.h"

#include "mainwindow.h"
#include "views/helpwindow.h"
#include "workspace.h"

#include <QApplication>
#include <QMenuBar>
#include <QMessageBox>
#include <QScrollBar>
#include <QSettings>
#include <QTabWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

using namespace tfp;
using namespace tfp::ui;

namespace {

// The UI language a test runs in (as installUiLanguage() sets it at start); German again afterwards.
struct RunningLanguage
{
    explicit RunningLanguage(const QLocale &locale) { QLocale::setDefault(locale); }
    ~RunningLanguage() { QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany)); }
};

HelpWindow *pressF1(test::Workspace &w)
{
    w.window->show();
    w.window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(w.window.get()));
    QTest::keyClick(w.window.get(), Qt::Key_F1);
    return w.window->findChild<HelpWindow *>();
}

} // namespace

TEST_CASE("F1 opens the German user guide at the chapter of the tab in front", "[ui]")
{
    RunningLanguage german(QLocale(QLocale::German, QLocale::Germany));
    test::Workspace w;
    w.window->tabs()->setCurrentIndex(3); // Priorisierung
    HelpWindow *help = pressF1(w);
    REQUIRE(help);
    CHECK(help->isVisible());
    QTextBrowser *browser = help->browser();
    CHECK(browser->source().path() == u"/help/de/index.html");
    CHECK(browser->source().fragment() == u"priorisierung");
    const QString text = browser->toPlainText();
    CHECK(text.contains(u"Benutzerhandbuch"_qs));
    CHECK(text.contains(u"Online-Transaktion"_qs));
    CHECK(text.contains(u"mitarbeitend"_qs));
    CHECK(text.contains(u"Workshop-Ergebnis übernehmen"_qs));
    // The chapter is scrolled into view, not the start of the guide.
    CHECK(browser->verticalScrollBar()->value() > 0);
}

TEST_CASE("in an English UI, F1 shows the English guide, whatever the settings hold for the next start",
          "[ui]")
{
    RunningLanguage english(QLocale(QLocale::English, QLocale::UnitedKingdom));
    QSettings().setValue(u"ui/language"_qs, u"de"_qs);
    test::Workspace w;
    w.window->tabs()->setCurrentIndex(0);
    HelpWindow *help = pressF1(w);
    REQUIRE(help);
    CHECK(help->browser()->source().path() == u"/help/en/index.html");
    CHECK(help->browser()->source().fragment() == u"leistungen");
    const QString text = help->browser()->toPlainText();
    CHECK(text.contains(u"User guide"_qs));
    CHECK(text.contains(u"Online transaction"_qs));
    CHECK_FALSE(text.contains(u"Benutzerhandbuch"_qs));
    QSettings().remove(u"ui/language"_qs);
}

TEST_CASE("the Hilfe menu offers the user guide with F1 and the About dialog", "[ui]")
{
    test::Workspace w;
    QMenu *help = nullptr;
    for (QAction *a : w.window->menuBar()->actions())
        if (a->text() == u"&Hilfe")
            help = a->menu();
    REQUIRE(help);
    QStringList texts;
    QAction *guide = nullptr;
    for (QAction *a : help->actions()) {
        texts << a->text();
        if (a->text() == u"&Benutzerhandbuch")
            guide = a;
    }
    REQUIRE(guide);
    CHECK(guide->shortcut() == QKeySequence(Qt::Key_F1));
    CHECK(texts.contains(u"Ü&ber Themenfeldplaner…"_qs));
    // Opening it twice shows the same window, not a second one.
    guide->trigger();
    guide->trigger();
    CHECK(w.window->findChildren<HelpWindow *>().size() == 1);
}

TEST_CASE("the About dialog names the version, the licence and the source of the catalog data", "[ui]")
{
    QApplication::setApplicationVersion(QStringLiteral(TFP_VERSION)); // as app/gui/main.cpp does
    test::Workspace w;
    QAction *about = nullptr;
    for (QAction *menu : w.window->menuBar()->actions())
        if (menu->text() == u"&Hilfe")
            for (QAction *a : menu->menu()->actions())
                if (a->text() == u"Ü&ber Themenfeldplaner…")
                    about = a;
    REQUIRE(about);
    QString text;
    // QMessageBox::about is modal: read it once it is shown, then close it.
    QTimer::singleShot(0, [&text] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            text = box->text();
            box->accept();
        }
    });
    about->trigger();
    CHECK(text.contains(u"<h3>Themenfeldplaner %1</h3>"_qs.arg(QStringLiteral(TFP_VERSION))));
    CHECK(text.contains(u"Lizenz: MIT"_qs));
    CHECK(text.contains(u"KDN OZG-Datenbank"_qs));
    CHECK(text.contains(u"Copyright © 2020 Gert Hammes"_qs));
}

TEST_CASE("an unknown language shows the German guide", "[ui]")
{
    HelpWindow help(u"fr"_qs);
    CHECK(help.browser()->source().path() == u"/help/de/index.html");
    CHECK(help.browser()->toPlainText().contains(u"Benutzerhandbuch"_qs));
}
