#include "reviewscope.h"

#include "tr.h"

#include "storage/catalog.h"

#include <QCoreApplication>

namespace tfp {

using namespace schema;

namespace {

QString rowId(Table t, qint64 key)
{
    return table(t).name + u'/' + QString::number(key);
}

// The Themenfeld's own planning: its thresholds and wave capacity. Its name and place stay the catalog's.
bool themenfeldPlanning(QStringView column)
{
    using namespace col;
    return column == schwelleHoechste || column == schwelleHohe || column == schwelleMittlere ||
           column == wellenKapazitaet || column == wellenKapazitaetArt || column == notes;
}

// A Leistung's planning fields. Its OZG-ID, name and Lage belong to the OZG catalog everyone shares.
bool leistungPlanning(QStringView column)
{
    using namespace col;
    return column != ozgId && column != name && column != lageId;
}

// Tables whose rows a package adds, changes and deletes (within its Themenfeld).
bool planningTable(Table t)
{
    switch (t) {
    case Table::Abhaengigkeit:
    case Table::Projekt:
    case Table::ProjektLeistung:
    case Table::Nachnutzung:
    case Table::Meilenstein:
    case Table::MeilensteinAbhaengigkeit:
    case Table::Zahlung:
    case Table::Kriterium:
    case Table::Bewertung:
    case Table::Stimme:
    case Table::Risiko:
    case Table::Kommentar:
        return true;
    default:
        return false;
    }
}

// The columns by which belongs() places a row: changing any other leaves the row where it is.
bool placingColumn(QStringView column)
{
    using namespace col;
    return column == id || column == themenfeldId || column == lageId || column == ozgId ||
           column == haengtAbVon || column == meilensteinId || column == projektId || column == kriteriumId ||
           column == entityTable || column == entityKey;
}

} // namespace

ReviewScope::ReviewScope(const Catalog &catalog, int themenfeldId, QString themenfeld)
    : m_catalog(catalog), m_themenfeldId(themenfeldId), m_themenfeld(std::move(themenfeld))
{
}

void ReviewScope::addPending(Table t, qint64 key, const QVariantMap &row)
{
    m_pending.insert(rowId(t, key), row);
}

void ReviewScope::addPending(const ReviewMergePlan &plan)
{
    for (const QList<MergeItem> *items : {&plan.applied, &plan.conflicts})
        for (const MergeItem &i : *items)
            for (const Change &c : i.changes)
                if (c.kind == Change::Kind::Insert)
                    addPending(c.table, c.key, c.row);
}

std::optional<QVariantMap> ReviewScope::rowOf(Table t, qint64 key) const
{
    if (const auto p = m_pending.constFind(rowId(t, key)); p != m_pending.cend())
        return *p;
    return m_catalog.row(t, key);
}

bool ReviewScope::belongsKey(Table t, const QVariant &key)
{
    if (key.isNull() || !key.isValid())
        return false;
    const QString id = rowId(t, key.toLongLong());
    if (const auto known = m_belongs.constFind(id); known != m_belongs.cend())
        return *known;
    const auto row = rowOf(t, key.toLongLong());
    const bool in = row && belongs(t, *row);
    m_belongs.insert(id, in);
    return in;
}

// Whether a row (as it is, or as the merge would write it) is part of the package's Themenfeld.
bool ReviewScope::belongs(Table t, const QVariantMap &row)
{
    using namespace col;
    const auto v = [&](QStringView column) { return row.value(column.toString()); };
    const auto optional = [&](Table parent, QStringView column) {
        return v(column).isNull() || belongsKey(parent, v(column));
    };
    switch (t) {
    case Table::Themenfeld:
        return v(id).toLongLong() == m_themenfeldId;
    case Table::Lage:
    case Table::Projekt:
    case Table::Kriterium:
        return !v(themenfeldId).isNull() && v(themenfeldId).toLongLong() == m_themenfeldId;
    case Table::Leistung:
        return belongsKey(Table::Lage, v(lageId));
    case Table::Leika:
        return belongsKey(Table::Leistung, v(ozgId));
    case Table::Abhaengigkeit:
        return belongsKey(Table::Leistung, v(ozgId)) && belongsKey(Table::Leistung, v(haengtAbVon));
    case Table::ProjektLeistung:
        return belongsKey(Table::Projekt, v(projektId)) && belongsKey(Table::Leistung, v(ozgId));
    case Table::Nachnutzung:
    case Table::Zahlung:
        return belongsKey(Table::Projekt, v(projektId));
    case Table::Meilenstein:
        return belongsKey(Table::Projekt, v(projektId)) && optional(Table::Leistung, ozgId);
    case Table::MeilensteinAbhaengigkeit:
        return belongsKey(Table::Meilenstein, v(meilensteinId)) &&
               belongsKey(Table::Meilenstein, v(haengtAbVon));
    case Table::Bewertung:
    case Table::Stimme:
        return belongsKey(Table::Kriterium, v(kriteriumId)) && belongsKey(Table::Leistung, v(ozgId));
    case Table::Risiko:
        return v(themenfeldId).toLongLong() == m_themenfeldId && optional(Table::Projekt, projektId) &&
               optional(Table::Leistung, ozgId);
    case Table::Kommentar: {
        const auto about = tableByName(v(entityTable).toString());
        return about && *about != Table::Kommentar && belongsKey(*about, v(entityKey));
    }
    default: // Beteiligte, Federführung, Onlinedienste and Stände are the whole catalog's
        return false;
    }
}

QString ReviewScope::changeRefusal(const Change &c)
{
    const auto outside = [&] {
        return exchange::Tr::tr("gehört nicht zum Themenfeld „%1“ des Pakets").arg(m_themenfeld);
    };
    const QString shared =
        exchange::Tr::tr("gehört zum gemeinsamen Katalog, den ein Workshop-Paket nicht ändert");
    if (c.kind == Change::Kind::Update) {
        const bool planning = planningTable(c.table) ||
                              (c.table == Table::Leistung && leistungPlanning(c.column)) ||
                              (c.table == Table::Themenfeld && themenfeldPlanning(c.column));
        if (!planning)
            return shared;
        if (!belongsKey(c.table, c.key))
            return outside();
        if (!placingColumn(c.column))
            return {};
        auto row = rowOf(c.table, c.key);
        if (!row)
            return outside();
        row->insert(c.column, c.newValue);
        if (!belongs(c.table, *row))
            return exchange::Tr::tr("würde aus dem Themenfeld „%1“ des Pakets herausführen")
                .arg(m_themenfeld);
        return {};
    }
    if (!planningTable(c.table))
        return shared;
    const bool in = c.kind == Change::Kind::Insert ? belongs(c.table, c.row) : belongsKey(c.table, c.key);
    return in ? QString() : outside();
}

QString ReviewScope::refusal(const MergeItem &item)
{
    for (const Change &c : item.changes)
        if (const QString why = changeRefusal(c); !why.isEmpty())
            return why;
    return {};
}

} // namespace tfp
