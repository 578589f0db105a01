#include "analysisjson.h"

#include "storage/codes.h"

#include <QJsonArray>

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

QJsonObject share(int count, int total)
{
    return {{u"anzahl"_qs, count}, {u"anteil"_qs, roundedPercent(anteil(count, total))}};
}

QJsonObject levels(const std::array<int, 5> &byLevel, int none, int total)
{
    QJsonObject o;
    for (int i = 0; i < int(byLevel.size()); ++i)
        o.insert(QString::number(i), share(byLevel[i], total));
    o.insert(u"ohne"_qs, share(none, total));
    return o;
}

// The figures every level of the coverage report carries: the programme, a Themenfeld, a Lage.
void insertFigures(QJsonObject &o, const Kennzahlen &k)
{
    const int n = k.leistungen;
    o.insert(u"leistungen"_qs, n);
    o.insert(u"status"_qs, QJsonObject{{u"online"_qs, share(k.count(Status::Online), n)},
                                       {u"in_umsetzung"_qs, share(k.count(Status::InUmsetzung), n)},
                                       {u"in_planung"_qs, share(k.count(Status::InPlanung), n)},
                                       {u"ohne_status"_qs, share(k.count(Status::Ohne), n)}});
    o.insert(u"reifegrad"_qs, levels(k.reifegradIst, k.ohneReifegradIst, n));
    o.insert(u"reifegrad_ziel"_qs, levels(k.reifegradZiel, k.ohneReifegradZiel, n));
    o.insert(u"reifegrad_luecke"_qs,
             QJsonObject{{u"leistungen"_qs, k.mitLuecke}, {u"stufen"_qs, k.lueckeStufen}});
    o.insert(u"reifegrad_modell_2"_qs, k.modell2);
    o.insert(u"ozg_konform"_qs, share(k.ozgKonform, n));
    QJsonObject flaeche;
    for (int i = 0; i < int(k.flaechendeckung.size()); ++i)
        flaeche.insert(codeOf(schema::Table::Leistung, schema::col::flaechendeckung, Flaechendeckung(i)),
                       share(k.flaechendeckung[i], n));
    o.insert(u"flaechendeckung"_qs, flaeche);
    o.insert(u"onlinedienst"_qs, share(k.mitOnlinedienst, n));
    o.insert(u"ohne_projekt"_qs, ids(k.ohneProjekt));
    o.insert(u"ohne_onlinedienst"_qs, ids(k.ohneOnlinedienst));
}

QJsonArray verzug(const QList<MeilensteinVerzug> &list, bool withIst)
{
    QJsonArray a;
    for (const MeilensteinVerzug &m : list) {
        QJsonObject o{{u"id"_qs, m.id},
                      {u"projekt_id"_qs, m.projektId},
                      {u"projekt"_qs, m.projekt},
                      {u"titel"_qs, m.titel},
                      {u"geplant"_qs, m.geplant.toString(Qt::ISODate)},
                      {u"tage"_qs, m.tage}};
        if (withIst)
            o.insert(u"ist"_qs, m.ist.toString(Qt::ISODate));
        a.append(o);
    }
    return a;
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
            {u"je_welle"_qs, p.wellen.kapazitaet ? QJsonValue(*p.wellen.kapazitaet) : QJsonValue()}});

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

QJsonObject coverageJson(const CoverageReport &r)
{
    QJsonObject o;
    o.insert(u"scope"_qs, r.scope == Scope::Alle ? u"alle"_qs : u"foederal"_qs);
    QJsonValue themenfeld;
    if (r.themenfeldId && !r.themenfelder.isEmpty())
        themenfeld = r.themenfelder.first().name;
    o.insert(u"themenfeld"_qs, themenfeld);
    o.insert(u"heute"_qs, r.heute.toString(Qt::ISODate));
    insertFigures(o, r.gesamt);

    QJsonArray themenfelder;
    for (const ThemenfeldZahlen &t : r.themenfelder) {
        QJsonObject x{{u"id"_qs, t.id}, {u"name"_qs, t.name}};
        insertFigures(x, t.zahlen);
        themenfelder.append(x);
    }
    o.insert(u"themenfelder"_qs, themenfelder);
    QJsonArray lagen;
    for (const LageZahlen &l : r.lagen) {
        QJsonObject x{{u"id"_qs, l.id},
                      {u"name"_qs, l.name},
                      {u"themenfeld_id"_qs, l.themenfeldId},
                      {u"ohne_aktivitaet"_qs, l.ohneAktivitaet}};
        insertFigures(x, l.zahlen);
        lagen.append(x);
    }
    o.insert(u"lagen"_qs, lagen);
    o.insert(u"lagen_ohne_aktivitaet"_qs, ids(r.lagenOhneAktivitaet));

    QJsonArray dienste;
    for (const DienstAbdeckung &d : r.onlinedienste) {
        QJsonArray covered;
        for (const DienstLeistung &l : d.leistungen)
            covered.append(QJsonObject{{u"ozg_id"_qs, l.ozgId}, {u"reifegrad"_qs, l.reifegrad}});
        dienste.append(
            QJsonObject{{u"id"_qs, d.dienstId}, {u"name"_qs, d.name}, {u"leistungen"_qs, covered}});
    }
    o.insert(u"onlinedienste"_qs, dienste);

    o.insert(u"projekte"_qs, r.projekte.size());
    QJsonArray ohneMeilensteine;
    for (const ProjektOhneMeilenstein &p : r.projekteOhneMeilensteine)
        ohneMeilensteine.append(QJsonObject{{u"id"_qs, p.id}, {u"name"_qs, p.name}});
    o.insert(u"projekte_ohne_meilensteine"_qs, ohneMeilensteine);
    QJsonObject laender;
    for (const LandNachnutzung &l : r.laender) {
        QJsonObject stand;
        for (auto it = l.stand.cbegin(); it != l.stand.cend(); ++it)
            stand.insert(QString::number(it.key()),
                         codeOf(schema::Table::Nachnutzung, schema::col::stand, *it));
        laender.insert(l.kuerzel, QJsonObject{{u"projekte"_qs, l.projekte},
                                              {u"anteil"_qs, roundedPercent(l.anteil)},
                                              {u"stand"_qs, stand}});
    }
    o.insert(u"laender"_qs, laender);
    o.insert(u"meilensteine_ueberfaellig"_qs, verzug(r.ueberfaellig, false));
    o.insert(u"meilensteine_verzoegert"_qs, verzug(r.verzoegert, true));
    return o;
}

} // namespace tfp
