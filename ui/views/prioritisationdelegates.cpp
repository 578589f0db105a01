#include "prioritisationdelegates.h"

#include "models/kriterienmodel.h"
#include "models/prioritisationmodel.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QKeyEvent>

namespace tfp::ui {

namespace {
const char *kIndex = "tfpIndex";
}

QWidget *BewertungDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                         const QModelIndex &index) const
{
    const auto kind = PrioritisationModel::Column(index.data(PrioritisationModel::ColumnKindRole).toInt());
    if (kind != PrioritisationModel::Kriterium && kind != PrioritisationModel::Welle)
        return QStyledItemDelegate::createEditor(parent, option, index);
    auto *box = new QComboBox(parent);
    box->setAutoFillBackground(true);
    if (kind == PrioritisationModel::Kriterium) {
        box->addItem(tr("– fehlt –"), QVariant());
        box->setItemData(0, tr("Keine Bewertung: zählt nicht als 0, der Score mittelt über die vorhandenen."),
                         Qt::ToolTipRole);
        for (int v = 0; v <= 5; ++v)
            box->addItem(QString::number(v), v);
        box->setItemData(1, tr("0: nach diesem Kriterium keine Priorität"), Qt::ToolTipRole);
        box->setItemData(6, tr("5: nach diesem Kriterium höchste Priorität"), Qt::ToolTipRole);
    } else {
        box->addItem(tr("automatisch"), QVariant());
        box->setItemData(0, tr("Nach Rang, Abhängigkeiten und Kapazität planen"), Qt::ToolTipRole);
        const int waves = std::max(1, index.data(PrioritisationModel::WellenRole).toInt());
        for (int w = 1; w <= waves; ++w)
            box->addItem(tr("Welle %1 (fest)").arg(w), w);
    }
    // A choice is the whole edit: store it at once rather than when the editor loses focus.
    connect(box, &QComboBox::activated, this, [this, box] {
        auto *self = const_cast<BewertungDelegate *>(this);
        Q_EMIT self->commitData(box);
        Q_EMIT self->closeEditor(box);
    });
    return box;
}

QSize BewertungDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const auto kind = PrioritisationModel::Column(index.data(PrioritisationModel::ColumnKindRole).toInt());
    if (kind != PrioritisationModel::Kriterium && kind != PrioritisationModel::Welle)
        return size;
    int &width = m_editorWidth[kind == PrioritisationModel::Welle];
    if (!width) {
        QComboBox box;
        box.setFont(option.font);
        if (kind == PrioritisationModel::Welle)
            box.addItems({tr("automatisch"), tr("Welle %1 (fest)").arg(99)});
        else
            box.addItems({tr("– fehlt –"), QString::number(5)});
        width = box.sizeHint().width();
    }
    size.setWidth(std::max(size.width(), width));
    return size;
}

void BewertungDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *box = qobject_cast<QComboBox *>(editor);
    if (!box)
        return QStyledItemDelegate::setEditorData(editor, index);
    const QVariant v = index.data(Qt::EditRole);
    box->setCurrentIndex(v.isNull() ? 0 : std::max(0, box->findData(v.toInt())));
}

void BewertungDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                     const QModelIndex &index) const
{
    auto *box = qobject_cast<QComboBox *>(editor);
    if (!box)
        return QStyledItemDelegate::setModelData(editor, model, index);
    const QVariant v = box->currentData();
    const QVariant old = index.data(Qt::EditRole);
    if (v.isNull() != old.isNull() || (!v.isNull() && v.toInt() != old.toInt()))
        model->setData(index, v, Qt::EditRole);
}

QWidget *GewichtDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                       const QModelIndex &index) const
{
    auto *spin = new QDoubleSpinBox(parent);
    spin->setRange(0, 1000);
    spin->setDecimals(2);
    spin->setSingleStep(0.5);
    spin->setAutoFillBackground(true);
    spin->setAccelerated(true);
    spin->setAccessibleName(
        tr("Gewicht von „%1“").arg(index.siblingAtColumn(KriterienModel::Name).data().toString()));
    spin->setToolTip(index.data(Qt::ToolTipRole).toString());
    const QPersistentModelIndex at(index);
    spin->setProperty(kIndex, QVariant::fromValue(at));
    connect(spin, &QDoubleSpinBox::valueChanged, this, [at](double v) {
        if (at.isValid())
            const_cast<QAbstractItemModel *>(at.model())->setData(at, v, KriterienModel::PreviewRole);
    });
    connect(spin, &QDoubleSpinBox::editingFinished, this, [at, spin] {
        if (at.isValid())
            const_cast<QAbstractItemModel *>(at.model())->setData(at, spin->value(), Qt::EditRole);
    });
    return spin;
}

void GewichtDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *spin = qobject_cast<QDoubleSpinBox *>(editor);
    if (!spin)
        return;
    spin->setEnabled(index.flags() & Qt::ItemIsEditable);
    // Only a value from elsewhere (undo, another commit) changes the spin box; its own previews come back
    // equal and must not move the cursor of someone typing.
    const double v = index.data(Qt::EditRole).toDouble();
    if (std::abs(spin->value() - v) > 1e-9) {
        const QSignalBlocker block(spin);
        spin->setValue(v);
    }
}

void GewichtDelegate::setModelData(QWidget *, QAbstractItemModel *, const QModelIndex &) const
{
    // Stored by editingFinished (see createEditor), once per finished edit.
}

bool GewichtDelegate::eventFilter(QObject *object, QEvent *event)
{
    auto *spin = qobject_cast<QDoubleSpinBox *>(object);
    if (spin && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        const auto at = spin->property(kIndex).value<QPersistentModelIndex>();
        if (at.isValid())
            spin->setValue(at.data(KriterienModel::StoredRole).toDouble());
        return true;
    }
    // The base class would also commit on focus out and close on Enter; editingFinished does the former
    // and a persistent editor never closes.
    if (spin && (event->type() == QEvent::FocusOut || event->type() == QEvent::KeyPress))
        return QObject::eventFilter(object, event);
    return QStyledItemDelegate::eventFilter(object, event);
}

} // namespace tfp::ui
