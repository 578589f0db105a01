// A table of the catalog rows of one kind that belong to one owner (the milestones of a project, the
// Federführung of a Themenfeld …), with chosen columns. Edits become commands; changes update single rows.
#pragma once

#include "storage/schema.h"

#include <QAbstractTableModel>
#include <QVariantMap>

namespace tfp {
struct ChangeSet;
}

namespace tfp::ui {

class Document;

class EntityTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // ownerColumn empty: every row of the table. sortColumn orders the rows (default: the key).
    EntityTableModel(Document &doc, schema::Table table, QStringList columns, QString ownerColumn = {},
                     QObject *parent = nullptr);

    void setOwner(const QVariant &ownerValue); // resets: another project, another Themenfeld
    // Rows of several owners at once (the milestones of all projects of a Themenfeld).
    void setOwners(const QVariantList &ownerValues);
    void setSortColumn(const QString &column);
    QVariant owner() const { return m_owners.value(0); }
    schema::Table table() const { return m_table; }
    qint64 keyAt(int row) const;
    int rowOfKey(qint64 key) const;
    QVariantMap rowAt(int row) const { return m_rows.value(row); }
    void setReadOnlyColumns(const QStringList &columns) { m_readOnlyColumns = columns; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation o, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;

private:
    void reload();
    void onChanged(const ChangeSet &changes);
    bool belongs(const QVariantMap &row) const;
    QString display(const QString &column, const QVariant &v) const;
    int insertPosition(const QVariantMap &row) const;

    Document &m_doc;
    schema::Table m_table;
    QStringList m_columns;
    QStringList m_readOnlyColumns;
    QString m_ownerColumn;
    QString m_sortColumn;
    QVariantList m_owners;
    QList<QVariantMap> m_rows;
};

} // namespace tfp::ui
