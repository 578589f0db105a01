#include "coveragelistmodel.h"

#include "analysis/coverage.h"
#include "edit/fieldtext.h"
#include "palettecolors.h"
#include "roles.h"

#include <QDate>
#include <QLocale>

namespace tfp::ui {

QString shareText(int count, int total)
{
    return CoverageListModel::tr("%1 %").arg(QLocale().toString(analysis::anteil(count, total), 'f', 1));
}

QString countWithShare(int count, int total)
{
    if (total <= 0)
        return QLocale().toString(count);
    return CoverageListModel::tr("%1 (%2)").arg(QLocale().toString(count), shareText(count, total));
}

namespace {
QString cellText(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
        return QLocale().toString(v.toLongLong());
    case QMetaType::QDate:
        return edit::dateText(v.toDate());
    default:
        return v.toString();
    }
}
} // namespace

CoverageListModel::CoverageListModel(QList<Column> spalten, QObject *parent)
    : QAbstractTableModel(parent), m_columns(std::move(spalten))
{
}

void CoverageListModel::setEntries(QList<CoverageEntry> eintraege)
{
    beginResetModel();
    m_entries = std::move(eintraege);
    endResetModel();
}

int CoverageListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int CoverageListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant CoverageListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CoverageEntry &e = m_entries[index.row()];
    const Column &s = m_columns[index.column()];
    const QVariant v = e.cells.value(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return cellText(v);
    case Qt::ToolTipRole: {
        const QString text = cellText(v);
        if (s.link && !m_linkHint.isEmpty())
            return text.isEmpty() ? m_linkHint : text + u'\n' + m_linkHint;
        return text.isEmpty() ? QVariant() : QVariant(text);
    }
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::Alignment(s.number ? Qt::AlignRight : Qt::AlignLeft) |
                                   Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (s.link && (e.ozgId || e.projektId))
            return linkColor();
        return {};
    case SortRole:
        return v;
    case OzgIdRole:
        return e.ozgId;
    case ProjektIdRole:
        return e.projektId;
    default:
        return {};
    }
}

QVariant CoverageListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    const Column &s = m_columns[section];
    switch (role) {
    case Qt::DisplayRole:
        return s.title;
    case Qt::ToolTipRole:
        return s.tooltip.isEmpty() ? QVariant() : QVariant(s.tooltip);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::Alignment(s.number ? Qt::AlignRight : Qt::AlignLeft) |
                                   Qt::AlignVCenter);
    default:
        return {};
    }
}

} // namespace tfp::ui
