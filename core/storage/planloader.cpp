// Catalog::loadPlan and Catalog::refresh: read every table (or only the rows a ChangeSet touched)
// forward-only into the PlanSnapshot's plain values. One reader per table maps a row, so both paths share it.
#include "catalog.h"
#include "codes.h"
#include "error.h"
#include "sqldialect.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace tfp {

using namespace schema;

namespace {

// A query over one table's rows (all, or those where a column has a value) with typed access by column.
class Rows
{
public:
    Rows(const QString &connection, Table t, QStringView whereColumn = {}, const QVariant &value = {})
        : Rows(connection, t,
               whereColumn.isEmpty() ? sql::selectAll(table(t))
                                     : sql::selectWhere(table(t), whereColumn.toString()),
               whereColumn.isEmpty() ? QVariantList() : QVariantList{value})
    {
    }
    // Any query that selects the table's columns in their order.
    Rows(const QString &connection, Table t, const QString &select, const QVariantList &binds)
        : m_def(table(t)), m_query(QSqlDatabase::database(connection, false))
    {
        m_query.setForwardOnly(true);
        bool ok = m_query.prepare(select);
        for (const QVariant &b : binds)
            m_query.addBindValue(b);
        if (!ok || !m_query.exec())
            throw Error(m_query.lastError().text());
    }
    bool next() { return m_query.next(); }
    QVariant v(int i) const { return m_query.value(i); }
    qint64 i64(int i) const { return m_query.value(i).toLongLong(); }
    int i32(int i) const { return m_query.value(i).toInt(); }
    double dbl(int i) const { return m_query.value(i).toDouble(); }
    QString str(int i) const { return m_query.value(i).toString(); }
    QDate date(int i) const { return QDate::fromString(m_query.value(i).toString(), Qt::ISODate); }
    template <typename T> std::optional<T> opt(int i) const
    {
        const QVariant x = m_query.value(i);
        if (x.isNull())
            return std::nullopt;
        return x.value<T>();
    }
    template <typename E> E en(int i, QStringView column) const
    {
        return enumFromCode<E>(m_def.id, column, m_query.value(i).toString());
    }

private:
    const TableDef &m_def;
    QSqlQuery m_query;
};

// Column positions are fixed by the schema, so each reader resolves them once.
#define TFP_IDX(var, t, c) static const int var = table(Table::t).indexOf(col::c)

template <typename T> T read(const Rows &r);

template <> Themenfeld read(const Rows &r)
{
    TFP_IDX(iId, Themenfeld, id);
    TFP_IDX(iName, Themenfeld, name);
    TFP_IDX(iSort, Themenfeld, sortOrder);
    TFP_IDX(iH, Themenfeld, schwelleHoechste);
    TFP_IDX(iHo, Themenfeld, schwelleHohe);
    TFP_IDX(iM, Themenfeld, schwelleMittlere);
    TFP_IDX(iK, Themenfeld, wellenKapazitaet);
    TFP_IDX(iKa, Themenfeld, wellenKapazitaetArt);
    TFP_IDX(iN, Themenfeld, notes);
    return {r.i32(iId), r.str(iName), r.i32(iSort),   r.dbl(iH),
            r.dbl(iHo), r.dbl(iM),    r.opt<int>(iK), r.en<KapazitaetArt>(iKa, col::wellenKapazitaetArt),
            r.str(iN)};
}

template <> Lage read(const Rows &r)
{
    TFP_IDX(iId, Lage, id);
    TFP_IDX(iT, Lage, themenfeldId);
    TFP_IDX(iName, Lage, name);
    TFP_IDX(iArt, Lage, art);
    return {r.i32(iId), r.i32(iT), r.str(iName), r.en<LageArt>(iArt, col::art)};
}

template <> Leistung read(const Rows &r)
{
    TFP_IDX(iId, Leistung, ozgId);
    TFP_IDX(iL, Leistung, lageId);
    TFP_IDX(iName, Leistung, name);
    TFP_IDX(iS, Leistung, status);
    TFP_IDX(iRi, Leistung, reifegradIst);
    TFP_IDX(iRz, Leistung, reifegradZiel);
    TFP_IDX(iRm, Leistung, reifegradModell);
    TFP_IDX(iF, Leistung, flaechendeckung);
    TFP_IDX(iG, Leistung, goLive);
    TFP_IDX(iFa, Leistung, flaechendeckendAm);
    TFP_IDX(iNa, Leistung, nachfrage);
    TFP_IDX(iA, Leistung, aufwandPt);
    TFP_IDX(iR, Leistung, rechtsaenderung);
    TFP_IDX(iW, Leistung, welleFix);
    TFP_IDX(iN, Leistung, notes);
    Leistung l;
    l.ozgId = r.i32(iId);
    l.lageId = r.i32(iL);
    l.name = r.str(iName);
    l.status = r.en<Status>(iS, col::status);
    l.reifegradIst = r.opt<int>(iRi);
    l.reifegradZiel = r.opt<int>(iRz);
    l.modell = r.en<ReifegradModell>(iRm, col::reifegradModell);
    l.flaechendeckung = r.en<Flaechendeckung>(iF, col::flaechendeckung);
    l.goLive = r.date(iG);
    l.flaechendeckendAm = r.date(iFa);
    l.nachfrage = r.opt<qint64>(iNa);
    l.aufwandPt = r.opt<double>(iA);
    l.rechtsaenderung = r.str(iR);
    l.welleFix = r.opt<int>(iW);
    l.notes = r.str(iN);
    return l;
}

template <> LeikaLeistung read(const Rows &r)
{
    TFP_IDX(iId, Leika, id);
    TFP_IDX(iS, Leika, schluessel);
    TFP_IDX(iB, Leika, bezeichnung);
    TFP_IDX(iT, Leika, typ);
    TFP_IDX(iR, Leika, rechtsgrundlage);
    TFP_IDX(iG, Leika, gesetze);
    TFP_IDX(iK, Leika, gesetzeskuerzel);
    TFP_IDX(i1, Leika, sdg1);
    TFP_IDX(i2, Leika, sdg2);
    TFP_IDX(iO, Leika, ozgId);
    return {r.i64(iId), r.str(iS), r.str(iB),      r.str(iT),      r.str(iR),
            r.str(iG),  r.str(iK), r.i32(i1) != 0, r.i32(i2) != 0, r.opt<int>(iO)};
}

template <> Abhaengigkeit read(const Rows &r)
{
    TFP_IDX(iId, Abhaengigkeit, id);
    TFP_IDX(iO, Abhaengigkeit, ozgId);
    TFP_IDX(iH, Abhaengigkeit, haengtAbVon);
    TFP_IDX(iN, Abhaengigkeit, notes);
    return {r.i64(iId), r.i32(iO), r.i32(iH), r.str(iN)};
}

template <> Beteiligter read(const Rows &r)
{
    TFP_IDX(iId, Beteiligter, id);
    TFP_IDX(iK, Beteiligter, kuerzel);
    TFP_IDX(iN, Beteiligter, name);
    TFP_IDX(iA, Beteiligter, art);
    return {r.i32(iId), r.str(iK), r.str(iN), r.en<BeteiligterArt>(iA, col::art)};
}

template <> Federfuehrung read(const Rows &r)
{
    TFP_IDX(iId, Federfuehrung, id);
    TFP_IDX(iT, Federfuehrung, themenfeldId);
    TFP_IDX(iB, Federfuehrung, beteiligterId);
    TFP_IDX(iR, Federfuehrung, rolle);
    TFP_IDX(iK, Federfuehrung, kontakt);
    TFP_IDX(iS, Federfuehrung, sortOrder);
    return {r.i64(iId), r.i32(iT), r.i32(iB), r.en<Rolle>(iR, col::rolle), r.str(iK), r.i32(iS)};
}

template <> Projekt read(const Rows &r)
{
    TFP_IDX(iId, Projekt, id);
    TFP_IDX(iT, Projekt, themenfeldId);
    TFP_IDX(iN, Projekt, name);
    TFP_IDX(iK, Projekt, koordinationId);
    TFP_IDX(iE, Projekt, efaModell);
    TFP_IDX(iP, Projekt, phase);
    TFP_IDX(iS, Projekt, start);
    TFP_IDX(iEn, Projekt, ende);
    TFP_IDX(iB, Projekt, budgetCent);
    TFP_IDX(iNo, Projekt, notes);
    return {r.i64(iId),
            r.i32(iT),
            r.str(iN),
            r.opt<int>(iK),
            r.en<EfaModell>(iE, col::efaModell),
            r.en<Phase>(iP, col::phase),
            r.date(iS),
            r.date(iEn),
            r.opt<qint64>(iB),
            r.str(iNo),
            {}};
}

template <> Nachnutzung read(const Rows &r)
{
    TFP_IDX(iId, Nachnutzung, id);
    TFP_IDX(iP, Nachnutzung, projektId);
    TFP_IDX(iL, Nachnutzung, landId);
    TFP_IDX(iS, Nachnutzung, stand);
    TFP_IDX(iD, Nachnutzung, datum);
    return {r.i64(iId), r.i64(iP), r.i32(iL), r.en<NachnutzungStand>(iS, col::stand), r.date(iD)};
}

template <> Meilenstein read(const Rows &r)
{
    TFP_IDX(iId, Meilenstein, id);
    TFP_IDX(iP, Meilenstein, projektId);
    TFP_IDX(iPh, Meilenstein, phase);
    TFP_IDX(iT, Meilenstein, titel);
    TFP_IDX(iG, Meilenstein, geplant);
    TFP_IDX(iI, Meilenstein, ist);
    TFP_IDX(iAd, Meilenstein, abnahmeDurch);
    TFP_IDX(iAa, Meilenstein, abnahmeAm);
    TFP_IDX(iO, Meilenstein, ozgId);
    TFP_IDX(iS, Meilenstein, sortOrder);
    return {r.i64(iId),      r.i64(iP),   r.en<Phase>(iPh, col::phase),
            r.str(iT),       r.date(iG),  r.date(iI),
            r.opt<int>(iAd), r.date(iAa), r.opt<int>(iO),
            r.i32(iS)};
}

template <> Zahlung read(const Rows &r)
{
    TFP_IDX(iId, Zahlung, id);
    TFP_IDX(iP, Zahlung, projektId);
    TFP_IDX(iJ, Zahlung, jahr);
    TFP_IDX(iQ, Zahlung, quartal);
    TFP_IDX(iPl, Zahlung, planCent);
    TFP_IDX(iI, Zahlung, istCent);
    TFP_IDX(iPt, Zahlung, personentage);
    return {r.i64(iId), r.i64(iP), r.i32(iJ), r.i32(iQ), r.i64(iPl), r.opt<qint64>(iI), r.opt<double>(iPt)};
}

template <> Onlinedienst read(const Rows &r)
{
    TFP_IDX(iId, Onlinedienst, id);
    TFP_IDX(iN, Onlinedienst, name);
    TFP_IDX(iA, Onlinedienst, anbieter);
    TFP_IDX(iU, Onlinedienst, url);
    TFP_IDX(iNo, Onlinedienst, notes);
    return {r.i64(iId), r.str(iN), r.str(iA), r.str(iU), r.str(iNo), {}, {}};
}

template <> Kriterium read(const Rows &r)
{
    TFP_IDX(iId, Kriterium, id);
    TFP_IDX(iT, Kriterium, themenfeldId);
    TFP_IDX(iN, Kriterium, name);
    TFP_IDX(iG, Kriterium, gewicht);
    TFP_IDX(iS, Kriterium, sortOrder);
    return {r.i64(iId), r.i32(iT), r.str(iN), r.dbl(iG), r.i32(iS)};
}

template <> Bewertung read(const Rows &r)
{
    TFP_IDX(iId, Bewertung, id);
    TFP_IDX(iK, Bewertung, kriteriumId);
    TFP_IDX(iO, Bewertung, ozgId);
    TFP_IDX(iW, Bewertung, wert);
    return {r.i64(iId), r.i64(iK), r.i32(iO), r.i32(iW)};
}

template <> Stimme read(const Rows &r)
{
    TFP_IDX(iId, Stimme, id);
    TFP_IDX(iK, Stimme, kriteriumId);
    TFP_IDX(iO, Stimme, ozgId);
    TFP_IDX(iT, Stimme, teilnehmer);
    TFP_IDX(iW, Stimme, wert);
    TFP_IDX(iWs, Stimme, workshop);
    TFP_IDX(iD, Stimme, datum);
    return {r.i64(iId), r.i64(iK), r.i32(iO), r.str(iT), r.i32(iW), r.str(iWs), r.date(iD)};
}

template <> Risiko read(const Rows &r)
{
    TFP_IDX(iId, Risiko, id);
    TFP_IDX(iT, Risiko, themenfeldId);
    TFP_IDX(iP, Risiko, projektId);
    TFP_IDX(iO, Risiko, ozgId);
    TFP_IDX(iA, Risiko, art);
    TFP_IDX(iB, Risiko, beschreibung);
    TFP_IDX(iM, Risiko, massnahme);
    TFP_IDX(iE, Risiko, einstufung);
    return {r.i64(iId),
            r.i32(iT),
            r.opt<qint64>(iP),
            r.opt<int>(iO),
            r.en<RisikoArt>(iA, col::art),
            r.str(iB),
            r.str(iM),
            r.en<Einstufung>(iE, col::einstufung)};
}

#undef TFP_IDX

template <typename T> void readAll(Rows &&r, QList<T> &out, qsizetype reserve = 0)
{
    out.reserve(reserve);
    while (r.next())
        out.append(read<T>(r));
}

template <typename T> void readAll(const QString &connection, Table t, QList<T> &out, qsizetype reserve = 0)
{
    readAll(Rows(connection, t), out, reserve);
}

qint64 keyOf(const Leistung &l)
{
    return l.ozgId;
}
template <typename T> qint64 keyOf(const T &x)
{
    return x.id;
}

// Replaces, inserts or removes the one row with this key, keeping the list sorted by key.
template <typename T> void refreshRow(const QString &connection, Table t, QList<T> &list, qint64 key)
{
    auto it =
        std::lower_bound(list.begin(), list.end(), key, [](const T &x, qint64 k) { return keyOf(x) < k; });
    const bool present = it != list.end() && keyOf(*it) == key;
    Rows r(connection, t, table(t).key, key);
    if (r.next()) {
        T fresh = read<T>(r);
        if (present)
            *it = std::move(fresh);
        else
            list.insert(it, std::move(fresh));
    } else if (present) {
        list.erase(it);
    }
}

template <typename T> T *findByKey(QList<T> &list, qint64 key)
{
    auto it =
        std::lower_bound(list.begin(), list.end(), key, [](const T &x, qint64 k) { return keyOf(x) < k; });
    return it != list.end() && keyOf(*it) == key ? &*it : nullptr;
}

} // namespace

namespace {
// Holds one read transaction while it lives, so that every table is read from the same commit even while
// another process writes; without it a snapshot could hold milestones of a project it does not hold. Inside
// a transaction that is already open (apply, create's populate) it adds nothing.
class ReadTransaction
{
public:
    explicit ReadTransaction(const QString &connection)
        : m_db(QSqlDatabase::database(connection, false)), m_open(m_db.transaction())
    {
    }
    ~ReadTransaction()
    {
        if (m_open)
            m_db.commit();
    }
    ReadTransaction(const ReadTransaction &) = delete;
    ReadTransaction &operator=(const ReadTransaction &) = delete;

private:
    QSqlDatabase m_db;
    bool m_open;
};
} // namespace

PlanSnapshot Catalog::loadPlan(PlanDetail detail) const
{
    const ReadTransaction snapshot(m_connection);
    PlanSnapshot p;
    p.detail = detail;
    p.schemaVersion = kVersion;
    p.catalogId = m_catalogId;
    p.revision = revision();
    readAll(m_connection, Table::Themenfeld, p.themenfelder);
    readAll(m_connection, Table::Lage, p.lagen);
    readAll(m_connection, Table::Leistung, p.leistungen, count(Table::Leistung));
    if (detail == PlanDetail::Full)
        readAll(m_connection, Table::Leika, p.leika, count(Table::Leika));
    else // only those an Onlinedienst covers: coverage and the concept format need them
        readAll(Rows(m_connection, Table::Leika,
                     sql::selectWhereIn(table(Table::Leika), table(Table::Leika).key,
                                        table(Table::OnlinedienstLeika), col::leikaId.toString()),
                     {}),
                p.leika);
    readAll(m_connection, Table::Abhaengigkeit, p.abhaengigkeiten);
    readAll(m_connection, Table::Beteiligter, p.beteiligte);
    readAll(m_connection, Table::Federfuehrung, p.federfuehrung);
    readAll(m_connection, Table::Projekt, p.projekte, count(Table::Projekt));
    readAll(m_connection, Table::Nachnutzung, p.nachnutzung);
    readAll(m_connection, Table::Meilenstein, p.meilensteine, count(Table::Meilenstein));
    readAll(m_connection, Table::Zahlung, p.zahlungen);
    readAll(m_connection, Table::Onlinedienst, p.onlinedienste);
    readAll(m_connection, Table::Kriterium, p.kriterien);
    if (detail == PlanDetail::Full) {
        readAll(m_connection, Table::Bewertung, p.bewertungen, count(Table::Bewertung));
        readAll(m_connection, Table::Stimme, p.stimmen);
    }
    readAll(m_connection, Table::Risiko, p.risiken);
    {
        QHash<qint64, qsizetype> index;
        for (qsizetype i = 0; i < p.projekte.size(); ++i)
            index.insert(p.projekte[i].id, i);
        static const int iP = table(Table::ProjektLeistung).indexOf(col::projektId);
        static const int iO = table(Table::ProjektLeistung).indexOf(col::ozgId);
        Rows r(m_connection, Table::ProjektLeistung);
        while (r.next())
            if (auto it = index.constFind(r.i64(iP)); it != index.cend())
                p.projekte[*it].leistungen.append(r.i32(iO));
    }
    {
        QHash<qint64, qsizetype> index;
        for (qsizetype i = 0; i < p.onlinedienste.size(); ++i)
            index.insert(p.onlinedienste[i].id, i);
        static const int iD = table(Table::OnlinedienstLeika).indexOf(col::dienstId);
        static const int iL = table(Table::OnlinedienstLeika).indexOf(col::leikaId);
        static const int iR = table(Table::OnlinedienstLeika).indexOf(col::reifegrad);
        Rows r(m_connection, Table::OnlinedienstLeika);
        while (r.next())
            if (auto it = index.constFind(r.i64(iD)); it != index.cend())
                p.onlinedienste[*it].leika.insert(r.i64(iL), r.i32(iR));
        static const int jD = table(Table::OnlinedienstLand).indexOf(col::dienstId);
        static const int jL = table(Table::OnlinedienstLand).indexOf(col::landId);
        static const int jS = table(Table::OnlinedienstLand).indexOf(col::seit);
        Rows s(m_connection, Table::OnlinedienstLand);
        while (s.next())
            if (auto it = index.constFind(s.i64(jD)); it != index.cend())
                p.onlinedienste[*it].laender.insert(s.i32(jL), s.date(jS));
    }
    if (detail == PlanDetail::Full) {
        QHash<int, QStringList> typen;
        QHash<int, QStringList> keys;
        for (const auto &l : std::as_const(p.leika)) {
            if (l.ozgId) {
                typen[*l.ozgId].append(l.typ);
                keys[*l.ozgId].append(l.schluessel);
            }
        }
        for (auto &l : p.leistungen) {
            l.programm = programmOf(typen.value(l.ozgId));
            l.leikaSchluessel = keys.value(l.ozgId).join(u' ');
        }
    } else {
        // One row per Leistung with LeiKa entries, in OZG-ID order like the Leistungen: a merge, no lookups.
        QSqlQuery q(QSqlDatabase::database(m_connection, false));
        q.setForwardOnly(true);
        if (!q.exec(sql::leikaSummary(table(Table::Leika))))
            throw Error(q.lastError().text());
        auto l = p.leistungen.begin();
        while (q.next() && l != p.leistungen.end()) {
            const int ozg = q.value(0).toInt();
            for (; l != p.leistungen.end() && l->ozgId < ozg; ++l)
                l->programm = programmOf({});
            if (l != p.leistungen.end() && l->ozgId == ozg) {
                l->programm = programmOf(q.value(1).toString().split(u'|'));
                l->leikaSchluessel = q.value(2).toString();
                ++l;
            }
        }
        for (; l != p.leistungen.end(); ++l)
            l->programm = programmOf({});
    }
    p.rebuildIndexes();
    return p;
}

void Catalog::loadScores(PlanSnapshot &p, int themenfeldId) const
{
    const ReadTransaction snapshot(m_connection);
    p.bewertungen.clear();
    p.stimmen.clear();
    for (Table t : {Table::Bewertung, Table::Stimme}) {
        Rows r(m_connection, t,
               sql::selectWhereIn(table(t), col::kriteriumId.toString(), table(Table::Kriterium),
                                  table(Table::Kriterium).key, col::themenfeldId.toString()),
               {themenfeldId});
        if (t == Table::Bewertung)
            readAll(std::move(r), p.bewertungen);
        else
            readAll(std::move(r), p.stimmen);
    }
    p.scoresThemenfeld = themenfeldId;
}

void Catalog::refresh(PlanSnapshot &p, const ChangeSet &changes) const
{
    // A Summary holds the scores of one Themenfeld at most (loadScores): changes to others stay outside.
    const auto scoresLoaded = [this](const PlanSnapshot &plan, const Change &c) {
        if (!plan.scoresThemenfeld)
            return false;
        const qint64 kriterium = c.kind == Change::Kind::Update
                                     ? value(c.table, c.key, col::kriteriumId).toLongLong()
                                     : c.row.value(col::kriteriumId.toString()).toLongLong();
        return value(Table::Kriterium, kriterium, col::themenfeldId).toInt() == plan.scoresThemenfeld;
    };
    QSet<QPair<int, qint64>> done;
    QSet<int> programmDirty;
    QSet<qint64> projekteDirty, diensteDirty;
    bool reindex = false;
    for (const Change &c : changes.changes) {
        if (done.contains({int(c.table), c.key}))
            continue;
        done.insert({int(c.table), c.key});
        switch (c.table) {
        case Table::Themenfeld:
            refreshRow(m_connection, c.table, p.themenfelder, c.key);
            reindex = true;
            break;
        case Table::Lage:
            refreshRow(m_connection, c.table, p.lagen, c.key);
            reindex = true;
            break;
        case Table::Leistung: {
            refreshRow(m_connection, c.table, p.leistungen, c.key);
            programmDirty.insert(int(c.key));
            reindex = reindex || c.kind != Change::Kind::Update;
            break;
        }
        case Table::Leika: {
            // The Leistung it belonged to and the one it belongs to now both change scope and keys.
            if (c.kind == Change::Kind::Update && c.column == col::ozgId) {
                programmDirty.insert(c.oldValue.toInt());
                programmDirty.insert(c.newValue.toInt());
            } else if (c.kind != Change::Kind::Update) {
                programmDirty.insert(c.row.value(col::ozgId.toString()).toInt());
            } else {
                programmDirty.insert(value(c.table, c.key, col::ozgId).toInt());
            }
            if (p.detail == PlanDetail::Full || findByKey(p.leika, c.key))
                refreshRow(m_connection, c.table, p.leika, c.key);
            break;
        }
        case Table::Abhaengigkeit:
            refreshRow(m_connection, c.table, p.abhaengigkeiten, c.key);
            break;
        case Table::Beteiligter:
            refreshRow(m_connection, c.table, p.beteiligte, c.key);
            reindex = true;
            break;
        case Table::Federfuehrung:
            refreshRow(m_connection, c.table, p.federfuehrung, c.key);
            break;
        case Table::Projekt:
            refreshRow(m_connection, c.table, p.projekte, c.key);
            projekteDirty.insert(c.key);
            break;
        case Table::ProjektLeistung: {
            const QVariant projekt = c.kind == Change::Kind::Update ? value(c.table, c.key, col::projektId)
                                                                    : c.row.value(col::projektId.toString());
            projekteDirty.insert(projekt.toLongLong());
            if (c.kind == Change::Kind::Update)
                projekteDirty.insert(c.oldValue.toLongLong()); // moved from another project
            break;
        }
        case Table::Nachnutzung:
            refreshRow(m_connection, c.table, p.nachnutzung, c.key);
            break;
        case Table::Meilenstein:
            refreshRow(m_connection, c.table, p.meilensteine, c.key);
            break;
        case Table::Zahlung:
            refreshRow(m_connection, c.table, p.zahlungen, c.key);
            break;
        case Table::Onlinedienst:
            refreshRow(m_connection, c.table, p.onlinedienste, c.key);
            diensteDirty.insert(c.key);
            break;
        case Table::OnlinedienstLeika:
        case Table::OnlinedienstLand: {
            const QVariant dienst = c.kind == Change::Kind::Update ? value(c.table, c.key, col::dienstId)
                                                                   : c.row.value(col::dienstId.toString());
            diensteDirty.insert(dienst.toLongLong());
            break;
        }
        case Table::Kriterium:
            refreshRow(m_connection, c.table, p.kriterien, c.key);
            break;
        case Table::Bewertung:
            if (p.detail == PlanDetail::Full || findByKey(p.bewertungen, c.key) || scoresLoaded(p, c))
                refreshRow(m_connection, c.table, p.bewertungen, c.key);
            break;
        case Table::Stimme:
            if (p.detail == PlanDetail::Full || findByKey(p.stimmen, c.key) || scoresLoaded(p, c))
                refreshRow(m_connection, c.table, p.stimmen, c.key);
            break;
        case Table::Risiko:
            refreshRow(m_connection, c.table, p.risiken, c.key);
            break;
        case Table::Kommentar:
        case Table::Stand:
        case Table::Count:
            break;
        }
    }
    for (qint64 key : std::as_const(projekteDirty)) {
        if (Projekt *pr = findByKey(p.projekte, key)) {
            pr->leistungen.clear();
            static const int iO = table(Table::ProjektLeistung).indexOf(col::ozgId);
            Rows r(m_connection, Table::ProjektLeistung, col::projektId, key);
            while (r.next())
                pr->leistungen.append(r.i32(iO));
        }
    }
    for (qint64 key : std::as_const(diensteDirty)) {
        if (Onlinedienst *d = findByKey(p.onlinedienste, key)) {
            d->leika.clear();
            d->laender.clear();
            for (const QVariantMap &m : rowsWhere(Table::OnlinedienstLeika, col::dienstId, key)) {
                const qint64 leika = m.value(col::leikaId.toString()).toLongLong();
                d->leika.insert(leika, m.value(col::reifegrad.toString()).toInt());
                if (!findByKey(p.leika, leika)) // a Summary holds the LeiKa-Leistungen covered by a dienst
                    refreshRow(m_connection, Table::Leika, p.leika, leika);
            }
            for (const QVariantMap &m : rowsWhere(Table::OnlinedienstLand, col::dienstId, key))
                d->laender.insert(m.value(col::landId.toString()).toInt(),
                                  QDate::fromString(m.value(col::seit.toString()).toString(), Qt::ISODate));
        }
    }
    if (!programmDirty.isEmpty()) {
        for (int ozg : std::as_const(programmDirty)) {
            Leistung *l = findByKey(p.leistungen, ozg);
            if (!l)
                continue;
            QStringList typen, keys;
            for (const QVariantMap &m : rowsWhere(Table::Leika, col::ozgId, ozg)) {
                typen << m.value(col::typ.toString()).toString();
                keys << m.value(col::schluessel.toString()).toString();
            }
            l->programm = programmOf(typen);
            l->leikaSchluessel = keys.join(u' ');
        }
    }
    if (reindex)
        p.rebuildIndexes();
    p.revision = revision();
}

} // namespace tfp
