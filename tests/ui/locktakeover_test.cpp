#include <catch2/catch.hpp>

#include "document.h"
#include "error.h"
#include "mainwindow.h"
#include "storage/catalog.h"
#include "support/catchqt.h"
#include "support/modal.h"
#include "support/testutil.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLabel>
#include <QLockFile>
#include <QMessageBox>
#include <QPushButton>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace tfp;
using namespace tfp::ui;
using test::buttonNamed;
using test::whenModal;

namespace {

// A write lock as QLockFile writes it: process, program, computer.
void writeLock(const QString &catalog, qint64 pid, const QString &app, const QString &host)
{
    test::writeFile(catalog + u".lock"_qs,
                    QByteArray::number(pid) + '\n' + app.toUtf8() + '\n' + host.toUtf8() + '\n');
}

QPushButton *unlockButton(MainWindow &w)
{
    for (QPushButton *b : w.findChildren<QPushButton *>())
        if (b->text() == u"Sperre aufheben…")
            return b;
    return nullptr;
}

} // namespace

TEST_CASE("a lock left on another computer can be lifted after a confirmation that names it", "[ui]")
{
    QTemporaryDir dir;
    const QString path = test::defaultCatalogCopy(dir);
    writeLock(path, 4242, u"Themenfeldplaner"_qs, u"pc-ressort-17"_qs);
    MainWindow w(Catalog::open(path));
    w.show();
    REQUIRE(w.document()->isReadOnly());
    QPushButton *unlock = unlockButton(w);
    REQUIRE(unlock);
    REQUIRE(unlock->isVisible());

    QString question;
    SECTION("confirmed: the window can edit again and holds the lock itself")
    {
        whenModal<QMessageBox>([&](QMessageBox *box) {
            question = box->text();
            QTest::mouseClick(buttonNamed(box, u"Sperre aufheben"_qs), Qt::LeftButton);
        });
        QTest::mouseClick(unlock, Qt::LeftButton);
        CHECK(question.contains(u"pc-ressort-17"_qs));
        CHECK(question.contains(u"4242"_qs));
        CHECK_FALSE(w.document()->isReadOnly());
        CHECK_FALSE(unlock->isVisible());
        qint64 pid = 0;
        QString host, app;
        REQUIRE(QLockFile(path + u".lock"_qs).getLockInfo(&pid, &host, &app));
        CHECK(pid == QCoreApplication::applicationPid());
    }
    SECTION("cancelled: nothing changes")
    {
        const QByteArray lock = test::readFile(path + u".lock"_qs);
        whenModal<QMessageBox>([&](QMessageBox *box) {
            question = box->text();
            QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
        });
        QTest::mouseClick(unlock, Qt::LeftButton);
        CHECK_FALSE(question.isEmpty());
        CHECK(w.document()->isReadOnly());
        CHECK(test::readFile(path + u".lock"_qs) == lock);
    }
}

TEST_CASE("a lock of a running program on this computer is not offered to be lifted", "[ui]")
{
    QTemporaryDir dir;
    const QString path = test::defaultCatalogCopy(dir);
    // This test process itself is the running program that holds it (QLockFile knows a process by its file).
    writeLock(path, QCoreApplication::applicationPid(),
              QFileInfo(QCoreApplication::applicationFilePath()).fileName(), QSysInfo::machineHostName());
    MainWindow w(Catalog::open(path));
    w.show();
    REQUIRE(w.document()->isReadOnly());
    QPushButton *unlock = unlockButton(w);
    REQUIRE(unlock);
    CHECK_FALSE(unlock->isVisible());
    const auto holder = w.document()->catalog().lockHolder();
    REQUIRE(holder);
    CHECK(holder->thisComputer);
    CHECK_THROWS_AS(w.document()->catalog().breakLock(*holder), Error);
}
