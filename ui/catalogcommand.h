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
    CatalogCommand(Document &doc, ChangeSet changes);
    void undo() override;
    void redo() override;

private:
    Document &m_doc;
    ChangeSet m_changes;
    bool m_applied = true;
};

} // namespace tfp::ui
