// A realistic plan for the chart tests on a copy of the embedded default catalog, built through the same
// edit functions the UI uses: statuses, Reifegrade, a project with slipped and overdue milestones,
// Nachnutzung, a Zahlungsplan with outflows and person-days, scores, and an empty Themenfeld.
#pragma once

#include "edit/edits.h"
#include "storage/catalog.h"
#include "support/testutil.h"

#include <QTemporaryDir>

namespace tfp::test {

struct ChartPlan
{
    QTemporaryDir dir;
    QString path = defaultCatalogCopy(dir);
    std::unique_ptr<Catalog> catalog = Catalog::open(path);
    int familie = 0;
    int leer = 0; // a Themenfeld without Leistungen or projects
    qint64 projekt = 0;
    const QDate heute{2026, 12, 1};

    ChartPlan()
    {
        using namespace schema;
        Catalog &c = *catalog;
        const PlanSnapshot summary = c.loadPlan(PlanDetail::Summary);
        familie = summary.themenfeldByName(u"Familie & Kind"_qs)->id;
        auto run = [&](const ChangeSet &cs) { c.apply(cs); };
        auto set = [&](Table t, qint64 key, QStringView column, const QVariant &v) {
            run(edit::setField(c, t, key, column, v));
        };
        for (int ozg : {10000, 10003, 10020})
            set(Table::Leistung, ozg, col::status, u"online"_qs);
        for (int ozg : {10001, 10002})
            set(Table::Leistung, ozg, col::status, u"in_umsetzung"_qs);
        set(Table::Leistung, 10004, col::status, u"in_planung"_qs);
        set(Table::Leistung, 10000, col::reifegradZiel, 4);
        set(Table::Leistung, 10000, col::reifegradIst, 3);
        set(Table::Leistung, 10003, col::reifegradZiel, 3);
        set(Table::Leistung, 10003, col::reifegradIst, 2);
        set(Table::Leistung, 10000, col::goLive, u"2024-09-01"_qs);
        const ChangeSet created =
            edit::createProjekt(c, familie, u"Geburt <digital> & Elterngeld"_qs, {10000, 10003, 10005});
        projekt = created.changes.first().key;
        run(created);
        set(Table::Projekt, projekt, col::start, u"2023-01-15"_qs);
        const QStringList planned{u"2023-03-31"_qs, u"2023-09-30"_qs, u"2024-03-31"_qs, u"2024-06-30"_qs,
                                  u"2024-12-31"_qs, u"2025-06-30"_qs, u"2026-12-31"_qs};
        const QStringList reached{u"2023-04-12"_qs, u"2023-11-20"_qs, u"2024-05-02"_qs};
        int i = 0;
        for (const auto &m : c.rowsWhere(Table::Meilenstein, col::projektId, projekt)) {
            const qint64 key = m.value(u"id"_qs).toLongLong();
            set(Table::Meilenstein, key, col::geplant, planned.value(i));
            if (i < reached.size())
                set(Table::Meilenstein, key, col::ist, reached[i]);
            ++i;
        }
        for (const auto &b : c.loadPlan(PlanDetail::Summary).beteiligte) {
            if (b.kuerzel == u"HE")
                run(edit::setNachnutzung(c, projekt, b.id, u"live"_qs));
            if (b.kuerzel == u"BY")
                run(edit::setNachnutzung(c, projekt, b.id, u"geplant"_qs));
        }
        run(edit::addZahlung(c, projekt, 2024, 1, 60000000));
        run(edit::addZahlung(c, projekt, 2024, 3, 85000000));
        for (const auto &z : c.rowsWhere(Table::Zahlung, col::projektId, projekt)) {
            if (z.value(u"quartal"_qs).toInt() != 1)
                continue;
            set(Table::Zahlung, z.value(u"id"_qs).toLongLong(), col::istCent, qint64(55000000));
            set(Table::Zahlung, z.value(u"id"_qs).toLongLong(), col::personentage, 42.5);
        }
        QList<qint64> kriterien;
        for (const auto &k : c.rowsWhere(Table::Kriterium, col::themenfeldId, familie))
            kriterien << k.value(u"id"_qs).toLongLong();
        const QList<QPair<int, QList<int>>> scores{{10000, {5, 5, 4, 5, 4, 5}},
                                                   {10001, {2, 2, 3, 3, 2, 2}},
                                                   {10003, {5, 4, 3, 5, 3, 4}},
                                                   {10005, {1, 2, 1, 1, 2, 1}},
                                                   {10008, {3, 4, 3, 4, 3, 3}}};
        ChangeSet workshop(u"Bewertungen"_qs);
        for (const auto &[ozg, values] : scores)
            for (int k = 0; k < values.size() && k < kriterien.size(); ++k)
                workshop.append(edit::setBewertung(c, kriterien[k], ozg, values[k]));
        run(workshop);
        ChangeSet empty(u"Leeres Themenfeld anlegen"_qs);
        leer = int(c.allocateKey(Table::Themenfeld));
        empty.append(
            Change::insert(Table::Themenfeld, leer,
                           {{u"name"_qs, u"Neues Themenfeld ohne Leistungen"_qs}, {u"sort_order"_qs, 99}}));
        run(empty);
    }
    PlanSnapshot plan() const { return catalog->loadPlan(); }
};

} // namespace tfp::test
