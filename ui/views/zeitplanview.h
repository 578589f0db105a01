// The Zeitplan tab: every milestone of every project of the Themenfeld in date order, with typed date editors
// and where each stands (erreicht, verzögert, überfällig, offen), filterable to what needs attention.
#pragma once

#include "models/entitytablemodel.h"

#include <QDate>
#include <QSortFilterProxyModel>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QSplitter;
class QTableView;

namespace tfp::ui {

class DateEdit;
class RefreshWhenShown;
class ZeitplanGantt;

// The milestones of a set of projects plus a computed last column: where the milestone stands today.
class ZeitplanModel : public EntityTableModel
{
    Q_OBJECT
public:
    enum class Stand
    {
        OhneTermin,
        Offen,
        Ueberfaellig,
        Erreicht,
        Verzoegert
    };
    static constexpr int StandRole = Qt::UserRole + 40;

    ZeitplanModel(Document &doc, QObject *parent = nullptr);
    void setHeute(const QDate &heute);
    QDate heute() const { return m_heute; }
    int standColumn() const { return EntityTableModel::columnCount(); }
    Stand standAt(int row) const;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation o, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    QDate m_heute;
};

class ZeitplanView : public QWidget
{
    Q_OBJECT
public:
    explicit ZeitplanView(Document &doc, QWidget *parent = nullptr);
    void setThemenfeld(int themenfeldId);

    ZeitplanModel *model() const { return m_model; }
    QSortFilterProxyModel *filter() const { return m_filter; }
    QTableView *table() const { return m_table; }
    QComboBox *standFilter() const { return m_stand; }
    ZeitplanGantt *gantt() const { return m_gantt; }
    QComboBox *zoomBox() const { return m_zoom; }
    DateEdit *vonEdit() const { return m_von; }
    QLabel *meldung() const { return m_meldung; }
    QCheckBox *auffaelligBox() const { return m_auffaellig; }
    QComboBox *vergleichBox() const { return m_vergleich; }

Q_SIGNALS:
    void projektActivated(qint64 projektId);
    // The current milestone's project, and its Leistung when the date is one Leistung's (else 0): for the
    // details and the comments.
    void meilensteinSelected(qint64 projektId, int ozgId);

private:
    void updateOwners();
    void showInTable(qint64 meilensteinId);
    // The Stände to compare with, kept current as Stände are named.
    void fillStaende();
    void updateSummary();

    Document &m_doc;
    int m_themenfeldId = 0;
    ZeitplanModel *m_model;
    QSortFilterProxyModel *m_filter;
    QTableView *m_table;
    QComboBox *m_stand;
    QLabel *m_summary;
    QLabel *m_empty;
    QSplitter *m_splitter;
    ZeitplanGantt *m_gantt;
    QComboBox *m_zoom;
    DateEdit *m_von;
    QLabel *m_meldung;
    QCheckBox *m_auffaellig;
    QComboBox *m_vergleich;
    // A change counts the milestones again only while the view is shown; hidden, it waits until it is.
    RefreshWhenShown *m_summaryRefresh;
};

} // namespace tfp::ui
