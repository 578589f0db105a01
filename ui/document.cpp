#include "document.h"

#include "catalogcommand.h"
#include "edit/edits.h"
#include "error.h"
#include "storage/catalog.h"

#include <QHash>
#include <QUndoStack>

namespace tfp::ui {

Document::Document(std::unique_ptr<Catalog> catalog, QObject *parent)
    : QObject(parent), m_catalog(std::move(catalog)), m_undo(new QUndoStack(this))
{
    m_plan = m_catalog->loadPlan(PlanDetail::Summary);
    watchCatalog();
}

Document::Document(std::unique_ptr<Catalog> catalog, PlanSnapshot loaded, QObject *parent)
    : QObject(parent), m_catalog(std::move(catalog)), m_plan(std::move(loaded)), m_undo(new QUndoStack(this))
{
    watchCatalog();
}

void Document::watchCatalog()
{
    connect(m_catalog.get(), &Catalog::changed, this, &Document::onCatalogChanged);
    connect(m_catalog.get(), &Catalog::writableChanged, this, [this](bool w) { Q_EMIT readOnlyChanged(!w); });
    if (m_catalog->isServer()) {
        // Others write at the same time: their commits are announced by the server and come in as the rows
        // they changed. This session's undo history stays: its steps hold the values they expect, so an undo
        // that would overwrite another's later change is refused as a conflict.
        connect(m_catalog.get(), &Catalog::othersChanged, this, &Document::onCatalogChanged);
        connect(m_catalog.get(), &Catalog::externallyChanged, this, &Document::reload);
        try {
            m_catalog->listen();
            return;
        } catch (const Error &) {
            // No second connection to listen on (the server's connections all taken), or a standby, which
            // takes no LISTEN: the window still learns of the others' commits, by looking every two seconds.
        }
    }
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
    if (m_batch) {
        if (m_batch->m_sets++ == 0)
            m_batch->m_changes.description = changes.description;
        m_batch->m_changes.append(changes);
        return true;
    }
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
    if (m_catalog->isServer()) {
        m_catalog->catchUp(); // tells through othersChanged or externallyChanged
        return;
    }
    // Taking over from a writer that left, or a commit by another process: our undo history no longer
    // describes the file, so start afresh from what is on disk.
    const bool tookOver = m_catalog->isReadOnly() && m_catalog->tryBecomeWritable();
    if (tookOver || m_catalog->checkExternalChange()) {
        m_undo->clear();
        reload();
    }
}

void Document::reload()
{
    const int scores = m_plan.scoresThemenfeld;
    m_plan = m_catalog->loadPlan(PlanDetail::Summary);
    if (scores)
        m_catalog->loadScores(m_plan, scores);
    Q_EMIT reloaded();
}

void Document::report(const QString &message)
{
    ++m_reports;
    if (m_batch)
        m_batch->m_errors << message;
    else
        Q_EMIT failed(message);
}

Document::Batch::Batch(Document &doc) : m_doc(doc)
{
    Q_ASSERT(!doc.m_batch);
    doc.m_batch = this;
}

Document::Batch::~Batch()
{
    if (m_doc.m_batch == this)
        m_doc.m_batch = nullptr;
}

bool Document::Batch::commit(const QString &description)
{
    m_doc.m_batch = nullptr;
    if (!m_errors.isEmpty() || m_changes.isEmpty())
        return false;
    // Each edit was checked against the stored row; values of one row that only fit together (or do not)
    // are checked again with the row's other new values, as an import checks them.
    QHash<QPair<int, qint64>, QVariantMap> pending;
    for (const Change &c : std::as_const(m_changes.changes))
        if (c.kind == Change::Kind::Update)
            pending[{int(c.table), c.key}].insert(c.column, c.newValue);
    for (const Change &c : std::as_const(m_changes.changes)) {
        if (c.kind != Change::Kind::Update)
            continue;
        const QVariantMap &row = pending[{int(c.table), c.key}];
        if (row.size() < 2)
            continue;
        try {
            edit::checkField(m_doc.catalog(), c.table, c.key, c.column, c.newValue, row);
        } catch (const Error &e) {
            m_errors << e.message();
            return false;
        }
    }
    if (m_sets > 1 && !description.isEmpty())
        m_changes.description = description;
    if (m_doc.push(m_changes))
        return true;
    m_errors << QString(); // the catalog refused it and said why through failed
    return false;
}

bool Document::runAsOneStep(const QString &description, const std::function<void()> &edits)
{
    QString error;
    {
        Batch batch(*this);
        edits();
        if (batch.commit(description))
            return true;
        error = batch.errors().value(0);
    }
    if (!error.isEmpty())
        report(error);
    return false;
}

void reportError(Document &doc, const QString &message)
{
    doc.report(message);
}

} // namespace tfp::ui
