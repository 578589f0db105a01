#include "importpreviewmodel.h"

namespace tfp::ui {

using Action = exchange::ImportRow::Action;

ImportPreviewModel::ImportPreviewModel(Action action, QObject *parent)
    : QAbstractTableModel(parent), m_action(action)
{
}

void ImportPreviewModel::setPlan(const exchange::ImportPlan *plan)
{
    beginResetModel();
    m_lines.clear();
    const auto orEmpty = [](const QString &s) { return s.isEmpty() ? tr("(leer)") : s; };
    for (const exchange::ImportRow &r : plan ? plan->rows : QList<exchange::ImportRow>()) {
        if (r.action != m_action)
            continue;
        switch (m_action) {
        case Action::Add:
            for (const exchange::FieldChange &c : r.changes)
                m_lines.append({r.line, r.key, {c.field, c.newText}, {}});
            break;
        case Action::Update:
            // One line per changed field: old and new side by side are what a planner checks.
            for (const exchange::FieldChange &c : r.changes)
                m_lines.append({r.line, r.key, {c.field, orEmpty(c.oldText), orEmpty(c.newText)}, {}});
            break;
        case Action::Unchanged:
            m_lines.append({r.line, r.key, {}, {}});
            break;
        case Action::Rejected:
            for (qsizetype i = 0; i < r.details.size(); ++i)
                m_lines.append({r.line,
                                r.key,
                                {r.details[i].column.isEmpty() ? tr("(ganze Zeile)") : r.details[i].column,
                                 r.details[i].reason},
                                r.problems.value(i)});
            break;
        case Action::Unmatched:
            m_lines.append({r.line, r.key, {r.problems.join(u"; "_qs)}, {}});
            break;
        }
    }
    endResetModel();
}

int ImportPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int ImportPreviewModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    switch (m_action) {
    case Action::Update:
        return 5;
    case Action::Add:
    case Action::Rejected:
        return 4;
    case Action::Unmatched:
        return 3;
    case Action::Unchanged:
        break;
    }
    return 2;
}

QVariant ImportPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_lines.size())
        return {};
    const Line &l = m_lines[index.row()];
    const QString text = index.column() == Zeile     ? QString::number(l.line)
                         : index.column() == Eintrag ? l.key
                                                     : l.cells.value(index.column() - Detail);
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == Zeile ? QVariant(l.line) : QVariant(text);
    case Qt::ToolTipRole:
        return l.toolTip.isEmpty() ? text : l.toolTip;
    case Qt::TextAlignmentRole:
        return index.column() == Zeile ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    default:
        return {};
    }
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Zeile:
        return tr("Zeile");
    case Eintrag:
        return tr("Eintrag");
    case Detail:
        return m_action == Action::Add || m_action == Action::Update ? tr("Feld")
               : m_action == Action::Rejected                        ? tr("Spalte")
                                                                     : tr("Grund");
    case Alt:
        return m_action == Action::Add ? tr("Wert") : m_action == Action::Update ? tr("Bisher") : tr("Grund");
    case Neu:
        return tr("Neu");
    }
    return {};
}

} // namespace tfp::ui
