// "Workshop-Ergebnis übernehmen": what taking a workshop package over into the open catalog would do (the
// counts, the fields and rows taken, the conflicts side by side with a choice per row, what is refused and
// why, the workshop's votes), and the merge itself as one undo step journaled with the package as its source.
#pragma once

#include "exchange/reviewmerge.h"

#include <QDialog>
#include <memory>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace tfp::ui {

class Document;

class ReviewMergeDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ReviewMergeDialog(Document &doc, QWidget *parent = nullptr);
    ~ReviewMergeDialog() override;

    // Reads the package and plans the merge. False when the package is refused (message() says why); nothing
    // can be taken over then.
    bool load(const QString &path);
    // "Stimmen als Bewertungen übernehmen": plans again, keeping the decisions already made.
    void setApplyVotes(bool apply);
    // Decides one conflict (its row in the conflict table) or all of them; the plan is checked again.
    void resolve(int conflictRow, MergeSide side);
    void resolveAll(MergeSide side);
    // A plan is loaded, it changes something and no conflict is open.
    bool canApply() const;
    // Takes the package over as one undo step; closes the dialog. False (message() says why) otherwise.
    bool apply();

    const ReviewMergePlan &plan() const { return m_plan; }
    QString message() const;
    QLabel *summary() const { return m_summary; }
    QTableWidget *appliedTable() const { return m_applied; }
    QTableWidget *conflictTable() const { return m_conflicts; }
    QTableWidget *rejectedTable() const { return m_rejected; }
    QTableWidget *votesTable() const { return m_votes; }
    QPushButton *applyButton() const { return m_apply; }

private:
    void replan();
    void fill();
    void fillConflicts();
    QString valueText(const MergeItem &item, const QVariant &value) const;
    QString changeText(const MergeItem &item) const;

    Document &m_doc;
    std::unique_ptr<OpenedReviewPackage> m_package;
    ReviewMergePlan m_plan;
    QString m_error;
    QLabel *m_summary;
    QCheckBox *m_applyVotes;
    QTableWidget *m_applied;
    QTableWidget *m_conflicts;
    QTableWidget *m_rejected;
    QTableWidget *m_votes;
    QPushButton *m_allCatalog;
    QPushButton *m_allPackage;
    QPushButton *m_apply;
};

} // namespace tfp::ui
