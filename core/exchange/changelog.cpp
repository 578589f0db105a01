#include "changelog.h"

#include "tr.h"

#include "edit/changetext.h"
#include "edit/edits.h"
#include "edit/fieldtext.h"
#include "error.h"
#include "exchange/csv.h"

#include <QCoreApplication>
#include <QHash>

namespace tfp {

using namespace schema;

namespace {

// Which Themenfeld a row belongs to: its own themenfeld_id, else through the rows it refers to (a milestone
// through its project, a score through its criterion), a comment through the row it is about.
class Attribution
{
public:
    explicit Attribution(const Catalog &c) : m_catalog(c) {}

    std::optional<int> of(Table t, qint64 key, int depth = 0)
    {
        if (t == Table::Themenfeld)
            return int(key);
        const QString id = table(t).name + u'/' + QString::number(key);
        if (const auto hit = m_cache.constFind(id); hit != m_cache.cend())
            return *hit;
        const auto result = lookUp(t, key, depth);
        m_cache.insert(id, result);
        return result;
    }

private:
    std::optional<int> lookUp(Table t, qint64 key, int depth)
    {
        const auto row = m_catalog.row(t, key);
        if (!row || depth > 8)
            return std::nullopt;
        const TableDef &def = table(t);
        if (def.hasColumn(col::themenfeldId))
            return row->value(col::themenfeldId.toString()).toInt();
        if (t == Table::Kommentar) {
            const auto about = tableByName(row->value(col::entityTable.toString()).toString());
            return about ? of(*about, row->value(col::entityKey.toString()).toLongLong(), depth + 1)
                         : std::nullopt;
        }
        for (const Column &c : def.columns) {
            const QVariant v = row->value(c.name);
            if (!c.references || v.isNull())
                continue;
            if (const auto found = of(*c.references, v.toLongLong(), depth + 1))
                return found;
        }
        return std::nullopt;
    }

    const Catalog &m_catalog;
    QHash<QString, std::optional<int>> m_cache;
};

// ISO 8601 in local time with its offset: the wall clock of the reader and the instant both stay clear.
QString localIso(const QDateTime &time)
{
    const QDateTime local = time.toLocalTime();
    return local.toOffsetFromUtc(local.offsetFromUtc()).toString(Qt::ISODate);
}

// A row no longer in the catalog, named from what the journal kept of it ("meilenstein 7 „Go-live“"): its
// type word and its label, else its key.
QString storedLabel(Table t, qint64 key, const QString &stored)
{
    const QString prefix = table(t).name + u' ' + QString::number(key);
    const QString label = stored.startsWith(prefix) ? stored.mid(prefix.size()).trimmed() : QString();
    return exchange::Tr::tr("%1 %2").arg(edit::tableLabel(t), label.isEmpty() ? QString::number(key) : label);
}

} // namespace

QStringList standNamen(const Catalog &catalog)
{
    QList<std::pair<qint64, QString>> staende;
    const schema::TableDef &def = schema::table(Table::Stand);
    const int revision = def.indexOf(col::revision);
    const int name = def.indexOf(col::name);
    catalog.forEachRow(Table::Stand, [&](const QVariantList &v) {
        staende.append({v[revision].toLongLong(), v[name].toString()});
    });
    std::stable_sort(staende.begin(), staende.end(),
                     [](const auto &a, const auto &b) { return a.first > b.first; });
    QStringList out;
    for (const auto &s : std::as_const(staende))
        out << s.second;
    return out;
}

std::optional<QVariantMap> standNamed(const Catalog &catalog, const QString &name)
{
    const auto rows = catalog.rowsWhere(Table::Stand, col::name, name);
    if (rows.isEmpty())
        return std::nullopt;
    return rows.first();
}

analysis::Baseline standBaseline(const Catalog &catalog, const QString &name)
{
    const auto stand = standNamed(catalog, name);
    if (!stand) {
        QStringList names;
        catalog.forEachRow(Table::Stand,
                           [&](const QVariantList &v) { names << u"„%1“"_qs.arg(v[1].toString()); });
        throw Error(tfp::exchange::Tr::tr("Einen Stand „%1“ gibt es im Katalog nicht; es gibt: %2.")
                        .arg(name, names.isEmpty() ? tfp::exchange::Tr::tr("keinen") : names.join(u", ")));
    }
    const qint64 revision = stand->value(col::revision.toString()).toLongLong();
    // The first entry after the Stand that concerns a milestone's row or its planned date tells what it was
    // then: a whole-row entry (added or deleted) that there was no such row, a change its old date.
    QHash<qint64, QString> damals;
    for (const JournalEntry &e : catalog.journalOf(Table::Meilenstein, revision))
        if (!damals.contains(e.key) && (e.column.isEmpty() || e.column == col::geplant))
            damals.insert(e.key, e.column.isEmpty() ? QString() : e.alt);
    analysis::Baseline out;
    out.name = stand->value(col::name.toString()).toString();
    const TableDef &def = table(Table::Meilenstein);
    const int idIndex = def.indexOf(col::id), geplantIndex = def.indexOf(col::geplant);
    catalog.forEachRow(Table::Meilenstein, [&](const QVariantList &v) {
        const qint64 id = v[idIndex].toLongLong();
        const auto then = damals.constFind(id);
        const QDate d =
            QDate::fromString(then == damals.cend() ? v[geplantIndex].toString() : *then, Qt::ISODate);
        if (d.isValid())
            out.geplant.insert(id, d);
    });
    return out;
}

QList<ChangeRecord> changesSince(const Catalog &catalog, const ChangeFilter &filter)
{
    Attribution attribution(catalog);
    QHash<int, QString> themenfelder;
    QList<ChangeRecord> out;
    for (const JournalEntry &e : catalog.journal(filter.afterRevision.value_or(0))) {
        const auto t = tableByName(e.table);
        if (!t || *t == Table::Stand)
            continue;
        if ((filter.table && *filter.table != *t) || (filter.key && *filter.key != e.key))
            continue;
        if (!filter.author.isEmpty() && e.autor.compare(filter.author, Qt::CaseInsensitive) != 0 &&
            e.anmeldung.compare(filter.author, Qt::CaseInsensitive) != 0)
            continue;
        ChangeRecord r;
        r.entry = e;
        r.zeitpunkt = QDateTime::fromString(e.zeitpunkt, Qt::ISODateWithMs);
        if (filter.since.isValid() && r.zeitpunkt < filter.since)
            continue;
        r.themenfeldId = attribution.of(*t, e.key);
        if (filter.themenfeldId && r.themenfeldId && *r.themenfeldId != *filter.themenfeldId)
            continue;
        if (r.themenfeldId) {
            auto name = themenfelder.find(*r.themenfeldId);
            if (name == themenfelder.end())
                name = themenfelder.insert(
                    *r.themenfeldId, catalog.value(Table::Themenfeld, *r.themenfeldId, col::name).toString());
            r.themenfeld = *name;
        }
        r.tabelle = edit::tableLabel(*t);
        const bool exists = catalog.row(*t, e.key).has_value();
        if (e.column.isEmpty()) {
            const bool inserted = e.alt.isEmpty();
            r.art = inserted ? exchange::Tr::tr("neu") : exchange::Tr::tr("gelöscht");
            if (exists) {
                r.eintrag = edit::rowLabel(catalog, *t, e.key);
                r.text = edit::rowChangeSentence(catalog, *t, e.key, inserted);
            } else {
                r.eintrag = storedLabel(*t, e.key, inserted ? e.neu : e.alt);
                r.text = edit::objectSentence(r.eintrag, inserted);
            }
        } else {
            r.art = exchange::Tr::tr("geändert");
            r.eintrag = exists ? edit::rowLabel(catalog, *t, e.key)
                               : exchange::Tr::tr("%1 %2 (gelöscht)").arg(r.tabelle).arg(e.key);
            r.feld = edit::fieldLabel(*t, e.column);
            const Column &c = table(*t).column(e.column);
            const auto text = [&](const QString &stored) {
                if (c.references && !stored.isEmpty())
                    return edit::rowLabel(catalog, *c.references, stored.toLongLong());
                return edit::valueText(*t, e.column, stored);
            };
            r.alt = text(e.alt);
            r.neu = text(e.neu);
            r.text = edit::fieldChangeSentence(
                r.feld, exists ? edit::objectLabel(catalog, *t, e.key) : r.eintrag, r.alt, r.neu);
        }
        out.append(r);
    }
    return out;
}

QByteArray changesCsv(const QList<ChangeRecord> &changes)
{
    const QStringList header{
        exchange::Tr::tr("Zeitpunkt"), exchange::Tr::tr("Autor"),      exchange::Tr::tr("Quelle"),
        exchange::Tr::tr("Änderung"),  exchange::Tr::tr("Themenfeld"), exchange::Tr::tr("Art"),
        exchange::Tr::tr("Tabelle"),   exchange::Tr::tr("Eintrag"),    exchange::Tr::tr("Feld"),
        exchange::Tr::tr("Alt"),       exchange::Tr::tr("Neu"),        exchange::Tr::tr("Revision"),
        exchange::Tr::tr("Anmeldung")};
    QList<QStringList> rows;
    for (const ChangeRecord &r : changes)
        rows.append({localIso(r.zeitpunkt), r.entry.autor, edit::descriptionText(r.entry.quelle),
                     edit::descriptionText(r.entry.beschreibung), r.themenfeld, r.art, r.tabelle, r.eintrag,
                     r.feld, r.alt, r.neu, QString::number(r.entry.revision), r.entry.anmeldung});
    return csv::write(header, rows, u';');
}

} // namespace tfp
