#include "kriterienmodel.h"

#include "document.h"
#include "edit/edits.h"
#include "prioritisationmodel.h"
#include "roles.h"
#include "storage/catalog.h"

#include <QFont>
#include <QLocale>

namespace tfp::ui {

using namespace schema;

KriterienModel::KriterienModel(Document &doc, PrioritisationModel *ranking, QObject *parent)
    : QAbstractTableModel(parent), m_doc(doc), m_ranking(ranking)
{
    connect(ranking, &PrioritisationModel::recomputed, this, &KriterienModel::update);
    update();
}

double KriterienModel::stored(qint64 id) const
{
    for (const Kriterium &k : m_doc.plan().kriterien)
        if (k.id == id)
            return k.gewicht;
    return 0;
}

void KriterienModel::update()
{
    const analysis::Prioritisation &p = m_ranking->result();
    QList<Row> rows;
    for (const analysis::Gewichtung &g : p.kriterien)
        rows.append({g.kriteriumId, g.name, g.gewicht, g.normiert, m_ranking->scoreCount(g.kriteriumId),
                     m_ranking->previewWeights().contains(g.kriteriumId)});
    bool sameIds = rows.size() == m_rows.size();
    for (qsizetype r = 0; sameIds && r < rows.size(); ++r)
        sameIds = rows[r].id == m_rows[r].id;
    const bool totals = m_leistungen != p.leistungen.size() || m_gleichgewichtet != p.gleichgewichtet;
    m_leistungen = int(p.leistungen.size());
    m_gleichgewichtet = p.gleichgewichtet;
    if (!sameIds) {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
        return;
    }
    for (int r = 0; r < rows.size(); ++r) {
        if (rows[r] == m_rows[r] && !totals)
            continue;
        m_rows[r] = rows[r];
        Q_EMIT dataChanged(index(r, 0), index(r, ColumnCount - 1));
    }
}

qint64 KriterienModel::kriteriumAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].id : 0;
}

int KriterienModel::rowOf(qint64 kriteriumId) const
{
    for (int r = 0; r < m_rows.size(); ++r)
        if (m_rows[r].id == kriteriumId)
            return r;
    return -1;
}

int KriterienModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int KriterienModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant KriterienModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows[index.row()];
    const QLocale l;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return r.name;
        case Gewicht:
            return l.toString(r.gewicht, 'f', 2);
        case Anteil:
            return l.toString(r.normiert * 100.0, 'f', 1) + u"\u00a0%"_qs;
        case Bewertet:
            return tr("%1 von %2").arg(r.bewertet).arg(m_leistungen);
        }
        return {};
    case Qt::EditRole:
        if (index.column() == Gewicht)
            return r.gewicht;
        return index.column() == Name ? QVariant(r.name) : data(index, Qt::DisplayRole);
    case StoredRole:
        return index.column() == Gewicht ? QVariant(stored(r.id)) : data(index, Qt::EditRole);
    case SortRole:
        switch (index.column()) {
        case Gewicht:
            return r.gewicht;
        case Anteil:
            return r.normiert;
        case Bewertet:
            return r.bewertet;
        default:
            return r.name;
        }
    case KeyRole:
        return r.id;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Name:
            return tr("„%1“: Doppelklick oder F2 benennt das Kriterium um.").arg(r.name);
        case Gewicht:
            return r.preview
                       ? tr("Noch nicht gespeichert: die Rangfolge zeigt schon die Wirkung. Gespeichert "
                            "wird, wenn Sie Enter drücken oder das Feld verlassen.")
                       : tr("Relatives Gewicht: nur das Verhältnis der Gewichte zählt. Beim Verändern "
                            "ordnet sich die Rangfolge sofort neu.");
        case Anteil:
            return m_gleichgewichtet ? tr("Alle Gewichte sind 0: jedes Kriterium zählt gleich "
                                          "(gleichgewichtet).")
                                     : tr("Anteil des Kriteriums an der Summe der Gewichte.");
        case Bewertet:
            return tr("%1 von %2 Leistungen haben eine Bewertung für dieses Kriterium; die übrigen fehlen "
                      "und zählen nicht als 0.")
                .arg(r.bewertet)
                .arg(m_leistungen);
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == Name ? QVariant() : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    case Qt::FontRole:
        if (r.preview && (index.column() == Gewicht || index.column() == Anteil)) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        return {};
    default:
        return {};
    }
}

QVariant KriterienModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, o, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Name:
            return tr("Kriterium");
        case Gewicht:
            return tr("Gewicht");
        case Anteil:
            return tr("Anteil");
        case Bewertet:
            return tr("bewertet");
        }
    }
    if (role == Qt::ToolTipRole && section == Anteil)
        return tr("Die Gewichte werden auf die Summe 1 gebracht; sind alle 0, zählt jedes Kriterium gleich.");
    return QAbstractTableModel::headerData(section, o, role);
}

Qt::ItemFlags KriterienModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && !m_doc.isReadOnly() && (index.column() == Name || index.column() == Gewicht))
        f |= Qt::ItemIsEditable;
    return f;
}

bool KriterienModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.row() >= m_rows.size() || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const qint64 id = m_rows[index.row()].id;
    if (index.column() == Gewicht && role == PreviewRole) {
        bool ok = false;
        const double g = value.toDouble(&ok);
        if (!ok || g < 0)
            return false;
        m_ranking->previewWeight(id, g);
        return true;
    }
    if (role != Qt::EditRole)
        return false;
    if (index.column() == Gewicht) {
        // The weight tried out becomes the stored one (or, refused, the stored one shows again).
        m_ranking->clearPreview(id);
        return m_doc.run(
            [&] { return edit::setField(m_doc.catalog(), Table::Kriterium, id, col::gewicht, value); });
    }
    return m_doc.run([&] { return edit::setField(m_doc.catalog(), Table::Kriterium, id, col::name, value); });
}

} // namespace tfp::ui
