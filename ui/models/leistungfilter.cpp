#include "leistungfilter.h"

#include "document.h"
#include "leistungmodel.h"
#include "roles.h"

#include <algorithm>

namespace tfp::ui {

LeistungFilter::LeistungFilter(LeistungModel *source, QObject *parent)
    : QSortFilterProxyModel(parent), m_source(source)
{
    setSourceModel(source);
    setSortRole(SortRole);
    setSortLocaleAware(false); // the model's sort keys already fold case and umlauts
    setRecursiveFilteringEnabled(true);
    setDynamicSortFilter(true);
    // Any change of the Leistungen themselves makes the remembered matches stale.
    const auto forget = [this] { m_memoValid = false; };
    connect(source, &QAbstractItemModel::modelReset, this, forget);
    connect(source, &QAbstractItemModel::dataChanged, this, forget);
    connect(source, &QAbstractItemModel::rowsInserted, this, forget);
    connect(source, &QAbstractItemModel::rowsRemoved, this, forget);
}

void LeistungFilter::changed()
{
    invalidateRowsFilter();
}

void LeistungFilter::setText(const QString &text)
{
    const QString next = text.trimmed().toLower();
    const bool narrowing = m_memoValid && !m_text.isEmpty() && next.startsWith(m_text);
    if (!narrowing) {
        m_memo.assign(size_t(m_source->entryCount()), Untested);
        m_memoValid = true;
    }
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

bool LeistungFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!sourceParent.isValid())
        return !isActive(); // a Lage shows by itself only when nothing is filtered; otherwise through its
                            // children
    const LeistungModel::Entry *e = m_source->entry(m_source->index(sourceRow, 0, sourceParent));
    if (!e)
        return false;
    if (!m_text.isEmpty()) {
        const size_t i = size_t(e->serial);
        char *memo = m_memoValid && i < m_memo.size() ? &m_memo[i] : nullptr;
        if (memo && *memo == Rejected)
            return false;
        const bool hit = e->text.contains(m_text) || (m_textIsNumber && e->keys.contains(m_text));
        if (memo)
            *memo = hit ? Matched : Rejected;
        if (!hit)
            return false;
    }
    if (m_ohneProjekt && m_source->inProjekt(e->ozgId))
        return false;
    if (m_status && e->status != *m_status)
        return false;
    if (m_reifegrad && e->reifegradIst != *m_reifegrad)
        return false;
    if (m_scope == Scope::Foederal && e->bund)
        return false;
    return true;
}

} // namespace tfp::ui
