// The Onlinedienste of the coverage view as a tree: each Onlinedienst with the OZG-Leistungen it covers below
// it, and the Reifegrad it reaches for each.
#pragma once

#include <QAbstractItemModel>
#include <QList>

namespace tfp::ui {

class DienstCoverageModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        Reifegrad,
        Lage,
        ColumnCount
    };
    struct Leistung
    {
        int ozgId = 0;
        QString name;
        int reifegrad = 0;
        QString lage;
    };
    struct Dienst
    {
        qint64 id = 0;
        QString name;
        QString anbieter;
        QList<Leistung> leistungen;
    };

    explicit DienstCoverageModel(QObject *parent = nullptr);
    void setDienste(QList<Dienst> dienste);
    const QList<Dienst> &dienste() const { return m_dienste; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    // internalId: 0 for an Onlinedienst, its row + 1 for a Leistung below it.
    QList<Dienst> m_dienste;
};

} // namespace tfp::ui
