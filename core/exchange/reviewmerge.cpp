// The merge plan: the package's changes (reviewdiff) set against the catalog's values now, field by field.
// Base values come from the base stored in the package, not from its journal: the journal keeps values only
// as text and a deleted row only as its description, and the base holds both exactly.
#include "reviewmerge.h"

#include "tr.h"

#include "edit/changetext.h"
#include "edit/edits.h"
#include "edit/fieldtext.h"
#include "error.h"
#include "reviewdiff.h"
#include "reviewscope.h"
#include "storage/catalog.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <cmath>

namespace tfp {

using namespace schema;

namespace {

const QString kMergedPrefix = kMergedPackagePrefix.toString();

QString rowId(Table t, qint64 key)
{
    return table(t).name + u'/' + QString::number(key);
}

QVariantMap rowMap(const TableDef &def, const QVariantList &values)
{
    QVariantMap m;
    for (int i = 0; i < def.columns.size(); ++i)
        m.insert(def.columns[i].name, values[i]);
    return m;
}

// The table a column of a row points into: its reference, or for a comment the table it names.
std::optional<Table> pointsInto(const TableDef &def, int column, const QVariantList &values)
{
    if (def.id == Table::Kommentar && def.columns[column].name == col::entityKey)
        return tableByName(values[def.indexOf(col::entityTable)].toString());
    return def.columns[column].references;
}

class Planner
{
public:
    Planner(Catalog &c, const OpenedReviewPackage &p, const ReviewMergeOptions &o)
        : m_c(c), m_p(p), m_options(o), m_map(qsizetype(Table::Count)), m_deleted(qsizetype(Table::Count))
    {
    }

    ReviewMergePlan run()
    {
        m_plan.package = m_p.info;
        m_plan.fileName = m_p.fileName;
        m_plan.packageRevision = m_p.catalog->revision();
        const QString where = QDir::toNativeSeparators(m_p.path);
        if (m_p.info.originCatalogId != m_c.catalogId())
            throw Error(
                exchange::Tr::tr(
                    "Das Workshop-Paket „%1“ stammt aus einem anderen Katalog (Kennung %2), nicht aus „%3“ "
                    "(Kennung %4); es wird nicht übernommen.")
                    .arg(where, m_p.info.originCatalogId, QDir::toNativeSeparators(m_c.path()),
                         m_c.catalogId()));
        if (reviewPackageInfo(m_c))
            throw Error(exchange::Tr::tr(
                            "„%1“ ist selbst ein Workshop-Paket; Workshop-Ergebnisse werden in den Katalog "
                            "übernommen, aus dem das Paket stammt.")
                            .arg(QDir::toNativeSeparators(m_c.path())));
        if (alreadyMerged())
            return m_plan;
        if (m_p.info.baseRevision > m_c.revision())
            m_plan.notes
                << exchange::Tr::tr(
                       "Der Katalog steht bei Revision %1, das Paket wurde bei Revision %2 erstellt: ist "
                       "der Katalog eine ältere Sicherung?")
                       .arg(m_c.revision())
                       .arg(m_p.info.baseRevision);
        m_diff = diffReviewPackage(m_p);
        for (qsizetype t = 0; t < m_diff.size(); ++t) {
            const QList<qint64> keys = m_diff[t].deleted.keys();
            m_deleted[t] = QSet<qint64>(keys.cbegin(), keys.cend());
        }
        for (const TableDef &def : tables())
            inserts(def);
        for (const TableDef &def : tables())
            updates(def);
        deletions();
        votes();
        refuseOutsideScope();
        QJsonObject record{{u"datei"_qs, m_p.fileName},
                           {u"zeitpunkt"_qs, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                           {u"paket_revision"_qs, m_plan.packageRevision},
                           {u"basis_revision"_qs, m_p.info.baseRevision}};
        m_plan.record = {kMergedPrefix + m_p.info.packageId,
                         {},
                         QString::fromUtf8(QJsonDocument(record).toJson(QJsonDocument::Compact))};
        return m_plan;
    }

private:
    bool alreadyMerged()
    {
        const QString previous = m_c.meta(kMergedPrefix + m_p.info.packageId);
        if (previous.isEmpty())
            return false;
        const QJsonObject r = QJsonDocument::fromJson(previous.toUtf8()).object();
        const QDateTime when = QDateTime::fromString(r.value(u"zeitpunkt").toString(), Qt::ISODate);
        m_plan.alreadyMerged = true;
        m_plan.notes
            << exchange::Tr::tr(
                   "Das Workshop-Paket „%1“ wurde schon am %2 übernommen; eine zweite Übernahme ändert "
                   "nichts.")
                   .arg(m_p.fileName, edit::dateTimeText(when.toLocalTime()));
        const qint64 merged = r.value(u"paket_revision").toInteger();
        if (m_plan.packageRevision > merged)
            m_plan.notes
                << exchange::Tr::tr(
                       "Es wurde danach weiter bearbeitet (%1 statt %2 Änderungsschritte); diese späteren "
                       "Änderungen werden nicht übernommen. Für weitere Arbeit erstellen Sie bitte ein "
                       "neues Workshop-Paket.")
                       .arg(m_plan.packageRevision)
                       .arg(merged);
        return true;
    }

    const std::optional<QVariantMap> &catalogRow(Table t, qint64 key)
    {
        const QString id = rowId(t, key);
        auto it = m_rows.find(id);
        if (it == m_rows.end())
            it = m_rows.insert(id, m_c.row(t, key));
        return *it;
    }

    QString catalogLabel(Table t, qint64 key) { return edit::rowLabel(m_c, t, key); }
    QString packageLabel(Table t, qint64 key) { return edit::rowLabel(*m_p.catalog, t, key); }

    // The catalog key for a package row that a value points to; empty with the reason when there is none.
    std::optional<qint64> target(Table t, qint64 packageKey, QString &problem)
    {
        if (const auto m = m_map[qsizetype(t)].constFind(packageKey); m != m_map[qsizetype(t)].cend())
            return *m;
        if (m_diff[qsizetype(t)].inserted.contains(packageKey)) {
            problem =
                exchange::Tr::tr("hängt an %1, das nicht übernommen wird").arg(packageLabel(t, packageKey));
            return std::nullopt;
        }
        if (!catalogRow(t, packageKey)) {
            problem = exchange::Tr::tr("verweist auf %1, das es im Katalog nicht mehr gibt")
                          .arg(packageLabel(t, packageKey));
            return std::nullopt;
        }
        return packageKey;
    }

    // A package value in catalog terms (references mapped to catalog keys); problem says why it cannot be.
    QVariant mapped(const TableDef &def, int column, const QVariantList &values, QString &problem)
    {
        const QVariant v = values[column];
        const auto into = column == 0 ? std::nullopt : pointsInto(def, column, values);
        if (v.isNull() || !into)
            return v;
        const auto key = target(*into, v.toLongLong(), problem);
        return key ? QVariant(*key) : QVariant();
    }

    // A catalog row that is the same as a new package row by its unique fields (both sides added it).
    std::optional<qint64> naturalMatch(const TableDef &def, const QVariantList &row)
    {
        if (def.id == Table::Leistung) // the OZG-ID is the key and means the same Leistung everywhere
            return catalogRow(def.id, row[0].toLongLong()) ? std::optional<qint64>(row[0].toLongLong())
                                                           : std::nullopt;
        for (const QStringList &unique : def.unique) {
            for (const QVariantMap &r : m_c.rowsWhere(def.id, unique[0], row[def.indexOf(unique[0])])) {
                bool same = true;
                for (const QString &c : unique)
                    same = same && sameValue(r.value(c), row[def.indexOf(c)]);
                if (same)
                    return r.value(def.key).toLongLong();
            }
        }
        return std::nullopt;
    }

    void add(MergeItem item, bool conflict) { (conflict ? m_plan.conflicts : m_plan.applied).append(item); }

    // An item about a row (column < 0) or one of its fields; its id names the catalog's row, or the package's
    // row where the catalog has none.
    static MergeItem item(MergeItem::Kind kind, const TableDef &def, qint64 key, qint64 packageKey,
                          int column, const QString &rowLabel)
    {
        MergeItem i;
        i.kind = kind;
        i.table = def.id;
        i.key = key;
        i.packageKey = packageKey;
        i.id = key ? rowId(def.id, key) : table(def.id).name + u"/paket:"_qs + QString::number(packageKey);
        i.label = rowLabel;
        if (column >= 0) {
            i.column = def.columns[column].name;
            i.id += u'/' + i.column;
            i.label = exchange::Tr::tr("%1 von %2").arg(edit::fieldLabel(def.id, i.column), rowLabel);
        }
        return i;
    }

    MergeItem fieldItem(const TableDef &def, qint64 key, qint64 packageKey, int column)
    {
        return item(MergeItem::Kind::Update, def, key, packageKey, column, catalogLabel(def.id, key));
    }

    // One row the package has and the catalog has, field by field: base null when both sides added the row.
    void threeWay(const TableDef &def, qint64 key, qint64 packageKey, const QVariantList *base,
                  const QVariantList &package)
    {
        const QVariantMap &now = *catalogRow(def.id, key);
        for (int i = 1; i < def.columns.size(); ++i) {
            if (base && sameValue(package[i], (*base)[i]))
                continue; // the package left it as it was
            MergeItem field = fieldItem(def, key, packageKey, i);
            QString problem;
            field.package = mapped(def, i, package, problem);
            field.catalog = now.value(field.column);
            field.hasBase = base != nullptr;
            field.base = base ? (*base)[i] : QVariant();
            if (!problem.isEmpty()) {
                field.note = problem;
                m_plan.rejected.append(field);
                continue;
            }
            if (sameValue(field.package, field.catalog))
                continue; // both sides agree
            field.changes = {Change::update(def.id, key, field.column, field.catalog, field.package)};
            const bool catalogKept = base && sameValue(field.catalog, field.base);
            if (!catalogKept)
                field.note =
                    base ? exchange::Tr::tr("im Katalog und im Paket verschieden geändert")
                         : exchange::Tr::tr("im Katalog und im Paket neu angelegt, mit verschiedenen Werten");
            add(field, !catalogKept);
        }
    }

    void inserts(const TableDef &def)
    {
        const TableDiff &d = m_diff[qsizetype(def.id)];
        for (auto it = d.inserted.cbegin(); it != d.inserted.cend(); ++it) {
            QVariantList row = it.value();
            QString problem;
            for (int i = 1; i < def.columns.size() && problem.isEmpty(); ++i)
                row[i] = mapped(def, i, it.value(), problem);
            if (!problem.isEmpty()) {
                MergeItem refused =
                    item(MergeItem::Kind::Insert, def, 0, it.key(), -1,
                         exchange::Tr::tr("%1 (neu im Paket)").arg(packageLabel(def.id, it.key())));
                refused.row = rowMap(def, it.value());
                refused.note = problem;
                m_plan.rejected.append(refused);
                continue;
            }
            if (const auto match = naturalMatch(def, row)) {
                m_map[qsizetype(def.id)].insert(it.key(), *match);
                // Deleted and added again in the workshop: a change of the old row against its base.
                const bool again = m_deleted[qsizetype(def.id)].remove(*match);
                threeWay(def, *match, it.key(), again ? &*m_p.base.rows(def.id).constFind(*match) : nullptr,
                         it.value());
                continue;
            }
            const qint64 key = def.id == Table::Leistung ? it.key() : m_c.allocateKey(def.id);
            m_map[qsizetype(def.id)].insert(it.key(), key);
            row[0] = key;
            const int quelle = def.indexOf(col::quelle);
            if (def.id == Table::Kommentar && row[quelle].toString().isEmpty())
                row[quelle] = edit::descriptionText(m_plan.source()); // a comment's source: its text
            MergeItem added =
                item(MergeItem::Kind::Insert, def, key, it.key(), -1, packageLabel(def.id, it.key()));
            added.row = rowMap(def, row);
            added.changes = {Change::insert(def.id, key, added.row)};
            m_plan.applied.append(added);
        }
    }

    void updates(const TableDef &def)
    {
        const TableDiff &d = m_diff[qsizetype(def.id)];
        for (auto it = d.updated.cbegin(); it != d.updated.cend(); ++it) {
            const auto &[base, now] = it.value();
            if (catalogRow(def.id, it.key())) {
                threeWay(def, it.key(), it.key(), &base, now);
                continue;
            }
            for (int i = 1; i < def.columns.size(); ++i) {
                if (sameValue(base[i], now[i]))
                    continue;
                MergeItem gone =
                    item(MergeItem::Kind::Update, def, it.key(), it.key(), i, packageLabel(def.id, it.key()));
                gone.base = base[i];
                gone.package = now[i];
                gone.note = exchange::Tr::tr("gibt es im Katalog nicht mehr");
                m_plan.rejected.append(gone);
            }
        }
    }

    // Rows deleted with their parent hang on the parent's deletion; the others head a deletion of their own.
    bool hangsOnDeleted(const TableDef &def, const QVariantList &base) const
    {
        for (int i = 1; i < def.columns.size(); ++i) {
            const auto into = pointsInto(def, i, base);
            const bool clearedInstead = def.columns[i].nullable && def.id != Table::Kommentar;
            if (into && !clearedInstead && !base[i].isNull() &&
                m_deleted[qsizetype(*into)].contains(base[i].toLongLong()))
                return true;
        }
        return false;
    }

    void deletions()
    {
        QSet<QString> handled;
        QList<QPair<Table, qint64>> heads;
        for (const TableDef &def : tables())
            for (const qint64 key : m_deleted[qsizetype(def.id)])
                if (!hangsOnDeleted(def, m_p.base.rows(def.id)[key]))
                    heads.append({def.id, key});
        // A row the catalog moved away from its deleted parent is not reached through the parent: it heads a
        // deletion of its own, judged against its base like any other.
        while (!heads.isEmpty()) {
            for (const auto &[t, key] : std::as_const(heads))
                if (!handled.contains(rowId(t, key)))
                    deletion(t, key, handled);
            heads.clear();
            for (const TableDef &def : tables())
                for (const qint64 key : m_deleted[qsizetype(def.id)])
                    if (!handled.contains(rowId(def.id, key)) && catalogRow(def.id, key))
                        heads.append({def.id, key});
        }
    }

    void deletion(Table t, qint64 key, QSet<QString> &handled)
    {
        handled.insert(rowId(t, key));
        if (!catalogRow(t, key))
            return; // deleted in the catalog as well
        MergeItem d = item(MergeItem::Kind::Delete, table(t), key, key, -1, catalogLabel(t, key));
        d.row = *catalogRow(t, key);
        const ChangeSet removal = m_c.removal(t, key, {});
        QStringList reasons;
        int rows = 0;
        for (const Change &c : removal.changes) {
            const QString id = rowId(c.table, c.key);
            if (c.kind == Change::Kind::Delete) {
                handled.insert(id);
                ++rows;
                if (!m_deleted[qsizetype(c.table)].contains(c.key))
                    reasons << exchange::Tr::tr("%1 ist im Katalog hinzugekommen")
                                   .arg(catalogLabel(c.table, c.key));
                else if (!sameRow(c.table, m_p.base.rows(c.table)[c.key], c.row))
                    reasons
                        << exchange::Tr::tr("%1 wurde im Katalog geändert").arg(catalogLabel(c.table, c.key));
                continue;
            }
            // A link the deletion clears: the workshop cleared it too, or deleted its row.
            const auto &updated = m_diff[qsizetype(c.table)].updated;
            const auto u = updated.constFind(c.key);
            const bool cleared = u != updated.cend() && u->second[table(c.table).indexOf(c.column)].isNull();
            if (!cleared && !m_deleted[qsizetype(c.table)].contains(c.key))
                reasons
                    << exchange::Tr::tr("%1 verweist im Katalog darauf").arg(catalogLabel(c.table, c.key));
        }
        if (rows > 1)
            d.label += exchange::Tr::tr(" (samt abhängigen Einträgen: %1)").arg(rows - 1);
        d.changes = removal.changes;
        // The workshop's clearing of the same links is part of this deletion, decided with it.
        m_plan.applied.removeIf([&](const MergeItem &f) {
            return f.kind == MergeItem::Kind::Update &&
                   std::any_of(removal.changes.cbegin(), removal.changes.cend(), [&](const Change &c) {
                       return c.kind == Change::Kind::Update && c.table == f.table && c.key == f.key &&
                              c.column == f.column;
                   });
        });
        d.note = reasons.isEmpty() ? QString()
                                   : exchange::Tr::tr("im Paket gelöscht, aber: %1").arg(reasons.join(u"; "));
        add(d, !reasons.isEmpty());
    }

    bool sameRow(Table t, const QVariantList &base, const QVariantMap &now) const
    {
        const TableDef &def = table(t);
        for (int i = 0; i < def.columns.size(); ++i)
            if (!sameValue(base[i], now.value(def.columns[i].name)))
                return false;
        return true;
    }

    // What lies outside the package's Themenfeld is refused, whichever side a conflict is decided for.
    void refuseOutsideScope()
    {
        ReviewScope scope(m_c, m_p.info.themenfeldId, m_p.info.themenfeld);
        scope.addPending(m_plan);
        for (QList<MergeItem> *items : {&m_plan.applied, &m_plan.conflicts}) {
            items->removeIf([&](const MergeItem &i) {
                const QString why = scope.refusal(i);
                if (why.isEmpty())
                    return false;
                MergeItem refused = i;
                refused.note = why;
                refused.resolution = MergeSide::Open;
                m_plan.rejected.append(refused);
                return true;
            });
        }
    }

    void votes();
    void applyVote(const VoteAggregate &a, qint64 packageKriterium, const std::optional<QVariantMap> &score);

    Catalog &m_c;
    const OpenedReviewPackage &m_p;
    ReviewMergeOptions m_options;
    QList<TableDiff> m_diff;
    QList<QHash<qint64, qint64>> m_map; // per table: package key → catalog key of the package's new rows
    QList<QSet<qint64>> m_deleted;      // per table: base rows the package deleted
    QHash<QString, std::optional<QVariantMap>> m_rows;
    ReviewMergePlan m_plan;
};

} // namespace

namespace {

// The votes cast or changed in the workshop, per criterion and Leistung.
void Planner::votes()
{
    const TableDef &def = table(Table::Stimme);
    const int k = def.indexOf(col::kriteriumId), o = def.indexOf(col::ozgId), w = def.indexOf(col::wert);
    QMap<QPair<qint64, int>, QList<int>> byPair;
    const TableDiff &d = m_diff[qsizetype(Table::Stimme)];
    for (const QVariantList &v : d.inserted)
        byPair[{v[k].toLongLong(), v[o].toInt()}].append(v[w].toInt());
    for (const auto &u : d.updated)
        byPair[{u.second[k].toLongLong(), u.second[o].toInt()}].append(u.second[w].toInt());
    for (auto it = byPair.cbegin(); it != byPair.cend(); ++it) {
        QString problem;
        const auto kriterium = target(Table::Kriterium, it.key().first, problem);
        const auto leistung = target(Table::Leistung, it.key().second, problem);
        if (!kriterium || !leistung) {
            m_plan.notes << exchange::Tr::tr("Die Stimmen zu %1 werden nicht ausgewertet: %2")
                                .arg(packageLabel(Table::Leistung, it.key().second), problem);
            continue;
        }
        VoteAggregate a;
        a.kriteriumId = *kriterium;
        a.ozgId = int(*leistung);
        a.kriterium = m_p.catalog->value(Table::Kriterium, it.key().first, col::name).toString();
        a.leistung = packageLabel(Table::Leistung, it.key().second);
        const QList<int> &values = it.value();
        a.count = int(values.size());
        a.min = *std::min_element(values.cbegin(), values.cend());
        a.max = *std::max_element(values.cbegin(), values.cend());
        double sum = 0, squares = 0;
        for (const int v : values)
            sum += v;
        a.mean = sum / a.count;
        for (const int v : values)
            squares += (v - a.mean) * (v - a.mean);
        a.spread = std::sqrt(squares / a.count);
        a.proposed = int(std::floor(a.mean + 0.5));
        std::optional<QVariantMap> score;
        for (const QVariantMap &r : m_c.rowsWhere(Table::Bewertung, col::kriteriumId, a.kriteriumId))
            if (r.value(col::ozgId.toString()).toInt() == a.ozgId)
                score = r;
        a.score = score ? score->value(col::wert.toString()) : QVariant();
        m_plan.votes.append(a);
        if (m_options.applyVotes)
            applyVote(a, it.key().first, score);
    }
    m_plan.votesApplied = m_options.applyVotes;
}

// The mean of the votes as the score: a field change like any other, against the score when the package was
// made. The workshop's own edits of that score give way to it.
void Planner::applyVote(const VoteAggregate &a, qint64 packageKriterium,
                        const std::optional<QVariantMap> &score)
{
    const TableDef &def = table(Table::Bewertung);
    const auto samePair = [&](const MergeItem &i) {
        if (i.table != Table::Bewertung)
            return false;
        const QVariantMap row =
            i.kind == MergeItem::Kind::Insert ? i.row : catalogRow(i.table, i.key).value_or(i.row);
        return row.value(col::kriteriumId.toString()).toLongLong() == a.kriteriumId &&
               row.value(col::ozgId.toString()).toInt() == a.ozgId;
    };
    m_plan.applied.removeIf(samePair);
    m_plan.conflicts.removeIf(samePair);
    m_plan.rejected.removeIf(samePair);
    std::optional<QVariant> base;
    for (const QVariantList &r : m_p.base.rows(Table::Bewertung))
        if (r[def.indexOf(col::kriteriumId)].toLongLong() == packageKriterium &&
            r[def.indexOf(col::ozgId)].toInt() == a.ozgId)
            base = r[def.indexOf(col::wert)];

    const QString label = exchange::Tr::tr("Bewertung „%1“ von %2").arg(a.kriterium, a.leistung);
    if (score) {
        MergeItem item = fieldItem(def, score->value(def.key).toLongLong(), 0, def.indexOf(col::wert));
        item.origin = MergeItem::Origin::Votes;
        item.label = label;
        item.catalog = score->value(col::wert.toString());
        item.package = a.proposed;
        item.hasBase = bool(base);
        item.base = base.value_or(QVariant());
        if (sameValue(item.catalog, item.package))
            return;
        item.changes = {Change::update(Table::Bewertung, item.key, item.column, item.catalog, item.package)};
        const bool catalogKept = base && sameValue(*base, item.catalog);
        if (!catalogKept)
            item.note = exchange::Tr::tr("im Katalog geändert, die Stimmen ergeben einen anderen Wert");
        add(item, !catalogKept);
        return;
    }
    const qint64 key = m_c.allocateKey(Table::Bewertung);
    MergeItem item = Planner::item(MergeItem::Kind::Insert, def, key, 0, -1, label);
    item.origin = MergeItem::Origin::Votes;
    item.row = {{def.key, item.key},
                {col::kriteriumId.toString(), a.kriteriumId},
                {col::ozgId.toString(), a.ozgId},
                {col::wert.toString(), a.proposed}};
    item.changes = {Change::insert(Table::Bewertung, item.key, item.row)};
    if (base)
        item.note = exchange::Tr::tr("im Katalog seitdem entfernt");
    add(item, bool(base));
}

} // namespace

QString ReviewMergePlan::source() const
{
    return edit::Phrase(edit::Phrase::Msg::WorkshopSource).arg(fileName).stored();
}

QString ReviewMergePlan::description() const
{
    return edit::Phrase(edit::Phrase::Msg::MergeWorkshop).arg(fileName).stored();
}

qsizetype ReviewMergePlan::openConflicts() const
{
    return std::count_if(conflicts.cbegin(), conflicts.cend(),
                         [](const MergeItem &i) { return i.resolution == MergeSide::Open; });
}

ReviewMergePlan planReviewMerge(Catalog &catalog, const OpenedReviewPackage &package,
                                const ReviewMergeOptions &options)
{
    return Planner(catalog, package, options).run();
}

void resolveAll(ReviewMergePlan &plan, MergeSide side)
{
    for (MergeItem &i : plan.conflicts)
        if (i.resolution == MergeSide::Open)
            i.resolution = side;
}

bool resolve(ReviewMergePlan &plan, const QString &id, MergeSide side)
{
    for (MergeItem &i : plan.conflicts) {
        if (i.id == id) {
            i.resolution = side;
            return true;
        }
    }
    return false;
}

} // namespace tfp
