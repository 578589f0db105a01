// The Lage → OZG-Leistung tree of one Themenfeld (or of the whole programme), with the columns planners sort
// and filter by. Reads the Document's snapshot; a one-field edit updates that row only.
#pragma once

#include <QAbstractItemModel>
#include <QHash>

namespace tfp {
struct ChangeSet;
struct Leistung;
} // namespace tfp

namespace tfp::ui {

class Document;

class LeistungModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        OzgId,
        Programm,
        Status,
        Reifegrad,
        Projekt,
        GoLive,
        ColumnCount
    };
    enum Kind
    {
        LageNode = 1,
        LeistungNode = 2
    };

    explicit LeistungModel(Document &doc, QObject *parent = nullptr);

    void setThemenfeld(int themenfeldId); // 0: the whole programme
    int themenfeld() const { return m_themenfeldId; }
    QModelIndex indexOfLeistung(int ozgId, int column = 0) const;
    int ozgIdAt(const QModelIndex &index) const; // 0 for a Lage
    // What the filter looks at, per Leistung, kept flat so that a keystroke over 50,000 rows stays cheap.
    struct Entry
    {
        int ozgId = 0;
        QString text; // lower-case name and OZG-ID
        QString keys; // LeiKa-Schlüssel (digits), searched only for a needle of digits
        int status = 0;
        int reifegradIst = -1;
        bool bund = false;
        int serial = 0; // position among all entries, for the filter's memory of what matched
    };
    int entryCount() const { return m_entryCount; }
    const Entry *entry(const QModelIndex &index) const; // nullptr for a Lage
    bool inProjekt(int ozgId) const { return m_projekte.contains(ozgId); }
    const Document &document() const { return m_doc; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation o, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;

private:
    struct LageNodeData
    {
        int lageId = 0;
        QList<int> leistungen; // OZG-IDs in OZG-ID order
        QList<Entry> entries;  // same order
    };
    static Entry entryOf(const tfp::Leistung &l);
    void rebuild();
    void rebuildProjekte();
    void onChanged(const ChangeSet &changes);

    Document &m_doc;
    int m_themenfeldId = 0;
    QList<LageNodeData> m_lagen;
    QHash<int, QPair<int, int>> m_position; // OZG-ID → (Lage row, child row)
    int m_entryCount = 0;
    QHash<int, QStringList> m_projekte; // OZG-ID → project names
    QHash<int, QString> m_sortKey;      // OZG-ID → name folded for sorting (umlauts as vowels, no case)
};

} // namespace tfp::ui
