// One open catalog in the GUI: the Catalog, its own QUndoStack and the in-memory PlanSnapshot that the models
// read. Every edit enters here as a ChangeSet; views never write to the catalog themselves.
#pragma once

#include "domain/plan.h"
#include "storage/changeset.h"

#include <QObject>
#include <QTimer>
#include <functional>
#include <memory>

class QUndoStack;

namespace tfp {
class Catalog;
}

namespace tfp::ui {

class Document : public QObject
{
    Q_OBJECT
public:
    explicit Document(std::unique_ptr<Catalog> catalog, QObject *parent = nullptr);
    // With the snapshot already loaded (in the background, by the catalog's own connection).
    Document(std::unique_ptr<Catalog> catalog, PlanSnapshot loaded, QObject *parent = nullptr);
    ~Document() override;

    Catalog &catalog() { return *m_catalog; }
    const Catalog &catalog() const { return *m_catalog; }
    const PlanSnapshot &plan() const { return m_plan; }
    // The snapshot with the prioritisation scores and votes of this Themenfeld (one at a time is held; they
    // are read on the first call and kept current afterwards).
    const PlanSnapshot &planWithScores(int themenfeldId);
    QUndoStack *undoStack() const { return m_undo; }
    bool isReadOnly() const;

    // Applies the changes as one undo step. Empty change sets are not pushed. Returns false (and emits
    // failed with the reason) when the catalog refused them; nothing was changed then.
    bool push(const ChangeSet &changes);
    // The same with the journal's source for every entry of this step, its undo and redo (a merged workshop
    // package: "Workshop-Paket sitzung.tfreview").
    bool push(const ChangeSet &changes, const QString &source);
    // Builds and pushes in one go; a builder that throws tfp::Error is reported like a refused change.
    template <typename Builder> bool run(Builder &&build);
    // Says why an edit was refused: emits failed, or, while a Batch collects, records it there.
    void report(const QString &message);
    // How many refusals were reported so far: an edit that returns nothing else tells a refusal by it.
    int reportCount() const { return m_reports; }

    // Turns many model edits (a paste, a change of many rows) into one undo step. While a Batch lives, push()
    // collects the change sets instead of applying them and refusals are recorded instead of reported;
    // commit() checks the collected changes together and pushes them as one step. A Batch that is not
    // committed (or finds an error) changes nothing. Batches do not nest.
    class Batch
    {
    public:
        explicit Batch(Document &doc);
        ~Batch();
        Batch(const Batch &) = delete;
        Batch &operator=(const Batch &) = delete;
        // The refusals recorded so far, oldest first.
        const QStringList &errors() const { return m_errors; }
        int changeCount() const { return int(m_changes.changes.size()); }
        // Pushes what was collected as one step with this description; false (nothing changed) when there
        // were refusals, nothing to change or the rules refuse the values together; the reason is in
        // errors().
        bool commit(const QString &description);

    private:
        friend class Document;
        Document &m_doc;
        ChangeSet m_changes;
        int m_sets = 0;
        QStringList m_errors;
    };
    // Runs edits (model edits, run() calls) in a Batch and pushes them as one step with this description
    // (empty: the one edit's own); the first refusal is reported and nothing changes then.
    bool runAsOneStep(const QString &description, const std::function<void()> &edits);

    // Takes over the write lock when it is free (its writer left, or the user lifted it) and, as after any
    // change by another process, starts afresh from the file.
    void takeOverIfFree() { pollOtherProcesses(); }

Q_SIGNALS:
    // After the catalog committed changes (push, undo or redo) and the snapshot was refreshed; on a server
    // catalog also after another session committed (the rows it changed).
    void changed(const tfp::ChangeSet &changes);
    // The whole snapshot was reloaded (another process changed the file, or on a server what others
    // changed could not be told row by row).
    void reloaded();
    void failed(const QString &message);
    void readOnlyChanged(bool readOnly);

private:
    friend class CatalogCommand;
    void watchCatalog();
    bool applyToCatalog(const ChangeSet &changes, const QString &source);
    void onCatalogChanged(const ChangeSet &changes);
    void pollOtherProcesses();
    // Reads the whole snapshot again (another process changed the file, or a server catalog's own facts).
    void reload();

    std::unique_ptr<Catalog> m_catalog;
    Batch *m_batch = nullptr;
    int m_reports = 0;
    PlanSnapshot m_plan;
    QUndoStack *m_undo = nullptr;
    QTimer m_poll;
};

void reportError(Document &doc, const QString &message);

template <typename Builder> bool Document::run(Builder &&build)
{
    try {
        return push(build());
    } catch (const std::exception &e) {
        report(QString::fromUtf8(e.what()));
        return false;
    }
}

} // namespace tfp::ui
