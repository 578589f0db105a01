// Editors of the prioritisation tab: a score 0–5 with an explicit "– fehlt –", a wave to pin to or
// "automatisch", and the criteria's weight spin boxes, which preview while they move and commit once.
#pragma once

#include <QStyledItemDelegate>

namespace tfp::ui {

// For the ranking table: criterion cells and the Welle column (by PrioritisationModel::ColumnKindRole).
class BewertungDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
    // Wide enough for the editor's choices, so that a column sized to its content shows them whole.
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    mutable int m_editorWidth[2] = {0, 0}; // Kriterium, Welle: measured once
};

// For the weight column of the criteria table, opened as persistent editors: each change previews
// (KriterienModel::PreviewRole), Enter or leaving the field stores it as one command, Escape goes back to the
// stored weight.
class GewichtDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

protected:
    bool eventFilter(QObject *object, QEvent *event) override;
};

} // namespace tfp::ui
