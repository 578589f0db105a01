#include "plan.h"

#include <algorithm>

namespace tfp {

namespace {
template <typename T, typename K> void indexBy(QHash<K, qsizetype> &index, const QList<T> &list, K T::*member)
{
    index.clear();
    index.reserve(list.size());
    for (qsizetype i = 0; i < list.size(); ++i)
        index.insert(list[i].*member, i);
}
template <typename T, typename K>
const T *lookup(const QHash<K, qsizetype> &index, const QList<T> &list, K key)
{
    const auto it = index.constFind(key);
    return it == index.cend() ? nullptr : &list[*it];
}
} // namespace

void PlanSnapshot::rebuildIndexes()
{
    indexBy(leistungIndex, leistungen, &Leistung::ozgId);
    indexBy(lageIndex, lagen, &Lage::id);
    indexBy(beteiligterIndex, beteiligte, &Beteiligter::id);
    indexBy(themenfeldIndex, themenfelder, &Themenfeld::id);
}

const Leistung *PlanSnapshot::leistung(int ozgId) const &
{
    return lookup(leistungIndex, leistungen, ozgId);
}
const Lage *PlanSnapshot::lage(int id) const &
{
    return lookup(lageIndex, lagen, id);
}
const Beteiligter *PlanSnapshot::beteiligter(int id) const &
{
    return lookup(beteiligterIndex, beteiligte, id);
}
const Themenfeld *PlanSnapshot::themenfeld(int id) const &
{
    return lookup(themenfeldIndex, themenfelder, id);
}

const Projekt *PlanSnapshot::projekt(qint64 id) const &
{
    // Lists are ordered by key.
    const auto it = std::lower_bound(projekte.cbegin(), projekte.cend(), id,
                                     [](const Projekt &p, qint64 k) { return p.id < k; });
    return it != projekte.cend() && it->id == id ? &*it : nullptr;
}

const Themenfeld *PlanSnapshot::themenfeldByName(const QString &name) const &
{
    for (const auto &t : themenfelder)
        if (t.name.compare(name, Qt::CaseInsensitive) == 0)
            return &t;
    return nullptr;
}

int PlanSnapshot::themenfeldOf(const Leistung &l) const
{
    const Lage *la = lage(l.lageId);
    return la ? la->themenfeldId : 0;
}

Programm programmOf(const QStringList &leikaTypen)
{
    bool bund = false;
    bool foederal = false;
    for (const QString &typ : leikaTypen) {
        for (const QString &part : typ.split(u',', Qt::SkipEmptyParts)) {
            const QString p = part.trimmed();
            if (p.isEmpty())
                continue;
            if (p == u"1")
                bund = true;
            else
                foederal = true;
        }
    }
    if (bund && foederal)
        return Programm::Misch;
    if (bund)
        return Programm::Bund;
    if (foederal)
        return Programm::Foederal;
    return Programm::Unbekannt;
}

} // namespace tfp
