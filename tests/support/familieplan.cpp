#include "support/familieplan.h"

#include "edit/edits.h"

#include <algorithm>

namespace tfp::test {

using namespace tfp::schema;

namespace {

using Scores = QList<QPair<int, QList<int>>>; // OZG-ID, one score per criterion (-1: not scored yet)

void addScores(Catalog &c, const std::function<void(const ChangeSet &)> &apply, int familie,
               const Scores &scores)
{
    QList<qint64> kriterien;
    for (const auto &k : c.rowsWhere(Table::Kriterium, col::themenfeldId, familie))
        kriterien << k.value(u"id"_qs).toLongLong();
    std::sort(kriterien.begin(), kriterien.end());
    ChangeSet workshop(u"Bewertungen aus dem Workshop übernehmen"_qs);
    for (const auto &[ozg, values] : scores)
        for (int k = 0; k < values.size() && k < kriterien.size(); ++k)
            if (values[k] >= 0)
                workshop.append(edit::setBewertung(c, kriterien[k], ozg, values[k]));
    apply(workshop);
}

// Weights, a wave capacity, dependencies from the user's view (Geburtsanzeige before Elterngeld), pinned
// waves, an Onlinedienst covering Elterngeld and one to reuse, a project without milestones, risks.
void addWorkshop(Catalog &c, const std::function<void(const ChangeSet &)> &apply, int familie)
{
    auto set = [&](Table t, qint64 key, QStringView column, const QVariant &v) {
        apply(edit::setField(c, t, key, column, v));
    };
    addScores(c, apply, familie,
              {{10000, {5, 5, 4, 5, 4, 5}}, {10001, {2, 2, 3, 3, 2, 2}},   {10002, {2, 3, 2, 4, 2, -1}},
               {10003, {5, 4, 3, 5, 3, 4}}, {10004, {1, 2, 2, 3, -1, -1}}, {10005, {5, 5, 3, 5, 3, 5}},
               {10008, {3, 4, 3, 4, 3, 3}}, {10009, {2, 2, 3, 3, 3, 2}},   {10011, {2, 1, 5, 2, 4, 3}},
               {10013, {2, 1, 4, 2, 3, 3}}, {10016, {1, 2, 1, 4, 1, -1}},  {10019, {5, 5, 4, 4, 4, 5}},
               {10020, {4, 4, 5, 4, 4, 4}}, {10022, {2, 1, 3, 3, 3, -1}},  {10026, {4, 4, 3, 3, 3, 3}},
               {10029, {3, 3, 2, 4, 2, 2}}, {10035, {4, 3, 4, 4, 4, 4}},   {10588, {2, -1, -1, -1, -1, -1}},
               {10030, {1, 1, 2, 2, 1, 1}}, {10032, {2, 2, 3, 2, 3, 2}},   {10036, {2, 1, 4, 2, 3, 2}}});
    QList<qint64> kriterien;
    for (const auto &k : c.rowsWhere(Table::Kriterium, col::themenfeldId, familie))
        kriterien << k.value(u"id"_qs).toLongLong();
    std::sort(kriterien.begin(), kriterien.end());
    const QList<double> gewichte{2, 1.5, 1, 1, 1, 0.5};
    for (int k = 0; k < gewichte.size() && k < kriterien.size(); ++k)
        set(Table::Kriterium, kriterien[k], col::gewicht, gewichte[k]);
    set(Table::Themenfeld, familie, col::wellenKapazitaet, 4);
    apply(edit::addAbhaengigkeit(c, 10000, 10003)); // Elterngeld needs the Geburtsanzeige
    apply(edit::addAbhaengigkeit(c, 10020, 10005)); // Kinderzuschlag needs Kindergeld
    apply(edit::addAbhaengigkeit(c, 10009, 10001));
    set(Table::Leistung, 10035, col::welleFix, 1);
    set(Table::Leistung, 10009, col::welleFix, 1);
    set(Table::Leistung, 10001, col::welleFix, 3);
    apply(edit::addKommentar(c, Table::Leistung, 10000,
                             u"Im Steuerungskreis am 14.11.2026 bestätigt: Reifegrad 4 bis Ende 2027."_qs));
    const ChangeSet dienst = edit::createOnlinedienst(c, u"ELFE – Einfach Leistungen für Eltern"_qs,
                                                      u"Freie Hansestadt Bremen"_qs);
    apply(dienst);
    ChangeSet all(u"Elterngeld abdecken"_qs);
    for (const auto &k : c.rowsWhere(Table::Leika, col::ozgId, 10000))
        all.append(edit::setDienstLeika(c, dienst.changes.first().key, k.value(u"id"_qs).toLongLong(), 3));
    apply(all);
    const ChangeSet kita = edit::createProjekt(c, familie, u"Kita-Portal"_qs, {10014, 10015});
    apply(kita);
    for (const auto &m : c.rowsWhere(Table::Meilenstein, col::projektId, kita.changes.first().key))
        apply(edit::remove(c, Table::Meilenstein, m.value(u"id"_qs).toLongLong()));
    apply(edit::addRisiko(c, familie,
                          u"Anbindung der Geburtenregister der Standesämter verzögert sich (XPersonenstand-"
                          u"Schnittstelle in drei Ländern noch nicht produktiv)"_qs,
                          u"register"_qs, u"hoch"_qs));
    apply(edit::addRisiko(c, familie, u"Rechtsgrundlage für den Datenabruf fehlt noch"_qs,
                          u"rechtsaenderung"_qs, u"mittel"_qs));
    // ELFE already offers Mutterschaftsgeld at Reifegrad 3: reuse rather than rebuild.
    const auto leika = c.rowsWhere(Table::Leika, col::ozgId, 10008);
    if (!leika.isEmpty())
        apply(edit::setDienstLeika(c, dienst.changes.first().key, leika.first().value(u"id"_qs).toLongLong(),
                                   3));
}

} // namespace

FamiliePlan addFamiliePlan(Catalog &c, const std::function<void(const ChangeSet &)> &apply,
                           FamiliePlanShape shape)
{
    const bool workshop = shape == FamiliePlanShape::Workshop;
    FamiliePlan out;
    const PlanSnapshot summary = c.loadPlan(PlanDetail::Summary);
    out.familie = summary.themenfeldByName(u"Familie & Kind"_qs)->id;
    auto set = [&](Table t, qint64 key, QStringView column, const QVariant &v) {
        apply(edit::setField(c, t, key, column, v));
    };
    for (int ozg : {10000, 10003, 10020})
        set(Table::Leistung, ozg, col::status, u"online"_qs);
    for (int ozg : workshop ? QList<int>{10001, 10002, 10005} : QList<int>{10001, 10002})
        set(Table::Leistung, ozg, col::status, u"in_umsetzung"_qs);
    set(Table::Leistung, 10004, col::status, u"in_planung"_qs);
    set(Table::Leistung, 10000, col::reifegradZiel, 4);
    set(Table::Leistung, 10000, col::reifegradIst, 3);
    set(Table::Leistung, 10003, col::reifegradZiel, 3);
    set(Table::Leistung, 10003, col::reifegradIst, 2);
    set(Table::Leistung, 10000, col::goLive, u"2024-09-01"_qs);
    // The charts' name holds markup to be printed literally; the screenshots' is long, to be seen wrapped.
    const ChangeSet created = edit::createProjekt(
        c, out.familie,
        workshop ? u"Geburt digital – Elterngeld, Geburtsanzeige und Kindergeld aus einer Hand "
                   u"(EfA-Referenzimplementierung Bremen)"_qs
                 : u"Geburt <digital> & Elterngeld"_qs,
        {10000, 10003, 10005});
    out.projekt = created.changes.first().key;
    apply(created);
    set(Table::Projekt, out.projekt, col::start, u"2023-01-15"_qs);
    if (workshop) {
        set(Table::Projekt, out.projekt, col::efaModell, u"efa_nachnutzung"_qs);
        set(Table::Projekt, out.projekt, col::budgetCent, qint64(480000000));
    }
    const QStringList planned{u"2023-03-31"_qs, u"2023-09-30"_qs, u"2024-03-31"_qs, u"2024-06-30"_qs,
                              u"2024-12-31"_qs, u"2025-06-30"_qs, u"2026-12-31"_qs};
    const QStringList reached{u"2023-04-12"_qs, u"2023-11-20"_qs, u"2024-05-02"_qs};
    int i = 0;
    for (const auto &m : c.rowsWhere(Table::Meilenstein, col::projektId, out.projekt)) {
        const qint64 key = m.value(u"id"_qs).toLongLong();
        set(Table::Meilenstein, key, col::geplant, planned.value(i));
        if (i < reached.size())
            set(Table::Meilenstein, key, col::ist, reached[i]);
        ++i;
    }
    for (const auto &b : summary.beteiligte) {
        if (b.kuerzel == u"HE" || (workshop && b.kuerzel == u"NI"))
            apply(edit::setNachnutzung(c, out.projekt, b.id, u"live"_qs));
        if (b.kuerzel == u"BY" || (workshop && b.kuerzel == u"SN"))
            apply(edit::setNachnutzung(c, out.projekt, b.id, u"geplant"_qs));
    }
    apply(edit::addZahlung(c, out.projekt, 2024, 1, 60000000));
    apply(edit::addZahlung(c, out.projekt, 2024, 3, 85000000));
    for (const auto &z : c.rowsWhere(Table::Zahlung, col::projektId, out.projekt)) {
        if (z.value(u"quartal"_qs).toInt() != 1)
            continue;
        set(Table::Zahlung, z.value(u"id"_qs).toLongLong(), col::istCent, qint64(55000000));
        set(Table::Zahlung, z.value(u"id"_qs).toLongLong(), col::personentage, 42.5);
    }
    if (workshop)
        addWorkshop(c, apply, out.familie);
    else
        addScores(c, apply, out.familie,
                  {{10000, {5, 5, 4, 5, 4, 5}},
                   {10001, {2, 2, 3, 3, 2, 2}},
                   {10003, {5, 4, 3, 5, 3, 4}},
                   {10005, {1, 2, 1, 1, 2, 1}},
                   {10008, {3, 4, 3, 4, 3, 3}}});
    ChangeSet empty(u"Leeres Themenfeld anlegen"_qs);
    out.leer = int(c.allocateKey(Table::Themenfeld));
    empty.append(
        Change::insert(Table::Themenfeld, out.leer,
                       {{u"name"_qs, u"Neues Themenfeld ohne Leistungen"_qs}, {u"sort_order"_qs, 99}}));
    apply(empty);
    return out;
}

} // namespace tfp::test
