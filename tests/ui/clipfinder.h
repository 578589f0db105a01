// The clipped-text check: everything in a window that cuts its text off (labels, buttons, check boxes,
// combo boxes, tabs, header sections, table cells, line edits), unless it is elided with a tooltip that gives
// the whole text. Shared by the layout test (the views) and the dialog test.
#pragma once

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QHelpEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSet>
#include <QStyleOptionComboBox>
#include <QTabBar>
#include <QTableView>
#include <QToolButton>
#include <QToolTip>
#include <QTreeView>

namespace tfp::test::clip {

inline void settle()
{
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents();
}

inline QString plain(QString text)
{
    // A mnemonic's "&" is not drawn; "&&" is one "&".
    text.replace(u"&&"_qs, u"\x01"_qs).remove(u'&').replace(u'\x01', u'&');
    return text;
}

inline int textWidth(const QFontMetrics &fm, const QString &text)
{
    int w = 0;
    for (const QString &line : text.split(u'\n'))
        w = std::max(w, fm.horizontalAdvance(line));
    return w;
}

// A text that does not fit is fine when it is shown elided ("…") and its tooltip gives it whole.
inline bool elidedWithTip(const QString &shown, const QString &tip)
{
    const qsizetype dots = shown.indexOf(u'…');
    return dots > 0 && tip.size() > shown.size() && tip.contains(shown.left(dots));
}

// Shown and not scrolled out of sight by an ancestor (a scroll area, a splitter).
inline bool visibleIn(const QWidget *w, const QWidget *window)
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
        if (!visibleIn(e, m_window))
            return;
        // An empty field's placeholder says what to type there: cut off to "S…" it says nothing.
        if (e->text().isEmpty() && !e->placeholderText().isEmpty() && e->isEnabled()) {
            const int needed = e->fontMetrics().horizontalAdvance(e->placeholderText()) + 4;
            int has = e->contentsRect().width() - e->textMargins().left() - e->textMargins().right() - 4;
            if (e->isClearButtonEnabled()) // room kept for the clear button
                has -= e->contentsRect().height();
            if (needed > has)
                add(where, u"Platzhalter "_qs + nameOf(e), e->placeholderText(), needed, has);
        }
        if (e->text().isEmpty() || !e->isReadOnly())
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

// A dialog's findings under where; with TFP_DIALOG_SHOTS set, also its picture as shot.png in that folder.
inline QStringList clippedIn(QWidget *dialog, const QString &where, const QString &shot)
{
    settle();
    ClipFinder finder(dialog);
    finder.check(where);
    if (const QString dir = qEnvironmentVariable("TFP_DIALOG_SHOTS"); !dir.isEmpty())
        dialog->grab().save(QDir(dir).filePath(shot + u".png"_qs));
    return finder.findings();
}

} // namespace tfp::test::clip
