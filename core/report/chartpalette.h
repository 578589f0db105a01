// The charts' colours: the Okabe–Ito palette, which stays distinguishable with the common colour-vision
// deficiencies and in greyscale print, and a single-hue blue ramp for ordered levels (Reifegrad).
#pragma once

#include "domain/plan.h"

#include <QColor>

namespace tfp::report::palette {

inline QColor orange()
{
    return QColor(0xE6, 0x9F, 0x00);
}
inline QColor himmelblau()
{
    return QColor(0x56, 0xB4, 0xE9);
}
inline QColor gruen()
{
    return QColor(0x00, 0x9E, 0x73);
}
inline QColor gelb()
{
    return QColor(0xF0, 0xE4, 0x42);
}
inline QColor blau()
{
    return QColor(0x00, 0x72, 0xB2);
}
inline QColor zinnober()
{
    return QColor(0xD5, 0x5E, 0x00);
}
inline QColor purpur()
{
    return QColor(0xCC, 0x79, 0xA7);
}
inline QColor grau()
{
    return QColor(0xBB, 0xBB, 0xBB);
}
inline QColor text()
{
    return QColor(0x22, 0x22, 0x22);
}
inline QColor linie()
{
    return QColor(0x88, 0x88, 0x88);
}
inline QColor raster()
{
    return QColor(0xE2, 0xE2, 0xE2);
}

inline QColor status(Status s)
{
    switch (s) {
    case Status::Online:
        return gruen();
    case Status::InUmsetzung:
        return blau();
    case Status::InPlanung:
        return orange();
    case Status::Ohne:
        return grau();
    }
    return grau();
}

// Levels 0–4 from light to dark; "ohne Angabe" (-1) grey.
inline QColor reifegrad(int level)
{
    static const QColor ramp[] = {QColor(0xDE, 0xEB, 0xF7), QColor(0x9E, 0xCA, 0xE1),
                                  QColor(0x42, 0x92, 0xC6), QColor(0x08, 0x51, 0x9C),
                                  QColor(0x08, 0x30, 0x6B)};
    return level >= 0 && level <= 4 ? ramp[level] : QColor(0xD9, 0xD9, 0xD9);
}

inline QColor phase(Phase p)
{
    switch (p) {
    case Phase::Vorbereitung:
        return grau();
    case Phase::Konzeption:
        return himmelblau();
    case Phase::Umsetzung:
        return blau();
    case Phase::Pilotierung:
        return orange();
    case Phase::Rollout:
        return purpur();
    case Phase::Regelbetrieb:
        return gruen();
    case Phase::Flaechendeckend:
        return QColor(0x00, 0x5A, 0x41);
    }
    return grau();
}

// Nachnutzung matrix cells by stand; the ordered stands go from light to dark, abgelehnt stands apart.
inline QColor nachnutzung(NachnutzungStand s)
{
    switch (s) {
    case NachnutzungStand::Interessiert:
        return QColor(0xC7, 0xE9, 0xC0);
    case NachnutzungStand::Geplant:
        return QColor(0x74, 0xC4, 0x76);
    case NachnutzungStand::InUmsetzung:
        return QColor(0x23, 0x8B, 0x45);
    case NachnutzungStand::Live:
        return QColor(0x00, 0x44, 0x1B);
    case NachnutzungStand::Abgelehnt:
        return zinnober();
    }
    return grau();
}

} // namespace tfp::report::palette
