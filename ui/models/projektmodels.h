// Models of one Umsetzungsprojekt: its OZG-Leistungen (a drop target for Leistungen dragged from the tree)
// and the Nachnutzung matrix of the 16 Länder.
#pragma once

#include <QAbstractListModel>
#include <QAbstractTableModel>

namespace tfp {
struct ChangeSet;
struct Nachnutzung;
} // namespace tfp

namespace tfp::ui {

class Document;

class ProjektLeistungenModel : public QAbstractListModel
{
    Q_OBJECT
public:
    explicit ProjektLeistungenModel(Document &doc, QObject *parent = nullptr);
    void setProjekt(qint64 projektId);
    qint64 projekt() const { return m_projektId; }
    int ozgIdAt(int row) const { return m_ozgIds.value(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    Qt::DropActions supportedDropActions() const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

private:
    void reload();
    Document &m_doc;
    qint64 m_projektId = 0;
    QList<int> m_ozgIds;
};

class NachnutzungModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Land,
        Stand,
        Datum,
        ColumnCount
    };
    explicit NachnutzungModel(Document &doc, QObject *parent = nullptr);
    void setProjekt(qint64 projektId);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation o, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;

private:
    const tfp::Nachnutzung *rowFor(int landId) const;
    void onChanged(const ChangeSet &changes);
    Document &m_doc;
    qint64 m_projektId = 0;
    QList<int> m_laender; // Beteiligter ids of the 16 Länder
};

} // namespace tfp::ui
