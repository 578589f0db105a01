// The Federführung of the selected Themenfeld (Ressorts, Länder and partners with their roles and contacts),
// to add, remove and change; part of the Themenfeld tab.
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace tfp::ui {

class Document;
class EntityTableModel;

class FederfuehrungView : public QWidget
{
    Q_OBJECT
public:
    explicit FederfuehrungView(Document &doc, QWidget *parent = nullptr);
    void setThemenfeld(int themenfeldId);
    EntityTableModel *model() const { return m_model; }

private:
    void addBeteiligter();
    void removeSelected();
    void updateState();
    Document &m_doc;
    int m_themenfeldId = 0;
    EntityTableModel *m_model;
    QTableView *m_view;
    QLabel *m_hint;
    QPushButton *m_add;
    QPushButton *m_remove;
};

} // namespace tfp::ui
