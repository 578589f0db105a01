// Importing the tables planners keep elsewhere (Leistungen, projects, milestones, the federal dashboard's
// CSV) into a catalog: first an ImportPlan that says, row by row, what would be added, updated, left
// unchanged or refused and why, built without writing; then importChanges(plan), one ChangeSet for
// Catalog::apply.
#pragma once

#include "storage/changeset.h"
#include "tabular.h"

#include <QStringList>
#include <optional>

namespace tfp {
class Catalog;
}

namespace tfp::exchange {

enum class ImportKind
{
    Leistungen,
    Projekte,
    Meilensteine,
    Dashboard,
    Zeitplan // MS Project XML (MSPDI) exported by tfp and edited elsewhere: its milestones (mspdi.h)
};
std::optional<ImportKind> importKindByName(QStringView name); // "leistungen", "projekte", …
QString importKindName(ImportKind kind);
QString importKindLabel(ImportKind kind); // German, for the dialog

struct FieldChange
{
    QString field; // German label
    QString oldText;
    QString newText;
};

// One problem of a row as the preview table shows it: the column (its header as written, empty for the row as
// a whole) and the reason without the file and row, which the table has in columns of their own.
struct RowProblem
{
    QString column;
    QString reason;
};

struct ImportRow
{
    enum class Action
    {
        Add,
        Update,
        Unchanged,
        Rejected, // a value or the key is wrong: the import as a whole is refused
        Unmatched // dashboard: a row the catalog has nothing for; reported, not an error
    };
    int line = 0;
    QString key; // how the row is named: "10000 Elterngeld", "Projekt „Kita-Portal“"
    Action action = Action::Unchanged;
    QList<FieldChange> changes;
    QStringList problems;      // complete messages naming file, row and field; for Unmatched the reason
    QList<RowProblem> details; // the same problems by column, for the preview
};

struct ImportPlan
{
    ImportKind kind = ImportKind::Leistungen;
    QString source;      // the file name messages use
    QString format;      // "CSV, UTF-8 mit BOM, Trennzeichen ;" or "xlsx, Blatt „Leistungen“"
    QStringList notices; // columns that were ignored, and the like
    QList<ImportRow> rows;
    ChangeSet changes; // of the rows that were not refused
    // Dates read with a two-digit year as 20yy, and the first of them, for the preview's note.
    int twoDigitYears = 0;
    int twoDigitYearLine = 0;
    QString twoDigitYearText, twoDigitYearRead;

    int count(ImportRow::Action a) const;
    bool refused() const { return count(ImportRow::Action::Rejected) > 0; }
    QStringList problems() const; // of every refused row, in file order
};

// The sheet names of a workbook (.xlsx or .ods, told apart by content); throws tfp::Error naming the source
// when the zip is neither.
QStringList workbookSheets(const QByteArray &bytes, const QString &source);
// One sheet of a workbook (.xlsx or .ods) as a table; sheet as for planImport.
tabular::Table readWorkbook(const QByteArray &bytes, const QString &source, const QString &sheet = {});

// Reads a CSV, .xlsx or .ods file (told apart by content; sheet: name or 1-based number, empty for the first)
// and plans the import; for ImportKind::Zeitplan an MS Project XML file (planMspdiImport). Throws tfp::Error
// for what makes the whole file unusable (unreadable, not a table, too large, a key column missing, a column
// named twice); problems of single rows end up in the plan.
ImportPlan planImport(Catalog &c, ImportKind kind, const QString &path, const QString &sheet = {});
ImportPlan planImport(Catalog &c, ImportKind kind, const tabular::Table &table);

// The plan's changes as one ChangeSet; throws tfp::Error listing the problems when any row was refused.
ChangeSet importChanges(const ImportPlan &plan);
// The journal source of an applied import, kept as data (edit::Phrase; edit::descriptionText tells it:
// "Import aus leistungen.csv").
QString importSource(const ImportPlan &plan);

} // namespace tfp::exchange
