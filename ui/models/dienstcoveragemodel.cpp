#include "dienstcoveragemodel.h"

#include "coveragelistmodel.h"
#include "domain/labels.h"
#include "palettecolors.h"
#include "roles.h"

#include <QFont>

namespace tfp::ui {

DienstCoverageModel::DienstCoverageModel(QObject *parent) : QAbstractItemModel(parent) {}

void DienstCoverageModel::setDienste(QList<Dienst> dienste)
{
    beginResetModel();
    m_dienste = std::move(dienste);
    endResetModel();
}

QModelIndex DienstCoverageModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, parent.isValid() ? quintptr(parent.row() + 1) : quintptr(0));
}

QModelIndex DienstCoverageModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int DienstCoverageModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_dienste.size());
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    return int(m_dienste[parent.row()].leistungen.size());
}

int DienstCoverageModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant DienstCoverageModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == 0) {
        const Dienst &d = m_dienste[index.row()];
        const int n = int(d.leistungen.size());
        switch (role) {
        case Qt::DisplayRole:
            if (index.column() == Name)
                return d.name;
            if (index.column() == Reifegrad)
                return n == 1 ? tr("1 OZG-Leistung") : tr("%1 OZG-Leistungen").arg(n);
            return d.anbieter;
        case Qt::ToolTipRole:
            return tr("%1%2\nDoppelklick oder Eingabetaste öffnet den Onlinedienst.")
                .arg(d.name, d.anbieter.isEmpty() ? QString() : tr(" (%1)").arg(d.anbieter));
        case Qt::FontRole:
            if (index.column() == Name) {
                QFont f;
                f.setBold(true);
                return f;
            }
            return {};
        case SortRole:
            return index.column() == Reifegrad ? QVariant(n) : data(index, Qt::DisplayRole);
        case DienstIdRole:
            return d.id;
        default:
            return {};
        }
    }
    const Leistung &l = m_dienste[int(index.internalId() - 1)].leistungen[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == Name)
            return tr("%1 %2").arg(l.ozgId).arg(l.name);
        if (index.column() == Reifegrad)
            return labels::reifegrad(l.reifegrad);
        return l.lage;
    case Qt::ToolTipRole:
        if (index.column() == Reifegrad)
            return labels::reifegradDescription(l.reifegrad);
        return tr("%1 %2\nDoppelklick oder Eingabetaste öffnet die Leistung.").arg(l.ozgId).arg(l.name);
    case Qt::ForegroundRole:
        if (index.column() == Name)
            return linkColor();
        return {};
    case SortRole:
        return index.column() == Name        ? QVariant(l.ozgId)
               : index.column() == Reifegrad ? QVariant(l.reifegrad)
                                             : QVariant(l.lage);
    case OzgIdRole:
        return l.ozgId;
    default:
        return {};
    }
}

QVariant DienstCoverageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Onlinedienst / OZG-Leistung");
    case Reifegrad:
        return tr("erreichter Reifegrad");
    case Lage:
        return tr("Lage / Anbieter");
    default:
        return {};
    }
}

} // namespace tfp::ui
