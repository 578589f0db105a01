// A merge plan for the command line: as JSON (tfp review-merge --json; keys in docs/cli.md, "tfp
// review-merge") and as text for the terminal. The GUI shows the same plan from ReviewMergePlan directly.
#pragma once

#include "exchange/reviewmerge.h"

#include <QJsonObject>
#include <optional>

namespace tfp {

class Catalog;

// revision: the catalog's revision after the merge was applied; empty for a dry run or nothing applied.
QJsonObject reviewMergeJson(const ReviewMergePlan &plan, const Catalog &catalog, bool dryRun,
                            std::optional<qint64> revision);
QString reviewMergeText(const ReviewMergePlan &plan, const Catalog &catalog, bool dryRun);

// What a merge takes over, told as sentences: one per change ("Meilenstein „Go-live Pilot“ angelegt",
// "Status von „Elterngeld“: in Planung → online", "OZG-Leistung „Elterngeld“ dem Projekt „X“ zugeordnet"),
// the workshop's votes as one ("18 Stimmen von 3 Teilnehmenden zu 6 Kriterien"), the comments apart. The
// merge dialog and `tfp review-merge` both show these: the same counts and the same sentences.
struct MergeSentences
{
    QStringList changes;
    QStringList comments; // "„Elterngeld“ – Anna: Text"
};
MergeSentences mergeSentences(const QList<MergeItem> &applied, const Catalog &catalog);

// A stored value as people read it: references by the row's label, codes by their label, "–" for none.
QString mergeValueText(const Catalog &catalog, schema::Table t, const QString &column, const QVariant &value);

} // namespace tfp
