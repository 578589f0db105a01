// Catalog::loadPlan: reads every table once, forward-only, into the PlanSnapshot's plain values.
#include "catalog.h"
#include "codes.h"
#include "error.h"
#include "sqldialect.h"

#include <QSqlError>
#include <QSqlQuery>

namespace tfp {

using namespace schema;

namespace {

// Walks one table's rows with named column access resolved once.
class Rows
{
public:
    Rows(const QString &connection, Table t) : m_def(table(t)), m_query(QSqlDatabase::database(connection, false))
    {
        m_query.setForwardOnly(true);
        if (!m_query.exec(sql::selectAll(m_def)))
            throw Error(m_query.lastError().text());
    }
    bool next() { return m_query.next(); }
    int idx(QStringView c) const
    {
        const int i = m_def.indexOf(c);
        if (i < 0)
            throw Error(u"%1.%2"_qs.arg(m_def.name, c.toString()));
        return i;
    }
    QVariant v(int i) const { return m_query.value(i); }
    qint64 i64(int i) const { return m_query.value(i).toLongLong(); }
    int i32(int i) const { return m_query.value(i).toInt(); }
    double dbl(int i) const { return m_query.value(i).toDouble(); }
    QString str(int i) const { return m_query.value(i).toString(); }
    QDate date(int i) const { return QDate::fromString(m_query.value(i).toString(), Qt::ISODate); }
    template<typename T>
    std::optional<T> opt(int i) const
    {
        const QVariant x = m_query.value(i);
        if (x.isNull())
            return std::nullopt;
        return x.value<T>();
    }
    template<typename E>
    E en(int i, QStringView column) const
    {
        return enumFromCode<E>(m_def.id, column, m_query.value(i).toString());
    }

private:
    const TableDef &m_def;
    QSqlQuery m_query;
};

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

PlanSnapshot Catalog::loadPlan() const
{
    const ReadTransaction snapshot(m_connection);
    using namespace col;
    PlanSnapshot p;
    p.schemaVersion = kVersion;
    p.catalogId = m_catalogId;
    p.revision = revision();
    p.themenfelder.reserve(int(count(Table::Themenfeld)));
    {
        Rows r(m_connection, Table::Themenfeld);
        const int iId = r.idx(id), iName = r.idx(name), iSort = r.idx(sortOrder), iH = r.idx(schwelleHoechste),
                  iHo = r.idx(schwelleHohe), iM = r.idx(schwelleMittlere), iK = r.idx(wellenKapazitaet),
                  iKa = r.idx(wellenKapazitaetArt), iN = r.idx(notes);
        while (r.next())
            p.themenfelder.append({r.i32(iId), r.str(iName), r.i32(iSort), r.dbl(iH), r.dbl(iHo), r.dbl(iM),
                                   r.opt<int>(iK), r.en<KapazitaetArt>(iKa, wellenKapazitaetArt), r.str(iN)});
    }
    {
        Rows r(m_connection, Table::Lage);
        const int iId = r.idx(id), iT = r.idx(themenfeldId), iName = r.idx(name), iArt = r.idx(art);
        while (r.next())
            p.lagen.append({r.i32(iId), r.i32(iT), r.str(iName), r.en<LageArt>(iArt, art)});
    }
    {
        p.leistungen.reserve(int(count(Table::Leistung)));
        Rows r(m_connection, Table::Leistung);
        const int iId = r.idx(ozgId), iL = r.idx(lageId), iName = r.idx(name), iS = r.idx(status),
                  iRi = r.idx(reifegradIst), iRz = r.idx(reifegradZiel), iRm = r.idx(reifegradModell),
                  iF = r.idx(flaechendeckung), iG = r.idx(goLive), iFa = r.idx(flaechendeckendAm),
                  iNa = r.idx(nachfrage), iA = r.idx(aufwandPt), iR = r.idx(rechtsaenderung), iW = r.idx(welleFix),
                  iN = r.idx(notes);
        while (r.next()) {
            Leistung l;
            l.ozgId = r.i32(iId);
            l.lageId = r.i32(iL);
            l.name = r.str(iName);
            l.status = r.en<Status>(iS, status);
            l.reifegradIst = r.opt<int>(iRi);
            l.reifegradZiel = r.opt<int>(iRz);
            l.modell = r.en<ReifegradModell>(iRm, reifegradModell);
            l.flaechendeckung = r.en<Flaechendeckung>(iF, flaechendeckung);
            l.goLive = r.date(iG);
            l.flaechendeckendAm = r.date(iFa);
            l.nachfrage = r.opt<qint64>(iNa);
            l.aufwandPt = r.opt<double>(iA);
            l.rechtsaenderung = r.str(iR);
            l.welleFix = r.opt<int>(iW);
            l.notes = r.str(iN);
            p.leistungen.append(std::move(l));
        }
    }
    {
        p.leika.reserve(int(count(Table::Leika)));
        Rows r(m_connection, Table::Leika);
        const int iId = r.idx(id), iS = r.idx(schluessel), iB = r.idx(bezeichnung), iT = r.idx(typ),
                  iR = r.idx(rechtsgrundlage), iG = r.idx(gesetze), iK = r.idx(gesetzeskuerzel), i1 = r.idx(sdg1),
                  i2 = r.idx(sdg2), iO = r.idx(ozgId);
        QHash<int, QStringList> typen;
        while (r.next()) {
            LeikaLeistung l{r.i64(iId), r.str(iS),      r.str(iB),     r.str(iT), r.str(iR), r.str(iG),
                            r.str(iK),  r.i32(i1) != 0, r.i32(i2) != 0, r.opt<int>(iO)};
            if (l.ozgId)
                typen[*l.ozgId].append(l.typ);
            p.leika.append(std::move(l));
        }
        for (auto &l : p.leistungen)
            l.programm = programmOf(typen.value(l.ozgId));
    }
    {
        Rows r(m_connection, Table::Abhaengigkeit);
        const int iId = r.idx(id), iO = r.idx(ozgId), iH = r.idx(haengtAbVon), iN = r.idx(notes);
        while (r.next())
            p.abhaengigkeiten.append({r.i64(iId), r.i32(iO), r.i32(iH), r.str(iN)});
    }
    {
        Rows r(m_connection, Table::Beteiligter);
        const int iId = r.idx(id), iK = r.idx(kuerzel), iN = r.idx(name), iA = r.idx(art);
        while (r.next())
            p.beteiligte.append({r.i32(iId), r.str(iK), r.str(iN), r.en<BeteiligterArt>(iA, art)});
    }
    {
        Rows r(m_connection, Table::Federfuehrung);
        const int iId = r.idx(id), iT = r.idx(themenfeldId), iB = r.idx(beteiligterId), iR = r.idx(rolle),
                  iK = r.idx(kontakt), iS = r.idx(sortOrder);
        while (r.next())
            p.federfuehrung.append(
                {r.i64(iId), r.i32(iT), r.i32(iB), r.en<Rolle>(iR, rolle), r.str(iK), r.i32(iS)});
    }
    QHash<qint64, qsizetype> projektIndex;
    {
        Rows r(m_connection, Table::Projekt);
        const int iId = r.idx(id), iT = r.idx(themenfeldId), iN = r.idx(name), iK = r.idx(koordinationId),
                  iE = r.idx(efaModell), iP = r.idx(phase), iS = r.idx(start), iEn = r.idx(ende),
                  iB = r.idx(budgetCent), iNo = r.idx(notes);
        while (r.next()) {
            projektIndex.insert(r.i64(iId), p.projekte.size());
            p.projekte.append({r.i64(iId), r.i32(iT), r.str(iN), r.opt<int>(iK), r.en<EfaModell>(iE, efaModell),
                               r.en<Phase>(iP, phase), r.date(iS), r.date(iEn), r.opt<qint64>(iB), r.str(iNo), {}});
        }
    }
    {
        Rows r(m_connection, Table::ProjektLeistung);
        const int iP = r.idx(projektId), iO = r.idx(ozgId);
        while (r.next())
            if (auto it = projektIndex.constFind(r.i64(iP)); it != projektIndex.cend())
                p.projekte[*it].leistungen.append(r.i32(iO));
    }
    {
        Rows r(m_connection, Table::Nachnutzung);
        const int iId = r.idx(id), iP = r.idx(projektId), iL = r.idx(landId), iS = r.idx(stand), iD = r.idx(datum);
        while (r.next())
            p.nachnutzung.append({r.i64(iId), r.i64(iP), r.i32(iL), r.en<NachnutzungStand>(iS, stand), r.date(iD)});
    }
    {
        Rows r(m_connection, Table::Meilenstein);
        const int iId = r.idx(id), iP = r.idx(projektId), iPh = r.idx(phase), iT = r.idx(titel),
                  iG = r.idx(geplant), iI = r.idx(ist), iAd = r.idx(abnahmeDurch), iAa = r.idx(abnahmeAm),
                  iO = r.idx(ozgId), iS = r.idx(sortOrder);
        while (r.next())
            p.meilensteine.append({r.i64(iId), r.i64(iP), r.en<Phase>(iPh, phase), r.str(iT), r.date(iG), r.date(iI),
                                   r.opt<int>(iAd), r.date(iAa), r.opt<int>(iO), r.i32(iS)});
    }
    {
        Rows r(m_connection, Table::Zahlung);
        const int iId = r.idx(id), iP = r.idx(projektId), iJ = r.idx(jahr), iQ = r.idx(quartal),
                  iPl = r.idx(planCent), iI = r.idx(istCent), iPt = r.idx(personentage);
        while (r.next())
            p.zahlungen.append(
                {r.i64(iId), r.i64(iP), r.i32(iJ), r.i32(iQ), r.i64(iPl), r.opt<qint64>(iI), r.opt<double>(iPt)});
    }
    QHash<qint64, qsizetype> dienstIndex;
    {
        Rows r(m_connection, Table::Onlinedienst);
        const int iId = r.idx(id), iN = r.idx(name), iA = r.idx(anbieter), iU = r.idx(url), iNo = r.idx(notes);
        while (r.next()) {
            dienstIndex.insert(r.i64(iId), p.onlinedienste.size());
            p.onlinedienste.append({r.i64(iId), r.str(iN), r.str(iA), r.str(iU), r.str(iNo), {}, {}});
        }
    }
    {
        Rows r(m_connection, Table::OnlinedienstLeika);
        const int iD = r.idx(dienstId), iL = r.idx(leikaId), iR = r.idx(reifegrad);
        while (r.next())
            if (auto it = dienstIndex.constFind(r.i64(iD)); it != dienstIndex.cend())
                p.onlinedienste[*it].leika.insert(r.i64(iL), r.i32(iR));
    }
    {
        Rows r(m_connection, Table::OnlinedienstLand);
        const int iD = r.idx(dienstId), iL = r.idx(landId), iS = r.idx(seit);
        while (r.next())
            if (auto it = dienstIndex.constFind(r.i64(iD)); it != dienstIndex.cend())
                p.onlinedienste[*it].laender.insert(r.i32(iL), r.date(iS));
    }
    {
        Rows r(m_connection, Table::Kriterium);
        const int iId = r.idx(id), iT = r.idx(themenfeldId), iN = r.idx(name), iG = r.idx(gewicht),
                  iS = r.idx(sortOrder);
        while (r.next())
            p.kriterien.append({r.i64(iId), r.i32(iT), r.str(iN), r.dbl(iG), r.i32(iS)});
    }
    {
        Rows r(m_connection, Table::Bewertung);
        const int iId = r.idx(id), iK = r.idx(kriteriumId), iO = r.idx(ozgId), iW = r.idx(wert);
        while (r.next())
            p.bewertungen.append({r.i64(iId), r.i64(iK), r.i32(iO), r.i32(iW)});
    }
    {
        Rows r(m_connection, Table::Stimme);
        const int iId = r.idx(id), iK = r.idx(kriteriumId), iO = r.idx(ozgId), iT = r.idx(teilnehmer),
                  iW = r.idx(wert), iWs = r.idx(workshop), iD = r.idx(datum);
        while (r.next())
            p.stimmen.append({r.i64(iId), r.i64(iK), r.i32(iO), r.str(iT), r.i32(iW), r.str(iWs), r.date(iD)});
    }
    {
        Rows r(m_connection, Table::Risiko);
        const int iId = r.idx(id), iT = r.idx(themenfeldId), iP = r.idx(projektId), iO = r.idx(ozgId),
                  iA = r.idx(art), iB = r.idx(beschreibung), iM = r.idx(massnahme), iE = r.idx(einstufung);
        while (r.next())
            p.risiken.append({r.i64(iId), r.i32(iT), r.opt<qint64>(iP), r.opt<int>(iO), r.en<RisikoArt>(iA, art),
                              r.str(iB), r.str(iM), r.en<Einstufung>(iE, einstufung)});
    }
    p.rebuildIndexes();
    return p;
}

} // namespace tfp
