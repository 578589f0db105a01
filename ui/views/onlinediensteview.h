// The Onlinedienste tab: online services with their provider, the LeiKa-Leistungen each covers at which
// Reifegrad, and the Länder where each is available.
#pragma once

#include <QWidget>

class QListWidget;
class QPushButton;
class QTableView;
class QLabel;

namespace tfp {
struct ChangeSet;
}

namespace tfp::ui {

class Document;
class EntityTableModel;
class FieldForm;

class OnlinediensteView : public QWidget
{
    Q_OBJECT
public:
    explicit OnlinediensteView(Document &doc, QWidget *parent = nullptr);
    void setThemenfeld(int themenfeldId); // offers this Themenfeld's Leistungen first when adding coverage
    EntityTableModel *dienstModel() const { return m_dienste; }
    EntityTableModel *leikaModel() const { return m_leika; }
    QListWidget *laender() const { return m_laender; }
    void selectDienst(qint64 id);
    // Covers every LeiKa-Leistung of an OZG-Leistung at one Reifegrad, as one step.
    bool coverLeistung(int ozgId, int reifegrad);

private:
    void showDienst(qint64 id);
    void reloadLaender();
    void updateState();
    Document &m_doc;
    int m_themenfeldId = 0;
    qint64 m_dienstId = 0;
    EntityTableModel *m_dienste;
    QTableView *m_dienstView;
    FieldForm *m_form;
    EntityTableModel *m_leika;
    QTableView *m_leikaView;
    QListWidget *m_laender;
    QLabel *m_empty;
    QWidget *m_detail = nullptr;
    QPushButton *m_new;
    QPushButton *m_delete;
    QPushButton *m_cover;
    QPushButton *m_uncover;
    bool m_loading = false;
};

} // namespace tfp::ui
