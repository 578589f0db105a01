#include "prioritisationlabels.h"

#include "../tr.h"

#include <QCoreApplication>
#include <QLocale>

namespace tfp::ui {

using namespace analysis;

QColor kategorieBackground(Kategorie k)
{
    // ColorBrewer "Blues": one hue from dark to light reads as an order and survives every kind of
    // colour blindness; the label in the cell says the category in words as well.
    switch (k) {
    case Kategorie::Hoechste:
        return QColor(0x08, 0x45, 0x94);
    case Kategorie::Hohe:
        return QColor(0x21, 0x71, 0xb5);
    case Kategorie::Mittlere:
        return QColor(0xa6, 0xcb, 0xe3);
    case Kategorie::Niedrige:
        return QColor(0xe8, 0xf0, 0xf8);
    }
    return {};
}

QColor kategorieForeground(Kategorie k)
{
    return k == Kategorie::Hoechste || k == Kategorie::Hohe ? QColor(Qt::white) : QColor(0x10, 0x20, 0x30);
}

QString kategorieDescription(Kategorie k, const Themenfeld &t)
{
    const QLocale l;
    switch (k) {
    case Kategorie::Hoechste:
        return Tr::tr("höchste Priorität: Score ab %1. Konzeptformat: Digitalisierungslabor "
                      "(eine reine Typ-1-Leistung des Bundes: Digitalisierungs-Werkbank).")
            .arg(l.toString(t.schwelleHoechste, 'f', 1));
    case Kategorie::Hohe:
        return Tr::tr("hohe Priorität: Score ab %1, unter %2. Konzeptformat: "
                      "Digitalisierungslabor (eine reine Typ-1-Leistung: Werkbank).")
            .arg(l.toString(t.schwelleHohe, 'f', 1), l.toString(t.schwelleHoechste, 'f', 1));
    case Kategorie::Mittlere:
        return Tr::tr("mittlere Priorität: Score ab %1, unter %2. Konzeptformat: "
                      "Digitalisierungs-Werkbank.")
            .arg(l.toString(t.schwelleMittlere, 'f', 1), l.toString(t.schwelleHohe, 'f', 1));
    case Kategorie::Niedrige:
        return Tr::tr("niedrige Priorität: Score unter %1. Konzeptformat: Direkt-Digitalisierung.")
            .arg(l.toString(t.schwelleMittlere, 'f', 1));
    }
    return {};
}

QString formatDescription(Format f)
{
    switch (f) {
    case Format::Labor:
        return Tr::tr("Digitalisierungslabor: Fachleute, Nutzende und Entwickler erarbeiten "
                      "gemeinsam den Soll-Prozess und einen Prototyp.");
    case Format::Werkbank:
        return Tr::tr("Digitalisierungs-Werkbank: ein schlankeres Verfahren, das auf "
                      "vorhandenen Ergebnissen aufbaut.");
    case Format::Direkt:
        return Tr::tr("Direkt-Digitalisierung: die zuständige Stelle setzt die Leistung ohne "
                      "eigenes Labor um.");
    case Format::Nachnutzung:
        return Tr::tr("Ein Onlinedienst erreicht schon Reifegrad 3 oder mehr: die vorhandene "
                      "Lösung nachnutzen statt neu bauen, gleich welche Kategorie.");
    }
    return {};
}

} // namespace tfp::ui
