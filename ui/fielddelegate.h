// A delegate that edits any catalog field with the editor its schema type asks for: combo boxes with German
// names for codes, Reifegrad levels and references, a date editor that can be emptied, number spin boxes.
#pragma once

#include <QStyledItemDelegate>

namespace tfp::ui {

class Document;

class FieldDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    FieldDelegate(Document &doc, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const override;

protected:
    bool eventFilter(QObject *object, QEvent *event) override;

private:
    Document &m_doc;
};

} // namespace tfp::ui
