// The coverage figures (Kennzahlen) as a table: one row per Lage of a Themenfeld, or per Themenfeld of the
// programme, and a total row; the row names are the vertical header so they stay in view while scrolling.
#pragma once

#include "analysis/coverage.h"

#include <QAbstractTableModel>

namespace tfp::ui {

class KennzahlenModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Leistungen,
        Online,
        InUmsetzung,
        InPlanung,
        OhneStatus,
        OzgKonform,
        MitLuecke,
        MitOnlinedienst,
        Reifegrad0,
        Reifegrad4 = Reifegrad0 + 4,
        ReifegradOhne,
        Modell2,
        FlaecheKeine,
        FlaecheBundesweit = FlaecheKeine + 4,
        ColumnCount
    };
    enum class Zeilenart
    {
        Lage,
        Themenfeld
    };
    struct Zeile
    {
        int id = 0; // Lage or Themenfeld id; 0 for the total
        QString name;
        bool ohneAktivitaet = false;
        analysis::Kennzahlen zahlen;
    };

    explicit KennzahlenModel(QObject *parent = nullptr);

    // The Lagen (or Themenfelder) of the report and its total, named totalName.
    void setReport(const analysis::CoverageReport &report, Zeilenart art, const QString &totalName);
    Zeilenart zeilenart() const { return m_art; }
    const Zeile &zeile(int row) const { return m_zeilen.at(row); }
    bool isTotal(int row) const { return row == int(m_zeilen.size()) - 1; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QString cellText(const analysis::Kennzahlen &k, int column) const;
    QString cellToolTip(const Zeile &z, int column) const;
    QList<Zeile> m_zeilen; // the total last
    Zeilenart m_art = Zeilenart::Lage;
};

} // namespace tfp::ui
