// The schedule as Microsoft Project XML (MSPDI, the Project 2007 schema mspdi_pj12.xsd), which MS Project,
// ProjectLibre, GanttProject and OpenProject's importers read: each project a summary task, each of its
// phases a task from the previous phase's end to its own, each milestone a milestone. Every task carries its
// catalog key in the extended attribute Text1, so that a file edited elsewhere comes back to the same rows.
#pragma once

#include "exportsheets.h"
#include "importplan.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>

namespace tfp::exchange {

// One line of the schedule as it is exported: a project, a phase of it, or a milestone.
struct ScheduleTask
{
    enum class Kind
    {
        Projekt,
        Phase,
        Meilenstein
    };
    Kind kind = Kind::Projekt;
    qint64 id = 0; // the project's or the milestone's key; a phase's project
    Phase phase = Phase::Vorbereitung;
    QString name;
    QDate start, finish;             // planned; invalid when the plan has no date for it
    QDate actualStart, actualFinish; // reached; invalid while it is not
    QString notes;
};

// The schedule of the projects in scope, in the catalog's order: per project its summary, then each phase
// that has a milestone (in phase order) followed by that phase's milestones. A phase runs from the end of the
// phase before it (for the first: the project's Beginn) to its latest planned milestone; it is reached when
// all of its milestones are.
QList<ScheduleTask> scheduleTasks(const PlanSnapshot &plan, const ExportScope &scope);

// The schedule as an MSPDI document (UTF-8). stamp: the file's CreationDate.
QByteArray zeitplanMspdi(const PlanSnapshot &plan, const ExportScope &scope, const QDateTime &stamp);

// Whether the bytes are an MSPDI document: an XML document whose root is Project in the MSPDI namespace.
bool looksLikeMspdi(const QByteArray &bytes);

// Plans the import of an MSPDI file written by zeitplanMspdi and edited elsewhere: each milestone task with a
// key of this catalog updates that milestone's title, planned and reached date through the milestone import's
// rules. Tasks without a key (added elsewhere) are reported as not taken over, and so is a phase whose end
// was moved (a phase ends with its milestones: the milestone has to move). Throws tfp::Error naming the file
// for a file that is not MSPDI, not well-formed, has a DTD, or was exported from another catalog.
ImportPlan planMspdiImport(Catalog &c, const QByteArray &bytes, const QString &source);

} // namespace tfp::exchange
