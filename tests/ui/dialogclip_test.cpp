// Every dialog of the app in English at 1366 × 768 through the clipped-text check of the views
// (clipfinder.h): no label, button, check box, combo box, tab, header or cell cuts its text off. Not here:
// the About box and the one-line input dialogs (QMessageBox, QInputDialog), which size themselves.
#include "support/catchqt.h"

#include "clipfinder.h"
#include "mainwindow.h"
#include "restorelanguage.h"
#include "translator.h"
#include "views/changesdialog.h"
#include "views/exportdialog.h"
#include "views/gehezudialog.h"
#include "views/importdialog.h"
#include "views/pdfexportdialog.h"
#include "views/reviewmergedialog.h"
#include "views/settingsdialog.h"
#include "views/stimmendialog.h"
#include "workspace.h"

#include <QPointer>
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

} // namespace

TEST_CASE("every dialog clips nothing in English at 1366 × 768", "[ui]")
{
    test::RestoreLanguage restore;
    installUiLanguage(u"en"_qs);
    test::Workspace w;
    MainWindow &win = *w.window;
    win.setWindowState(Qt::WindowNoState);
    win.resize(1366, 768);
    win.show();
    REQUIRE(QTest::qWaitForWindowExposed(&win));
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
    INFO(all.size() << " clipped texts:\n" << all.join(u'\n').toStdString());
    CHECK(all.isEmpty());
}
