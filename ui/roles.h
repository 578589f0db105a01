// Item roles shared by the models and the typed delegate: which stored field an index shows, and its raw
// value.
#pragma once

#include <Qt>

namespace tfp::ui {

enum Role
{
    SortRole = Qt::UserRole + 1, // numbers sort as numbers, dates as dates
    KeyRole,                     // the row's key (OZG-ID, project id …)
    TableRole,                   // int(schema::Table) of the field behind the index
    ColumnRole,                  // column name of the field behind the index
    KindRole,                    // what a tree node is (Lage, Leistung …)
    AllowEmptyRole,              // the editor offers "none" even for a required field (it removes the row)
    RowLabelRole,                // how messages name the row: "„Elterngeld“ (10000)"
    // The OZG-ID when the row is an OZG-Leistung (the tree, the ranking, the Abdeckung lists, a project's
    // Leistungen): what actions on many rows work on.
    OzgIdRole = Qt::UserRole + 60,
};

} // namespace tfp::ui
