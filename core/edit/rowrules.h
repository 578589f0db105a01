// The value rules of an edit (edit::checkField) applied to whole rows that came in from a file, so that an
// imported plan meets exactly the rules the app's edits and the workshop merge meet.
#pragma once

#include "storage/schema.h"

#include <QString>
#include <optional>

namespace tfp {
class Catalog;
}

namespace tfp::edit {

struct FieldRefusal
{
    QString column;
    QString message;
};
// The rules of checkField for every field of a stored row as it is: nullopt when they hold, else the first
// field they refuse and why.
std::optional<FieldRefusal> checkRow(const Catalog &c, schema::Table t, qint64 key);

} // namespace tfp::edit
