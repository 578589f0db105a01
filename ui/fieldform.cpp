#include "fieldform.h"

#include "dateedit.h"
#include "document.h"
#include "edit/edits.h"
#include "edit/fieldtext.h"
#include "error.h"
#include "fieldeditors.h"
#include "palettecolors.h"
#include "storage/catalog.h"

#include <QFormLayout>
#include <QLabel>
#include <QTimer>

namespace tfp::ui {

using namespace schema;

FieldForm::FieldForm(Document &doc, Table table, const QStringList &columns, QWidget *parent)
    : QWidget(parent), m_doc(doc), m_table(table)
{
    // An editor that loses the focus while the window is torn down would commit into a document that is
    // already gone (the window's members go before QWidget deletes its children).
    connect(&doc, &QObject::destroyed, this, [this] { m_documentGone = true; });
    m_layout = new QFormLayout(this);
    m_layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_layout->setContentsMargins(0, 0, 0, 0);
    for (const QString &c : columns) {
        QWidget *e = createFieldEditor(doc, table, c, this);
        m_editors.insert(c, e);
        auto *label = new QLabel(edit::fieldLabel(table, c) + u':', this);
        label->setBuddy(e);
        m_layout->addRow(label, e);
        onEditorCommit(e, this, [this, c] {
            if (!m_loading)
                commit(c);
        });
        if (auto *date = qobject_cast<DateEdit *>(e))
            connect(date, &DateEdit::problemChanged, this, [this](const QString &problem) {
                // Says why a typed text is not a date; nothing is stored while it stands.
                m_message->setText(problem);
                setSignalText(m_message, Signal::Error);
                m_message->setVisible(!problem.isEmpty());
            });
    }
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    setSignalText(m_message, Signal::Error);
    m_message->hide();
    m_layout->addRow(m_message);
    connect(&doc, &Document::changed, this, &FieldForm::onChanged);
    connect(&doc, &Document::reloaded, this, &FieldForm::load);
    connect(&doc, &Document::readOnlyChanged, this, &FieldForm::updateEnabled);
    setKey(std::nullopt);
}

void FieldForm::setKey(std::optional<qint64> key)
{
    m_key = key;
    m_message->hide();
    load();
}

void FieldForm::updateEnabled()
{
    const bool on = m_key.has_value() && !m_doc.isReadOnly();
    for (QWidget *e : std::as_const(m_editors))
        e->setEnabled(on);
}

void FieldForm::load()
{
    m_loading = true;
    const auto row = m_key ? m_doc.catalog().row(m_table, *m_key) : std::nullopt;
    if (m_key && !row)
        m_key.reset();
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it)
        setEditorValue(it.value(), row ? row->value(it.key()) : QVariant());
    updateEnabled();
    m_loading = false;
}

void FieldForm::commit(const QString &column)
{
    if (m_documentGone || !m_key || !editorAccepts(m_editors.value(column)))
        return;
    const QVariant value = editorValue(m_editors.value(column));
    try {
        const ChangeSet cs = edit::setField(m_doc.catalog(), m_table, *m_key, column, value);
        const QStringList warnings = edit::warnings(m_doc.catalog(), m_table, *m_key, column, value);
        if (m_doc.push(cs) || cs.isEmpty()) {
            m_message->setVisible(!warnings.isEmpty());
            m_message->setText(warnings.join(u'\n'));
            setSignalText(m_message, Signal::Warning);
            return;
        }
    } catch (const Error &e) {
        m_message->setText(e.message());
        setSignalText(m_message, Signal::Error);
        m_message->show();
    }
    // Refused: show what the catalog holds again.
    QTimer::singleShot(0, this, &FieldForm::load);
}

void FieldForm::onChanged(const ChangeSet &changes)
{
    if (!m_key)
        return;
    for (const Change &c : changes.changes) {
        if (c.table == m_table && c.key == *m_key) {
            load();
            return;
        }
    }
}

} // namespace tfp::ui
