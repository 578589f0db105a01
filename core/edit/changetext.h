// The sentences in which the change history, "Änderungen seit …", the merge dialog and `tfp` tell what
// changed, so that the GUI and the command line say the same.
#pragma once

#include "storage/schema.h"

#include <QString>

namespace tfp {
class Catalog;
}

namespace tfp::edit {

// The row as the subject of a sentence, its type word once: "OZG-Leistung „Elterngeld“", "Meilenstein
// „Go-live Pilot“", "Projekt „Kita-Portal“".
QString objectLabel(const Catalog &c, schema::Table t, qint64 key);
// That a row came or went, as people say it: "Meilenstein „Go-live Pilot“ angelegt", "OZG-Leistung
// „Elterngeld“ dem Projekt „X“ zugeordnet". The row must still be in c.
QString rowChangeSentence(const Catalog &c, schema::Table t, qint64 key, bool added);
// "OZG-Leistung „Elterngeld“ dem Projekt „X“ zugeordnet" / "… vom Projekt „X“ gelöst"; projekt is the
// project's name.
QString assignmentSentence(const QString &leistung, const QString &projekt, bool added);
// "Meilenstein „Go-live“ angelegt" / "… gelöscht" for an object already named.
QString objectSentence(const QString &object, bool added);
// "Status von „Elterngeld“: in Planung → online".
QString fieldChangeSentence(const QString &field, const QString &object, const QString &alt,
                            const QString &neu);

} // namespace tfp::edit
