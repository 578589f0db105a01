#include "catalogcommand.h"

#include "document.h"

namespace tfp::ui {

CatalogCommand::CatalogCommand(Document &doc, ChangeSet changes, QString source)
    : QUndoCommand(changes.description), m_doc(doc), m_changes(std::move(changes)),
      m_source(std::move(source))
{
}

void CatalogCommand::redo()
{
    if (m_applied)
        return;
    // A redo the catalog refuses (changed by another process meanwhile) leaves this step obsolete.
    if (m_doc.applyToCatalog(m_changes, m_source))
        m_applied = true;
    else
        setObsolete(true);
}

void CatalogCommand::undo()
{
    if (!m_applied)
        return;
    if (m_doc.applyToCatalog(m_changes.inverted(), m_source))
        m_applied = false;
    else
        setObsolete(true);
}

} // namespace tfp::ui
