// Taking a workshop package's result over into the catalog it came from: a three-way merge at field level
// against the package's base. planReviewMerge() says what would happen; the user decides the conflicts (one
// by one or all at once); reviewMergeChanges() gives the one ChangeSet that Catalog::apply commits (one undo
// step).
#pragma once

#include "exchange/reviewpackage.h"
#include "storage/changeset.h"

#include <QStringList>

namespace tfp {

class Catalog;

// The meta key under which a catalog records that a package was merged into it (followed by the package's
// id); the value is a JSON object: datei, zeitpunkt, paket_revision, basis_revision.
inline constexpr QStringView kMergedPackagePrefix = u"review.merged.";

enum class MergeSide
{
    Open,    // a conflict nobody has decided yet
    Catalog, // keep what the catalog has
    Package  // take what the workshop decided
};

// One thing the merge does or could do: a field to set, a row to add, a row (with what hangs on it) to
// delete.
struct MergeItem
{
    enum class Kind
    {
        Update,
        Insert,
        Delete
    };
    enum class Origin
    {
        Package, // a change made in the package
        Votes    // a score from the mean of the workshop's votes (--apply-votes)
    };
    QString id; // stable and readable: "leistung/10000/status", "projekt/57"
    Kind kind = Kind::Update;
    Origin origin = Origin::Package;
    schema::Table table = schema::Table::Themenfeld;
    qint64 key = 0;        // the row in the catalog; a new row: the key it gets
    qint64 packageKey = 0; // the row in the package (0 for a score from votes)
    QString column;        // Update: the field
    bool hasBase = true;   // Update: false when the row is new on both sides (no base value)
    QVariant base;         // Update: the value when the package was made
    QVariant catalog;      // Update: the catalog's value now
    QVariant package;      // Update: the package's value (references already in catalog keys)
    QVariantMap row;       // Insert and Delete: the row as it is written or as the catalog has it
    QString label;         // for people: "Status von „Elterngeld“", "Projekt „Kita-Portal“"
    QString note;          // a conflict: what happened on each side; rejected: why
    MergeSide resolution = MergeSide::Open; // conflicts only
    QList<Change> changes;                  // what taking the package's side writes
};

// The workshop's votes on one criterion for one Leistung.
struct VoteAggregate
{
    qint64 kriteriumId = 0; // in the catalog
    int ozgId = 0;
    QString kriterium;
    QString leistung;
    int count = 0;
    double mean = 0;
    double spread = 0; // standard deviation of the votes
    int min = 0;
    int max = 0;
    int proposed = 0; // the mean rounded half up: the score --apply-votes writes
    QVariant score;   // the catalog's score now; null when there is none
};

struct ReviewMergeOptions
{
    bool applyVotes = false; // turn vote means into scores (each a field change like any other)
};

struct ReviewMergePlan
{
    ReviewPackageInfo package;
    QString fileName;
    qint64 packageRevision = 0; // how many change sets the workshop made
    bool alreadyMerged = false; // then every list is empty and notes say when it was merged
    QStringList notes;
    QList<MergeItem> applied;   // changed only in the package, or new there: taken as they are
    QList<MergeItem> conflicts; // changed on both sides to different values: resolution decides
    QList<MergeItem> rejected;  // not taken: the rules refuse the value, or its row is gone from the catalog
    QList<VoteAggregate> votes;
    bool votesApplied = false;
    MetaChange record; // remembers the package in the catalog, so that a second merge changes nothing

    // The journal's source, kept as data (edit::Phrase, told by edit::descriptionText: "Workshop-Paket
    // sitzung.tfreview").
    QString source() const;
    // The undo step as a stored edit::Phrase ("Workshop-Ergebnis „sitzung.tfreview“ übernehmen").
    QString description() const;
    qsizetype openConflicts() const;
};

// Reads the package against the catalog (which may be open read-only); writes nothing (keys for new rows are
// reserved). Throws tfp::Error naming the package when it comes from another catalog. What the edit rules
// refuse is known only after validateReviewMerge().
ReviewMergePlan planReviewMerge(Catalog &catalog, const OpenedReviewPackage &package,
                                const ReviewMergeOptions &options = {});

// Decides every open conflict for one side.
void resolveAll(ReviewMergePlan &plan, MergeSide side);
// Decides one conflict by its id; false when there is no such conflict.
bool resolve(ReviewMergePlan &plan, const QString &id, MergeSide side);

// Checks every value the plan would write (clean items and conflicts decided for the package) with the edit
// rules, on the state the merge would produce; what they refuse moves to plan.rejected with the reason, and
// so does what hangs on a refused new row. Call it again after deciding conflicts. Writes nothing: a catalog
// open read-only is checked on a temporary copy. Throws tfp::Error when the merge cannot be applied at all.
void validateReviewMerge(Catalog &catalog, ReviewMergePlan &plan);

// Throws tfp::Error when the plan cannot be applied as it stands: a conflict is still open, or everything the
// package brings is refused (then it is refused as a whole, and not recorded as merged either).
void checkReviewMergeApplicable(const ReviewMergePlan &plan);

// Validates, then gives the merge as one ChangeSet (empty when already merged) for
// catalog.apply(changes, plan.source()). Throws tfp::Error while a conflict is open, and when everything is
// refused.
ChangeSet reviewMergeChanges(Catalog &catalog, ReviewMergePlan &plan);

} // namespace tfp
