#include "support/familieplan.h"

#include "support/planbuilder.h"

namespace tfp::test {

namespace {

// The scores of the criteria in the order of their ids; -1: not scored yet.
QList<PlanSpec::Scores> chartScores()
{
    return {{10000, {5, 5, 4, 5, 4, 5}},
            {10001, {2, 2, 3, 3, 2, 2}},
            {10003, {5, 4, 3, 5, 3, 4}},
            {10005, {1, 2, 1, 1, 2, 1}},
            {10008, {3, 4, 3, 4, 3, 3}}};
}

QList<PlanSpec::Scores> workshopScores()
{
    return {{10000, {5, 5, 4, 5, 4, 5}}, {10001, {2, 2, 3, 3, 2, 2}},   {10002, {2, 3, 2, 4, 2, -1}},
            {10003, {5, 4, 3, 5, 3, 4}}, {10004, {1, 2, 2, 3, -1, -1}}, {10005, {5, 5, 3, 5, 3, 5}},
            {10008, {3, 4, 3, 4, 3, 3}}, {10009, {2, 2, 3, 3, 3, 2}},   {10011, {2, 1, 5, 2, 4, 3}},
            {10013, {2, 1, 4, 2, 3, 3}}, {10016, {1, 2, 1, 4, 1, -1}},  {10019, {5, 5, 4, 4, 4, 5}},
            {10020, {4, 4, 5, 4, 4, 4}}, {10022, {2, 1, 3, 3, 3, -1}},  {10026, {4, 4, 3, 3, 3, 3}},
            {10029, {3, 3, 2, 4, 2, 2}}, {10035, {4, 3, 4, 4, 4, 4}},   {10588, {2, -1, -1, -1, -1, -1}},
            {10030, {1, 1, 2, 2, 1, 1}}, {10032, {2, 2, 3, 2, 3, 2}},   {10036, {2, 1, 4, 2, 3, 2}}};
}

// What the Workshop shape adds: weights, a wave capacity, dependencies from the user's view (Geburtsanzeige
// before Elterngeld), pinned waves, a comment, an Onlinedienst covering Elterngeld and one to reuse, a
// project without milestones, risks.
void addWorkshop(PlanSpec &spec)
{
    spec.scores = workshopScores();
    spec.gewichte = {2, 1.5, 1, 1, 1, 0.5};
    spec.wellenKapazitaet = 4;
    spec.abhaengigkeiten = {{10000, 10003}, {10020, 10005}, {10009, 10001}};
    spec.festeWellen = {{10035, 1}, {10009, 1}, {10001, 3}};
    spec.kommentare = {{10000, u"Im Steuerungskreis am 14.11.2026 bestätigt: Reifegrad 4 bis Ende 2027."_qs}};
    // ELFE already offers Mutterschaftsgeld at Reifegrad 3: reuse rather than rebuild.
    spec.dienste = {{u"ELFE – Einfach Leistungen für Eltern"_qs,
                     u"Freie Hansestadt Bremen"_qs,
                     {{10000, 3, false}, {10008, 3, true}}}};
    PlanSpec::ProjektValues kita;
    kita.name = u"Kita-Portal"_qs;
    kita.leistungen = {10014, 10015};
    kita.ohneMeilensteine = true;
    spec.projekte.append(kita);
    spec.risiken = {
        {u"Anbindung der Geburtenregister der Standesämter verzögert sich (XPersonenstand-"
         u"Schnittstelle in drei Ländern noch nicht produktiv)"_qs,
         u"register"_qs, u"hoch"_qs},
        {u"Rechtsgrundlage für den Datenabruf fehlt noch"_qs, u"rechtsaenderung"_qs, u"mittel"_qs}};
}

} // namespace

PlanSpec familiePlanSpec(const Catalog &c, FamiliePlanShape shape)
{
    const bool workshop = shape == FamiliePlanShape::Workshop;
    const PlanSnapshot summary = c.loadPlan(PlanDetail::Summary);
    PlanSpec spec;
    spec.themenfeld = summary.themenfeldByName(u"Familie & Kind"_qs)->id;
    spec.leistungen = {{10000, u"online"_qs, 4, 3, u"2024-09-01"_qs, {}},
                       {10003, u"online"_qs, 3, 2, {}, {}},
                       {10020, u"online"_qs, {}, {}, {}, {}},
                       {10001, u"in_umsetzung"_qs, {}, {}, {}, {}},
                       {10002, u"in_umsetzung"_qs, {}, {}, {}, {}},
                       {10004, u"in_planung"_qs, {}, {}, {}, {}}};
    if (workshop)
        spec.leistungen.append({10005, u"in_umsetzung"_qs, {}, {}, {}, {}});
    // The charts' name holds markup to be printed literally; the screenshots' is long, to be seen wrapped.
    PlanSpec::ProjektValues geburt;
    geburt.name = workshop ? u"Geburt digital – Elterngeld, Geburtsanzeige und Kindergeld aus einer Hand "
                             u"(EfA-Referenzimplementierung Bremen)"_qs
                           : u"Geburt <digital> & Elterngeld"_qs;
    geburt.leistungen = {10000, 10003, 10005};
    geburt.start = u"2023-01-15"_qs;
    if (workshop) {
        geburt.efaModell = u"efa_nachnutzung"_qs;
        geburt.budgetCent = qint64(480000000);
    }
    const QStringList planned{u"2023-03-31"_qs, u"2023-09-30"_qs, u"2024-03-31"_qs, u"2024-06-30"_qs,
                              u"2024-12-31"_qs, u"2025-06-30"_qs, u"2026-12-31"_qs};
    const QStringList reached{u"2023-04-12"_qs, u"2023-11-20"_qs, u"2024-05-02"_qs};
    for (int i = 0; i < planned.size(); ++i)
        geburt.meilensteine.append({planned[i], reached.value(i), {}, {}});
    for (const Beteiligter &b : summary.beteiligte) {
        if (b.kuerzel == u"HE" || (workshop && b.kuerzel == u"NI"))
            geburt.nachnutzung.append({b.id, u"live"_qs});
        if (b.kuerzel == u"BY" || (workshop && b.kuerzel == u"SN"))
            geburt.nachnutzung.append({b.id, u"geplant"_qs});
    }
    geburt.zahlungen = {{2024, 1, 60000000, qint64(55000000), 42.5}, {2024, 3, 85000000, {}, {}}};
    spec.projekte.append(geburt);
    spec.scores = chartScores();
    if (workshop)
        addWorkshop(spec);
    spec.leeresThemenfeld = u"Neues Themenfeld ohne Leistungen"_qs;
    return spec;
}

FamiliePlan addFamiliePlan(Catalog &c, const Apply &apply, FamiliePlanShape shape)
{
    const PlanSpec spec = familiePlanSpec(c, shape);
    const BuiltPlan built = buildPlan(c, apply, spec);
    return {spec.themenfeld, built.leeresThemenfeld, built.projekte.first()};
}

} // namespace tfp::test
