// "Änderungen seit …": the catalog's journal since a date or a named Stand, told for people (which
// Themenfeld, which row and field, old and new value as text), filterable and exportable as CSV.
#pragma once

#include "analysis/progress.h"
#include "storage/catalog.h"

#include <QDateTime>
#include <optional>

namespace tfp {

struct ChangeFilter
{
    std::optional<qint64> afterRevision; // changes after this revision (a Stand's)
    QDateTime since;                     // changes from this moment on; invalid: no limit
    std::optional<int> themenfeldId;     // leaves out changes of other Themenfelder
    std::optional<schema::Table> table;  // one kind of entity
    std::optional<qint64> key;           // with table: one row
    QString author; // empty: everyone; the author name or the database login, compared without case
};

struct ChangeRecord
{
    JournalEntry entry;
    QDateTime zeitpunkt;
    // Empty when the row belongs to no Themenfeld (a Beteiligter) or is no longer known (a deleted row):
    // such changes are kept when filtering by Themenfeld rather than silently lost.
    std::optional<int> themenfeldId;
    QString themenfeld;
    QString art;     // "neu", "geändert", "gelöscht"
    QString tabelle; // "OZG-Leistung"
    QString eintrag; // "„Elterngeld“", "Meilenstein „Go-live“"
    QString feld;    // "Status"; empty for a row added or deleted
    QString alt;     // as text, "leer" for an empty value
    QString neu;
    // The change as one sentence, what the change history, "Änderungen seit …" and `tfp changes` show:
    // "Meilenstein „Go-live Pilot“ angelegt", "Status von OZG-Leistung „Elterngeld“: in Planung → online".
    QString text;
};

// The changes that pass the filter, oldest first. Stand rows themselves are markers, not changes, and are
// left out.
QList<ChangeRecord> changesSince(const Catalog &catalog, const ChangeFilter &filter);

// The changes as CSV (';'-separated, UTF-8 with BOM): Zeitpunkt (ISO 8601 with the local offset), Autor,
// Quelle, Änderung, Themenfeld, Art, Tabelle, Eintrag, Feld, Alt, Neu, Revision.
QByteArray changesCsv(const QList<ChangeRecord> &changes);

// The names of the catalog's Stände, the newest (highest revision) first: what a baseline is chosen from.
QStringList standNamen(const Catalog &catalog);

// The Stand of that name (its row), if there is one.
std::optional<QVariantMap> standNamed(const Catalog &catalog, const QString &name);

// The planned dates of the milestones as they were at the Stand's revision: today's values with the journal's
// later changes of `meilenstein.geplant` undone. A milestone added after the Stand has none, nor has one
// without a planned date then; a row whose first later entry is a deletion was removed and added again (an
// undone deletion included), so it counts as added. Throws tfp::Error naming an unknown Stand.
analysis::Baseline standBaseline(const Catalog &catalog, const QString &name);

} // namespace tfp
