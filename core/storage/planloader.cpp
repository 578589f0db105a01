// Catalog::loadPlan and Catalog::refresh: read every table (or only the rows a ChangeSet touched)
// forward-only into the PlanSnapshot's plain values. One reader per table maps a row, so both paths share it.
#include "catalog.h"
#include "planrows.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <libpq-fe.h>

#include <functional>
#include <map>

namespace tfp {

using namespace schema;
using namespace planrows;

namespace {
// Holds one read transaction while it lives, so that every table is read from the same commit even while
// another process writes; without it a snapshot could hold milestones of a project it does not hold. Inside
// a transaction that is already open (apply, create's populate) it adds nothing.
class ReadTransaction
{
public:
    // On a server BEGIN inside a transaction succeeds with a warning (and COMMIT would end the outer one):
    // there the connection's own state tells, and a transaction of its own reads one snapshot
    // (REPEATABLE READ) instead of the latest commit at each statement.
    explicit ReadTransaction(const QString &connection, bool server)
        : m_db(QSqlDatabase::database(connection, false))
    {
        if (!server) {
            m_open = m_db.transaction();
            return;
        }
        const QVariant h = m_db.driver()->handle();
        PGconn *pg =
            qstrcmp(h.typeName(), "pg_conn*") == 0 ? *static_cast<PGconn *const *>(h.constData()) : nullptr;
        if (!pg || PQtransactionStatus(pg) != PQTRANS_IDLE || !m_db.transaction())
            return;
        m_open = true;
        QSqlQuery q(m_db);
        if (!q.exec(sql::pgReadOnlySnapshot()))
            throw Error(q.lastError().text());
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
    bool m_open = false;
};
} // namespace

PlanSnapshot Catalog::loadPlan(PlanDetail detail) const
{
    const ReadTransaction snapshot(m_connection, isServer());
    PlanSnapshot p;
    p.detail = detail;
    p.schemaVersion = kVersion;
    p.catalogId = m_catalogId;
    p.revision = revision();
    readAll(m_connection, Table::Themenfeld, p.themenfelder);
    readAll(m_connection, Table::Lage, p.lagen);
    readAll(m_connection, Table::Leistung, p.leistungen, count(Table::Leistung));
    if (holdsAllLeika(detail))
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
    readAll(m_connection, Table::MeilensteinAbhaengigkeit, p.meilensteinAbhaengigkeiten);
    readAll(m_connection, Table::Zahlung, p.zahlungen);
    readAll(m_connection, Table::Onlinedienst, p.onlinedienste);
    readAll(m_connection, Table::Kriterium, p.kriterien);
    if (holdsAllScores(detail)) {
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
    if (holdsAllLeika(detail)) {
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
        Rows q(m_connection, sql::leikaSummary(table(Table::Leika),
                                               isServer() ? sql::Dialect::PostgreSQL : sql::Dialect::SQLite));
        auto l = p.leistungen.begin();
        while (q.next() && l != p.leistungen.end()) {
            const int ozg = q.i32(0);
            for (; l != p.leistungen.end() && l->ozgId < ozg; ++l)
                l->programm = programmOf({});
            if (l != p.leistungen.end() && l->ozgId == ozg) {
                l->programm = programmOf(q.str(1).split(u'|'));
                l->leikaSchluessel = q.str(2);
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
    const ReadTransaction snapshot(m_connection, isServer());
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

namespace {

// The rows a change set touched, read again per table with as few queries as possible (refreshRows).
class Refetch
{
public:
    template <typename T> void add(Table t, QList<T> &list, qint64 key)
    {
        Pending &p = m_pending[int(t)];
        if (!p.read)
            p.read = [t, &list](const QString &connection, const QList<qint64> &keys) {
                refreshRows(connection, t, list, keys);
            };
        p.keys.append(key);
    }
    void run(const QString &connection)
    {
        for (auto &[table, p] : m_pending)
            p.read(connection, p.keys);
    }

private:
    struct Pending
    {
        QList<qint64> keys;
        std::function<void(const QString &, const QList<qint64> &)> read;
    };
    std::map<int, Pending> m_pending;
};

} // namespace

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
    Refetch refetch;
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
            refetch.add(c.table, p.themenfelder, c.key);
            reindex = true;
            break;
        case Table::Lage:
            refetch.add(c.table, p.lagen, c.key);
            reindex = true;
            break;
        case Table::Leistung: {
            refetch.add(c.table, p.leistungen, c.key);
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
            if (holdsAllLeika(p.detail) || findByKey(p.leika, c.key))
                refetch.add(c.table, p.leika, c.key);
            break;
        }
        case Table::Abhaengigkeit:
            refetch.add(c.table, p.abhaengigkeiten, c.key);
            break;
        case Table::Beteiligter:
            refetch.add(c.table, p.beteiligte, c.key);
            reindex = true;
            break;
        case Table::Federfuehrung:
            refetch.add(c.table, p.federfuehrung, c.key);
            break;
        case Table::Projekt:
            refetch.add(c.table, p.projekte, c.key);
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
            refetch.add(c.table, p.nachnutzung, c.key);
            break;
        case Table::Meilenstein:
            refetch.add(c.table, p.meilensteine, c.key);
            break;
        case Table::MeilensteinAbhaengigkeit:
            refetch.add(c.table, p.meilensteinAbhaengigkeiten, c.key);
            break;
        case Table::Zahlung:
            refetch.add(c.table, p.zahlungen, c.key);
            break;
        case Table::Onlinedienst:
            refetch.add(c.table, p.onlinedienste, c.key);
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
            refetch.add(c.table, p.kriterien, c.key);
            break;
        case Table::Bewertung:
            if (holdsAllScores(p.detail) || findByKey(p.bewertungen, c.key) || scoresLoaded(p, c))
                refetch.add(c.table, p.bewertungen, c.key);
            break;
        case Table::Stimme:
            if (holdsAllScores(p.detail) || findByKey(p.stimmen, c.key) || scoresLoaded(p, c))
                refetch.add(c.table, p.stimmen, c.key);
            break;
        case Table::Risiko:
            refetch.add(c.table, p.risiken, c.key);
            break;
        case Table::Kommentar:
        case Table::Stand:
        case Table::Count:
            break;
        }
    }
    refetch.run(m_connection);
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
