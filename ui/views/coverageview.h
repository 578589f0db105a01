// The Abdeckung tab: coverage (Abdeckungsgrad) of the selected Themenfeld or of the whole programme, in scope
// alle or Föderal: the Kennzahlen per Lage (or per Themenfeld) and the lists of what the plan has yet to
// close.
#pragma once

#include "analysis/coverage.h"

#include <QDate>
#include <QTimer>
#include <QWidget>

class QAbstractItemView;
class QComboBox;
class QLabel;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QToolButton;
class QTreeView;

namespace tfp::ui {

class CoverageListModel;
class DateEdit;
class DienstCoverageModel;
class Document;
class KennzahlenModel;
class NachnutzungMatrixModel;
class RefreshWhenShown;

class CoverageView : public QWidget
{
    Q_OBJECT
public:
    // The lists below the Kennzahlen, in the order of their tabs.
    enum Liste
    {
        OhneProjekt,
        OhneOnlinedienst,
        LagenOhneAktivitaet,
        ProjekteOhneMeilensteine,
        Ueberfaellig,
        Verzoegert,
        Terminkonflikte,
        Nachnutzung,
        Onlinedienste,
        ListeCount
    };

    explicit CoverageView(Document &doc, QWidget *parent = nullptr);
    ~CoverageView() override;

    void setThemenfeld(int themenfeldId); // 0: the whole programme
    int themenfeld() const { return m_themenfeldId; }
    void setScope(analysis::Scope scope);
    analysis::Scope scope() const;
    void setHeute(const QDate &heute); // the day milestones are overdue against
    QDate heute() const;

    // A change is waiting for the debounce timer, or the view was hidden when it came.
    bool isUpdatePending() const;
    int updateCount() const { return m_updates; }
    const analysis::CoverageReport &report() const { return m_report; }

    QComboBox *scopeBox() const { return m_scope; }
    DateEdit *heuteEdit() const { return m_heute; }
    KennzahlenModel *kennzahlenModel() const { return m_kennzahlen; }
    QTableView *kennzahlenTable() const { return m_table; }
    QTabWidget *listen() const { return m_listen; }
    QAbstractItemView *listView(Liste l) const;
    // The text the list shows instead of entries when it has none (empty when it has entries).
    QString leerText(Liste l) const;
    // The models of the lists, filled from the current report (a list is built when its tab is first
    // shown). listModel: the flat lists (not Nachnutzung, not Onlinedienste).
    CoverageListModel *listModel(Liste l);
    NachnutzungMatrixModel *nachnutzungModel();
    DienstCoverageModel *dienstModel();

Q_SIGNALS:
    void leistungActivated(int ozgId);
    void leistungSelected(int ozgId); // the current row of a list of Leistungen changed
    void projektActivated(qint64 projektId);
    void onlinedienstActivated(qint64 dienstId);
    void themenfeldActivated(int themenfeldId); // a row of the programme's Kennzahlen

private:
    struct Seite
    {
        QStackedWidget *stack = nullptr;
        QAbstractItemView *view = nullptr;
        QLabel *leer = nullptr;
    };
    // Shared by the Kennzahlen and the lists (coveragelists.cpp).
    static QLabel *leerLabel(QWidget *parent);
    static void compactRows(QTableView *v);
    static int breite(const QWidget *w, const QString &muster);

    QWidget *buildKennzahlen();
    QWidget *buildListen();
    Seite addSeite(Liste l, QAbstractItemView *view);
    QTableView *makeListTable(CoverageListModel *model);
    void schedule(); // after a change: debounced
    void refresh();  // after a control changed: now if shown, else when shown
    void recompute();
    void updateListen();
    void fillListe(Liste l);
    void updateKennzahlenState();
    void fitKennzahlen();
    void activate(const QModelIndex &index);

    Document &m_doc;
    int m_themenfeldId = 0;
    RefreshWhenShown *m_refresh;
    int m_updates = 0;
    QTimer m_timer;
    analysis::CoverageReport m_report;

    QSplitter *m_split = nullptr;
    bool m_splitVomNutzer = false; // the user moved the divider: keep it where it is
    QComboBox *m_scope;
    DateEdit *m_heute;
    QDate m_stichtag = QDate::currentDate();
    QToolButton *m_heuteButton;
    QLabel *m_kennzahlenLabel = nullptr;
    QStackedWidget *m_kennzahlenStack = nullptr;
    QLabel *m_kennzahlenLeer = nullptr;
    KennzahlenModel *m_kennzahlen;
    QTableView *m_table = nullptr;
    QTabWidget *m_listen = nullptr;
    CoverageListModel *m_listModels[ListeCount] = {};
    NachnutzungMatrixModel *m_matrix;
    DienstCoverageModel *m_dienste;
    QTreeView *m_dienstTree = nullptr;
    Seite m_seiten[ListeCount];
    bool m_gefuellt[ListeCount] = {}; // the list's model holds the current report's entries
};

} // namespace tfp::ui
