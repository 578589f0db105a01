// Moving planned dates in the schedule (the Zeitplan tab's Gantt): a milestone dragged or moved by the
// keyboard, the open milestones of a project shifted together, and the milestones that depend on a moved one
// moved along so that no dependency breaks. Each move is one ChangeSet, checked by the rules of setField.
#pragma once

#include "domain/plan.h"
#include "storage/changeset.h"

#include <QDate>
#include <QList>

namespace tfp {
class Catalog;
}

namespace tfp::edit {

struct TerminVerschiebung
{
    qint64 meilensteinId = 0;
    QDate von;  // its planned date now
    QDate nach; // its planned date after the move
    friend bool operator==(const TerminVerschiebung &, const TerminVerschiebung &) = default;
};

// The open milestones (planned, not reached) that depend on the moved ones, directly or through others, and
// that would then come before a predecessor's date plus the lag: each moved to the earliest date its
// predecessors allow, in the order of the chain. A reached milestone is never moved (it keeps its flag).
// Empty when nothing would break.
QList<TerminVerschiebung> abhaengigeVerschiebungen(const PlanSnapshot &plan,
                                                   const QList<TerminVerschiebung> &moves);

// The project's open milestones with a planned date, each moved by that many months and days (a month keeps
// the day of the month, as QDate::addMonths does).
QList<TerminVerschiebung> projektVerschiebung(const PlanSnapshot &plan, qint64 projektId, int monate,
                                              int tage);

// The moves as one step: each planned date through setField (its rules refuse a value with the reason, and
// then nothing is moved). One move keeps setField's description; several are described by the first one
// and how many more were moved, or, with projektId, as the project's shift.
ChangeSet verschiebeMeilensteine(const Catalog &c, const QList<TerminVerschiebung> &moves,
                                 qint64 projektId = 0);

} // namespace tfp::edit
