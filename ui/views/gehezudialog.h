// "Gehe zu…" (Strg+K): finds any OZG-Leistung, project, milestone, risk or comment by name or ID as the user
// types; Enter (or a double-click) opens the chosen one where it lives.
#pragma once

#include "storage/schema.h"

#include <QDialog>

class QLineEdit;
class QListWidget;

namespace tfp::ui {

class Document;

class GeheZuDialog : public QDialog
{
    Q_OBJECT
public:
    explicit GeheZuDialog(Document &doc, QWidget *parent = nullptr);

    QLineEdit *searchField() const { return m_search; }
    QListWidget *results() const { return m_list; }

Q_SIGNALS:
    // What to open: a row of Leistung, Projekt, Meilenstein, Risiko or Kommentar.
    void chosen(schema::Table table, qint64 key);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Ziel
    {
        schema::Table table;
        qint64 key;
        QString text;   // what the list shows
        QString search; // lower-case name, ID and context the query is matched against
        QString id;     // the ID as typed ("10000")
    };
    void collect();
    void filter(const QString &query);
    void openChosen();

    Document &m_doc;
    QList<Ziel> m_ziele;
    QLineEdit *m_search;
    QListWidget *m_list;
};

} // namespace tfp::ui
