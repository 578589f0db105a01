#include "catalogcommand.h"

#include "document.h"
#include "edit/changetext.h"

namespace tfp::ui {

CatalogCommand::CatalogCommand(Document &doc, ChangeSet changes, QString source)
    : QUndoCommand(edit::descriptionText(changes.description)), m_doc(doc), m_changes(std::move(changes)),
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
    // The journal says it was taken back, so that the history does not read as if the step set the old
    // values.
    ChangeSet back = m_changes.inverted();
    back.description =
        edit::Phrase(edit::Phrase::Msg::Undo).arg(edit::Phrase::fromStored(m_changes.description)).stored();
    if (m_doc.applyToCatalog(back, m_source))
        m_applied = false;
    else
        setObsolete(true);
}

} // namespace tfp::ui
