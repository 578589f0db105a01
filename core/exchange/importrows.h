// Internal to the importers: the columns of a table matched against what a kind knows, and the building of
// one row's outcome (problems per field, field changes, the Changes it contributes only if nothing is wrong).
#pragma once

#include "domain/plan.h"
#include "importplan.h"

#include <QHash>
#include <QVariantMap>

namespace tfp::exchange::detail {

// The header of a table against the columns a kind knows (lower case; a name ending in ':' is a prefix for
// a family of columns such as "bewertung:OZG-Priorität"). Unknown columns become a notice; a column named
// twice or a required one missing throws tfp::Error naming the file.
class Columns
{
public:
    Columns(const tabular::Table &t, const QStringList &known, const QStringList &required, ImportPlan &plan);
    int index(const QString &name) const { return m_index.value(name, -1); }
    bool has(const QString &name) const { return m_index.contains(name); }
    // Columns of a prefix family: the part after the prefix as written, with its position.
    QList<QPair<QString, int>> family(const QString &prefix) const;
    QString header(int i) const { return m_header.value(i); }

private:
    QHash<QString, int> m_index;
    QList<QPair<QString, int>> m_prefixed;
    QStringList m_header;
};

class RowBuilder
{
public:
    RowBuilder(ImportPlan &plan, const tabular::Table &t, int index, const Columns &cols);
    QString cell(int column) const { return column >= 0 ? m_cells.value(column).trimmed() : QString(); }
    QString cell(const QString &name) const { return cell(m_cols.index(name)); }
    bool hasCell(const QString &name) const { return m_cols.has(name); }
    bool sizeOk() const { return m_sizeOk; }
    bool failed() const { return !m_row.problems.isEmpty(); }
    ImportRow &row() { return m_row; }

    void problem(int column, const QString &message);
    void problem(const QString &name, const QString &message) { problem(m_cols.index(name), message); }
    void rowProblem(const QString &message);
    // The checked value of a schema column from the named cell into values; false (with a problem) if wrong.
    bool parse(const QString &name, schema::Table t, QStringView column, QVariantMap &values);
    // A Beteiligter by Kürzel (case-insensitive) or null for an empty cell.
    std::optional<QVariant> beteiligter(const PlanSnapshot &plan, const QString &name);

    // Compares values with the stored row, checks the changed ones together (edit::checkField) and queues
    // their updates. The header of each value's cell names it in problems (columnOf: schema column → header).
    void update(const Catalog &c, schema::Table t, qint64 key, const QVariantMap &values,
                const QHash<QString, QString> &columnOf);
    // Checks a new row field by field and queues its insert.
    void insert(const Catalog &c, schema::Table t, qint64 key, const QVariantMap &row,
                const QHash<QString, QString> &columnOf);
    void queue(const Change &change, const FieldChange &shown);
    // Adds the row to the plan: Rejected with problems, else Add (if isNew), Update or Unchanged.
    void finish(bool isNew);
    // Adds the row as Unmatched: nothing in the catalog to apply it to (the reason is shown, not an error).
    void finishUnmatched(const QString &reason);

private:
    ImportPlan &m_plan;
    const tabular::Table &m_table;
    const Columns &m_cols;
    QStringList m_cells;
    ImportRow m_row;
    QList<Change> m_changes;
    bool m_sizeOk = true;
};

QString quoted(const QString &s);
// The file, and for a workbook its sheet, as messages name them: „plan.xlsx“, Blatt „Projekte“.
QString location(const tabular::Table &t);
// Case-insensitive, trimmed comparison of names as planners type them.
bool sameName(const QString &a, const QString &b);
const Themenfeld *themenfeldNamed(const PlanSnapshot &plan, const QString &name);
const Themenfeld *themenfeldNamed(PlanSnapshot &&, const QString &) = delete; // would point into a temporary
// A stored value as the preview shows it (a reference by the row's label).
QString shown(const Catalog &c, schema::Table t, const QString &column, const QVariant &value);

ImportPlan planLeistungen(Catalog &c, const tabular::Table &t);
ImportPlan planProjekte(Catalog &c, const tabular::Table &t);
ImportPlan planMeilensteine(Catalog &c, const tabular::Table &t);
ImportPlan planDashboard(Catalog &c, const tabular::Table &t);

} // namespace tfp::exchange::detail
