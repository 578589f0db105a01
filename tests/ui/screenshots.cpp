// Renders the main window's views to PNG files for looking at them as a user would (not a test; run by hand):
//   tfp_ui_screenshots CATALOG OUTDIR [THEMENFELD] [--demo] [--lang de|en] [--size WxH] [--dark]
//                      [--password-url URL]
// --demo first adds a realistic plan through the same edit functions the UI uses: a project with a long name,
// statuses, Reifegrade, milestones (overdue and slipped ones), Nachnutzung, a Zahlungsplan, an Onlinedienst
// covering Elterngeld, a project without milestones and an empty Themenfeld. The Übersicht tab is shot with
// each of its charts. --size gives the window's size (default 1500x900); --dark runs the Fusion style with a
// dark palette, to see text that hard-coded colours make unreadable.
#include "catalogopen.h"
#include "document.h"
#include "error.h"
#include "mainwindow.h"
#include "models/kriterienmodel.h"
#include "roles.h"
#include "storage/catalog.h"
#include "storage/server.h"
#include "support/familieplan.h"
#include "translator.h"
#include "views/coverageview.h"
#include "views/dashboardview.h"
#include "views/helpwindow.h"
#include "views/leistungenview.h"
#include "views/pdfexportdialog.h"
#include "views/prioritisationview.h"
#include "views/projekteview.h"
#include "views/settingsdialog.h"
#include "views/zeitplangantt.h"
#include "views/zeitplanview.h"
#include "views/zugangdialog.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QListView>
#include <QListWidget>
#include <QLocale>
#include <QPalette>
#include <QScrollBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QTreeView>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"Themenfeldplaner-Screenshots"_qs);
    // --lang en: the UI as a user who chose English in the settings sees it.
    const int langAt = int(QCoreApplication::arguments().indexOf(u"--lang"_qs));
    tfp::ui::installUiLanguage(langAt > 0 ? QCoreApplication::arguments().value(langAt + 1) : u"de"_qs);
    const int sizeAt = int(QCoreApplication::arguments().indexOf(u"--size"_qs));
    const QStringList size = QCoreApplication::arguments().value(sizeAt + 1).split(u'x');
    if (QCoreApplication::arguments().contains(u"--dark"_qs)) {
        QApplication::setStyle(u"Fusion"_qs);
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        dark.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::AlternateBase, QColor(0x2f, 0x2f, 0x2f));
        dark.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
        dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
        dark.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
        dark.setColor(QPalette::ToolTipBase, QColor(0x35, 0x35, 0x35));
        dark.setColor(QPalette::ToolTipText, QColor(0xe8, 0xe8, 0xe8));
        dark.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xc6));
        dark.setColor(QPalette::HighlightedText, Qt::white);
        dark.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
        dark.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
        dark.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
        dark.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
        QApplication::setPalette(dark);
    }
    if (argc < 3)
        return 2;
    const QString out = QString::fromLocal8Bit(argv[2]);
    QDir().mkpath(out);
    tfp::ui::MainWindow w(tfp::Catalog::open(QString::fromLocal8Bit(argv[1])));
    if (QCoreApplication::arguments().contains(u"--demo"_qs))
        tfp::test::addFamiliePlan(
            w.document()->catalog(), [&](const tfp::ChangeSet &cs) { w.document()->push(cs); },
            tfp::test::FamiliePlanShape::Workshop);
    w.setWindowState(Qt::WindowNoState);
    if (sizeAt > 0 && size.size() == 2)
        w.resize(size[0].toInt(), size[1].toInt());
    else
        w.resize(1500, 900);
    w.show();
    const QString tfName = argc > 3 ? QString::fromUtf8(argv[3]) : u"Familie & Kind"_qs;
    int tf = 0;
    for (const auto &t : w.document()->plan().themenfelder)
        if (t.name == tfName)
            tf = t.id;
    auto shot = [&](const QString &name) {
        QApplication::processEvents();
        w.grab().save(out + u'/' + name + u".png"_qs);
    };
    auto *list = w.findChild<QListView *>(u"ThemenfeldList"_qs);
    list->setCurrentIndex(list->model()->index(0, 0));
    for (int i = 0; i < w.tabs()->count(); ++i)
        if (w.tabs()->tabText(i) == QCoreApplication::translate("tfp::ui::MainWindow", "&Gesamtprogramm"))
            w.tabs()->setCurrentIndex(i);
    shot(u"0-programm"_qs);
    for (int row = 0; row < list->model()->rowCount(); ++row)
        if (list->model()->index(row, 0).data(tfp::ui::KeyRole).toInt() == tf)
            list->setCurrentIndex(list->model()->index(row, 0));
    for (int i = 0; i < w.tabs()->count(); ++i) {
        w.tabs()->setCurrentIndex(i);
        if (i == 0) {
            auto *tree = w.leistungenView()->tree();
            tree->setCurrentIndex(tree->model()->index(0, 0, tree->model()->index(0, 0)));
        }
        if (i == 1) {
            auto *t = w.projekteView()->projektTable();
            if (t->model()->rowCount())
                t->setCurrentIndex(t->model()->index(0, 0));
            // The Zahlungsplan as a sheet: its quarters, the sum against the budget.
            auto *details = w.projekteView()->detailTabs();
            details->setCurrentWidget(w.projekteView()->zahlungTable()->parentWidget());
            shot(u"projekte-zahlungsplan"_qs);
            details->setCurrentIndex(0);
        }
        shot(u"%1-tab"_qs.arg(i + 1));
        if (w.tabs()->currentWidget() == w.zeitplanView()) {
            // A milestone being dragged in the Gantt, at quarter zoom: its ghost and new date.
            tfp::ui::ZeitplanGantt *gantt = w.zeitplanView()->gantt();
            const QList<qint64> order = [&] {
                QList<qint64> ids;
                for (const tfp::report::ChartHotspot &h : gantt->hotspots())
                    if (h.part == tfp::report::ChartHotspot::Part::Meilenstein)
                        ids << h.meilensteinId;
                return ids;
            }();
            if (!order.isEmpty()) {
                const QPoint at = gantt->meilensteinPunkt(order.last())->toPoint();
                QTest::mouseClick(gantt, Qt::LeftButton, {}, at);
                gantt->setZoom(tfp::ui::ZeitplanGantt::Zoom::Quartal);
                const QPoint from = gantt->meilensteinPunkt(order.last())->toPoint();
                QTest::mousePress(gantt, Qt::LeftButton, {}, from);
                QTest::mouseMove(gantt, from + QPoint(30, 0));
                QTest::mouseMove(gantt, from + QPoint(60, 0));
                shot(u"zeitplan-ziehen"_qs);
                QTest::keyClick(gantt, Qt::Key_Escape);
                QTest::mouseRelease(gantt, Qt::LeftButton, {}, from + QPoint(60, 0));
                gantt->setZoom(tfp::ui::ZeitplanGantt::Zoom::Gesamt);
            }
        }
    }
    // The prioritisation in the states a planner meets: a weight being tried out, a Themenfeld without
    // scores, one without Leistungen.
    auto *prio = w.prioritisationView();
    auto selectNamed = [&](const QString &name) {
        for (int row = 0; row < list->model()->rowCount(); ++row)
            if (list->model()->index(row, 0).data(Qt::DisplayRole).toString() == name)
                list->setCurrentIndex(list->model()->index(row, 0));
        w.tabs()->setCurrentWidget(prio);
    };
    w.tabs()->setCurrentWidget(prio);
    if (auto *spin = qobject_cast<QDoubleSpinBox *>(prio->kriterienTable()->indexWidget(
            prio->kriterienModel()->index(1, tfp::ui::KriterienModel::Gewicht)))) {
        spin->setFocus();
        spin->setValue(4);
        shot(u"prioritaet-vorschau"_qs);
        spin->setValue(1.5);
    }
    // Every column of the ranking at once, as on a wide screen.
    const QSize chosen = w.size();
    w.resize(2400, 1000);
    shot(u"prioritaet-breit"_qs);
    w.resize(chosen);
    selectNamed(u"Bildung"_qs);
    shot(u"prioritaet-unbewertet"_qs);
    selectNamed(u"Neues Themenfeld ohne Leistungen"_qs);
    shot(u"prioritaet-leer"_qs);

    // The Abdeckung tab: every list of the Themenfeld, then the programme and an empty Themenfeld.
    auto *abdeckung = w.coverageView();
    selectNamed(tfName);
    w.tabs()->setCurrentWidget(abdeckung);
    for (int l = 0; l < tfp::ui::CoverageView::ListeCount; ++l) {
        abdeckung->listen()->setCurrentIndex(l);
        shot(u"abdeckung-%1"_qs.arg(l + 1));
    }
    auto *kennzahlen = abdeckung->kennzahlenTable();
    kennzahlen->horizontalScrollBar()->setValue(kennzahlen->horizontalScrollBar()->maximum());
    shot(u"abdeckung-kennzahlen-rechts"_qs);
    kennzahlen->horizontalScrollBar()->setValue(0);
    list->setCurrentIndex(list->model()->index(0, 0));
    abdeckung->listen()->setCurrentIndex(tfp::ui::CoverageView::OhneProjekt);
    shot(u"abdeckung-programm"_qs);
    abdeckung->scopeBox()->setCurrentIndex(1);
    shot(u"abdeckung-programm-foederal"_qs);
    abdeckung->scopeBox()->setCurrentIndex(0);
    list->setCurrentIndex(list->model()->index(list->model()->rowCount() - 1, 0));
    shot(u"abdeckung-leer"_qs);

    // The Übersicht tab: every chart of the Themenfeld, the programme's and an empty Themenfeld's.
    auto *uebersicht = w.dashboardView();
    const QList<QPair<QString, int>> rows{
        {u"themenfeld"_qs, -1}, {u"programm"_qs, 0}, {u"leer"_qs, list->model()->rowCount() - 1}};
    for (const auto &[was, row] : rows) {
        if (row >= 0)
            list->setCurrentIndex(list->model()->index(row, 0));
        else
            w.selectThemenfeld(tf);
        w.tabs()->setCurrentWidget(uebersicht);
        for (tfp::report::ChartKind k : tfp::report::allChartKinds()) {
            uebersicht->setKind(k);
            shot(u"uebersicht-%1-%2"_qs.arg(was, tfp::report::chartKindName(k)));
        }
    }
    // The settings dialog and the user guide (F1 on the Priorisierung tab).
    tfp::ui::SettingsDialog settings(&w);
    settings.show();
    QApplication::processEvents();
    settings.grab().save(out + u"/einstellungen.png"_qs);
    settings.languageBox()->setCurrentIndex(1 - settings.languageBox()->currentIndex());
    QApplication::processEvents();
    settings.grab().save(out + u"/einstellungen-sprache-geaendert.png"_qs);
    settings.reject();
    w.tabs()->setCurrentWidget(prio);
    tfp::ui::HelpWindow *help = w.showHelp();
    QApplication::processEvents();
    help->grab().save(out + u"/hilfe-priorisierung.png"_qs);
    help->showChapter(QString());
    QApplication::processEvents();
    help->grab().save(out + u"/hilfe-inhalt.png"_qs);
    help->showChapter(u"reifegrad"_qs);
    QApplication::processEvents();
    help->grab().save(out + u"/hilfe-reifegrad.png"_qs);

    // Datei › Arbeitsplan exportieren with its preview, once all thumbnails are painted.
    tfp::ui::PdfExportDialog pdf(*w.document(), tf);
    pdf.show();
    for (int i = 0; i < 200; ++i)
        QApplication::processEvents();
    pdf.seitenListe()->setCurrentRow(std::min(4, pdf.seitenListe()->count() - 1));
    QApplication::processEvents();
    pdf.grab().save(out + u"/pdf-export.png"_qs);

    // The modal dialogs of a server catalog, grabbed from a timer while they run: Datei › Mit Programmkatalog
    // verbinden… with an address typed, and (--password-url: a login the server asks a password of) the
    // question for the password, with the server's own refusal.
    const auto grabModal = [&](const QString &name, const QString &typed) {
        QTimer::singleShot(0, [=] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            if (auto *edit = dialog->findChild<QLineEdit *>(); edit && !typed.isEmpty())
                edit->setText(typed);
            QApplication::processEvents();
            dialog->grab().save(out + u'/' + name + u".png"_qs);
            dialog->reject();
        });
    };
    grabModal(u"programmkatalog-verbinden"_qs, u"postgresql://planung.example/ozg"_qs);
    for (QAction *a : w.findChildren<QAction *>())
        if (a->text() == tfp::ui::MainWindow::tr("Mit &Programmkatalog verbinden…"))
            a->trigger();
    // Datei › Zugänge zum Programmkatalog… (a server catalog only), with the test cluster's second login
    // (pgcluster.sh) given Hessen's access where it exists.
    if (w.document()->catalog().isServer()) {
        try {
            tfp::server::grantAccess(w.document()->catalog().path(), u"tfp_passwort"_qs, u"HE"_qs);
        } catch (const tfp::Error &) {
        }
        tfp::ui::ZugangDialog *zugaenge = w.showZugaenge();
        QApplication::processEvents();
        zugaenge->grab().save(out + u"/programmkatalog-zugaenge.png"_qs);
        zugaenge->close();
    }
    if (const int at = int(QCoreApplication::arguments().indexOf(u"--password-url"_qs)); at > 0) {
        const QString url = QCoreApplication::arguments().value(at + 1);
        try {
            tfp::Catalog::open(url);
        } catch (const tfp::PasswordRequiredError &) {
            grabModal(u"programmkatalog-passwort"_qs, u"geheim"_qs);
            tfp::ui::answerOpenFailure(&w, url, std::current_exception());
        }
    }
    return 0;
}
