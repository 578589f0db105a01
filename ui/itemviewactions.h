// What every table and tree of a main window offers alike: Ctrl+C copies the selected cells as a table,
// Ctrl+V pastes a block into editable cells, and the context menu holds these and the actions on the
// selected rows (status, Reifegrad, Flächendeckung, feste Welle, project of many OZG-Leistungen at once).
// One event filter on the application serves every QAbstractItemView of the window and of its dialogs, so
// a view needs nothing of its own.
#pragma once

#include <QObject>
#include <QPointer>
#include <functional>

class QAbstractItemView;
class QMenu;
class QWidget;

namespace tfp::ui {

class Document;

class ItemViewActions : public QObject
{
    Q_OBJECT
public:
    // document: the window's open catalog at the time of an action (a window may open another one).
    ItemViewActions(QWidget *window, std::function<Document *()> document);
    ~ItemViewActions() override;

    // The context menu for the view's selection, as a right click shows it (the caller owns it).
    QMenu *createMenu(QAbstractItemView *view, QWidget *parent = nullptr);
    void copy(QAbstractItemView *view, bool withHeaders = false);
    // Pastes the clipboard's text; a refusal is reported through the document's failed signal.
    bool paste(QAbstractItemView *view);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool serves(const QWidget *w) const;
    void addLeistungActions(QMenu *menu, Document &doc, const QList<int> &ozgIds);

    QPointer<QWidget> m_window;
    std::function<Document *()> m_document;
};

} // namespace tfp::ui
