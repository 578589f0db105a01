#include "entitytablemodel.h"

#include "document.h"
#include "edit/edits.h"
#include "edit/fieldtext.h"
#include "roles.h"
#include "storage/catalog.h"
#include "views/meilensteinpicker.h"

#include <algorithm>

namespace tfp::ui {

using namespace schema;

EntityTableModel::EntityTableModel(Document &doc, Table table, QStringList columns, QString ownerColumn,
                                   QObject *parent)
    : QAbstractTableModel(parent), m_doc(doc), m_table(table), m_columns(std::move(columns)),
      m_ownerColumn(std::move(ownerColumn)), m_sortColumn(schema::table(table).key)
{
    connect(&doc, &Document::changed, this, &EntityTableModel::onChanged);
    connect(&doc, &Document::reloaded, this, &EntityTableModel::reload);
    if (m_ownerColumn.isEmpty())
        reload();
}

void EntityTableModel::setOwner(const QVariant &ownerValue)
{
    setOwners(ownerValue.isValid() ? QVariantList{ownerValue} : QVariantList());
}

void EntityTableModel::setOwners(const QVariantList &ownerValues)
{
    m_owners = ownerValues;
    reload();
}

void EntityTableModel::setSortColumn(const QString &column)
{
    m_sortColumn = column;
    reload();
}

bool EntityTableModel::belongs(const QVariantMap &row) const
{
    if (m_ownerColumn.isEmpty())
        return true;
    const QVariant v = row.value(m_ownerColumn);
    return std::any_of(m_owners.cbegin(), m_owners.cend(),
                       [&](const QVariant &o) { return sameValue(v, o); });
}

int EntityTableModel::insertPosition(const QVariantMap &row) const
{
    const auto less = [this](const QVariantMap &a, const QVariantMap &b) {
        const QVariant x = a.value(m_sortColumn), y = b.value(m_sortColumn);
        const bool xEmpty = x.isNull() || x.toString().isEmpty(),
                   yEmpty = y.isNull() || y.toString().isEmpty();
        if (xEmpty != yEmpty)
            return yEmpty; // rows without a value come last
        if (!sameValue(x, y))
            return x.typeId() == QMetaType::QString ? x.toString() < y.toString()
                                                    : x.toDouble() < y.toDouble();
        return a.value(schema::table(m_table).key).toLongLong() <
               b.value(schema::table(m_table).key).toLongLong();
    };
    return int(std::lower_bound(m_rows.cbegin(), m_rows.cend(), row, less) - m_rows.cbegin());
}

void EntityTableModel::reload()
{
    beginResetModel();
    m_rows.clear();
    if (m_ownerColumn.isEmpty()) {
        const auto &def = schema::table(m_table);
        m_doc.catalog().forEachRow(m_table, [&](const QVariantList &values) {
            QVariantMap m;
            for (int i = 0; i < def.columns.size(); ++i)
                m.insert(def.columns[i].name, values[i]);
            m_rows.insert(insertPosition(m), m);
        });
    } else {
        for (const QVariant &owner : std::as_const(m_owners))
            for (const QVariantMap &r : m_doc.catalog().rowsWhere(m_table, m_ownerColumn, owner))
                m_rows.insert(insertPosition(r), r);
    }
    endResetModel();
}

qint64 EntityTableModel::keyAt(int row) const
{
    return m_rows.value(row).value(schema::table(m_table).key).toLongLong();
}

int EntityTableModel::rowOfKey(qint64 key) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (keyAt(i) == key)
            return i;
    return -1;
}

void EntityTableModel::onChanged(const ChangeSet &changes)
{
    for (const Change &c : changes.changes) {
        if (c.table != m_table)
            continue;
        const int row = rowOfKey(c.key);
        const auto fresh = m_doc.catalog().row(m_table, c.key);
        const bool wanted = fresh && belongs(*fresh);
        if (row >= 0 && wanted && c.column != m_sortColumn) {
            m_rows[row] = *fresh;
            const int column = int(m_columns.indexOf(c.column));
            if (column >= 0)
                Q_EMIT dataChanged(index(row, column), index(row, column));
            else
                Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
            continue;
        }
        if (row >= 0) {
            beginRemoveRows({}, row, row);
            m_rows.removeAt(row);
            endRemoveRows();
        }
        if (wanted) {
            const int at = insertPosition(*fresh);
            beginInsertRows({}, at, at);
            m_rows.insert(at, *fresh);
            endInsertRows();
        }
    }
    // A column that names another row (a predecessor milestone as project – title – date) follows that
    // row's change; a milestone's text also holds its project's name.
    for (int i = 0; i < m_columns.size() && !m_rows.isEmpty(); ++i) {
        const std::optional<Table> ref = schema::table(m_table).column(m_columns[i]).references;
        const bool touched =
            ref && std::any_of(changes.changes.cbegin(), changes.changes.cend(), [&](const Change &c) {
                return c.table == *ref || (*ref == Table::Meilenstein && c.table == Table::Projekt);
            });
        if (touched)
            Q_EMIT dataChanged(index(0, i), index(rowCount() - 1, i));
    }
}

int EntityTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EntityTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QString EntityTableModel::display(const QString &column, const QVariant &v) const
{
    const Column &c = schema::table(m_table).column(column);
    if (c.references && !v.isNull()) {
        const PlanSnapshot &p = m_doc.plan();
        switch (*c.references) {
        case Table::Beteiligter:
            if (const auto *b = p.beteiligter(v.toInt()))
                return b->kuerzel;
            break;
        case Table::Leistung:
            if (const auto *l = p.leistung(v.toInt()))
                return u"%1 %2"_qs.arg(l->ozgId).arg(l->name);
            break;
        case Table::Lage:
            if (const auto *l = p.lage(v.toInt()))
                return l->name;
            break;
        case Table::Projekt:
            if (const Projekt *pr = p.projekt(v.toLongLong()))
                return pr->name;
            break;
        case Table::Meilenstein:
            // Linear, for the few rows that name a milestone (its dependencies).
            for (const Meilenstein &m : p.meilensteine)
                if (m.id == v.toLongLong())
                    return meilensteinText(p, m);
            break;
        case Table::Leika: {
            // LeiKa rows are not in the workspace's snapshot: ask the catalog for this one.
            const auto row = m_doc.catalog().row(Table::Leika, v.toLongLong());
            if (row)
                return u"%1 %2"_qs.arg(row->value(col::schluessel.toString()).toString(),
                                       row->value(col::bezeichnung.toString()).toString());
            break;
        }
        default:
            break;
        }
    }
    return edit::valueText(m_table, column, v);
}

QVariant EntityTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= m_columns.size())
        return {};
    const QString &column = m_columns[index.column()];
    const QVariant v = m_rows[index.row()].value(column);
    switch (role) {
    case Qt::DisplayRole: {
        const QString text = display(column, v);
        return v.isNull() || (v.typeId() == QMetaType::QString && v.toString().isEmpty()) ? QString() : text;
    }
    case Qt::ToolTipRole: {
        const Column &c = schema::table(m_table).column(column);
        if (c.references == Table::Beteiligter && !v.isNull())
            if (const auto *b = m_doc.plan().beteiligter(v.toInt()))
                return b->name;
        const QString text = display(column, v);
        return text.size() > 30 ? text : QVariant();
    }
    case Qt::EditRole:
        return v;
    case SortRole:
        return v;
    case KeyRole:
        return keyAt(index.row());
    case TableRole:
        return int(m_table);
    case ColumnRole:
        return column;
    case Qt::TextAlignmentRole: {
        const Type t = schema::table(m_table).column(column).type;
        if ((t == Type::Integer || t == Type::Real) && !schema::table(m_table).column(column).references)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    default:
        return {};
    }
}

QVariant EntityTableModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o == Qt::Horizontal && role == Qt::DisplayRole && section < m_columns.size())
        return edit::fieldLabel(m_table, m_columns[section]);
    return QAbstractTableModel::headerData(section, o, role);
}

Qt::ItemFlags EntityTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && !m_doc.isReadOnly() && !m_readOnlyColumns.contains(m_columns[index.column()]))
        f |= Qt::ItemIsEditable;
    return f;
}

bool EntityTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || index.column() >= m_columns.size())
        return false;
    const qint64 key = keyAt(index.row());
    const QString column = m_columns[index.column()];
    return m_doc.run([&] { return edit::setField(m_doc.catalog(), m_table, key, column, value); });
}

} // namespace tfp::ui
