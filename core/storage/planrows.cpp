// The readers of core/storage/planrows.h: one per table, mapping a row in schema column order to its value
// type.
#include "planrows.h"

namespace tfp::planrows {

// Column positions are fixed by the schema, so each reader resolves them once.
#define TFP_IDX(var, t, c) static const int var = table(Table::t).indexOf(col::c)

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

} // namespace tfp::planrows
