#include "coveragelistmodel.h"

#include "analysis/coverage.h"
#include "edit/fieldtext.h"
#include "palettecolors.h"
#include "roles.h"

#include <QDate>
#include <QLocale>

namespace tfp::ui {

QString anteilText(int count, int total)
{
    return CoverageListModel::tr("%1 %").arg(QLocale().toString(analysis::anteil(count, total), 'f', 1));
}

QString anzahlMitAnteil(int count, int total)
{
    if (total <= 0)
        return QLocale().toString(count);
    return CoverageListModel::tr("%1 (%2)").arg(QLocale().toString(count), anteilText(count, total));
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

CoverageListModel::CoverageListModel(QList<Spalte> spalten, QObject *parent)
    : QAbstractTableModel(parent), m_spalten(std::move(spalten))
{
}

void CoverageListModel::setEintraege(QList<CoverageEntry> eintraege)
{
    beginResetModel();
    m_eintraege = std::move(eintraege);
    endResetModel();
}

int CoverageListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_eintraege.size());
}

int CoverageListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_spalten.size());
}

QVariant CoverageListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CoverageEntry &e = m_eintraege[index.row()];
    const Spalte &s = m_spalten[index.column()];
    const QVariant v = e.cells.value(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return cellText(v);
    case Qt::ToolTipRole: {
        const QString text = cellText(v);
        if (s.link && !m_linkHinweis.isEmpty())
            return text.isEmpty() ? m_linkHinweis : text + u'\n' + m_linkHinweis;
        return text.isEmpty() ? QVariant() : QVariant(text);
    }
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::Alignment(s.zahl ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
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
    if (orientation != Qt::Horizontal || section < 0 || section >= m_spalten.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    const Spalte &s = m_spalten[section];
    switch (role) {
    case Qt::DisplayRole:
        return s.titel;
    case Qt::ToolTipRole:
        return s.tooltip.isEmpty() ? QVariant() : QVariant(s.tooltip);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::Alignment(s.zahl ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    default:
        return {};
    }
}

} // namespace tfp::ui
