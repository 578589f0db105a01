#include "leistungfilter.h"

#include "document.h"
#include "leistungmodel.h"
#include "roles.h"

#include <algorithm>

namespace tfp::ui {

LeistungFilter::LeistungFilter(LeistungModel *source, QObject *parent)
    : QSortFilterProxyModel(parent), m_source(source)
{
    // Connected before the proxy connects itself, so that the answers are current when it asks them after
    // a change of the Leistungen (it calls the slots in the order they were connected).
    const auto fresh = [this] {
        m_memoValid = false;
        decide();
    };
    // From the first signal of a change until the proxy has followed it, the counts and the proxy's rows may
    // disagree: hasChildren asks the proxy itself meanwhile.
    const auto settling = [this] { m_settling = true; };
    const auto settled = [this] { m_settling = false; };
    connect(source, &QAbstractItemModel::modelAboutToBeReset, this, settling);
    connect(source, &QAbstractItemModel::layoutAboutToBeChanged, this, settling);
    for (auto about : {&QAbstractItemModel::rowsAboutToBeInserted, &QAbstractItemModel::rowsAboutToBeRemoved})
        connect(source, about, this, settling);
    connect(source, &QAbstractItemModel::dataChanged, this, settling);
    connect(source, &QAbstractItemModel::modelReset, this, fresh);
    connect(source, &QAbstractItemModel::rowsInserted, this, fresh);
    connect(source, &QAbstractItemModel::rowsRemoved, this, fresh);
    connect(source, &QAbstractItemModel::dataChanged, this, &LeistungFilter::onSourceDataChanged);
    setSourceModel(source);
    // Connected after the proxy's own: called once it has followed the change.
    connect(source, &QAbstractItemModel::modelReset, this, settled);
    connect(source, &QAbstractItemModel::layoutChanged, this, settled);
    for (auto done : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(source, done, this, settled);
    connect(source, &QAbstractItemModel::dataChanged, this, settled);
    setSortRole(SortRole);
    setSortLocaleAware(false); // the model's sort keys already fold case and umlauts
    setDynamicSortFilter(true);
    decide();
}

void LeistungFilter::changed()
{
    m_settling = true;
    decide();
    invalidateRowsFilter();
    m_settling = false;
}

void LeistungFilter::decide()
{
    const size_t entries = size_t(m_source->entryCount());
    if (!m_memoValid || m_memo.size() != entries) {
        m_memo.assign(entries, Untested);
        m_memoValid = true;
    }
    m_accepted.assign(entries, 0);
    m_lageHits.assign(size_t(m_source->rowCount()), 0);
    for (int lage = 0; lage < int(m_lageHits.size()); ++lage)
        for (const LeistungModel::Entry &e : m_source->entries(lage))
            if (accepts(e)) {
                m_accepted[size_t(e.serial)] = 1;
                ++m_lageHits[size_t(lage)];
            }
}

bool LeistungFilter::accepts(const LeistungModel::Entry &e)
{
    if (!m_text.isEmpty()) {
        char &memo = m_memo[size_t(e.serial)];
        if (memo == Rejected)
            return false;
        const bool hit = e.text.contains(m_text) || (m_textIsNumber && e.keys.contains(m_text));
        memo = hit ? Matched : Rejected;
        if (!hit)
            return false;
    }
    if (m_ohneProjekt && m_source->inProjekt(e.ozgId))
        return false;
    if (m_status && e.status != *m_status)
        return false;
    if (m_reifegrad && e.reifegradIst != *m_reifegrad)
        return false;
    if (m_scope == Scope::Foederal && e.bund)
        return false;
    return true;
}

void LeistungFilter::onSourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight)
{
    const QModelIndex lage = topLeft.parent();
    if (!lage.isValid() || size_t(lage.row()) >= m_lageHits.size())
        return; // the filter looks at Leistungen only
    const QList<LeistungModel::Entry> &entries = m_source->entries(lage.row());
    int &hits = m_lageHits[size_t(lage.row())];
    const bool shownBefore = hits > 0;
    for (int row = topLeft.row(); row <= bottomRight.row() && row < entries.size(); ++row) {
        const LeistungModel::Entry &e = entries[row];
        const size_t serial = size_t(e.serial);
        if (serial >= m_accepted.size())
            continue;
        m_memo[serial] = Untested; // its text may have changed
        const bool now = accepts(e);
        hits += int(now) - int(m_accepted[serial]);
        m_accepted[serial] = now;
    }
    // The proxy looks at the changed rows again by itself, but not at their Lage.
    if (isActive() && shownBefore != (hits > 0))
        invalidateRowsFilter();
}

void LeistungFilter::setText(const QString &text)
{
    const QString next = text.trimmed().toLower();
    if (!(m_memoValid && !m_text.isEmpty() && next.startsWith(m_text)))
        m_memoValid = false; // not typing on: what a shorter text rejected says nothing
    m_text = next;
    m_textIsNumber =
        !m_text.isEmpty() && std::all_of(m_text.cbegin(), m_text.cend(), [](QChar c) { return c.isDigit(); });
    changed();
}

void LeistungFilter::setStatus(std::optional<int> status)
{
    m_status = status;
    changed();
}

void LeistungFilter::setReifegrad(std::optional<int> reifegrad)
{
    m_reifegrad = reifegrad;
    changed();
}

void LeistungFilter::setScope(Scope scope)
{
    m_scope = scope;
    changed();
}

void LeistungFilter::setOhneProjekt(bool only)
{
    m_ohneProjekt = only;
    changed();
}

bool LeistungFilter::isActive() const
{
    return !m_text.isEmpty() || m_status || m_reifegrad || m_scope != Scope::Alle || m_ohneProjekt;
}

bool LeistungFilter::hasChildren(const QModelIndex &parent) const
{
    if (!m_settling && parent.isValid() && !parent.parent().isValid() && parent.model() == this) {
        const QModelIndex lage = mapToSource(parent);
        if (lage.isValid() && size_t(lage.row()) < m_lageHits.size()) {
            if (!isActive())
                return m_source->rowCount(lage) > 0;
            return m_lageHits[size_t(lage.row())] > 0;
        }
    }
    return QSortFilterProxyModel::hasChildren(parent);
}

bool LeistungFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    // A Lage shows by itself only when nothing is filtered; otherwise through its Leistungen.
    if (!sourceParent.isValid())
        return !isActive() || (size_t(sourceRow) < m_lageHits.size() && m_lageHits[size_t(sourceRow)] > 0);
    if (sourceParent.parent().isValid() || size_t(sourceParent.row()) >= m_lageHits.size())
        return false;
    const QList<LeistungModel::Entry> &entries = m_source->entries(sourceParent.row());
    if (sourceRow >= entries.size())
        return false;
    const size_t serial = size_t(entries[sourceRow].serial);
    return serial < m_accepted.size() && m_accepted[serial];
}

} // namespace tfp::ui
