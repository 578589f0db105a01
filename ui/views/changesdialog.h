// "Änderungen seit …": the catalog's changes since a date or a named Stand, filtered by Themenfeld, kind of
// entry and author, as a table (when, who, what, field, old → new, source); saved as CSV, and the plan as it
// is now named as a new Stand to compare against later.
#pragma once

#include "exchange/changelog.h"

#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QStandardItemModel;
class QTableView;

namespace tfp::ui {

class Document;

class ChangesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ChangesDialog(Document &doc, QWidget *parent = nullptr);

    // Since a named Stand (false when there is none of that name) or since a moment.
    bool setStand(const QString &name);
    void setSince(const QDateTime &since);
    void setThemenfeld(int themenfeldId); // 0: all
    void setTable(std::optional<schema::Table> table);
    void setAuthor(const QString &author);

    const QList<ChangeRecord> &changes() const { return m_changes; }
    QStandardItemModel *model() const { return m_model; }
    QLabel *summary() const { return m_summary; }
    // The listed changes as CSV (changesCsv); false when the file cannot be written.
    bool saveCsv(const QString &path);
    // Names the plan as it is now (edit::addStand) as one undo step; false when refused (the name exists).
    bool addStand(const QString &name);

private:
    void refresh();
    void fillStaende();
    void saveCsvDialog();
    void addStandDialog();

    Document &m_doc;
    QList<ChangeRecord> m_changes;
    QComboBox *m_since;
    QDateTimeEdit *m_date;
    QComboBox *m_themenfeld;
    QComboBox *m_table;
    QLineEdit *m_author;
    QLabel *m_summary;
    QStandardItemModel *m_model;
    QTableView *m_view;
};

} // namespace tfp::ui
