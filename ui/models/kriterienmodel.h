// The criteria of the Themenfeld being prioritised: name, weight, its share of the weighting and how many
// Leistungen are scored on it. Renaming and a finished weight are commands; a weight being tried out is only
// previewed in the ranking.
#pragma once

#include <QAbstractTableModel>

namespace tfp::analysis {
struct Gewichtung;
}

namespace tfp::ui {

class Document;
class PrioritisationModel;

class KriterienModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        Gewicht,
        Anteil,
        Bewertet,
        ColumnCount
    };
    enum Role
    {
        PreviewRole = Qt::UserRole + 110, // setData: try a weight out (ranking only, nothing written)
        StoredRole,                       // the weight as the catalog holds it
    };

    KriterienModel(Document &doc, PrioritisationModel *ranking, QObject *parent = nullptr);

    qint64 kriteriumAt(int row) const;
    int rowOf(qint64 kriteriumId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation o, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;

private:
    struct Row
    {
        qint64 id = 0;
        QString name;
        double gewicht = 0; // as used: stored or previewed
        double normiert = 0;
        int bewertet = 0;
        bool preview = false;
        friend bool operator==(const Row &, const Row &) = default;
    };
    void update();
    double stored(qint64 id) const;

    Document &m_doc;
    PrioritisationModel *m_ranking;
    QList<Row> m_rows;
    int m_leistungen = 0;
    bool m_gleichgewichtet = false;
};

} // namespace tfp::ui
