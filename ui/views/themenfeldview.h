// The Themenfeld tab: its name and notes, its Federführung (Ressort and Länder with their roles), its Lagen
// with their Art, and the risks the plan has to manage.
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace tfp::ui {

class Document;
class EntityTableModel;
class FederfuehrungView;
class FieldForm;

class ThemenfeldView : public QWidget
{
    Q_OBJECT
public:
    explicit ThemenfeldView(Document &doc, QWidget *parent = nullptr);

    void setThemenfeld(int themenfeldId);
    // Adds without asking (the dialogs call these).
    bool addLage(const QString &name, const QString &artCode);
    bool addRisiko(const QString &beschreibung, const QString &artCode, const QString &einstufungCode);
    // Removes the selected Lage; one with Leistungen asks first (askFirst) or is left alone.
    void removeSelectedLage(bool askFirst = true);

    FieldForm *form() const { return m_form; }
    FederfuehrungView *federfuehrung() const { return m_federfuehrung; }
    EntityTableModel *lageModel() const { return m_lageModel; }
    EntityTableModel *risikoModel() const { return m_risikoModel; }
    QTableView *lageTable() const { return m_lagen; }
    QTableView *risikoTable() const { return m_risiken; }

private:
    void updateState();
    void addLageDialog();
    void addRisikoDialog();

    Document &m_doc;
    int m_themenfeldId = 0;
    FieldForm *m_form;
    FederfuehrungView *m_federfuehrung;
    EntityTableModel *m_lageModel;
    QTableView *m_lagen;
    QPushButton *m_addLage;
    QPushButton *m_removeLage;
    EntityTableModel *m_risikoModel;
    QTableView *m_risiken;
    QLabel *m_lageHint;
    QLabel *m_risikoHint;
    QPushButton *m_addRisiko;
    QPushButton *m_removeRisiko;
};

} // namespace tfp::ui
