// Nothing clipped: the main window at 1366 × 768 and 1600 × 1000, in German and in English, with every tab
// and sub-tab in front in turn; every header section, label, tab, button, check box, combo box, detail editor
// and table cell shows its whole text, or an elided one with a tooltip that gives the whole text. In English,
// no view shows a German domain word of translations/glossary.md.
#include "support/catchqt.h"

#include "clicks.h"
#include "clipfinder.h"
#include "darkpalette.h"
#include "document.h"
#include "edit/edits.h"
#include "exchangefixture.h"
#include "mainwindow.h"
#include "models/prioritisationmodel.h"
#include "palettecolors.h"
#include "restorelanguage.h"
#include "roles.h"
#include "storage/catalog.h"
#include "support/glossary.h"
#include "textfit.h"
#include "translator.h"
#include "views/exportdialog.h"
#include "views/importdialog.h"
#include "views/leistungenview.h"
#include "views/pdfexportdialog.h"
#include "views/prioritisationview.h"
#include "views/projekteview.h"
#include "views/zeitplanview.h"
#include "workspace.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QGroupBox>
#include <QHeaderView>
#include <QHelpEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QSet>
#include <QStyleOptionComboBox>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QToolTip>
#include <QTreeView>

using namespace tfp;
using namespace tfp::ui;
using tfp::test::RestoreLanguage;
using namespace tfp::test::clip;
using namespace tfp::schema;
using test::Workspace;

namespace {

// Every tab and, within it, every sub-tab (recursively) in front once; check() after each.
void walkTabs(ClipFinder &finder, QTabWidget *tabs, const QString &where, QWidget *window)
{
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        settle();
        const QString here = where + u" › "_qs + plain(tabs->tabText(i));
        finder.check(here);
        for (QTabWidget *sub : tabs->widget(i)->findChildren<QTabWidget *>())
            if (sub->isVisibleTo(window))
                walkTabs(finder, sub, here, window);
    }
}

QStringList clippedTexts(const QString &language, QSize size)
{
    RestoreLanguage restore;
    installUiLanguage(language);
    Workspace w;
    MainWindow &win = *w.window;
    test::showAt(&win, size);
    const int familie = w.themenfeld(u"Familie & Kind"_qs);
    // A project with a long name, Leistungen and a Zahlungsplan, so that the Projekte tab has data too.
    qint64 projekt = 0;
    w.doc().run([&] {
        ChangeSet cs = edit::createProjekt(
            w.catalog(), familie,
            u"Geburt digital – Elterngeld, Geburtsanzeige und Kindergeld aus einer Hand"_qs, {10000, 10003});
        projekt = cs.changes.first().key;
        return cs;
    });
    w.doc().run([&] { return edit::addZahlung(w.catalog(), projekt, 2026, 1, 60000000); });
    win.selectThemenfeld(familie);
    auto *list = win.findChild<QListView *>(u"ThemenfeldList"_qs);
    for (int r = 0; r < list->model()->rowCount(); ++r)
        if (list->model()->index(r, 0).data(KeyRole).toInt() == familie)
            list->setCurrentIndex(list->model()->index(r, 0));
    settle();
    // A Leistung in the details and the project in the Projekte tab.
    QTreeView *tree = win.leistungenView()->tree();
    tree->setCurrentIndex(tree->model()->index(0, 0, tree->model()->index(0, 0)));
    win.projekteView()->selectProjekt(projekt);
    settle();

    ClipFinder finder(&win);
    const QString where =
        language + u" "_qs + QString::number(size.width()) + u"×"_qs + QString::number(size.height());
    QStringList all;
    if (win.size() != size)
        all << where + u": Fenster ist "_qs + QString::number(win.width()) + u"×"_qs +
                   QString::number(win.height()) + u" statt der verlangten Größe"_qs;
    walkTabs(finder, win.tabs(), where, &win);
    // The ranking's Welle editor, opened as the user does: F2 on the first row's Welle cell.
    PrioritisationView *prio = win.prioritisationView();
    win.tabs()->setCurrentWidget(prio);
    QTableView *ranking = prio->rankingTable();
    for (int c = 0; c < ranking->model()->columnCount(); ++c)
        if (ranking->model()->index(0, c).data(PrioritisationModel::ColumnKindRole).toInt() ==
            PrioritisationModel::Welle)
            ranking->setCurrentIndex(ranking->model()->index(0, c));
    ranking->scrollTo(ranking->currentIndex());
    ranking->setFocus();
    QTest::keyClick(ranking, Qt::Key_F2);
    finder.check(where + u" › Welle bearbeiten"_qs);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    all << finder.findings();
    return all;
}

} // namespace

TEST_CASE("nothing is clipped at 1366 × 768 and 1600 × 1000, in German and in English", "[ui][slow]")
{
    QStringList all;
    for (const QString &language : {u"de"_qs, u"en"_qs})
        for (const QSize size : {QSize(1366, 768), QSize(1600, 1000)})
            all << clippedTexts(language, size);
    INFO(all.size() << " abgeschnittene Texte:\n" << all.join(u'\n').toStdString());
    CHECK(all.isEmpty());
}

namespace {

// The texts the UI itself shows (not the catalog's data): labels, buttons, group boxes, tabs, combo box
// items, header sections, actions and menus, and tooltips.
QStringList visibleTexts(QWidget *window)
{
    QStringList out;
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(window))
            continue;
        out << w->toolTip();
        if (auto *l = qobject_cast<QLabel *>(w))
            out << l->text();
        else if (auto *b = qobject_cast<QAbstractButton *>(w))
            out << b->text();
        else if (auto *g = qobject_cast<QGroupBox *>(w))
            out << g->title();
        else if (auto *c = qobject_cast<QComboBox *>(w))
            for (int i = 0; i < c->count(); ++i)
                out << c->itemText(i);
        else if (auto *t = qobject_cast<QTabBar *>(w))
            for (int i = 0; i < t->count(); ++i)
                out << t->tabText(i) << t->tabToolTip(i);
        else if (auto *h = qobject_cast<QHeaderView *>(w);
                 h && h->model() && h->orientation() == Qt::Horizontal)
            for (int i = 0; i < h->count(); ++i)
                out << h->model()->headerData(i, Qt::Horizontal).toString()
                    << h->model()->headerData(i, Qt::Horizontal, Qt::ToolTipRole).toString();
    }
    for (QAction *a : window->findChildren<QAction *>())
        out << a->text() << a->toolTip();
    out.removeAll(QString());
    return out;
}

void collectTabs(QTabWidget *tabs, QWidget *window, const QString &where, QHash<QString, QString> &texts)
{
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        settle();
        const QString here = where + u" › "_qs + plain(tabs->tabText(i));
        for (const QString &t : visibleTexts(window))
            if (!texts.contains(t))
                texts.insert(t, here);
        for (QTabWidget *sub : tabs->widget(i)->findChildren<QTabWidget *>())
            if (sub->isVisibleTo(window))
                collectTabs(sub, window, here, texts);
    }
}

} // namespace

// Each of the main window's tabs is named in full at the smallest screen, in both languages: those the bar
// has no room for are reached with its scroll buttons and with Ctrl+1 … Ctrl+9 from the Ansicht menu.
TEST_CASE("the main tabs show their whole names at 1366 × 768 and each is one click or key away", "[ui]")
{
    for (const QString &language : {u"de"_qs, u"en"_qs}) {
        INFO(language.toStdString());
        RestoreLanguage restore;
        installUiLanguage(language);
        Workspace w;
        MainWindow &win = *w.window;
        test::showAt(&win, {1366, 768});
        win.selectThemenfeld(w.themenfeld(u"Familie & Kind"_qs));
        settle();
        QTabBar *bar = win.tabs()->tabBar();
        REQUIRE(bar->count() == 9);
        const int hspace = bar->style()->pixelMetric(QStyle::PM_TabBarTabHSpace, nullptr, bar);
        for (int i = 0; i < bar->count(); ++i) {
            const QString name = plain(bar->tabText(i));
            INFO(name.toStdString());
            CHECK(bar->tabRect(i).width() >= bar->fontMetrics().horizontalAdvance(name) + hspace);
        }
        // The last tab, brought into sight with the bar's scroll button as a user clicks it.
        const int last = bar->count() - 1;
        QToolButton *right = nullptr;
        for (QToolButton *b : bar->findChildren<QToolButton *>())
            if (b->isVisible() && b->arrowType() == Qt::RightArrow)
                right = b;
        for (int clicks = 0;
             right && right->isEnabled() && bar->tabRect(last).right() >= bar->width() && clicks < 20;
             ++clicks)
            QTest::mouseClick(right, Qt::LeftButton);
        CHECK(bar->tabRect(last).right() < bar->width());
        QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(last).center());
        CHECK(win.tabs()->currentIndex() == last);
        // Ctrl+1 … Ctrl+9 from anywhere in the window, as in the Ansicht menu.
        for (int i = 0; i < bar->count(); ++i) {
            QTest::keyClick(&win, Qt::Key(Qt::Key_1 + i), Qt::ControlModifier);
            CHECK(win.tabs()->currentIndex() == i);
        }
        QStringList inMenu;
        for (QAction *a : win.findChildren<QAction *>())
            if (a->shortcut().matches(QKeySequence(Qt::CTRL | Qt::Key_1)) == QKeySequence::ExactMatch)
                inMenu << plain(a->text());
        CHECK(inMenu == QStringList{plain(bar->tabText(0))});
    }
}

TEST_CASE("the English UI shows no German domain word of the glossary in any view", "[ui]")
{
    const test::Glossary glossary =
        test::readGlossary(QStringLiteral(TFP_TEST_DATA) + u"/../../translations/glossary.md"_qs);
    REQUIRE(glossary.forms.size() > 10);
    const QRegularExpression german = glossary.pattern();
    RestoreLanguage restore;
    installUiLanguage(u"en"_qs);
    Workspace w;
    MainWindow &win = *w.window;
    win.show();
    REQUIRE(QTest::qWaitForWindowExposed(&win));
    win.selectThemenfeld(w.themenfeld(u"Familie & Kind"_qs));
    settle();
    QTreeView *tree = win.leistungenView()->tree();
    tree->setCurrentIndex(tree->model()->index(0, 0, tree->model()->index(0, 0)));
    settle();
    QHash<QString, QString> texts; // text -> where it was seen first
    collectTabs(win.tabs(), &win, u"en"_qs, texts);
    REQUIRE(texts.size() > 100);
    QStringList found;
    for (auto it = texts.constBegin(); it != texts.constEnd(); ++it)
        for (const auto &m : german.globalMatch(plain(it.key()))) // "S&tand" says Stand
            if (!glossary.codeWords.contains(m.captured(1)))
                found << u"%1: „%2“ says %3"_qs.arg(it.value(), it.key().left(100), m.captured(1));
    found.sort();
    INFO(found.size() << " German words in English texts:\n" << found.join(u'\n').toStdString());
    CHECK(found.isEmpty());
}

TEST_CASE("the import, export and Arbeitsplan dialogs clip nothing, in German and English, light and dark",
          "[ui]")
{
    using namespace test::exchangeui;
    const QPalette light = QApplication::palette();
    const QPalette dark = test::darkPalette(light);
    struct Restore
    {
        QPalette palette;
        ~Restore() { QApplication::setPalette(palette); }
    } restore{light};
    QStringList all;
    for (const QString &language : {u"de"_qs, u"en"_qs})
        for (const auto &[look, palette] : {std::pair{u"hell"_qs, light}, {u"dunkel"_qs, dark}}) {
            RestoreLanguage restoreLanguage;
            installUiLanguage(language);
            QApplication::setPalette(palette);
            Workspace w;
            MainWindow &win = *w.window;
            test::showAt(&win, {1366, 768});
            win.selectThemenfeld(w.themenfeld(u"Familie & Kind"_qs));
            const QString where = language + u" "_qs + look;

            // An .ods with two sheets, the second (Leistungen) chosen.
            QPointer<ImportDialog> importer = win.startImport();
            typeFile(importer, data(u"zwei-blaetter.ods"_qs));
            choose(importer->sheetBox(), 1);
            REQUIRE(importer->plan());
            all << clippedIn(importer, where + u" › Import"_qs, u"import-ods-%1-%2"_qs.arg(language, look));
            importer->close();

            QPointer<ExportDialog> exporter = win.startExport();
            const int ods = exporter->formatBox()->findData(int(exchange::ExportFormat::Ods));
            REQUIRE(ods >= 0);
            choose(exporter->formatBox(), ods);
            REQUIRE(exporter->format() == exchange::ExportFormat::Ods);
            all << clippedIn(exporter, where + u" › Export"_qs, u"export-ods-%1-%2"_qs.arg(language, look));
            exporter->close();

            PdfExportDialog arbeitsplan(w.doc(), w.themenfeld(u"Familie & Kind"_qs), &win);
            arbeitsplan.show();
            REQUIRE(QTest::qWaitForWindowExposed(&arbeitsplan));
            QTest::mouseClick(arbeitsplan.odtButton(), Qt::LeftButton, {}, QPoint(4, 4));
            REQUIRE(arbeitsplan.suffix() == u".odt");
            for (int i = 0; i < 50; ++i) // the preview's thumbnails, painted a few at a time
                QCoreApplication::processEvents();
            all << clippedIn(&arbeitsplan, where + u" › Arbeitsplan exportieren"_qs,
                             u"arbeitsplan-odt-%1-%2"_qs.arg(language, look));
        }
    INFO(all.size() << " abgeschnittene Texte:\n" << all.join(u'\n').toStdString());
    CHECK(all.isEmpty());
}

namespace {

struct Ranking
{
    Workspace w;
    PrioritisationView *view;
    QTableView *table;
    QTableView *frozen;

    explicit Ranking(QSize size)
    {
        w.window->setWindowState(Qt::WindowNoState);
        w.window->resize(size);
        w.window->show();
        w.window->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(w.window.get()));
        w.window->selectThemenfeld(w.themenfeld(u"Familie & Kind"_qs));
        view = w.window->prioritisationView();
        w.window->tabs()->setCurrentWidget(view);
        settle();
        table = view->rankingTable();
        frozen = table->findChild<QTableView *>(u"FrozenColumns"_qs);
        REQUIRE(frozen);
    }

    // The row the overlay shows at the height of the table's current cell.
    int frozenRowBesideCurrent() const
    {
        const QRect cell = table->visualRect(table->currentIndex());
        const QPoint at = frozen->viewport()->mapFromGlobal(table->viewport()->mapToGlobal(cell.center()));
        return frozen->indexAt(QPoint(frozen->columnViewportPosition(PrioritisationModel::Name) + 2, at.y()))
            .row();
    }
};

} // namespace

TEST_CASE("the ranking keeps Rang, OZG-ID and name in view while it scrolls sideways, in step with the "
          "keyboard and sorting",
          "[ui]")
{
    Ranking r(QSize(1366, 768));
    QTableView *table = r.table;
    QTableView *frozen = r.frozen;
    CHECK(frozen->isVisible());
    for (int c = 0; c < table->model()->columnCount(); ++c)
        CHECK(frozen->isColumnHidden(c) == (c > PrioritisationModel::Name));

    // The user clicks the first criterion of the first row and walks right to the last column.
    const int kriterium = PrioritisationModel::Kriterium;
    const QModelIndex start = table->model()->index(0, kriterium);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(start).center());
    REQUIRE(table->currentIndex() == start);
    for (int i = 0; i < table->model()->columnCount(); ++i)
        QTest::keyClick(table, Qt::Key_Right);
    settle();
    REQUIRE(table->horizontalScrollBar()->maximum() > 0); // the ranking is wider than the window
    CHECK(table->horizontalScrollBar()->value() > 0);
    CHECK(table->currentIndex().column() == table->model()->columnCount() - 1);
    // The frozen columns are still at the left, the current cell right of them.
    CHECK(frozen->geometry().left() <= table->frameWidth());
    CHECK(table->visualRect(table->currentIndex()).left() >= frozen->width() - table->frameWidth());
    CHECK(r.frozenRowBesideCurrent() == 0);

    // Down past the window's height: both parts scroll together.
    for (int i = 0; i < 30; ++i)
        QTest::keyClick(table, Qt::Key_Down);
    settle();
    const int row = table->currentIndex().row();
    REQUIRE(row > 20);
    CHECK(table->verticalScrollBar()->value() > 0);
    CHECK(frozen->verticalScrollBar()->value() == table->verticalScrollBar()->value());
    CHECK(r.frozenRowBesideCurrent() == row);
    // Back left into the criteria: the cell comes out right of the frozen columns, not beneath them.
    while (table->currentIndex().column() > kriterium)
        QTest::keyClick(table, Qt::Key_Left);
    settle();
    CHECK(table->visualRect(table->currentIndex()).left() >= frozen->width() - table->frameWidth());
    CHECK(r.frozenRowBesideCurrent() == row);
    // The selection is shared: the overlay shows the current row selected.
    CHECK(frozen->selectionModel() == table->selectionModel());

    // Sorting by name from the frozen header sorts the table (and its indicator).
    QHeaderView *fh = frozen->horizontalHeader();
    QTest::mouseClick(fh->viewport(), Qt::LeftButton, {},
                      QPoint(fh->sectionViewportPosition(PrioritisationModel::Name) + 10, fh->height() / 2));
    settle();
    CHECK(table->horizontalHeader()->sortIndicatorSection() == PrioritisationModel::Name);
    CHECK(fh->sortIndicatorSection() == PrioritisationModel::Name);
    const QString first = table->model()->index(0, PrioritisationModel::Name).data().toString();
    const QString second = table->model()->index(1, PrioritisationModel::Name).data().toString();
    CHECK(QString::localeAwareCompare(first, second) <= 0);
}

TEST_CASE("at 1600 × 1000 the ranking shows at least 20 rows", "[ui]")
{
    Ranking r(QSize(1600, 1000));
    QTableView *table = r.table;
    REQUIRE(table->model()->rowCount() >= 20);
    int visible = 0;
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QRect rect = table->visualRect(table->model()->index(row, PrioritisationModel::Name));
        if (rect.isValid() && table->viewport()->rect().contains(rect.topLeft()) &&
            table->viewport()->rect().contains(rect.bottomLeft()))
            ++visible;
    }
    INFO("visible rows: " << visible);
    CHECK(visible >= 20);
}

TEST_CASE("the Zeitplan's overdue and delayed milestones stay readable in a dark palette", "[ui]")
{
    const QPalette light = QApplication::palette();
    QPalette dark = light;
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    dark.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
    struct Restore
    {
        QPalette palette;
        ~Restore() { QApplication::setPalette(palette); }
    } restore{light};
    Workspace w;
    const int familie = w.themenfeld(u"Familie & Kind"_qs);
    qint64 projekt = 0;
    w.doc().run([&] {
        ChangeSet cs = edit::createProjekt(w.catalog(), familie, u"Kita-Portal"_qs, {10014});
        projekt = cs.changes.first().key;
        return cs;
    });
    const auto meilensteine = w.catalog().rowsWhere(Table::Meilenstein, col::projektId, projekt);
    REQUIRE(meilensteine.size() >= 2);
    const qint64 overdue = meilensteine[0].value(u"id"_qs).toLongLong();
    const qint64 delayed = meilensteine[1].value(u"id"_qs).toLongLong();
    w.doc().run([&] {
        return edit::setField(w.catalog(), Table::Meilenstein, overdue, col::geplant, u"2020-01-31"_qs);
    });
    w.doc().run([&] {
        return edit::setField(w.catalog(), Table::Meilenstein, delayed, col::geplant, u"2020-01-31"_qs);
    });
    w.doc().run(
        [&] { return edit::setField(w.catalog(), Table::Meilenstein, delayed, col::ist, u"2020-03-31"_qs); });
    w.window->selectThemenfeld(familie);
    settle();

    for (const QPalette &palette : {light, dark}) {
        QApplication::setPalette(palette);
        const QColor base = palette.color(QPalette::Base);
        const QAbstractItemModel *m = w.window->zeitplanView()->model();
        int coloured = 0;
        for (int r = 0; r < m->rowCount(); ++r)
            for (int c = 0; c < m->columnCount(); ++c) {
                const QVariant fg = m->index(r, c).data(Qt::ForegroundRole);
                if (!fg.isValid())
                    continue;
                ++coloured;
                INFO(m->index(r, c).data().toString().toStdString() << " on " << base.name().toStdString());
                CHECK(contrastRatio(fg.value<QColor>(), base) >= 4.5);
            }
        CHECK(coloured >= 2);
    }
}
