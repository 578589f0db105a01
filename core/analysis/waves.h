// Wellenplanung: puts ranked Leistungen into waves under a capacity per wave so that a Leistung another one
// depends on is never planned later than its dependant; reports dependency cycles and priority conflicts.
#pragma once

#include "domain/plan.h"

#include <QHash>
#include <QList>
#include <optional>

namespace tfp::analysis {

struct WaveItem
{
    int ozgId = 0;
    int rank = 0;              // 1 is the most important
    double size = 1.0;         // what it takes of a wave's capacity: 1 (Leistungen) or its person-days
    std::optional<int> pinned; // welle_fix: the user put it into this wave
};

enum class KonfliktArt
{
    Rang,       // the prerequisite ranks below its dependant, so it is planned earlier than its own rank says
    Festlegung, // a pinned wave contradicts a dependency: the dependant moves to its prerequisite's wave
};

struct Konflikt
{
    KonfliktArt art = KonfliktArt::Rang;
    int ozgId = 0;       // the dependant …
    int haengtAbVon = 0; // … and the Leistung it depends on
    int rank = 0;
    int rankVon = 0;
    int welle = 0;               // planned wave of the dependant
    int welleVon = 0;            // planned wave of the prerequisite
    std::optional<int> welleFix; // Festlegung: the wave the dependant was pinned to

    friend bool operator==(const Konflikt &, const Konflikt &) = default;
};

struct Welle
{
    int nummer = 0;
    double belegt = 0;       // Leistungen or person-days
    bool ueberbucht = false; // more than the capacity (pins, or a prerequisite that had to come earlier)
    QList<int> leistungen;   // OZG-IDs by rank
};

struct WavePlan
{
    std::optional<double> capacity; // none: unlimited, every Leistung goes into the earliest wave allowed
    QHash<int, int> wave;           // OZG-ID → wave (1-based)
    QList<Welle> wellen;            // 1 … last used wave, empty waves included
    QList<QList<int>> zyklen;       // each cycle's OZG-IDs sorted; a Leistung depending on itself is one too
    QList<Konflikt> konflikte;      // by kind, then OZG-ID
};

// Rules (docs/manual.md, "Analysis"):
// - Dependencies between the given items only; others are ignored. Members of a cycle are planned together in
//   one wave (that satisfies "not later than" both ways); the cycle is still reported.
// - A prerequisite inherits the best rank of everything that depends on it (directly or not), so it is
// planned
//   as early as its most important dependant needs it.
// - Pinned items take their wave (and its capacity) first. A pin earlier than a prerequisite's wave cannot be
//   honoured: the dependant moves to that wave and a Festlegung conflict is reported.
// - The others go, in that order, into the first wave from their prerequisites' latest wave on that still has
//   room; an item larger than the capacity gets an empty wave of its own. An unpinned prerequisite of a
//   pinned item goes no later than that pin, even when this overbooks the wave.
WavePlan planWaves(const QList<WaveItem> &items, const QList<Abhaengigkeit> &abhaengigkeiten,
                   std::optional<double> capacity);

} // namespace tfp::analysis
