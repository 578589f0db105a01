// One open catalog in the GUI: the Catalog, its own QUndoStack and the in-memory PlanSnapshot that the models
// read. Every edit enters here as a ChangeSet; views never write to the catalog themselves.
#pragma once

#include "domain/plan.h"
#include "storage/changeset.h"

#include <QObject>
#include <QTimer>
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

    // Takes over the write lock when it is free (its writer left, or the user lifted it) and, as after any
    // change by another process, starts afresh from the file.
    void takeOverIfFree() { pollOtherProcesses(); }

Q_SIGNALS:
    // After the catalog committed changes (push, undo or redo) and the snapshot was refreshed.
    void changed(const tfp::ChangeSet &changes);
    // The whole snapshot was reloaded (another process changed the file).
    void reloaded();
    void failed(const QString &message);
    void readOnlyChanged(bool readOnly);

private:
    friend class CatalogCommand;
    bool applyToCatalog(const ChangeSet &changes, const QString &source);
    void onCatalogChanged(const ChangeSet &changes);
    void pollOtherProcesses();

    std::unique_ptr<Catalog> m_catalog;
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
        Q_EMIT failed(QString::fromUtf8(e.what()));
        return false;
    }
}

} // namespace tfp::ui
