// Display names of tables and fields and display text of stored values, for undo descriptions, the journal
// view, validation messages and generic editors. German by default, translated through tr().
#pragma once

#include "storage/schema.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVariant>

namespace tfp::edit {

QString tableLabel(schema::Table t);                     // "OZG-Leistung"
QString fieldLabel(schema::Table t, QStringView column); // "Reifegrad (ist)"
QString valueText(schema::Table t, QStringView column,
                  const QVariant &stored); // "3 – Online-Leistung", "31.03.2027"
// A date as users read it in the current locale, always with a four-digit year (31.03.2027).
// The locale's short date format with a four-digit year (dd.MM.yyyy in German), for text and date editors.
QString dateFormat();
QString dateText(const QDate &date);
QString dateTimeText(const QDateTime &time);

// All enum codes of a column with their display text, in stored order.
QList<QPair<QString, QString>> choices(schema::Table t, QStringView column);

} // namespace tfp::edit
