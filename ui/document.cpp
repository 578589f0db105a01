#include "document.h"

#include "catalogcommand.h"
#include "error.h"
#include "storage/catalog.h"

#include <QUndoStack>

namespace tfp::ui {

Document::Document(std::unique_ptr<Catalog> catalog, QObject *parent)
    : QObject(parent), m_catalog(std::move(catalog)), m_undo(new QUndoStack(this))
{
    m_plan = m_catalog->loadPlan(PlanDetail::Summary);
    connect(m_catalog.get(), &Catalog::changed, this, &Document::onCatalogChanged);
    connect(m_catalog.get(), &Catalog::writableChanged, this, [this](bool w) { Q_EMIT readOnlyChanged(!w); });
    // Another process may write to the file (or release it): look every two seconds.
    m_poll.setInterval(2000);
    connect(&m_poll, &QTimer::timeout, this, &Document::pollOtherProcesses);
    m_poll.start();
}

Document::~Document() = default;

bool Document::isReadOnly() const
{
    return m_catalog->isReadOnly();
}

bool Document::applyToCatalog(const ChangeSet &changes, const QString &source)
{
    try {
        m_catalog->apply(changes, source.isEmpty() ? tr("Themenfeldplaner") : source);
        return true;
    } catch (const Error &e) {
        Q_EMIT failed(e.message());
        return false;
    }
}

bool Document::push(const ChangeSet &changes)
{
    return push(changes, QString());
}

bool Document::push(const ChangeSet &changes, const QString &source)
{
    if (changes.isEmpty())
        return false;
    if (!applyToCatalog(changes, source))
        return false;
    m_undo->push(new CatalogCommand(*this, changes, source));
    return true;
}

const PlanSnapshot &Document::planWithScores(int themenfeldId)
{
    if (m_plan.scoresThemenfeld != themenfeldId)
        m_catalog->loadScores(m_plan, themenfeldId);
    return m_plan;
}

void Document::onCatalogChanged(const ChangeSet &changes)
{
    m_catalog->refresh(m_plan, changes);
    Q_EMIT changed(changes);
}

void Document::pollOtherProcesses()
{
    // Taking over from a writer that left, or a commit by another process: our undo history no longer
    // describes the file, so start afresh from what is on disk.
    const bool tookOver = m_catalog->isReadOnly() && m_catalog->tryBecomeWritable();
    if (tookOver || m_catalog->checkExternalChange()) {
        m_undo->clear();
        const int scores = m_plan.scoresThemenfeld;
        m_plan = m_catalog->loadPlan(PlanDetail::Summary);
        if (scores)
            m_catalog->loadScores(m_plan, scores);
        Q_EMIT reloaded();
    }
}

void reportError(Document &doc, const QString &message)
{
    Q_EMIT doc.failed(message);
}

} // namespace tfp::ui
