// Helpers of the import and export dialog tests: the files under tests/data/exchange, typing and choosing as
// a user does, the preview's lines as text, and the state of a catalog to compare before and after.
#pragma once

#include "support/catchqt.h"

#include "document.h"
#include "exchange/importplan.h"
#include "exchange/planjson.h"
#include "mainwindow.h"
#include "storage/catalog.h"
#include "support/testutil.h"
#include "views/importdialog.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

namespace tfp::test::exchangeui {

using Action = exchange::ImportRow::Action;
using ui::ImportDialog;
using ui::MainWindow;

inline QString data(const QString &name)
{
    return QStringLiteral(TFP_TEST_DATA "/exchange/") + name;
}

// TFP_EXCHANGE_SHOTS=DIR keeps pictures of the dialogs there for a human look.
inline void shot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("TFP_EXCHANGE_SHOTS");
    if (dir.isEmpty())
        return;
    QCoreApplication::processEvents(); // the layout as the user sees it once the dialog is up
    w->grab().save(QDir(dir).filePath(name + u".png"_qs));
}

// Every table of the plan without the journal and the revision, which an undo rightly moves on.
inline QJsonObject tables(Catalog &c)
{
    QJsonObject t = QJsonDocument::fromJson(tfp::exportPlanJson(c)).object().value(u"tables"_qs).toObject();
    t.remove(u"journal"_qs);
    return t;
}

// The file and its write-ahead log: both stay as they were when nothing is written.
inline QByteArray fileState(const QString &path)
{
    return test::fileHash(path) + test::fileHash(path + u"-wal"_qs);
}

// Types a path into the dialog's file field and confirms it with Enter, as a user would.
inline void typeFile(ImportDialog *dialog, const QString &path)
{
    dialog->fileEdit()->clear();
    dialog->fileEdit()->setFocus();
    QTest::keyClicks(dialog->fileEdit(), path);
    QTest::keyClick(dialog->fileEdit(), Qt::Key_Return);
}

// Picks an entry of a combo box with the keyboard (Down/Up), which emits activated() like a click would.
inline void choose(QComboBox *box, int index)
{
    box->setFocus();
    while (box->currentIndex() < index)
        QTest::keyClick(box, Qt::Key_Down);
    while (box->currentIndex() > index)
        QTest::keyClick(box, Qt::Key_Up);
}

// The lines of one preview table as text, cells joined by " | ".
inline QStringList lines(ImportDialog *dialog, Action a)
{
    QStringList out;
    const QAbstractItemModel *m = dialog->table(a)->model();
    for (int r = 0; r < m->rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < m->columnCount(); ++c)
            cells << m->index(r, c).data().toString();
        out << cells.join(u" | "_qs);
    }
    return out;
}

inline int tabIndex(ImportDialog *dialog, Action a)
{
    return dialog->tabs()->indexOf(dialog->table(a));
}

inline QAction *fileAction(MainWindow &w, const QString &objectName)
{
    return w.findChild<QAction *>(objectName);
}

} // namespace tfp::test::exchangeui
