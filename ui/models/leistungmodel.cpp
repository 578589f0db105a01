#include "leistungmodel.h"

#include "document.h"
#include "domain/labels.h"
#include "edit/edits.h"
#include "edit/fieldtext.h"
#include "roles.h"
#include "storage/catalog.h"

#include <QLocale>
#include <QMimeData>
#include <QSet>
#include <QThread>
#include <algorithm>

namespace tfp::ui {

using namespace schema;

namespace {
const QString kMime = u"application/x-tfp-ozg-ids"_qs;

// German sort order without a collator per comparison: case folded, umlauts and ß spelled out.
QString sortKeyOf(const QString &name)
{
    QString k = name.toLower();
    k.replace(u'ä', u"ae"_qs).replace(u'ö', u"oe"_qs).replace(u'ü', u"ue"_qs).replace(u'ß', u"ss"_qs);
    return k;
}

} // namespace

LeistungModel::Entry LeistungModel::entryOf(const Leistung &l)
{
    return {l.ozgId,
            (l.name + u' ' + QString::number(l.ozgId)).toLower(),
            l.leikaSchluessel,
            int(l.status),
            l.reifegradIst.value_or(-1),
            l.programm == Programm::Bund};
}

const LeistungModel::Entry *LeistungModel::entry(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == 0)
        return nullptr;
    const auto &node = m_tree.lagen[int(index.internalId() - 1)];
    return index.row() < node.entries.size() ? &node.entries[index.row()] : nullptr;
}

namespace {
int backgroundFrom = 10000;
} // namespace

void LeistungModel::setBackgroundFrom(int leistungen)
{
    backgroundFrom = leistungen;
}

LeistungModel::LeistungModel(Document &doc, QObject *parent) : QAbstractItemModel(parent), m_doc(doc)
{
    connect(&doc, &Document::changed, this, &LeistungModel::onChanged);
    connect(&doc, &Document::reloaded, this, [this] { rebuild(false); });
    rebuild(false);
}

LeistungModel::~LeistungModel()
{
    if (m_builder) {
        m_builder->wait();
        delete m_builder;
    }
}

void LeistungModel::setThemenfeld(int themenfeldId)
{
    if (themenfeldId == m_themenfeldId && (!m_tree.lagen.isEmpty() || m_builder))
        return;
    m_themenfeldId = themenfeldId;
    rebuild(true);
}

void LeistungModel::rebuild(bool clear)
{
    const PlanSnapshot &p = m_doc.plan();
    qsizetype inScope = p.leistungen.size();
    if (m_themenfeldId) {
        QSet<int> lagen;
        for (const Lage &l : p.lagen)
            if (l.themenfeldId == m_themenfeldId)
                lagen.insert(l.id);
        inScope = std::count_if(p.leistungen.cbegin(), p.leistungen.cend(),
                                [&](const Leistung &l) { return lagen.contains(l.lageId); });
    }
    if (inScope < backgroundFrom && !m_builder) {
        beginResetModel();
        m_tree = buildTree(p.lagen, p.leistungen, p.projekte, m_themenfeldId);
        endResetModel();
        Q_EMIT built();
        return;
    }
    if (m_builder)
        m_stale = true; // built again once the running build ends
    else
        startBuilding();
    if (clear && !m_tree.lagen.isEmpty()) {
        beginResetModel();
        m_tree = {};
        endResetModel();
    }
}

void LeistungModel::startBuilding()
{
    const PlanSnapshot &p = m_doc.plan();
    m_stale = false;
    m_next = std::make_shared<Tree>();
    // The lists are implicitly shared copies: an edit meanwhile detaches the snapshot's own, not these.
    m_builder = QThread::create(
        [next = m_next, lagen = p.lagen, leistungen = p.leistungen, projekte = p.projekte,
         themenfeld = m_themenfeldId] { *next = buildTree(lagen, leistungen, projekte, themenfeld); });
    connect(m_builder, &QThread::finished, this, &LeistungModel::onBuilt);
    m_builder->start();
}

void LeistungModel::onBuilt()
{
    m_builder->wait();
    delete m_builder;
    m_builder = nullptr;
    if (m_stale) {
        startBuilding();
        return;
    }
    beginResetModel();
    m_tree = std::move(*m_next);
    m_next.reset();
    endResetModel();
    Q_EMIT built();
}

LeistungModel::Tree LeistungModel::buildTree(const QList<Lage> &lagen, const QList<Leistung> &leistungen,
                                             const QList<tfp::Projekt> &projekte, int themenfeldId)
{
    Tree t;
    QList<QPair<QString, int>> byName; // (sort key, Lage id)
    for (const Lage &l : lagen)
        if (!themenfeldId || l.themenfeldId == themenfeldId)
            byName.append({sortKeyOf(l.name), l.id});
    std::stable_sort(byName.begin(), byName.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    QHash<int, int> lageRow;
    for (const auto &[key, id] : std::as_const(byName)) {
        lageRow.insert(id, int(t.lagen.size()));
        t.lagen.append(LageNodeData{id, {}, {}});
    }
    for (const Leistung &l : leistungen) {
        const auto it = lageRow.constFind(l.lageId);
        if (it == lageRow.cend())
            continue;
        auto &node = t.lagen[*it];
        t.position.insert(l.ozgId, {*it, int(node.leistungen.size())});
        node.leistungen.append(l.ozgId);
        node.entries.append(entryOf(l));
        node.entries.last().serial = t.entryCount++;
        t.sortKey.insert(l.ozgId, sortKeyOf(l.name));
    }
    t.projekte = projekteOf(projekte, t.position);
    return t;
}

QHash<int, QStringList> LeistungModel::projekteOf(const QList<tfp::Projekt> &projekte,
                                                  const QHash<int, QPair<int, int>> &position)
{
    QHash<int, QStringList> out;
    for (const tfp::Projekt &pr : projekte)
        for (int o : pr.leistungen)
            if (position.contains(o))
                out[o].append(pr.name);
    return out;
}

void LeistungModel::onChanged(const ChangeSet &changes)
{
    bool structural = false;
    bool projekte = false;
    QSet<int> touched;
    for (const Change &c : changes.changes) {
        switch (c.table) {
        case Table::Leistung:
            if (c.kind != Change::Kind::Update || c.column == col::lageId || c.column == col::ozgId)
                structural = true;
            else
                touched.insert(int(c.key));
            break;
        case Table::Lage:
        case Table::Themenfeld:
            structural = true;
            break;
        case Table::ProjektLeistung:
            // Its Leistung shows another project name now (an insert or delete carries the row).
            projekte = true;
            touched.insert(c.kind == Change::Kind::Update
                               ? m_doc.catalog().value(c.table, c.key, col::ozgId).toInt()
                               : c.row.value(col::ozgId.toString()).toInt());
            break;
        case Table::Projekt:
            // A renamed project changes the column of all its Leistungen.
            projekte = true;
            for (const tfp::Projekt &pr : m_doc.plan().projekte)
                if (pr.id == c.key)
                    for (int o : pr.leistungen)
                        touched.insert(o);
            break;
        case Table::Leika:
            structural = true; // programme scope and search text
            break;
        default:
            break;
        }
    }
    if (structural || m_builder) {
        // While a build runs, its copy of the snapshot lacks this change: it is built once more.
        rebuild(false);
        if (structural)
            return;
    }
    if (projekte)
        m_tree.projekte = projekteOf(m_doc.plan().projekte, m_tree.position);
    for (int ozg : std::as_const(touched)) {
        const QModelIndex first = indexOfLeistung(ozg, 0);
        const Leistung *l = m_doc.plan().leistung(ozg);
        if (!first.isValid() || !l)
            continue;
        const auto pos = m_tree.position.value(ozg);
        Entry &e = m_tree.lagen[pos.first].entries[pos.second];
        const int serial = e.serial;
        e = entryOf(*l);
        e.serial = serial;
        m_tree.sortKey[ozg] = sortKeyOf(l->name);
        Q_EMIT dataChanged(first, indexOfLeistung(ozg, ColumnCount - 1));
    }
}

QModelIndex LeistungModel::indexOfLeistung(int ozgId, int column) const
{
    const auto it = m_tree.position.constFind(ozgId);
    if (it == m_tree.position.cend())
        return {};
    return createIndex(it->second, column, quintptr(it->first + 1));
}

int LeistungModel::ozgIdAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == 0)
        return 0;
    return m_tree.lagen[int(index.internalId() - 1)].leistungen.value(index.row());
}

QModelIndex LeistungModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_tree.lagen.size() ? createIndex(row, column, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0)
        return {};
    if (row >= m_tree.lagen[parent.row()].leistungen.size())
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex LeistungModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int LeistungModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_tree.lagen.size());
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    return int(m_tree.lagen[parent.row()].leistungen.size());
}

int LeistungModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant LeistungModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const PlanSnapshot &p = m_doc.plan();
    if (index.internalId() == 0) {
        const auto &node = m_tree.lagen[index.row()];
        const Lage *lage = p.lage(node.lageId);
        if (role == KindRole)
            return int(LageNode);
        if (role == KeyRole)
            return node.lageId;
        if (index.column() == Name && role == Qt::DisplayRole)
            return lage ? u"%1 (%2)"_qs.arg(lage->name).arg(node.leistungen.size()) : QString();
        if (index.column() == Programm && role == Qt::DisplayRole && lage)
            return labels::lageArt(lage->art);
        if (role == Qt::ToolTipRole && lage)
            return u"%1 (%2)"_qs.arg(lage->name, labels::lageArt(lage->art));
        if (role == SortRole)
            return lage ? sortKeyOf(lage->name) : QString();
        return {};
    }
    const int ozg = ozgIdAt(index);
    const Leistung *l = p.leistung(ozg);
    if (!l)
        return {};
    if (role == KindRole)
        return int(LeistungNode);
    if (role == KeyRole || role == OzgIdRole)
        return ozg;
    switch (index.column()) {
    case OzgId:
        if (role == Qt::DisplayRole || role == SortRole)
            return ozg;
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Name:
        if (role == Qt::DisplayRole)
            return l->name;
        if (role == SortRole)
            return m_tree.sortKey.value(ozg);
        if (role == Qt::ToolTipRole)
            return l->name;
        break;
    case Programm:
        if (role == Qt::DisplayRole || role == SortRole)
            return labels::programm(l->programm);
        if (role == Qt::ToolTipRole)
            return tr(
                "Programm aus den LeiKa-Typen: Bund = nur Typ 1, Föderal = kein Typ 1, Misch = beides.");
        break;
    case Status:
        if (role == Qt::DisplayRole)
            return labels::status(l->status);
        if (role == SortRole)
            return int(l->status);
        if (role == Qt::EditRole)
            return table(Table::Leistung).column(col::status).enumValues.value(int(l->status));
        if (role == TableRole)
            return int(Table::Leistung);
        if (role == ColumnRole)
            return col::status.toString();
        break;
    case Reifegrad:
        if (role == Qt::DisplayRole) {
            const QString ist = l->reifegradIst ? QString::number(*l->reifegradIst) : u"–"_qs;
            const QString ziel = l->reifegradZiel ? QString::number(*l->reifegradZiel) : u"–"_qs;
            return u"%1 → %2"_qs.arg(ist, ziel);
        }
        if (role == SortRole)
            return l->reifegradIst.value_or(-1) * 10 + l->reifegradZiel.value_or(-1);
        if (role == Qt::EditRole)
            return l->reifegradIst ? QVariant(*l->reifegradIst) : QVariant();
        if (role == TableRole)
            return int(Table::Leistung);
        if (role == ColumnRole)
            return col::reifegradIst.toString();
        if (role == Qt::ToolTipRole)
            return tr("Reifegrad ist → ziel. Ist: %1; Ziel: %2")
                .arg(l->reifegradIst ? labels::reifegrad(*l->reifegradIst) : tr("nicht erhoben"),
                     l->reifegradZiel ? labels::reifegrad(*l->reifegradZiel) : tr("nicht festgelegt"));
        break;
    case Projekt:
        if (role == Qt::DisplayRole || role == SortRole || role == Qt::ToolTipRole)
            return m_tree.projekte.value(ozg).join(u", ");
        break;
    case GoLive:
        if (role == Qt::DisplayRole)
            return l->goLive.isValid() ? edit::dateText(l->goLive) : QString();
        if (role == SortRole)
            return l->goLive.isValid() ? l->goLive.toJulianDay() : 0;
        break;
    default:
        break;
    }
    return {};
}

QVariant LeistungModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case OzgId:
            return tr("OZG-ID");
        case Name:
            return tr("Lage / OZG-Leistung");
        case Programm:
            return tr("Programm");
        case Status:
            return tr("Status");
        case Reifegrad:
            return tr("Reifegrad");
        case Projekt:
            return tr("Projekt");
        case GoLive:
            return tr("Go-live");
        }
    }
    if (role == Qt::ToolTipRole && section == Reifegrad)
        return tr("Reifegrad ist → ziel: 0 Offline · 1 Information · 2 Formular-Assistent · 3 "
                  "Online-Leistung (OZG-konform) · 4 Online-Transaktion");
    return {};
}

Qt::ItemFlags LeistungModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractItemModel::flags(index);
    if (index.isValid() && index.internalId() != 0) {
        f |= Qt::ItemIsDragEnabled;
        if (!m_doc.isReadOnly() && (index.column() == Status || index.column() == Reifegrad))
            f |= Qt::ItemIsEditable;
    }
    return f;
}

bool LeistungModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || index.internalId() == 0)
        return false;
    const int ozg = ozgIdAt(index);
    const QString column = index.data(ColumnRole).toString();
    if (column.isEmpty())
        return false;
    return m_doc.run([&] { return edit::setField(m_doc.catalog(), Table::Leistung, ozg, column, value); });
}

QStringList LeistungModel::mimeTypes() const
{
    return {kMime};
}

QMimeData *LeistungModel::mimeData(const QModelIndexList &indexes) const
{
    QStringList ids;
    for (const QModelIndex &i : indexes)
        if (i.column() == 0 && ozgIdAt(i))
            ids << QString::number(ozgIdAt(i));
    auto *m = new QMimeData;
    m->setData(kMime, ids.join(u',').toUtf8());
    m->setText(ids.join(u", "));
    return m;
}

} // namespace tfp::ui
