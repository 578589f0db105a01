#include "analysisjson.h"

#include "storage/codes.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace tfp {

using namespace analysis;

namespace {

QJsonValue orNull(std::optional<int> v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}
double rounded(double v, int decimals)
{
    const double f = std::pow(10.0, decimals);
    return std::round(v * f) / f;
}

QString kategorieCode(Kategorie k)
{
    static const char *const codes[] = {"hoechste", "hohe", "mittlere", "niedrige"};
    return QString::fromLatin1(codes[int(k)]);
}

QString formatCode(Format f)
{
    static const char *const codes[] = {"labor", "werkbank", "direkt", "nachnutzung"};
    return QString::fromLatin1(codes[int(f)]);
}

QString programmCode(Programm p)
{
    static const char *const codes[] = {"unbekannt", "bund", "foederal", "misch"};
    return QString::fromLatin1(codes[int(p)]);
}

QJsonArray ids(const QList<int> &list)
{
    QJsonArray a;
    for (int id : list)
        a.append(id);
    return a;
}

void share(JsonWriter &w, QStringView name, int count, int total)
{
    w.key(name).beginObject();
    w.field(u"anzahl", count).field(u"anteil", roundedPercent(anteil(count, total)));
    w.endObject();
}

void levels(JsonWriter &w, QStringView name, const std::array<int, 5> &byLevel, int none, int total)
{
    w.key(name).beginObject();
    for (int i = 0; i < int(byLevel.size()); ++i)
        share(w, QString::number(i), byLevel[i], total);
    share(w, u"ohne", none, total);
    w.endObject();
}

// The figures every level of the coverage report carries: the programme, a Themenfeld, a Lage.
void figures(JsonWriter &w, const Kennzahlen &k)
{
    const int n = k.leistungen;
    w.field(u"leistungen", n);
    w.key(u"status").beginObject();
    share(w, u"online", k.count(Status::Online), n);
    share(w, u"in_umsetzung", k.count(Status::InUmsetzung), n);
    share(w, u"in_planung", k.count(Status::InPlanung), n);
    share(w, u"ohne_status", k.count(Status::Ohne), n);
    w.endObject();
    levels(w, u"reifegrad", k.reifegradIst, k.ohneReifegradIst, n);
    levels(w, u"reifegrad_ziel", k.reifegradZiel, k.ohneReifegradZiel, n);
    w.key(u"reifegrad_luecke").beginObject();
    w.field(u"leistungen", k.mitLuecke).field(u"stufen", k.lueckeStufen);
    w.endObject();
    w.field(u"reifegrad_modell_2", k.modell2);
    share(w, u"ozg_konform", k.ozgKonform, n);
    w.key(u"flaechendeckung").beginObject();
    for (int i = 0; i < int(k.flaechendeckung.size()); ++i)
        share(w, codeOf(schema::Table::Leistung, schema::col::flaechendeckung, Flaechendeckung(i)),
              k.flaechendeckung[i], n);
    w.endObject();
    share(w, u"onlinedienst", k.mitOnlinedienst, n);
    w.field(u"ohne_projekt", k.ohneProjekt).field(u"ohne_onlinedienst", k.ohneOnlinedienst);
}

void verzug(JsonWriter &w, QStringView name, const QList<MeilensteinVerzug> &list, bool withIst)
{
    w.key(name).beginArray();
    for (const MeilensteinVerzug &m : list) {
        w.beginObject();
        w.field(u"id", m.id)
            .field(u"projekt_id", m.projektId)
            .field(u"projekt", m.projekt)
            .field(u"titel", m.titel)
            .field(u"geplant", m.geplant.toString(Qt::ISODate))
            .field(u"tage", m.tage);
        if (withIst)
            w.field(u"ist", m.ist.toString(Qt::ISODate));
        w.endObject();
    }
    w.endArray();
}

QString konfliktCode(TerminKonflikt art)
{
    switch (art) {
    case TerminKonflikt::Abhaengigkeit:
        return u"abhaengigkeit"_qs;
    case TerminKonflikt::AusserhalbLaufzeit:
        return u"ausserhalb_laufzeit"_qs;
    case TerminKonflikt::PhasenFolge:
        return u"phasenfolge"_qs;
    case TerminKonflikt::ErreichtInZukunft:
        return u"erreicht_in_zukunft"_qs;
    }
    return {};
}

void terminkonflikte(JsonWriter &w, const QList<TerminHinweis> &list)
{
    w.key(u"terminkonflikte").beginArray();
    for (const TerminHinweis &h : list) {
        w.beginObject();
        w.field(u"art", konfliktCode(h.art))
            .field(u"meilenstein_id", h.meilensteinId)
            .field(u"projekt_id", h.projektId)
            .field(u"projekt", h.projekt)
            .field(u"titel", h.titel)
            .field(u"datum", h.datum.toString(Qt::ISODate))
            .field(u"grenze", h.grenze.toString(Qt::ISODate))
            .field(u"tage", h.tage);
        if (h.anderesId != 0)
            w.field(u"anderer_meilenstein_id", h.anderesId);
        if (h.art == TerminKonflikt::Abhaengigkeit)
            w.field(u"abstand_tage", h.abstandTage);
        w.field(u"text", h.text());
        w.endObject();
    }
    w.endArray();
}

} // namespace

double roundedPercent(double percent)
{
    return rounded(percent, 1);
}

QJsonObject prioritisationJson(const Prioritisation &p)
{
    QJsonObject o;
    const Themenfeld &t = p.themenfeld;
    o.insert(u"themenfeld"_qs, t.name);
    o.insert(u"schwellen"_qs, QJsonObject{{u"hoechste"_qs, t.schwelleHoechste},
                                          {u"hohe"_qs, t.schwelleHohe},
                                          {u"mittlere"_qs, t.schwelleMittlere}});
    o.insert(u"gleichgewichtet"_qs, p.gleichgewichtet);
    QJsonArray kriterien;
    for (const Gewichtung &g : p.kriterien)
        kriterien.append(QJsonObject{{u"id"_qs, g.kriteriumId},
                                     {u"name"_qs, g.name},
                                     {u"gewicht"_qs, g.gewicht},
                                     {u"gewicht_normiert"_qs, rounded(g.normiert, 6)}});
    o.insert(u"kriterien"_qs, kriterien);
    o.insert(
        u"kapazitaet"_qs,
        QJsonObject{
            {u"art"_qs, codeOf(schema::Table::Themenfeld, schema::col::wellenKapazitaetArt, t.kapazitaetArt)},
            {u"je_welle"_qs, p.wellen.capacity ? QJsonValue(*p.wellen.capacity) : QJsonValue()}});

    QJsonArray leistungen;
    int unsicher = 0;
    for (const RankedLeistung &l : p.leistungen) {
        unsicher += l.unsicher;
        leistungen.append(QJsonObject{
            {u"ozg_id"_qs, l.ozgId},
            {u"name"_qs, l.name},
            {u"programm"_qs, programmCode(l.programm)},
            {u"score"_qs, l.score ? QJsonValue(rounded(*l.score, 4)) : QJsonValue()},
            {u"missing_scores"_qs, l.missingScores},
            {u"rank"_qs, l.rank},
            {u"kategorie"_qs, l.kategorie ? QJsonValue(kategorieCode(*l.kategorie)) : QJsonValue()},
            {u"format"_qs, l.format ? QJsonValue(formatCode(*l.format)) : QJsonValue()},
            {u"dienst_reifegrad"_qs, orNull(l.dienstReifegrad)},
            {u"welle"_qs, l.welle},
            {u"welle_fix"_qs, orNull(l.welleFix)},
            {u"rank_min"_qs, l.rankMin},
            {u"rank_max"_qs, l.rankMax},
            {u"unsicher"_qs, l.unsicher}});
    }
    o.insert(u"leistungen"_qs, leistungen);
    o.insert(u"unsicher"_qs, unsicher);

    QJsonArray zyklen;
    for (const QList<int> &z : p.wellen.zyklen)
        zyklen.append(ids(z));
    o.insert(u"zyklen"_qs, zyklen);
    QJsonArray konflikte;
    for (const Konflikt &k : p.wellen.konflikte)
        konflikte.append(QJsonObject{{u"art"_qs, k.art == KonfliktArt::Rang ? u"rang"_qs : u"festlegung"_qs},
                                     {u"ozg_id"_qs, k.ozgId},
                                     {u"haengt_ab_von"_qs, k.haengtAbVon},
                                     {u"rank"_qs, k.rank},
                                     {u"rank_von"_qs, k.rankVon},
                                     {u"welle"_qs, k.welle},
                                     {u"welle_von"_qs, k.welleVon},
                                     {u"welle_fix"_qs, orNull(k.welleFix)}});
    o.insert(u"konflikte"_qs, konflikte);
    QJsonArray wellen;
    for (const Welle &w : p.wellen.wellen)
        wellen.append(QJsonObject{{u"welle"_qs, w.nummer},
                                  {u"belegt"_qs, rounded(w.belegt, 2)},
                                  {u"ueberbucht"_qs, w.ueberbucht},
                                  {u"leistungen"_qs, ids(w.leistungen)}});
    o.insert(u"wellen"_qs, wellen);
    o.insert(u"ohne_aufwand"_qs, ids(p.ohneAufwand));
    QJsonArray extern_;
    for (const ExterneAbhaengigkeit &d : p.externeAbhaengigkeiten)
        extern_.append(QJsonObject{
            {u"ozg_id"_qs, d.ozgId}, {u"haengt_ab_von"_qs, d.haengtAbVon}, {u"themenfeld"_qs, d.themenfeld}});
    o.insert(u"externe_abhaengigkeiten"_qs, extern_);
    return o;
}

void writeCoverageJson(const CoverageReport &r, JsonWriter &w)
{
    w.beginObject();
    w.field(u"scope", r.scope == Scope::Alle ? u"alle" : u"foederal");
    w.key(u"themenfeld");
    if (r.themenfeldId && !r.themenfelder.isEmpty())
        w.value(r.themenfelder.first().name);
    else
        w.null();
    w.field(u"heute", r.heute.toString(Qt::ISODate));
    figures(w, r.gesamt);

    w.key(u"themenfelder").beginArray();
    for (const ThemenfeldZahlen &t : r.themenfelder) {
        w.beginObject().field(u"id", t.id).field(u"name", t.name);
        figures(w, t.zahlen);
        w.endObject();
    }
    w.endArray();
    w.key(u"lagen").beginArray();
    for (const LageZahlen &l : r.lagen) {
        w.beginObject()
            .field(u"id", l.id)
            .field(u"name", l.name)
            .field(u"themenfeld_id", l.themenfeldId)
            .field(u"ohne_aktivitaet", l.ohneAktivitaet);
        figures(w, l.zahlen);
        w.endObject();
    }
    w.endArray();
    w.field(u"lagen_ohne_aktivitaet", r.lagenOhneAktivitaet);

    w.key(u"onlinedienste").beginArray();
    for (const DienstCoverage &d : r.onlinedienste) {
        w.beginObject().field(u"id", d.dienstId).field(u"name", d.name);
        w.key(u"leistungen").beginArray();
        for (const DienstLeistung &l : d.leistungen)
            w.beginObject().field(u"ozg_id", l.ozgId).field(u"reifegrad", l.reifegrad).endObject();
        w.endArray().endObject();
    }
    w.endArray();

    w.field(u"projekte", int(r.projekte.size()));
    w.key(u"projekte_ohne_meilensteine").beginArray();
    for (const ProjektOhneMeilenstein &p : r.projekteOhneMeilensteine)
        w.beginObject().field(u"id", p.id).field(u"name", p.name).endObject();
    w.endArray();
    w.key(u"laender").beginObject();
    for (const LandNachnutzung &l : r.laender) {
        w.key(l.kuerzel).beginObject();
        w.field(u"projekte", l.projekte).field(u"anteil", roundedPercent(l.anteil));
        w.key(u"stand").beginObject();
        for (auto it = l.stand.cbegin(); it != l.stand.cend(); ++it)
            w.field(QString::number(it.key()), codeOf(schema::Table::Nachnutzung, schema::col::stand, *it));
        w.endObject().endObject();
    }
    w.endObject();
    verzug(w, u"meilensteine_ueberfaellig", r.ueberfaellig, false);
    verzug(w, u"meilensteine_verzoegert", r.verzoegert, true);
    terminkonflikte(w, r.terminkonflikte);
    w.endObject();
}

QJsonObject coverageJson(const CoverageReport &r)
{
    return QJsonDocument::fromJson(JsonWriter::toBytes([&](JsonWriter &w) { writeCoverageJson(r, w); }))
        .object();
}

} // namespace tfp
