// The window on a programme catalog on a PostgreSQL server: connected through Datei › Mit Programmkatalog
// verbinden…, showing within a second what another planner changed, and refusing an undo that would
// overwrite that change. Runs against the test cluster of the ctest fixture "pgcluster".
#include <catch2/catch.hpp>

#include "document.h"
#include "edit/edits.h"
#include "mainwindow.h"
#include "storage/catalog.h"
#include "storage/server.h"
#include "storage/serverconnection.h"
#include "support/catchqt.h"
#include "support/modal.h"
#include "support/pgserver.h"
#include "support/testutil.h"
#include "ui/clicks.h"

#include "models/leistungfilter.h"
#include "models/leistungmodel.h"
#include "views/leistungenview.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUuid>

#include <algorithm>

using namespace tfp;
using namespace tfp::ui;
using test::whenModal;

namespace {

QLineEdit *fieldLabelled(QWidget *parent, const QString &label)
{
    for (QLabel *l : parent->findChildren<QLabel *>())
        if (l->isVisible() && l->text() == label)
            return qobject_cast<QLineEdit *>(l->buddy());
    return nullptr;
}

bool shows(QWidget *parent, const QString &text)
{
    const QList<QLabel *> labels = parent->findChildren<QLabel *>();
    return std::any_of(labels.begin(), labels.end(),
                       [&](const QLabel *l) { return l->isVisible() && l->text() == text; });
}

} // namespace

TEST_CASE("a server catalog in the window: another planner's change shows within a second, and an undo that "
          "would overwrite it is refused with the reason",
          "[ui][pg]")
{
    const QString url = test::freshServerDatabase();
    if (url.isEmpty())
        return;
    QTemporaryDir dir;
    server::importFile(url, test::defaultCatalogCopy(dir));

    MainWindow w(Catalog::open(test::defaultCatalogCopy(dir, u"eigener.tfplan"_qs)));
    w.show();
    QSignalSpy opened(&w, &MainWindow::catalogOpened);
    // Datei › Mit Programmkatalog verbinden…: the address typed, then „Verbinden“.
    QAction *connectAction = test::menuAction(w, u"&Datei"_qs, u"Mit &Programmkatalog verbinden…"_qs);
    REQUIRE(connectAction);
    bool typed = false;
    whenModal<QDialog>([&](QDialog *d) {
        auto *address = d->findChild<QLineEdit *>(u"ServerAddress"_qs);
        auto *ok = d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        address->selectAll();
        QTest::keyClicks(address, u"planung.example/ozg"_qs);
        typed = !ok->isEnabled(); // not an address of a server: nothing to connect to
        address->selectAll();
        QTest::keyClicks(address, url);
        typed = typed && ok->isEnabled();
        QTest::mouseClick(ok, Qt::LeftButton);
    });
    connectAction->trigger();
    CHECK(typed);
    REQUIRE(opened.wait(30000));
    REQUIRE(w.document()->catalog().isServer());
    CHECK(w.windowTitle().contains(url));

    // Elterngeld renamed in the details, as a user does it.
    w.selectThemenfeld(w.document()->plan().lage(w.document()->plan().leistung(10000)->lageId)->themenfeldId);
    auto *view = w.leistungenView();
    const QModelIndex elterngeld = view->filter()->mapFromSource(view->model()->indexOfLeistung(10000));
    REQUIRE(elterngeld.isValid());
    view->tree()->expand(elterngeld.parent());
    test::clickCell(view->tree(), elterngeld);
    QTest::qWait(0);
    auto *details = w.findChild<QDockWidget *>(u"DetailsDock"_qs);
    REQUIRE(shows(details, u"10000 Elterngeld"_qs));
    QLineEdit *name = fieldLabelled(details, u"Name:"_qs);
    REQUIRE(name);
    QTest::mouseClick(name, Qt::LeftButton);
    QTest::keyClick(name, Qt::Key_End);
    QTest::keyClicks(name, u" (digital)"_qs);
    QTest::keyClick(name, Qt::Key_Return);

    // Another planner, in another session, changes the same field afterwards.
    auto other = Catalog::open(url);
    REQUIRE(other->value(schema::Table::Leistung, 10000, schema::col::name) == u"Elterngeld (digital)"_qs);
    QElapsedTimer clock;
    clock.start();
    other->apply(
        edit::setField(*other, schema::Table::Leistung, 10000, schema::col::name, u"Elterngeld Plus"_qs));
    QTRY_VERIFY_WITH_TIMEOUT(shows(details, u"10000 Elterngeld Plus"_qs), 1000);
    INFO("shown after " << clock.elapsed() << " ms");
    CHECK(name->text() == u"Elterngeld Plus"_qs);
    CHECK(w.document()->plan().leistung(10000)->name == u"Elterngeld Plus"_qs);

    // Undoing one's own rename would overwrite it: refused, with both values, and nothing changes.
    QString refusal;
    whenModal<QMessageBox>([&](QMessageBox *box) {
        refusal = box->text();
        box->accept();
    });
    QTest::keyClick(view->tree(), Qt::Key_Z, Qt::ControlModifier);
    QTRY_VERIFY(!refusal.isEmpty());
    INFO(refusal.toStdString());
    CHECK(refusal.contains(u"Elterngeld Plus"));
    CHECK(refusal.contains(u"Elterngeld (digital)"));
    CHECK(other->value(schema::Table::Leistung, 10000, schema::col::name) == u"Elterngeld Plus"_qs);
    CHECK(w.document()->plan().leistung(10000)->name == u"Elterngeld Plus"_qs);
}

TEST_CASE("a server that asks for a password: the window asks for it, again when it is wrong, and keeps it "
          "nowhere",
          "[ui][pg]")
{
    const QString url = test::freshServerDatabase();
    if (url.isEmpty())
        return;
    QTemporaryDir dir;
    server::importFile(url, test::defaultCatalogCopy(dir));
    const QString withLogin = test::loginUrl(url, u"tfp_passwort"_qs, u"Geheim-123"_qs);
    server::grantAccess(url, u"tfp_passwort"_qs, server::kProgrammeAccess);

    MainWindow w(nullptr);
    w.show();
    QSignalSpy opened(&w, &MainWindow::catalogOpened);
    QStringList asked;
    // First a wrong password, then the right one, each typed into the dialog that asks for it.
    const auto answer = [&](const QString &password, auto next) {
        whenModal<QInputDialog>([&, password, next](QInputDialog *d) {
            asked << d->labelText();
            auto *field = d->findChild<QLineEdit *>();
            CHECK(field->echoMode() == QLineEdit::Password);
            QTest::keyClicks(field, password);
            next();
            QTest::keyClick(field, Qt::Key_Return);
        });
    };
    answer(u"falsch"_qs, [&] { answer(u"Geheim-123"_qs, [] {}); });
    w.openInBackground(withLogin);
    REQUIRE(opened.wait(30000));
    REQUIRE(asked.size() == 2);
    CHECK(asked[0].contains(u"verlangt ein Passwort"));
    CHECK(asked[1].contains(u"nicht an"));
    CHECK(w.document()->catalog().isServer());
    // The settings hold the URL among the recent catalogs, never the password.
    QSettings settings;
    CHECK(settings.value(u"recentFiles"_qs).toStringList().contains(withLogin));
    for (const QString &key : settings.allKeys()) {
        const QVariant v = settings.value(key);
        const QString text =
            v.typeId() == QMetaType::QStringList ? v.toStringList().join(u' ') : v.toString();
        CHECK_FALSE(text.contains(u"Geheim-123"));
    }
    ServerConnection::rememberPassword(withLogin, {});
}

TEST_CASE("a window the server allows no second connection to listen on still learns of the others' commits",
          "[ui][pg]")
{
    const QString url = test::freshServerDatabase();
    if (url.isEmpty())
        return;
    QTemporaryDir dir;
    server::importFile(url, test::defaultCatalogCopy(dir));
    const QString login = u"eine_verbindung_"_qs + QUuid::createUuid().toString(QUuid::Id128).left(8);
    const QString limited = test::loginUrl(url, login, {}, 1);
    server::grantAccess(url, login, server::kProgrammeAccess);
    // One connection for the window's catalog; the one it would listen on is refused by the server.
    Document doc(Catalog::open(limited));
    QSignalSpy changed(&doc, &Document::changed);
    auto other = Catalog::open(url);
    other->apply(
        edit::setField(*other, schema::Table::Leistung, 10000, schema::col::name, u"Elterngeld Plus"_qs));
    REQUIRE((!changed.isEmpty() || changed.wait(5000)));
    CHECK(doc.plan().leistung(10000)->name == u"Elterngeld Plus"_qs);
}
