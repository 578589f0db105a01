// Prioritisation of one Themenfeld's Leistungen: weighted scores over its criteria, ranks, categories, the
// recommended concept format, the wave plan and how far each rank moves when the weights move.
#pragma once

#include "domain/plan.h"
#include "waves.h"

#include <QHash>
#include <QList>
#include <optional>

namespace tfp::analysis {

enum class Kategorie
{
    Hoechste,
    Hohe,
    Mittlere,
    Niedrige
};
enum class Format
{
    Labor,
    Werkbank,
    Direkt,
    Nachnutzung
};

QString kategorieLabel(Kategorie k); // "höchste Priorität"
QString formatLabel(Format f);       // "Digitalisierungslabor"

struct Gewichtung
{
    qint64 kriteriumId = 0;
    QString name;
    double gewicht = 0;  // as stored, or as overridden
    double normiert = 0; // share of the sum; the shares add up to 1
};

struct RankedLeistung
{
    int ozgId = 0;
    QString name;
    int lageId = 0;
    Programm programm = Programm::Unbekannt;
    std::optional<double> score;        // 0–5; none when no criterion with a weight has a score
    int missingScores = 0;              // criteria of the Themenfeld without a score for it
    int rank = 0;                       // 1 …, distinct: equal scores are ordered by OZG-ID
    std::optional<Kategorie> kategorie; // none without a score
    std::optional<Format> format;
    std::optional<int> dienstReifegrad; // best level an existing Onlinedienst reaches for it
    int welle = 0;
    std::optional<int> welleFix;
    int rankMin = 0; // over the base weights and each weight moved ± the variation
    int rankMax = 0;
    bool unsicher = false; // its category changes under one of those variations
};

// A dependency with one side in the analysed Themenfeld and the other in another one.
struct ExterneAbhaengigkeit
{
    int ozgId = 0; // this Leistung …
    QString name;
    int haengtAbVon = 0; // … depends on that one
    QString nameVon;
    QString themenfeld; // the other side's Themenfeld
};

struct PrioritisationOptions
{
    bool sensitivity = true;
    double variation = 0.2;         // each weight moves by ± this share, one at a time
    int nachnutzungAb = 3;          // an Onlinedienst at this Reifegrad or above is reused, not rebuilt
    QHash<qint64, double> gewichte; // Kriterium id → weight used instead of the stored one (live re-ranking)
};

struct Prioritisation
{
    Themenfeld themenfeld;            // as analysed: thresholds and wave capacity
    bool gleichgewichtet = false;     // every weight was 0, so every criterion counts the same
    QList<Gewichtung> kriterien;      // by sort order
    QList<RankedLeistung> leistungen; // by rank
    WavePlan wellen;
    QList<int> ohneAufwand; // capacity in person-days: Leistungen without an estimate (planned with the mean
                            // of the known ones, 0 when there are none)
    // Dependencies that cross the Themenfeld's border (one side here, the other in another Themenfeld): the
    // wave plan cannot order them, so they are listed for the planners to agree with the other Themenfeld.
    QList<ExterneAbhaengigkeit> externeAbhaengigkeiten; // by OZG-ID, then the one depended on
};

// Scores, ranks, categorises and plans the waves of every Leistung of the Themenfeld (throws tfp::Error for
// an unknown Themenfeld or a negative weight). The rules are documented in docs/manual.md, "Analysis":
// - score = Σ wᵢ·vᵢ / Σ wᵢ over the criteria that have a score for the Leistung (the weights renormalised
//   over what is there); missingScores counts the others. No score at all: no score, no category, ranked
//   after every scored Leistung. A missing score never counts as 0.
// - category: score ≥ schwelleHoechste höchste, ≥ schwelleHohe hohe, ≥ schwelleMittlere mittlere, else
//   niedrige Priorität.
// - format: see formatOf().
Prioritisation prioritise(const PlanSnapshot &plan, int themenfeldId,
                          const PrioritisationOptions &options = {});

// The building blocks, for views that show one figure live.
// Criteria of one Themenfeld ordered by sort order with their normalised weights. All weights 0 (or none
// given): equal weights, and *gleichgewichtet is set.
QList<Gewichtung> normalisedWeights(QList<Kriterium> kriterien, const QHash<qint64, double> &overrides = {},
                                    bool *gleichgewichtet = nullptr);
Kategorie kategorieOf(double score, const Themenfeld &t);
// An Onlinedienst at nachnutzungAb or above: vorhandene Lösung nachnutzen (whatever the category). Otherwise
// höchste/hohe: Digitalisierungslabor, but Werkbank for a pure Typ-1 (Bund) Leistung; mittlere: Werkbank;
// niedrige: Direkt-Digitalisierung; no category: none.
std::optional<Format> formatOf(std::optional<Kategorie> k, Programm p, std::optional<int> dienstReifegrad,
                               int nachnutzungAb = 3);

} // namespace tfp::analysis
