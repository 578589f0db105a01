#include "fielddelegate.h"

#include "dateedit.h"
#include "document.h"
#include "fieldeditors.h"
#include "roles.h"

#include <QKeyEvent>

namespace tfp::ui {

FieldDelegate::FieldDelegate(Document &doc, QObject *parent) : QStyledItemDelegate(parent), m_doc(doc) {}

QWidget *FieldDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const
{
    const QVariant column = index.data(ColumnRole);
    if (!column.isValid())
        return QStyledItemDelegate::createEditor(parent, option, index);
    QWidget *e = createFieldEditor(m_doc, static_cast<schema::Table>(index.data(TableRole).toInt()),
                                   column.toString(), parent, index.data(AllowEmptyRole).toBool());
    e->setAutoFillBackground(true);
    if (auto *date = qobject_cast<DateEdit *>(e)) {
        // A day picked in the calendar is the end of the edit, like Enter.
        connect(date, &DateEdit::datePicked, this, [this, date] {
            Q_EMIT const_cast<FieldDelegate *>(this)->commitData(date);
            Q_EMIT const_cast<FieldDelegate *>(this)->closeEditor(date, QAbstractItemDelegate::NoHint);
        });
    }
    return e;
}

void FieldDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (!index.data(ColumnRole).isValid())
        return QStyledItemDelegate::setEditorData(editor, index);
    setEditorValue(editor, index.data(Qt::EditRole));
}

void FieldDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (!index.data(ColumnRole).isValid())
        return QStyledItemDelegate::setModelData(editor, model, index);
    // Text that is not a value (a date editor's "31.09.2026") is not stored, nor anything made of it.
    if (editorAccepts(editor))
        model->setData(index, editorValue(editor), Qt::EditRole);
}

bool FieldDelegate::eventFilter(QObject *object, QEvent *event)
{
    // Enter or Tab on a date that is not one keeps the editor open (the view's rule for a line edit without
    // acceptable input): say why, in red, as leaving a form field does.
    if (event->type() == QEvent::KeyPress)
        if (auto *date = qobject_cast<DateEdit *>(object)) {
            const int key = static_cast<QKeyEvent *>(event)->key();
            if (key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Tab || key == Qt::Key_Backtab)
                date->markProblem();
        }
    return QStyledItemDelegate::eventFilter(object, event);
}

void FieldDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                         const QModelIndex &index) const
{
    QStyledItemDelegate::updateEditorGeometry(editor, option, index);
    // A date editor is as wide as a date and its calendar button, even in a narrow column.
    if (qobject_cast<DateEdit *>(editor) && editor->width() < editor->minimumSizeHint().width())
        editor->resize(editor->minimumSizeHint().width(), editor->height());
}

} // namespace tfp::ui
