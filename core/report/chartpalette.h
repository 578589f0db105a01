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
inline QColor skyBlue()
{
    return QColor(0x56, 0xB4, 0xE9);
}
inline QColor green()
{
    return QColor(0x00, 0x9E, 0x73);
}
inline QColor yellow()
{
    return QColor(0xF0, 0xE4, 0x42);
}
inline QColor blue()
{
    return QColor(0x00, 0x72, 0xB2);
}
inline QColor vermillion()
{
    return QColor(0xD5, 0x5E, 0x00);
}
inline QColor reddishPurple()
{
    return QColor(0xCC, 0x79, 0xA7);
}
inline QColor grey()
{
    return QColor(0xBB, 0xBB, 0xBB);
}
inline QColor text()
{
    return QColor(0x22, 0x22, 0x22);
}
inline QColor line()
{
    return QColor(0x88, 0x88, 0x88);
}
inline QColor grid()
{
    return QColor(0xE2, 0xE2, 0xE2);
}

inline QColor status(Status s)
{
    switch (s) {
    case Status::Online:
        return green();
    case Status::InUmsetzung:
        return blue();
    case Status::InPlanung:
        return orange();
    case Status::Ohne:
        return grey();
    }
    return grey();
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
        return grey();
    case Phase::Konzeption:
        return skyBlue();
    case Phase::Umsetzung:
        return blue();
    case Phase::Pilotierung:
        return orange();
    case Phase::Rollout:
        return reddishPurple();
    case Phase::Regelbetrieb:
        return green();
    case Phase::Flaechendeckend:
        return QColor(0x00, 0x5A, 0x41);
    }
    return grey();
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
        return vermillion();
    }
    return grey();
}

} // namespace tfp::report::palette
