// A form of labelled editors for chosen fields of one catalog row. Each finished edit becomes one command;
// refused values are reset and the reason shown beside the field; changes from elsewhere refresh the editors.
#pragma once

#include "storage/schema.h"

#include <QHash>
#include <QWidget>

class QFormLayout;
class QLabel;

namespace tfp {
struct ChangeSet;
}

namespace tfp::ui {

class Document;

class FieldForm : public QWidget
{
    Q_OBJECT
public:
    FieldForm(Document &doc, schema::Table table, const QStringList &columns, QWidget *parent = nullptr);

    void setKey(std::optional<qint64> key);
    std::optional<qint64> key() const { return m_key; }
    QWidget *editor(const QString &column) const { return m_editors.value(column); }
    QFormLayout *layout() const { return m_layout; }

private:
    void load();
    void commit(const QString &column);
    void onChanged(const ChangeSet &changes);
    void updateEnabled();

    Document &m_doc;
    schema::Table m_table;
    std::optional<qint64> m_key;
    QFormLayout *m_layout = nullptr;
    QHash<QString, QWidget *> m_editors;
    QLabel *m_message = nullptr;
    bool m_loading = false;
    bool m_documentGone = false; // the window's members go before its child widgets: no commit then
};

} // namespace tfp::ui
