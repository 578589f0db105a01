// The undo command of the GUI: holds one ChangeSet and applies it (redo) or its inverse (undo) to the
// catalog. Private to the Document; nothing else creates these.
#pragma once

#include "storage/changeset.h"

#include <QUndoCommand>

namespace tfp::ui {

class Document;

class CatalogCommand : public QUndoCommand
{
public:
    // The changes were already applied when the command is pushed, so the first redo() does nothing.
    // source: the journal's source for the step, its undo and redo (empty: the program's own).
    CatalogCommand(Document &doc, ChangeSet changes, QString source = {});
    void undo() override;
    void redo() override;

private:
    Document &m_doc;
    ChangeSet m_changes;
    QString m_source;
    bool m_applied = true;
};

} // namespace tfp::ui
