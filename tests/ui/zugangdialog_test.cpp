// Datei › Zugänge zum Programmkatalog…: the programme management gives a database login its access to a
// server catalog, changes it and takes it away in the app; the server has each change at once, and refuses
// another login's change with the reason, changing nothing. Runs against the test cluster (fixture
// "pgcluster").
#include <catch2/catch.hpp>

#include "clipfinder.h"
#include "darkpalette.h"
#include "document.h"
#include "mainwindow.h"
#include "restorelanguage.h"
#include "storage/catalog.h"
#include "storage/server.h"
#include "support/pgserver.h"
#include "support/testutil.h"
#include "translator.h"
#include "ui/clicks.h"
#include "views/zugangdialog.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUuid>

using namespace tfp;
using namespace tfp::ui;

namespace {

// A fresh database on the test cluster holding the embedded default catalog; empty without a cluster.
QString defaultCatalogOnServer(const QTemporaryDir &dir)
{
    const QString url = test::freshServerDatabase();
    if (!url.isEmpty())
        server::importFile(url, test::defaultCatalogCopy(dir));
    return url;
}

// The login → access pairs the server holds, as „login=HE“ or „login=Programmleitung“.
QStringList onServer(const QString &url)
{
    QStringList out;
    for (const server::Access &a : server::accessList(url))
        out << a.login + u'=' + (a.programme ? server::kProgrammeAccess : a.kuerzel);
    return out;
}

// The rows the dialog lists, in the same form: the login and the access column's text.
QStringList listed(ZugangDialog *d)
{
    QStringList out;
    auto *list = d->findChild<QTreeWidget *>(u"ZugaengeListe"_qs);
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        out << list->topLevelItem(i)->text(0) + u'=' + list->topLevelItem(i)->text(1);
    return out;
}

// Opens the catalog at url in w and waits for it.
void openIn(MainWindow &w, const QString &url)
{
    QSignalSpy opened(&w, &MainWindow::catalogOpened);
    w.openInBackground(url);
    REQUIRE(opened.wait(30000));
    REQUIRE(w.document()->catalog().isServer());
}

ZugangDialog *openDialog(MainWindow &w)
{
    QAction *action = test::menuAction(w, u"&Datei"_qs, u"Zu&gänge zum Programmkatalog…"_qs);
    REQUIRE(action);
    REQUIRE(action->isEnabled());
    action->trigger();
    // The one on screen: one closed before may still wait for its deletion.
    ZugangDialog *d = nullptr;
    for (ZugangDialog *shown : w.findChildren<ZugangDialog *>())
        if (shown->isVisible())
            d = shown;
    REQUIRE(d);
    REQUIRE(QTest::qWaitForWindowExposed(d));
    return d;
}

// Types the login, chooses the access in the combo box by keyboard (its first letters, as a user does) and
// clicks „Zugang geben“.
void give(ZugangDialog *d, const QString &login, const QString &typedAccess)
{
    auto *field = d->findChild<QLineEdit *>(u"ZugangAnmeldung"_qs);
    auto *combo = d->findChild<QComboBox *>(u"ZugangArt"_qs);
    auto *button = d->findChild<QPushButton *>(u"ZugangGeben"_qs);
    QTest::mouseClick(field, Qt::LeftButton);
    field->selectAll();
    QTest::keyClicks(field, login);
    combo->setFocus(Qt::TabFocusReason);
    // A pause first, as between two fields: the combo box's search by typing starts anew.
    QTest::qWait(QApplication::keyboardInputInterval() + 50);
    QTest::keyClicks(combo, typedAccess);
    REQUIRE(combo->currentText().startsWith(typedAccess));
    REQUIRE(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
}

// Clicks the row of login in the list, then „Zugang entziehen“.
void takeAway(ZugangDialog *d, const QString &login)
{
    auto *list = d->findChild<QTreeWidget *>(u"ZugaengeListe"_qs);
    const QList<QTreeWidgetItem *> rows = list->findItems(login, Qt::MatchExactly, 0);
    REQUIRE(rows.size() == 1);
    test::clickCell(list, list->indexFromItem(rows[0]));
    auto *button = d->findChild<QPushButton *>(u"ZugangEntziehen"_qs);
    REQUIRE(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
}

// The refusal the dialog shows under its buttons after the action, empty when it shows none.
QString messageOf(ZugangDialog *d, const std::function<void()> &action)
{
    action();
    auto *problem = d->findChild<QLabel *>(u"ZugangMeldung"_qs);
    return problem->isVisible() ? problem->text() : QString();
}

} // namespace

TEST_CASE("Zugänge zum Programmkatalog: the programme management gives, changes and takes away a login's "
          "access; a Land's login is refused with the reason and nothing changes",
          "[ui][pg]")
{
    QTemporaryDir dir;
    const QString url = defaultCatalogOnServer(dir);
    if (url.isEmpty())
        return;
    const QString suffix = QUuid::createUuid().toString(QUuid::Id128).left(8);
    const QString anna = u"anna_"_qs + suffix, land = u"land_"_qs + suffix;
    test::loginUrl(url, anna);
    const QString landUrl = test::loginUrl(url, land);

    // On a file catalog there is nobody to give access to.
    MainWindow w(Catalog::open(test::defaultCatalogCopy(dir, u"eigener.tfplan"_qs)));
    test::showAt(&w, {1366, 768});
    QAction *action = test::menuAction(w, u"&Datei"_qs, u"Zu&gänge zum Programmkatalog…"_qs);
    REQUIRE(action);
    CHECK_FALSE(action->isEnabled());
    openIn(w, url);
    ZugangDialog *d = openDialog(w);
    auto *empty = d->findChild<QLabel *>(u"ZugaengeLeer"_qs);
    CHECK(empty->isVisible());
    CHECK(empty->text().startsWith(u"Noch hat keine Anmeldung Zugang"));
    const PlanSnapshot &plan = w.document()->plan();
    const Beteiligter *hessen = nullptr;
    for (const Beteiligter &b : plan.beteiligte)
        if (b.kuerzel == u"HE")
            hessen = &b;
    REQUIRE(hessen);

    // Anna for Hessen: typed, chosen, given; the server has it and the list shows Kürzel and name.
    give(d, anna, u"HE"_qs);
    CHECK(onServer(url) == QStringList{anna + u"=HE"_qs});
    CHECK(listed(d) == QStringList{anna + u"=HE – "_qs + hessen->name});
    CHECK_FALSE(empty->isVisible());
    CHECK(test::clip::clippedIn(d, u"de › Zugänge"_qs, u"dialog-zugaenge-de"_qs).isEmpty());

    // Her row chosen, the programme management instead: the same login, another access.
    auto *list = d->findChild<QTreeWidget *>(u"ZugaengeListe"_qs);
    test::clickCell(list, list->indexFromItem(list->topLevelItem(0)));
    CHECK(d->findChild<QLineEdit *>(u"ZugangAnmeldung"_qs)->text() == anna);
    CHECK(d->findChild<QComboBox *>(u"ZugangArt"_qs)->currentText() == u"HE – "_qs + hessen->name);
    give(d, anna, u"Programmleitung"_qs);
    CHECK(onServer(url) == QStringList{anna + u"=Programmleitung"_qs});
    CHECK(listed(d) == QStringList{anna + u"=Programmleitung"_qs});

    // A login the server does not know is refused by name, and nothing changes.
    const QString unknown = messageOf(d, [&] { give(d, u"niemand_"_qs + suffix, u"HE"_qs); });
    INFO(unknown.toStdString());
    CHECK(unknown.contains(u"Auf dem Server gibt es keine Anmeldung „niemand_%1“"_qs.arg(suffix)));
    CHECK(onServer(url) == QStringList{anna + u"=Programmleitung"_qs});

    // The Land's login is given Hessen, then takes anna's access away: refused by the server, with the
    // reason, and the list on the server as it was.
    give(d, land, u"HE"_qs);
    CHECK(d->findChild<QLabel *>(u"ZugangMeldung"_qs)->isHidden()); // the refusal before is gone
    const QStringList before = onServer(url);
    CHECK(before == QStringList{anna + u"=Programmleitung"_qs, land + u"=HE"_qs});
    CHECK(listed(d) == QStringList{anna + u"=Programmleitung"_qs, land + u"=HE – "_qs + hessen->name});
    d->close();

    MainWindow other(nullptr);
    test::showAt(&other, {1366, 768});
    openIn(other, landUrl);
    ZugangDialog *refusedDialog = openDialog(other);
    CHECK(listed(refusedDialog).size() == 2);
    const QString taken = messageOf(refusedDialog, [&] { takeAway(refusedDialog, anna); });
    INFO(taken.toStdString());
    CHECK(taken.contains(u"Zugänge ändern nur der Eigentümer des Katalogs und die Programmleitung"));
    CHECK(taken.contains(u"Es wurde nichts geändert."));
    CHECK(onServer(url) == before);
    const QString given = messageOf(refusedDialog, [&] { give(refusedDialog, land, u"Programmleitung"_qs); });
    CHECK(given.contains(u"Zugänge ändern nur der Eigentümer des Katalogs und die Programmleitung"));
    CHECK(onServer(url) == before);
    CHECK(listed(refusedDialog) ==
          QStringList{anna + u"=Programmleitung"_qs, land + u"=HE – "_qs + hessen->name});

    // Back in the programme management's window: anna's access taken away, the list empty but for the Land.
    d = openDialog(w);
    takeAway(d, anna);
    CHECK(onServer(url) == QStringList{land + u"=HE"_qs});
    CHECK(listed(d) == QStringList{land + u"=HE – "_qs + hessen->name});
}

TEST_CASE("Zugänge zum Programmkatalog in English and on a dark palette at 1366 × 768 cut no text off",
          "[ui][pg]")
{
    QTemporaryDir dir;
    const QString url = defaultCatalogOnServer(dir);
    if (url.isEmpty())
        return;
    const QString login =
        u"ressort_mit_langem_namen_"_qs + QUuid::createUuid().toString(QUuid::Id128).left(8);
    test::loginUrl(url, login);
    // The Beteiligter with the longest name, so that the list and the combo box must make room for it.
    const PlanSnapshot plan = Catalog::open(url)->loadPlan(PlanDetail::Summary);
    const Beteiligter *longest = &plan.beteiligte.front();
    for (const Beteiligter &b : plan.beteiligte)
        if (b.name.size() > longest->name.size())
            longest = &b;
    server::grantAccess(url, login, longest->kuerzel);

    test::RestoreLanguage restore;
    installUiLanguage(u"en"_qs);
    const QPalette light = qApp->palette();
    MainWindow w(nullptr);
    test::showAt(&w, {1366, 768});
    openIn(w, url);
    QAction *action = test::menuAction(w, u"&File"_qs, u"&Access to the programme catalog…"_qs);
    REQUIRE(action);
    action->trigger();
    auto *d = w.findChild<ZugangDialog *>();
    REQUIRE(d);
    REQUIRE(QTest::qWaitForWindowExposed(d));
    CHECK(listed(d) == QStringList{login + u'=' + longest->kuerzel + u" – "_qs + longest->name});
    CHECK(test::clip::clippedIn(d, u"en › Access"_qs, u"dialog-zugaenge-en"_qs).isEmpty());
    qApp->setPalette(test::darkPalette(light));
    CHECK(test::clip::clippedIn(d, u"en dark › Access"_qs, u"dialog-zugaenge-en-dark"_qs).isEmpty());
    qApp->setPalette(light);
}
