// Helpers the edit functions share (not part of the edit API): rows that must exist, quoting, lookups.
#pragma once

#include "storage/schema.h"

#include <QDate>
#include <QString>
#include <QVariantMap>
#include <optional>

namespace tfp {
class Catalog;
}

namespace tfp::edit::detail {

// The row, or tfp::Error "… gibt es nicht (mehr)."
QVariantMap mustRow(const Catalog &c, schema::Table t, qint64 key);
QString quoted(const QString &s); // „s“
QDate dateOf(const QVariant &v);  // an ISO date column's value
// The first row of t with column = value and column2 = value2.
std::optional<QVariantMap> findRow(const Catalog &c, schema::Table t, QStringView column,
                                   const QVariant &value, QStringView column2, const QVariant &value2);

} // namespace tfp::edit::detail
