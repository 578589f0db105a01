// The bottom panel: comments on the selected Leistung or project (with a field to add one) and its change
// history from the catalog's journal.
#pragma once

#include "storage/schema.h"

#include <QWidget>

class QLineEdit;
class QPushButton;
class QTreeWidget;
class QLabel;

namespace tfp {
struct ChangeSet;
}

namespace tfp::ui {

class Document;

class HistoryPanel : public QWidget
{
    Q_OBJECT
public:
    explicit HistoryPanel(Document &doc, QWidget *parent = nullptr);
    void setEntity(schema::Table table, qint64 key); // key 0: nothing selected
    QTreeWidget *comments() const { return m_comments; }
    QTreeWidget *history() const { return m_history; }

private:
    void reload();
    void addComment();
    Document &m_doc;
    schema::Table m_table = schema::Table::Leistung;
    qint64 m_key = 0;
    QLabel *m_title;
    QTreeWidget *m_comments;
    QTreeWidget *m_history;
    QLineEdit *m_input;
    QPushButton *m_add;
};

} // namespace tfp::ui
