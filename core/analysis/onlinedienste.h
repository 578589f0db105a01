// Which OZG-Leistungen each Onlinedienst covers and at which Reifegrad, shared by prioritisation (reuse of an
// existing solution) and coverage (Abdeckungsgrad).
#pragma once

#include "domain/plan.h"

#include <QHash>
#include <QList>

namespace tfp::analysis {

struct DienstLeistung
{
    int ozgId = 0;
    int reifegrad =
        0; // the lowest level the dienst reaches over the LeiKa entries of this Leistung it covers
};

struct DienstCoverage
{
    qint64 dienstId = 0;
    QString name;
    QList<DienstLeistung> leistungen; // by OZG-ID
};

// Every Onlinedienst in the snapshot's order with the Leistungen it covers. LeiKa entries that belong to no
// OZG-Leistung cover nothing.
QList<DienstCoverage> dienstCoverage(const PlanSnapshot &plan);

// OZG-ID → the best level any Onlinedienst reaches for it (the max over dienste of each one's minimum).
QHash<int, int> besterDienstReifegrad(const QList<DienstCoverage> &abdeckung);

} // namespace tfp::analysis
