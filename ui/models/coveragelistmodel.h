// One list of the coverage view (Leistungen in no project, overdue milestones …) as a read-only table: the
// cells of each entry and the Leistung, project or Onlinedienst it leads to when activated.
#pragma once

#include "roles.h"

#include <QAbstractTableModel>
#include <QList>
#include <QVariant>

namespace tfp::ui {

// What an entry of the coverage view leads to (0: nothing). Models of the coverage view answer these on
// every index of a linked entry, so a view can act on whatever cell was activated.
enum CoverageRole
{
    ProjektIdRole = OzgIdRole + 1, // OzgIdRole: see roles.h
    DienstIdRole,
    ThemenfeldIdRole,
};

// Shown with a count and its share of a total: "112 (47,5 %)"; only the count when the total is 0.
QString countWithShare(int count, int total);
QString shareText(int count, int total); // "47,5 %"

struct CoverageEntry
{
    // QString, int (shown in the locale's number format), QDate (shown as dd.MM.yyyy) or empty.
    QVariantList cells;
    int ozgId = 0;
    qint64 projektId = 0;
};

class CoverageListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    struct Column
    {
        QString title{};
        QString tooltip{};
        bool number = false;        // right-aligned
        bool link = false;          // shown as a link: activating it opens the entry
        bool programmeOnly = false; // the Themenfeld: shown for the whole programme only
        QString sample{};           // sized for texts like this; empty: shares the width left with the others
    };
    explicit CoverageListModel(QList<Column> spalten, QObject *parent = nullptr);

    void setEntries(QList<CoverageEntry> eintraege);
    const CoverageEntry &entry(int row) const { return m_entries.at(row); }
    const QList<Column> &columns() const { return m_columns; }
    // Appended to the tooltip of a link cell ("Doppelklick oder Eingabetaste öffnet die Leistung.").
    void setLinkHint(const QString &hinweis) { m_linkHint = hinweis; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<Column> m_columns;
    QList<CoverageEntry> m_entries;
    QString m_linkHint;
};

} // namespace tfp::ui
