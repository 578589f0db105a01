// Nothing clipped: the main window at 1366 × 768 and 1600 × 1000, in German and in English, with every tab
// and sub-tab in front in turn; every header section, label, tab, button, check box, combo box, detail editor
// and table cell shows its whole text, or an elided one with a tooltip that gives the whole text. In English,
// no view shows a German domain word of translations/glossary.md.
#include "support/catchqt.h"

#include "darkpalette.h"
#include "document.h"
#include "edit/edits.h"
#include "exchangefixture.h"
#include "mainwindow.h"
#include "models/prioritaetmodel.h"
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
#include "views/prioritaetview.h"
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
using namespace tfp::schema;
using test::Workspace;

namespace {

void settle()
{
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents();
}

QString plain(QString text)
{
    // A mnemonic's "&" is not drawn; "&&" is one "&".
    text.replace(u"&&"_qs, u"\x01"_qs).remove(u'&').replace(u'\x01', u'&');
    return text;
}

int textWidth(const QFontMetrics &fm, const QString &text)
{
    int w = 0;
    for (const QString &line : text.split(u'\n'))
        w = std::max(w, fm.horizontalAdvance(line));
    return w;
}

// A text that does not fit is fine when it is shown elided ("…") and its tooltip gives it whole.
bool elidedWithTip(const QString &shown, const QString &tip)
{
    const qsizetype dots = shown.indexOf(u'…');
    return dots > 0 && tip.size() > shown.size() && tip.contains(shown.left(dots));
}

// Shown and not scrolled out of sight by an ancestor (a scroll area, a splitter).
bool visibleIn(const QWidget *w, const QWidget *window)
{
    if (!w->isVisibleTo(window) || w->width() <= 0 || w->height() <= 0)
        return false;
    QRect r = w->rect();
    for (const QWidget *p = w; p != window && p->parentWidget(); p = p->parentWidget()) {
        r = r.translated(p->pos()) & p->parentWidget()->rect();
        if (r.isEmpty())
            return false;
    }
    return true;
}

// Everything that clips its text in window as it is now, one line each, under the name of where it is.
class ClipFinder
{
public:
    explicit ClipFinder(QWidget *window) : m_window(window) {}

    void check(const QString &where)
    {
        settle();
        for (QLabel *l : m_window->findChildren<QLabel *>())
            checkLabel(where, l);
        for (QAbstractButton *b : m_window->findChildren<QAbstractButton *>())
            checkButton(where, b);
        for (QComboBox *c : m_window->findChildren<QComboBox *>())
            checkCombo(where, c);
        for (QTabBar *t : m_window->findChildren<QTabBar *>())
            checkTabBar(where, t);
        for (QHeaderView *h : m_window->findChildren<QHeaderView *>())
            checkHeader(where, h);
        for (QAbstractItemView *v : m_window->findChildren<QAbstractItemView *>())
            if (!qobject_cast<QHeaderView *>(v))
                checkCells(where, v);
        for (QLineEdit *e : m_window->findChildren<QLineEdit *>())
            checkLineEdit(where, e);
    }

    QStringList findings() const
    {
        QStringList all(m_findings.begin(), m_findings.end());
        all.sort();
        return all;
    }

private:
    void add(const QString &where, const QString &what, const QString &text, int needed, int has)
    {
        // One line per text and place: the same clipped header on five tabs is one finding.
        const QString key = what + u": „"_qs + text + u"“ braucht "_qs + QString::number(needed) +
                            u" px, hat "_qs + QString::number(has) + u" px"_qs;
        if (!m_seen.contains(key)) {
            m_seen.insert(key);
            m_findings.insert(where + u" – "_qs + key);
        }
    }

    static QString nameOf(const QWidget *w)
    {
        for (const QWidget *p = w; p; p = p->parentWidget())
            if (!p->objectName().isEmpty() && !p->objectName().startsWith(u"qt_"_qs))
                return QString::fromLatin1(w->metaObject()->className()) + QStringLiteral(" in ") +
                       p->objectName();
        return QString::fromLatin1(w->metaObject()->className());
    }

    void checkLabel(const QString &where, QLabel *l)
    {
        if (!visibleIn(l, m_window) || l->wordWrap() || l->text().isEmpty() || !l->pixmap().isNull())
            return;
        if (l->textFormat() == Qt::RichText ||
            (l->textFormat() == Qt::AutoText && Qt::mightBeRichText(l->text())))
            return; // rich text wraps by itself
        const QString shown = l->buddy() ? plain(l->text()) : l->text();
        const int needed = textWidth(l->fontMetrics(), shown);
        const int has = l->contentsRect().width() - 2 * l->margin() - (l->indent() > 0 ? l->indent() : 0);
        if (needed > has && !elidedWithTip(shown, l->toolTip()))
            add(where, u"Beschriftung "_qs + nameOf(l), shown, needed, has);
    }

    void checkButton(const QString &where, QAbstractButton *b)
    {
        if (!visibleIn(b, m_window) || b->text().isEmpty())
            return;
        if (!qobject_cast<QPushButton *>(b) && !qobject_cast<QToolButton *>(b) &&
            !qobject_cast<QCheckBox *>(b) && !qobject_cast<QRadioButton *>(b))
            return;
        if (auto *tb = qobject_cast<QToolButton *>(b); tb && tb->toolButtonStyle() == Qt::ToolButtonIconOnly)
            return;
        if (qobject_cast<QTabBar *>(b->parentWidget()))
            return; // the tab bar's scroll and close buttons
        // The button's own size hint holds text, icon, indicator and margins as its style draws them.
        const int needed = b->sizeHint().width();
        if (needed > b->width() && !elidedWithTip(b->text(), b->toolTip()))
            add(where, u"Schaltfläche "_qs + nameOf(b), plain(b->text()), needed, b->width());
    }

    void checkCombo(const QString &where, QComboBox *c)
    {
        if (!visibleIn(c, m_window) || c->currentText().isEmpty())
            return;
        QStyleOptionComboBox opt;
        opt.initFrom(c);
        opt.editable = c->isEditable();
        opt.frame = c->hasFrame();
        const QRect field =
            c->style()->subControlRect(QStyle::CC_ComboBox, &opt, QStyle::SC_ComboBoxEditField, c);
        const int needed = c->fontMetrics().horizontalAdvance(c->currentText()) + 2;
        if (needed > field.width() && !c->toolTip().contains(c->currentText()))
            add(where, u"Auswahl "_qs + nameOf(c), c->currentText(), needed, field.width());
    }

    void checkTabBar(const QString &where, QTabBar *t)
    {
        if (!visibleIn(t, m_window))
            return;
        const int hspace = t->style()->pixelMetric(QStyle::PM_TabBarTabHSpace, nullptr, t);
        // What the bar shows of its tabs: its width, less the scroll buttons when it has them out.
        int visibleRight = t->width();
        bool scrolls = false;
        for (QAbstractButton *b : t->findChildren<QAbstractButton *>())
            if (b->isVisibleTo(t)) {
                visibleRight = std::min(visibleRight, b->x());
                scrolls = true;
            }
        for (int i = 0; i < t->count(); ++i) {
            if (!t->isTabVisible(i))
                continue;
            const QString text = plain(t->tabText(i));
            int needed = t->fontMetrics().horizontalAdvance(text) + hspace;
            if (!t->tabIcon(i).isNull())
                needed += t->iconSize().width() + 4;
            const QRect rect = t->tabRect(i);
            const int has = std::max(0, std::min(rect.right() + 1, visibleRight) - std::max(rect.left(), 0));
            if (needed <= has || t->tabToolTip(i).contains(text))
                continue;
            // Out of sight behind the scroll buttons is fine: they reach it, and then it shows whole.
            if (has == 0 && scrolls)
                continue;
            // Elided, or cut off at the bar's end: hovering it must say what it is.
            const QPoint at((std::max(rect.left(), 0) + std::min(rect.right(), visibleRight - 1)) / 2,
                            rect.center().y());
            if (has == 0 || !helpShows(t, at, text))
                add(where, u"Reiter "_qs + nameOf(t), text, needed, has);
        }
    }

    void checkHeader(const QString &where, QHeaderView *h)
    {
        if (!visibleIn(h, m_window) || !h->model())
            return;
        const int margin = h->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, h);
        const int mark = h->style()->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, h);
        const bool sorting = h->isSortIndicatorShown();
        for (int s = 0; s < h->count(); ++s) {
            if (h->isSectionHidden(s))
                continue;
            const QString text = h->model()->headerData(s, h->orientation(), Qt::DisplayRole).toString();
            if (text.isEmpty())
                continue;
            int needed = textWidth(h->fontMetrics(), text) + 2 * margin;
            if (sorting && h->orientation() == Qt::Horizontal)
                needed += mark + margin;
            const int has = h->orientation() == Qt::Horizontal ? h->sectionSize(s) : h->width();
            if (h->orientation() == Qt::Horizontal && h->sectionViewportPosition(s) >= h->viewport()->width())
                continue; // scrolled to the right: the user reaches it with the scroll bar, and then sees it
            if (needed > has && !(h->textElideMode() != Qt::ElideNone && headerTipShows(h, s, text)))
                add(where, u"Spaltenkopf "_qs + nameOf(h), text, needed, has);
        }
    }

    // What the user sees hovering the section: the model's tooltip or one the header shows for an elided one.
    static bool headerTipShows(QHeaderView *h, int section, const QString &text)
    {
        if (h->model()->headerData(section, h->orientation(), Qt::ToolTipRole).toString().contains(text))
            return true;
        const int pos = h->sectionViewportPosition(section) + h->sectionSize(section) / 2;
        const QPoint at =
            h->orientation() == Qt::Horizontal ? QPoint(pos, h->height() / 2) : QPoint(h->width() / 2, pos);
        return helpShows(h->viewport(), at, text);
    }

    static bool helpShows(QWidget *viewport, QPoint at, const QString &text)
    {
        QHelpEvent e(QEvent::ToolTip, at, viewport->mapToGlobal(at));
        QCoreApplication::sendEvent(viewport, &e);
        const bool shown = QToolTip::isVisible() && QToolTip::text().contains(text);
        QToolTip::hideText();
        return shown;
    }

    // Cells that clip their text: the delegate elides them, the tooltip must then give the whole text.
    void checkCells(const QString &where, QAbstractItemView *v)
    {
        if (!visibleIn(v, m_window) || !v->model())
            return;
        const QRect area = v->viewport()->rect();
        QList<QModelIndex> todo{QModelIndex()};
        int checked = 0;
        while (!todo.isEmpty() && checked < 400) {
            const QModelIndex parent = todo.takeFirst();
            const int rows = v->model()->rowCount(parent);
            for (int r = 0; r < rows && checked < 400; ++r) {
                for (int c = 0; c < v->model()->columnCount(parent); ++c) {
                    const QModelIndex i = v->model()->index(r, c, parent);
                    const QRect rect = v->visualRect(i);
                    if (c == 0 && v->model()->hasChildren(i))
                        todo << i;
                    if (!rect.isValid() || !area.intersects(rect) || v->indexWidget(i))
                        continue;
                    if (auto *tv = qobject_cast<QTableView *>(v); tv && (tv->isColumnHidden(c)))
                        continue;
                    ++checked;
                    const QString text = i.data(Qt::DisplayRole).toString();
                    if (text.isEmpty() || text.contains(u'\n'))
                        continue;
                    QStyleOptionViewItem opt;
                    opt.initFrom(v);
                    opt.rect = rect;
                    const int needed = v->itemDelegateForIndex(i)->sizeHint(opt, i).width();
                    // A list cuts a row at its right edge (and scrolls sideways) rather than eliding it.
                    if (qobject_cast<QListView *>(v) && rect.left() >= area.left() &&
                        rect.right() > area.right() && !i.data(Qt::ToolTipRole).toString().contains(text)) {
                        add(where, u"Zeile "_qs + nameOf(v), text, rect.width(), area.width());
                        continue;
                    }
                    if (needed <= rect.width() + 1)
                        continue;
                    // Scrolled partly out of the viewport: the scroll bar reaches the rest.
                    if (rect.right() > area.right() || rect.left() < area.left())
                        continue;
                    if (!tipShows(v, i, text))
                        add(where, u"Zelle "_qs + nameOf(v), text, needed, rect.width());
                }
            }
        }
    }

    // What the user sees hovering the cell: the model's tooltip or one the view shows for an elided cell.
    static bool tipShows(QAbstractItemView *v, const QModelIndex &i, const QString &text)
    {
        if (i.data(Qt::ToolTipRole).toString().contains(text))
            return true;
        return helpShows(v->viewport(), v->visualRect(i).center(), text);
    }

    // The editors of the detail forms: a value that runs past its field is hidden until the user scrolls it.
    void checkLineEdit(const QString &where, QLineEdit *e)
    {
        if (!visibleIn(e, m_window) || e->text().isEmpty() || !e->isReadOnly())
            return;
        const int needed = e->fontMetrics().horizontalAdvance(e->text()) + 4;
        const int has = e->contentsRect().width() - e->textMargins().left() - e->textMargins().right() - 4;
        if (needed > has && !e->toolTip().contains(e->text()))
            add(where, u"Feld "_qs + nameOf(e), e->text(), needed, has);
    }

    QWidget *m_window;
    QSet<QString> m_seen;
    QSet<QString> m_findings;
};

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
    win.setWindowState(Qt::WindowNoState);
    win.resize(size);
    win.show();
    REQUIRE(QTest::qWaitForWindowExposed(&win));
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
    PrioritaetView *prio = win.prioritaetView();
    win.tabs()->setCurrentWidget(prio);
    QTableView *ranking = prio->rankingTable();
    for (int c = 0; c < ranking->model()->columnCount(); ++c)
        if (ranking->model()->index(0, c).data(PrioritaetModel::ColumnKindRole).toInt() ==
            PrioritaetModel::Welle)
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

// What clips in a dialog as it opens; TFP_DIALOG_SHOTS=DIR keeps a picture of it there for a human look.
QStringList clippedIn(QWidget *dialog, const QString &where, const QString &shot)
{
    settle();
    ClipFinder finder(dialog);
    finder.check(where);
    if (const QString dir = qEnvironmentVariable("TFP_DIALOG_SHOTS"); !dir.isEmpty())
        dialog->grab().save(QDir(dir).filePath(shot + u".png"_qs));
    return finder.findings();
}

} // namespace

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
        for (const auto &m : german.globalMatch(it.key()))
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
            win.setWindowState(Qt::WindowNoState);
            win.resize(1366, 768);
            win.show();
            REQUIRE(QTest::qWaitForWindowExposed(&win));
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
    PrioritaetView *view;
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
        view = w.window->prioritaetView();
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
        return frozen->indexAt(QPoint(frozen->columnViewportPosition(PrioritaetModel::Name) + 2, at.y()))
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
        CHECK(frozen->isColumnHidden(c) == (c > PrioritaetModel::Name));

    // The user clicks the first criterion of the first row and walks right to the last column.
    const int kriterium = PrioritaetModel::Kriterium;
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
                      QPoint(fh->sectionViewportPosition(PrioritaetModel::Name) + 10, fh->height() / 2));
    settle();
    CHECK(table->horizontalHeader()->sortIndicatorSection() == PrioritaetModel::Name);
    CHECK(fh->sortIndicatorSection() == PrioritaetModel::Name);
    const QString first = table->model()->index(0, PrioritaetModel::Name).data().toString();
    const QString second = table->model()->index(1, PrioritaetModel::Name).data().toString();
    CHECK(QString::localeAwareCompare(first, second) <= 0);
}

TEST_CASE("at 1600 × 1000 the ranking shows at least 20 rows", "[ui]")
{
    Ranking r(QSize(1600, 1000));
    QTableView *table = r.table;
    REQUIRE(table->model()->rowCount() >= 20);
    int visible = 0;
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QRect rect = table->visualRect(table->model()->index(row, PrioritaetModel::Name));
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
