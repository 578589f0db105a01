#include "nachnutzungmatrixmodel.h"

#include "coveragelistmodel.h"
#include "domain/labels.h"
#include "roles.h"

#include <QColor>

#include <algorithm>

namespace tfp::ui {

namespace {
QColor standFarbe(NachnutzungStand s)
{
    // Light tints that read on light and dark palettes: reuse that counts in green and blue, the rest muted.
    switch (s) {
    case NachnutzungStand::Live:
        return QColor(46, 160, 67, 70);
    case NachnutzungStand::InUmsetzung:
    case NachnutzungStand::Geplant:
        return QColor(33, 115, 210, 50);
    case NachnutzungStand::Interessiert:
        return QColor(128, 128, 128, 40);
    case NachnutzungStand::Abgelehnt:
        return QColor(200, 60, 60, 45);
    }
    return {};
}
} // namespace

NachnutzungMatrixModel::NachnutzungMatrixModel(QObject *parent) : QAbstractTableModel(parent) {}

void NachnutzungMatrixModel::setMatrix(QList<LandRow> laender, QList<ProjektColumn> projekte)
{
    beginResetModel();
    m_laender = std::move(laender);
    m_projekte = std::move(projekte);
    endResetModel();
}

int NachnutzungMatrixModel::laenderMitNachnutzung() const
{
    return int(std::count_if(m_laender.cbegin(), m_laender.cend(),
                             [](const LandRow &l) { return l.nachnutzung.projekte > 0; }));
}

int NachnutzungMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_laender.size());
}

int NachnutzungMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ErstesProjekt + int(m_projekte.size());
}

QVariant NachnutzungMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LandRow &l = m_laender[index.row()];
    const int total = int(m_projekte.size());
    if (index.column() == Land) {
        switch (role) {
        case Qt::DisplayRole:
            return tr("%1 – %2").arg(l.kuerzel, l.name);
        case Qt::ToolTipRole:
            return l.name;
        case SortRole:
            return l.kuerzel;
        default:
            return {};
        }
    }
    if (index.column() == Nachnutzung) {
        switch (role) {
        case Qt::DisplayRole:
            return countWithShare(l.nachnutzung.projekte, total);
        case Qt::ToolTipRole:
            return tr("%1 nutzt %2 von %3 Projekten nach (geplant, in Umsetzung oder live).")
                .arg(l.kuerzel)
                .arg(l.nachnutzung.projekte)
                .arg(total);
        case Qt::TextAlignmentRole:
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        case SortRole:
            return l.nachnutzung.projekte;
        default:
            return {};
        }
    }
    const ProjektColumn &p = m_projekte[index.column() - ErstesProjekt];
    const auto stand = l.nachnutzung.stand.constFind(p.id);
    const bool has = stand != l.nachnutzung.stand.cend();
    switch (role) {
    case Qt::DisplayRole:
        return has ? labels::nachnutzungStand(*stand) : QString();
    case Qt::ToolTipRole:
        return tr("%1 – %2: %3\nDoppelklick oder Eingabetaste öffnet das Projekt.")
            .arg(l.kuerzel, p.name, has ? labels::nachnutzungStand(*stand) : tr("keine Nachnutzung"));
    case Qt::BackgroundRole:
        return has ? QVariant(standFarbe(*stand)) : QVariant();
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignCenter);
    case SortRole:
        return has ? int(*stand) : -1;
    case ProjektIdRole:
        return p.id;
    default:
        return {};
    }
}

QVariant NachnutzungMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == Land)
        return role == Qt::DisplayRole ? QVariant(tr("Land")) : QVariant();
    if (section == Nachnutzung) {
        if (role == Qt::DisplayRole)
            return tr("nutzt nach");
        if (role == Qt::ToolTipRole)
            return tr("Projekte, die das Land nachnutzt (Stand geplant, in Umsetzung oder live; "
                      "„interessiert“ und „abgelehnt“ zählen nicht), und ihr Anteil an allen Projekten.");
        return {};
    }
    const ProjektColumn &p = m_projekte[section - ErstesProjekt];
    switch (role) {
    case Qt::DisplayRole:
        return p.name;
    case Qt::ToolTipRole:
        return tr("%1\nDoppelklick öffnet das Projekt.").arg(p.name);
    case ProjektIdRole:
        return p.id;
    default:
        return {};
    }
}

} // namespace tfp::ui
