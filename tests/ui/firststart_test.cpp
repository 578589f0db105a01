// Where the save dialogs start, what a read-only window says, and the first start: the window's size and the
// one question for the author's name.
#include "support/catchqt.h"

#include "document.h"
#include "mainwindow.h"
#include "storage/catalog.h"
#include "support/testutil.h"
#include "views/settingsdialog.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <functional>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

using namespace tfp;
using namespace tfp::ui;

namespace {

// While a modal dialog runs, looks at it once it is up and closes it.
template <class Dialog> void whenModal(std::function<void(Dialog *)> look)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, look] {
        if (auto *d = qobject_cast<Dialog *>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            look(d);
        }
    });
    timer->start();
}

QString documentsFolder()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileInfo(documents).isDir() ? documents : QDir::homePath();
}

struct SettingsKeys
{
    QStringList keys;
    explicit SettingsKeys(QStringList k) : keys(std::move(k)) { clear(); }
    ~SettingsKeys() { clear(); }
    void clear()
    {
        QSettings s;
        for (const QString &k : std::as_const(keys))
            s.remove(k);
    }
};

} // namespace

TEST_CASE("save dialogs of the default catalog start in the documents folder, not the hidden data folder",
          "[ui]")
{
    // The default catalog lives in the app's data folder (a test location in test mode).
    const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    REQUIRE(QDir().mkpath(dataDir));
    QTemporaryDir tmp;
    const QString path = dataDir + u"/katalog.tfplan"_qs;
    QFile::remove(path);
    REQUIRE(QFile::copy(test::defaultCatalogCopy(tmp), path));
    SettingsKeys keys({u"pdf/dir"_qs, u"exportDir"_qs});
    {
        MainWindow w(Catalog::open(path));
        w.show();
        w.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&w));
        // Strg+N; "Kopie speichern unter" has the platform's Save-as key, which offscreen has none of.
        for (const QString &text : {u"&Kopie speichern unter…"_qs, u"&Neuer Katalog…"_qs}) {
            INFO(text.toStdString());
            QAction *action = nullptr;
            for (QAction *a : w.findChildren<QAction *>())
                if (a->text() == text)
                    action = a;
            REQUIRE(action);
            QString shown;
            whenModal<QFileDialog>([&shown](QFileDialog *d) {
                shown = d->directory().absolutePath();
                d->reject();
            });
            action->trigger();
            CHECK(shown == QDir(documentsFolder()).absolutePath());
            CHECK_FALSE(shown.startsWith(dataDir));
        }
        w.close();
    }
    QFile::remove(path);
    QFile::remove(path + u"-wal"_qs);
    QFile::remove(path + u"-shm"_qs);
}

TEST_CASE("a read-only window never says that every change is saved", "[ui]")
{
    QTemporaryDir dir;
    const QString path = test::defaultCatalogCopy(dir);
    MainWindow first(Catalog::open(path));
    CHECK(first.statusBar()->currentMessage().contains(u"sofort gespeichert"));
    MainWindow second(Catalog::open(path));
    REQUIRE(second.document()->isReadOnly());
    CHECK_FALSE(second.statusBar()->currentMessage().contains(u"gespeichert"));
    CHECK(second.statusBar()->currentMessage().contains(u"Nur lesen"));
}

TEST_CASE("on the first start the window opens maximised", "[ui]")
{
    SettingsKeys keys({u"window/geometry"_qs, u"window/state"_qs});
    QTemporaryDir dir;
    MainWindow w(Catalog::open(test::defaultCatalogCopy(dir)));
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    CHECK(w.windowState() & Qt::WindowMaximized);
    w.close(); // remembers the geometry: the next start opens as it was left
    CHECK(QSettings().contains(u"window/geometry"_qs));
}

TEST_CASE("the first start asks once for the author's name, prefilled with the account's full name", "[ui]")
{
    SettingsKeys keys({u"user/author"_qs, u"user/authorAsked"_qs});
    QString expected = qEnvironmentVariable("USER");
#ifdef Q_OS_UNIX
    if (const passwd *pw = getpwuid(getuid()); pw && pw->pw_gecos && *pw->pw_gecos)
        expected = QString::fromLocal8Bit(pw->pw_gecos).section(u',', 0, 0).trimmed();
#endif
    CHECK(SettingsDialog::accountName() == expected);
    QString prefilled;
    whenModal<QDialog>([&prefilled](QDialog *d) {
        auto *name = d->findChild<QLineEdit *>();
        CHECK(name);
        if (!name)
            return d->reject();
        prefilled = name->text();
        QTest::keyClick(name, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(name, u"Maria Meyer"_qs);
        QTest::keyClick(name, Qt::Key_Return);
    });
    CHECK(SettingsDialog::askAuthorOnce(nullptr));
    CHECK(prefilled == expected);
    CHECK(QSettings().value(u"user/author"_qs).toString() == u"Maria Meyer");
    CHECK(SettingsDialog::author() == u"Maria Meyer");
    // Once only.
    CHECK_FALSE(SettingsDialog::askAuthorOnce(nullptr));

    // Cancelled, it is not asked again either, and the author stays the login name.
    keys.clear();
    whenModal<QDialog>([](QDialog *d) { QTest::keyClick(d, Qt::Key_Escape); });
    CHECK(SettingsDialog::askAuthorOnce(nullptr));
    CHECK_FALSE(QSettings().contains(u"user/author"_qs));
    CHECK_FALSE(SettingsDialog::askAuthorOnce(nullptr));
}
