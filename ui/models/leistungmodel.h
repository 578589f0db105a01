// The Lage → OZG-Leistung tree of one Themenfeld (or of the whole programme), with the columns planners sort
// and filter by. Reads the Document's snapshot; a one-field edit updates that row only. A large tree is
// built in a worker thread and swapped in whole, so that the window keeps taking input meanwhile.
#pragma once

#include <QAbstractItemModel>
#include <QHash>
#include <memory>

class QThread;

namespace tfp {
struct ChangeSet;
struct Lage;
struct Leistung;
struct Projekt;
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
    ~LeistungModel() override;

    void setThemenfeld(int themenfeldId); // 0: the whole programme
    // True while the tree is being built in the background: the model shows the tree it had before (none
    // after a change of Themenfeld) until built() is emitted, right after the finished tree was swapped in.
    bool isBuilding() const { return m_builder != nullptr; }
    // Trees of at least this many Leistungen are built in the background (tests lower it).
    static void setBackgroundFrom(int leistungen);
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
    int entryCount() const { return m_tree.entryCount; }
    const Entry *entry(const QModelIndex &index) const; // nullptr for a Lage
    const QList<Entry> &entries(int lageRow) const { return m_tree.lagen[lageRow].entries; }
    bool inProjekt(int ozgId) const { return m_tree.projekte.contains(ozgId); }
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

Q_SIGNALS:
    void built();

private:
    struct LageNodeData
    {
        int lageId = 0;
        QList<int> leistungen; // OZG-IDs in OZG-ID order
        QList<Entry> entries;  // same order
    };
    // Everything the model shows besides the snapshot's own values, built from the snapshot's rows alone
    // (no model state), so that it can be built in any thread.
    struct Tree
    {
        QList<LageNodeData> lagen;
        QHash<int, QPair<int, int>> position; // OZG-ID → (Lage row, child row)
        int entryCount = 0;
        QHash<int, QStringList> projekte; // OZG-ID → project names
        QHash<int, QString> sortKey;      // OZG-ID → name folded for sorting (umlauts as vowels, no case)
    };
    static Entry entryOf(const tfp::Leistung &l);
    static Tree buildTree(const QList<tfp::Lage> &lagen, const QList<tfp::Leistung> &leistungen,
                          const QList<tfp::Projekt> &projekte, int themenfeldId);
    static QHash<int, QStringList> projekteOf(const QList<tfp::Projekt> &projekte,
                                              const QHash<int, QPair<int, int>> &position);
    // Builds the tree anew: at once for a small one (inside a model reset), in the background for a large
    // one. clear: show no rows meanwhile (the old ones belong to another Themenfeld).
    void rebuild(bool clear);
    void startBuilding();
    void onBuilt();
    void onChanged(const ChangeSet &changes);

    Document &m_doc;
    int m_themenfeldId = 0;
    Tree m_tree;
    // The worker building the next tree; it works on shared copies of the snapshot's lists. A change while it
    // runs makes its result stale: it is dropped and the tree built once more. The model waits for it when
    // destroyed.
    QThread *m_builder = nullptr;
    std::shared_ptr<Tree> m_next;
    bool m_stale = false;
};

} // namespace tfp::ui
