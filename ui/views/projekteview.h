// The Projekte tab: the Umsetzungsprojekte of the selected Themenfeld and, for the chosen one, its master
// data, its OZG-Leistungen (assign by selection or drag and drop), milestones with the milestones each
// depends on, Nachnutzung matrix and Zahlungsplan.
#pragma once

#include <QWidget>
#include <functional>

class QGroupBox;
class QLabel;
class QListView;
class QPushButton;
class QTabWidget;
class QTableView;

namespace tfp {
struct ChangeSet;
}

namespace tfp::ui {

class Document;
class EntityTableModel;
class FieldForm;
class NachnutzungModel;
class ProjektLeistungenModel;

class ProjekteView : public QWidget
{
    Q_OBJECT
public:
    explicit ProjekteView(Document &doc, QWidget *parent = nullptr);

    void setThemenfeld(int themenfeldId);
    // Where "Ausgewählte Leistungen zuordnen" takes its Leistungen from (the Leistungen tab's selection).
    void setSelectionSource(std::function<QList<int>()> source) { m_selection = std::move(source); }
    qint64 currentProjekt() const { return m_projektId; }
    void selectProjekt(qint64 projektId);
    bool createProjekt(const QString &name); // with the Leistungen of the selection source
    void newProjektDialog();                 // asks for the name, then createProjekt
    void deleteCurrentProjekt(bool askFirst = true);
    // A milestone of the project shown.
    void selectMeilenstein(qint64 meilensteinId);

    QTableView *projektTable() const { return m_projekte; }
    QListView *leistungList() const { return m_leistungList; }
    QTableView *meilensteinTable() const { return m_meilensteine; }
    QTableView *zahlungTable() const { return m_zahlungen; }
    // "Hängt ab von" of the current milestone.
    QGroupBox *dependencyBox() const { return m_depBox; }
    QTableView *dependencyTable() const { return m_depsView; }
    EntityTableModel *dependencyModel() const { return m_depsModel; }
    QPushButton *addDependencyButton() const { return m_addDep; }
    QPushButton *removeDependencyButton() const { return m_removeDep; }
    QTabWidget *detailTabs() const { return m_detail; }
    QPushButton *addQuartaleButton() const { return m_addQuartale; }
    QLabel *zahlungSumme() const { return m_zahlungSumme; }
    QLabel *zahlungWarnung() const { return m_zahlungWarnung; }
    EntityTableModel *projektModel() const { return m_projektModel; }
    EntityTableModel *meilensteinModel() const { return m_meilensteinModel; }
    EntityTableModel *zahlungModel() const { return m_zahlungModel; }
    NachnutzungModel *nachnutzungModel() const { return m_nachnutzungModel; }
    ProjektLeistungenModel *leistungModel() const { return m_leistungModel; }
    FieldForm *form() const { return m_form; }

Q_SIGNALS:
    void projektSelected(qint64 projektId);
    void leistungActivated(int ozgId);

private:
    void showProjekt(qint64 projektId);
    void updateState();
    void assignSelected();
    void removeLeistungen();
    void addMeilenstein();
    void addZahlung();
    void updateSummary();
    qint64 currentMeilenstein() const;
    void showDependencies();
    void addDependency();

    Document &m_doc;
    int m_themenfeldId = 0;
    qint64 m_projektId = 0;
    std::function<QList<int>()> m_selection;
    EntityTableModel *m_projektModel;
    QTableView *m_projekte;
    QLabel *m_empty;
    QPushButton *m_new;
    QPushButton *m_delete;
    QTabWidget *m_detail;
    FieldForm *m_form;
    QLabel *m_warning;
    ProjektLeistungenModel *m_leistungModel;
    QListView *m_leistungList;
    QPushButton *m_assign;
    QPushButton *m_unassign;
    EntityTableModel *m_meilensteinModel;
    QTableView *m_meilensteine;
    QPushButton *m_addMeilenstein;
    QPushButton *m_removeMeilenstein;
    QGroupBox *m_depBox;
    EntityTableModel *m_depsModel;
    QTableView *m_depsView;
    QPushButton *m_addDep;
    QPushButton *m_removeDep;
    NachnutzungModel *m_nachnutzungModel;
    QTableView *m_nachnutzung;
    EntityTableModel *m_zahlungModel;
    QTableView *m_zahlungen;
    QPushButton *m_addZahlung;
    QPushButton *m_addQuartale;
    QPushButton *m_removeZahlung;
    QLabel *m_zahlungSumme;
    QLabel *m_zahlungWarnung;
};

} // namespace tfp::ui
