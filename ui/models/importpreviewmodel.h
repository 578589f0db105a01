// The rows of an import preview that share one outcome (to add, to update, unchanged, refused, not matched),
// one line per row or per changed field, as the import dialog lists them. Read-only.
#pragma once

#include "exchange/importplan.h"

#include <QAbstractTableModel>

namespace tfp::ui {

class ImportPreviewModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Zeile,
        Eintrag,
        Detail, // Feld (neu, geändert), Spalte (abgelehnt), Grund (nicht zugeordnet)
        Alt,    // Wert (neu), Bisher (geändert), Grund (abgelehnt)
        Neu     // Neu (geändert)
    };

    explicit ImportPreviewModel(exchange::ImportRow::Action action, QObject *parent = nullptr);

    // Lists the plan's rows of this model's outcome; null for none.
    void setPlan(const exchange::ImportPlan *plan);
    exchange::ImportRow::Action action() const { return m_action; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Line
    {
        int line = 0;
        QString key;
        QStringList cells; // Detail, Alt, Neu as far as this outcome has them
        QString toolTip;   // the complete message of a refused field
    };
    exchange::ImportRow::Action m_action;
    QList<Line> m_lines;
};

} // namespace tfp::ui
