#include "itemviewactions.h"

#include "document.h"
#include "domain/labels.h"
#include "edit/changetext.h"
#include "edit/edits.h"
#include "edit/fieldtext.h"
#include "roles.h"
#include "storage/schema.h"
#include "tableclipboard.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QMimeData>
#include <memory>

namespace tfp::ui {

using namespace schema;

namespace {

// The OZG-Leistungen of the selected rows (or of the current row), each once, in the order met.
QList<int> selectedLeistungen(const QAbstractItemView *view)
{
    QModelIndexList cells =
        view->selectionModel() ? view->selectionModel()->selectedIndexes() : QModelIndexList();
    if (cells.isEmpty() && view->currentIndex().isValid())
        cells << view->currentIndex();
    QList<int> out;
    QSet<int> seen;
    for (const QModelIndex &i : std::as_const(cells))
        if (const int ozg = i.data(OzgIdRole).toInt(); ozg && !seen.contains(ozg)) {
            seen.insert(ozg);
            out << ozg;
        }
    return out;
}

bool hasEditableColumn(const QAbstractItemView *view)
{
    const QModelIndex cur = view->currentIndex();
    if (!cur.isValid())
        return false;
    for (int c = 0; c < view->model()->columnCount(cur.parent()); ++c)
        if (cur.siblingAtColumn(c).flags() & Qt::ItemIsEditable)
            return true;
    return false;
}

} // namespace

ItemViewActions::ItemViewActions(QWidget *window, std::function<Document *()> document)
    : QObject(window), m_window(window), m_document(std::move(document))
{
    setObjectName(u"ItemViewActions"_qs);
    qApp->installEventFilter(this);
}

ItemViewActions::~ItemViewActions()
{
    qApp->removeEventFilter(this);
}

bool ItemViewActions::serves(const QWidget *w) const
{
    for (const QWidget *top = w ? w->window() : nullptr; top;
         top = top->parentWidget() ? top->parentWidget()->window() : nullptr)
        if (top == m_window)
            return true;
    return false;
}

void ItemViewActions::copy(QAbstractItemView *view, bool withHeaders)
{
    QGuiApplication::clipboard()->setMimeData(copySelection(view, withHeaders));
}

bool ItemViewActions::paste(QAbstractItemView *view)
{
    Document *doc = m_document();
    if (!doc)
        return false;
    QString error;
    const bool ok = pasteText(view, *doc, QGuiApplication::clipboard()->text(), &error);
    if (!ok && !error.isEmpty())
        doc->report(error);
    return ok;
}

QMenu *ItemViewActions::createMenu(QAbstractItemView *view, QWidget *parent)
{
    auto *menu = new QMenu(parent);
    const QPointer<QAbstractItemView> at(view);
    QAction *copyAction = menu->addAction(tr("&Kopieren"), this, [this, at] {
        if (at)
            copy(at);
    });
    copyAction->setShortcut(QKeySequence::Copy);
    copyAction->setObjectName(u"copy"_qs);
    menu->addAction(tr("Mit &Überschriften kopieren"), this,
                    [this, at] {
                        if (at)
                            copy(at, true);
                    })
        ->setObjectName(u"copyWithHeaders"_qs);
    Document *doc = m_document();
    QAction *pasteAction = menu->addAction(tr("&Einfügen"), this, [this, at] {
        if (at)
            paste(at);
    });
    pasteAction->setShortcut(QKeySequence::Paste);
    pasteAction->setObjectName(u"paste"_qs);
    pasteAction->setEnabled(doc && !doc->isReadOnly() && hasEditableColumn(view) &&
                            !QGuiApplication::clipboard()->text().isEmpty());
    const QList<int> leistungen = selectedLeistungen(view);
    if (doc && !leistungen.isEmpty())
        addLeistungActions(menu, *doc, leistungen);
    return menu;
}

void ItemViewActions::addLeistungActions(QMenu *menu, Document &doc, const QList<int> &ozgIds)
{
    const int n = int(ozgIds.size());
    menu->addSection(tr("%n OZG-Leistung(en)", nullptr, n));
    const bool writable = !doc.isReadOnly();
    Document *d = &doc;
    // One undo step for all of them; the first refusal names the Leistung and nothing changes.
    const auto setAll = [d, ozgIds](const QString &column, const QVariant &value) {
        using edit::Phrase;
        const QString description = ozgIds.size() == 1
                                        ? QString()
                                        : Phrase(Phrase::Msg::SetFieldOfMany, int(ozgIds.size()))
                                              .arg(Phrase::fieldLabel(Table::Leistung, column))
                                              .arg(Phrase::value(Table::Leistung, column, value))
                                              .stored();
        d->runAsOneStep(description, [&] {
            for (int o : ozgIds)
                d->run([&] { return edit::setField(d->catalog(), Table::Leistung, o, column, value); });
        });
    };
    const auto fieldMenu = [&](const QString &title, const QString &objectName, const QString &column,
                               const QList<QPair<QVariant, QString>> &choices) {
        QMenu *sub = menu->addMenu(title);
        sub->setObjectName(objectName);
        sub->setEnabled(writable);
        for (const auto &[value, label] : choices)
            sub->addAction(label, menu, [setAll, column, value = value] { setAll(column, value); });
    };
    QList<QPair<QVariant, QString>> status, reifegrad, flaeche, welle;
    for (const auto &[code, label] : edit::choices(Table::Leistung, col::status))
        status.append({code, label});
    reifegrad.append({QVariant(), tr("– nicht erhoben –")});
    for (int level = 0; level <= 4; ++level)
        reifegrad.append({level, labels::reifegrad(level)});
    for (const auto &[code, label] : edit::choices(Table::Leistung, col::flaechendeckung))
        flaeche.append({code, label});
    welle.append({QVariant(), tr("automatisch")});
    for (int w = 1; w <= 8; ++w)
        welle.append({w, tr("Welle %1").arg(w)});
    fieldMenu(tr("&Status setzen"), u"status"_qs, col::status.toString(), status);
    fieldMenu(tr("&Reifegrad (ist) setzen"), u"reifegrad"_qs, col::reifegradIst.toString(), reifegrad);
    fieldMenu(tr("&Flächendeckung setzen"), u"flaechendeckung"_qs, col::flaechendeckung.toString(), flaeche);
    fieldMenu(tr("Feste &Welle setzen"), u"welle"_qs, col::welleFix.toString(), welle);

    // Projects of the Themenfelder these Leistungen belong to, and those that hold any of them.
    const PlanSnapshot &plan = doc.plan();
    QSet<int> themenfelder;
    for (int o : ozgIds)
        if (const Leistung *l = plan.leistung(o))
            if (const Lage *lage = plan.lage(l->lageId))
                themenfelder.insert(lage->themenfeldId);
    QList<const Projekt *> candidates, holding;
    for (const Projekt &p : plan.projekte) {
        if (themenfelder.contains(p.themenfeldId))
            candidates << &p;
        if (std::any_of(ozgIds.cbegin(), ozgIds.cend(), [&](int o) { return p.leistungen.contains(o); }))
            holding << &p;
    }
    const auto byName = [](const Projekt *a, const Projekt *b) {
        return QString::localeAwareCompare(a->name, b->name) < 0;
    };
    std::sort(candidates.begin(), candidates.end(), byName);
    std::sort(holding.begin(), holding.end(), byName);
    const auto projektMenu = [&](const QString &title, const QString &objectName,
                                 const QList<const Projekt *> &projekte, bool assign) {
        QMenu *sub = menu->addMenu(title);
        sub->setObjectName(objectName);
        sub->setEnabled(writable && !projekte.isEmpty());
        for (const Projekt *p : projekte) {
            const qint64 id = p->id;
            sub->addAction(p->name, menu, [d, id, ozgIds, assign] {
                d->run([&] {
                    return assign ? edit::assignLeistungen(d->catalog(), id, ozgIds)
                                  : edit::unassignLeistungen(d->catalog(), id, ozgIds);
                });
            });
        }
    };
    projektMenu(tr("Einem &Projekt zuordnen"), u"assign"_qs, candidates, true);
    projektMenu(tr("Aus Projekt &entfernen"), u"unassign"_qs, holding, false);
}

bool ItemViewActions::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::ShortcutOverride:
    case QEvent::KeyPress: {
        auto *view = qobject_cast<QAbstractItemView *>(watched);
        // An open cell editor has the focus and its own Ctrl+C; what it passes on is not for the view.
        if (!view || (QApplication::focusWidget() && QApplication::focusWidget() != view) || !serves(view))
            break;
        auto *key = static_cast<QKeyEvent *>(event);
        const bool copyKey = key->matches(QKeySequence::Copy), pasteKey = key->matches(QKeySequence::Paste);
        if (!copyKey && !pasteKey)
            break;
        // Taken before any menu shortcut with the same keys, then handled as the key press.
        event->accept();
        if (event->type() == QEvent::KeyPress) {
            if (copyKey)
                copy(view);
            else
                paste(view);
        }
        return true;
    }
    case QEvent::ContextMenu: {
        auto *viewport = qobject_cast<QWidget *>(watched);
        auto *view = viewport ? qobject_cast<QAbstractItemView *>(viewport->parentWidget()) : nullptr;
        if (!view || view->viewport() != viewport || view->contextMenuPolicy() != Qt::DefaultContextMenu ||
            !view->model() || !serves(view))
            break;
        const std::unique_ptr<QMenu> menu(createMenu(view, view));
        menu->exec(static_cast<QContextMenuEvent *>(event)->globalPos());
        return true;
    }
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace tfp::ui
