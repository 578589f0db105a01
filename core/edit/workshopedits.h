// Edits of the workshop review: a participant's vote on a criterion, and a named Stand of the plan to compare
// against later ("Änderungen seit Stand Steuerungskreis 14.11.2026"). Like edits.h: a ChangeSet or an Error.
#pragma once

#include "storage/changeset.h"

#include <QDate>
#include <optional>

namespace tfp {
class Catalog;
}

namespace tfp::edit {

// One participant's vote (0–5) on one criterion for one Leistung in one workshop; wert empty removes it.
ChangeSet setStimme(Catalog &c, qint64 kriteriumId, int ozgId, const QString &teilnehmer,
                    const QString &workshop, std::optional<int> wert, const QDate &datum = {});

// Names the plan as it is now (its revision and the time); names are unique.
ChangeSet addStand(Catalog &c, const QString &name);

} // namespace tfp::edit
