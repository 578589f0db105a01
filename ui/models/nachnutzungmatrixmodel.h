// The Nachnutzung matrix of the coverage view: one row per Land with how many projects it reuses and its
// share, then one column per Umsetzungsprojekt with the Land's stand.
#pragma once

#include "analysis/coverage.h"

#include <QAbstractTableModel>

namespace tfp::ui {

class NachnutzungMatrixModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Land,
        Nachnutzung, // projects reused: count and share
        ErstesProjekt
    };
    struct ProjektColumn
    {
        qint64 id = 0;
        QString name;
    };
    struct LandRow
    {
        QString kuerzel;
        QString name;
        analysis::LandNachnutzung nachnutzung;
    };

    explicit NachnutzungMatrixModel(QObject *parent = nullptr);
    void setMatrix(QList<LandRow> laender, QList<ProjektColumn> projekte);
    int projektCount() const { return int(m_projekte.size()); }
    // Länder that reuse at least one project.
    int laenderMitNachnutzung() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<LandRow> m_laender;
    QList<ProjektColumn> m_projekte;
};

} // namespace tfp::ui
