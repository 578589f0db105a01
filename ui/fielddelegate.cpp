#include "fielddelegate.h"

#include "document.h"
#include "fieldeditors.h"
#include "roles.h"

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
    model->setData(index, editorValue(editor), Qt::EditRole);
}

} // namespace tfp::ui
