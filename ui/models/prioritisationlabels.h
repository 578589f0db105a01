// How the prioritisation's categories and concept formats look and read in the UI: colours that keep the
// categories apart for colour-blind readers too, and the tooltip texts that explain them.
#pragma once

#include "analysis/prioritisation.h"

#include <QColor>
#include <QString>

namespace tfp::ui {

// One hue from dark to light (the order of the categories), each with a text colour readable on it.
QColor kategorieBackground(analysis::Kategorie k);
QColor kategorieForeground(analysis::Kategorie k);
// "hohe Priorität: Score ab 3,0, unter 4,0. Konzeptformat: …" with the Themenfeld's thresholds.
QString kategorieDescription(analysis::Kategorie k, const Themenfeld &t);
QString formatDescription(analysis::Format f);

} // namespace tfp::ui
