// The Themenfeld selector: "Gesamtprogramm" first, then the 14 Themenfelder, each with its Federführung as a
// short second line ("BMFSFJ · HB FF, HE U").
#pragma once

#include <QAbstractListModel>

namespace tfp {
struct ChangeSet;
}

namespace tfp::ui {

class Document;

class ThemenfeldModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum
    {
        FederfuehrungRole = Qt::UserRole + 40
    };
    explicit ThemenfeldModel(Document &doc, QObject *parent = nullptr);

    int themenfeldAt(int row) const; // 0 for Gesamtprogramm
    int rowOf(int themenfeldId) const;
    QString federfuehrungLine(int themenfeldId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

private:
    void rebuild();
    void onChanged(const ChangeSet &changes);
    Document &m_doc;
    QList<int> m_ids;
};

} // namespace tfp::ui
