#include "projektmodels.h"

#include "document.h"
#include "domain/labels.h"
#include "edit/edits.h"
#include "edit/fieldtext.h"
#include "palettecolors.h"
#include "roles.h"
#include "storage/catalog.h"

#include <QLocale>
#include <QMimeData>

namespace tfp::ui {

using namespace schema;

namespace {
const QString kMime = u"application/x-tfp-ozg-ids"_qs;

const Projekt *projektOf(const PlanSnapshot &p, qint64 id)
{
    for (const Projekt &pr : p.projekte)
        if (pr.id == id)
            return &pr;
    return nullptr;
}
} // namespace

ProjektLeistungenModel::ProjektLeistungenModel(Document &doc, QObject *parent)
    : QAbstractListModel(parent), m_doc(doc)
{
    connect(&doc, &Document::changed, this, [this](const ChangeSet &cs) {
        for (const Change &c : cs.changes)
            if (c.table == Table::ProjektLeistung || c.table == Table::Leistung ||
                c.table == Table::Projekt) {
                reload();
                return;
            }
    });
    connect(&doc, &Document::reloaded, this, &ProjektLeistungenModel::reload);
}

void ProjektLeistungenModel::setProjekt(qint64 projektId)
{
    m_projektId = projektId;
    reload();
}

void ProjektLeistungenModel::reload()
{
    beginResetModel();
    const Projekt *pr = projektOf(m_doc.plan(), m_projektId);
    m_ozgIds = pr ? pr->leistungen : QList<int>();
    std::sort(m_ozgIds.begin(), m_ozgIds.end());
    endResetModel();
}

int ProjektLeistungenModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ozgIds.size());
}

QVariant ProjektLeistungenModel::data(const QModelIndex &index, int role) const
{
    const Leistung *l = m_doc.plan().leistung(ozgIdAt(index.row()));
    if (!index.isValid() || !l)
        return {};
    if (role == Qt::DisplayRole)
        return u"%1  %2"_qs.arg(l->ozgId).arg(l->name);
    if (role == Qt::ToolTipRole)
        return tr("%1 %2 · %3 · Reifegrad %4")
            .arg(l->ozgId)
            .arg(l->name, labels::status(l->status),
                 l->reifegradIst ? QString::number(*l->reifegradIst) : u"–"_qs);
    if (role == KeyRole || role == OzgIdRole)
        return l->ozgId;
    return {};
}

Qt::ItemFlags ProjektLeistungenModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractListModel::flags(index);
    if (!index.isValid() && m_projektId && !m_doc.isReadOnly())
        f |= Qt::ItemIsDropEnabled;
    return f;
}

QStringList ProjektLeistungenModel::mimeTypes() const
{
    return {kMime};
}
Qt::DropActions ProjektLeistungenModel::supportedDropActions() const
{
    return Qt::CopyAction | Qt::MoveAction;
}

bool ProjektLeistungenModel::canDropMimeData(const QMimeData *data, Qt::DropAction, int, int,
                                             const QModelIndex &) const
{
    return m_projektId && !m_doc.isReadOnly() && data->hasFormat(kMime);
}

bool ProjektLeistungenModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                          const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    QList<int> ids;
    for (const QString &s : QString::fromUtf8(data->data(kMime)).split(u',', Qt::SkipEmptyParts))
        ids << s.toInt();
    m_doc.run([&] { return edit::assignLeistungen(m_doc.catalog(), m_projektId, ids); });
    return false; // the model updates from the change; nothing for the view to insert itself
}

NachnutzungModel::NachnutzungModel(Document &doc, QObject *parent) : QAbstractTableModel(parent), m_doc(doc)
{
    for (const Beteiligter &b : doc.plan().beteiligte)
        if (b.art == BeteiligterArt::Land)
            m_laender << b.id;
    connect(&doc, &Document::changed, this, &NachnutzungModel::onChanged);
    connect(&doc, &Document::reloaded, this, [this] {
        beginResetModel();
        endResetModel();
    });
}

void NachnutzungModel::setProjekt(qint64 projektId)
{
    beginResetModel();
    m_projektId = projektId;
    endResetModel();
}

const tfp::Nachnutzung *NachnutzungModel::rowFor(int landId) const
{
    for (const tfp::Nachnutzung &n : m_doc.plan().nachnutzung)
        if (n.projektId == m_projektId && n.landId == landId)
            return &n;
    return nullptr;
}

void NachnutzungModel::onChanged(const ChangeSet &changes)
{
    for (const Change &c : changes.changes)
        if (c.table == Table::Nachnutzung && rowCount() > 0) {
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
            return;
        }
}

int NachnutzungModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_projektId ? 0 : int(m_laender.size());
}

int NachnutzungModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NachnutzungModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const int landId = m_laender.value(index.row());
    const Beteiligter *land = m_doc.plan().beteiligter(landId);
    const tfp::Nachnutzung *n = rowFor(landId);
    switch (index.column()) {
    case Land:
        if (role == Qt::DisplayRole)
            return land ? u"%1 – %2"_qs.arg(land->kuerzel, land->name) : QString();
        break;
    case Stand:
        if (role == Qt::DisplayRole)
            return n ? labels::nachnutzungStand(n->stand) : tr("– keine Nachnutzung –");
        if (role == Qt::EditRole)
            return n ? table(Table::Nachnutzung).column(col::stand).enumValues.value(int(n->stand))
                     : QVariant();
        if (role == Qt::ForegroundRole && !n)
            return signalColor(Signal::Muted);
        if (role == TableRole)
            return int(Table::Nachnutzung);
        if (role == ColumnRole)
            return col::stand.toString();
        if (role == AllowEmptyRole)
            return true;
        break;
    case Datum:
        if (role == Qt::DisplayRole)
            return n && n->datum.isValid() ? edit::dateText(n->datum) : QString();
        if (role == Qt::EditRole)
            return n && n->datum.isValid() ? QVariant(n->datum.toString(Qt::ISODate)) : QVariant();
        if (role == TableRole)
            return int(Table::Nachnutzung);
        if (role == ColumnRole)
            return col::datum.toString();
        break;
    }
    return {};
}

QVariant NachnutzungModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Land:
        return tr("Land");
    case Stand:
        return tr("Nachnutzung");
    case Datum:
        return tr("seit / geplant ab");
    }
    return {};
}

Qt::ItemFlags NachnutzungModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!m_doc.isReadOnly() &&
        (index.column() == Stand || (index.column() == Datum && rowFor(m_laender.value(index.row())))))
        f |= Qt::ItemIsEditable;
    return f;
}

bool NachnutzungModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid())
        return false;
    const int landId = m_laender.value(index.row());
    if (index.column() == Stand) {
        const std::optional<QString> code = value.isNull() || value.toString().isEmpty()
                                                ? std::nullopt
                                                : std::optional<QString>(value.toString());
        return m_doc.run([&] { return edit::setNachnutzung(m_doc.catalog(), m_projektId, landId, code); });
    }
    if (index.column() == Datum) {
        if (const tfp::Nachnutzung *n = rowFor(landId)) {
            const qint64 key = n->id;
            return m_doc.run(
                [&] { return edit::setField(m_doc.catalog(), Table::Nachnutzung, key, col::datum, value); });
        }
    }
    return false;
}

} // namespace tfp::ui
