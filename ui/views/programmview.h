// The programme overview: one row per Themenfeld with its Leistungen, projects and status counts, and a
// total; below it the Beteiligte (Ressorts, Länder, Verbände, Behörden, Kommunen) that every Themenfeld draws
// on.
#pragma once

#include <QWidget>

class QPushButton;
class QStandardItemModel;
class QTableView;

namespace tfp::ui {

class Document;
class EntityTableModel;
class RefreshWhenShown;

class ProgrammView : public QWidget
{
    Q_OBJECT
public:
    explicit ProgrammView(Document &doc, QWidget *parent = nullptr);
    QStandardItemModel *model() const { return m_model; }
    EntityTableModel *beteiligtenModel() const { return m_beteiligte; }
    bool addBeteiligter(const QString &kuerzel, const QString &name, const QString &artCode);

Q_SIGNALS:
    void themenfeldActivated(int themenfeldId);

private:
    void rebuild();
    void addBeteiligterDialog();
    Document &m_doc;
    QStandardItemModel *m_model;
    QTableView *m_view;
    EntityTableModel *m_beteiligte;
    QPushButton *m_addBeteiligter;
    // Every change would recount the whole programme: hidden, the view counts when it is next shown.
    RefreshWhenShown *m_counts;
};

} // namespace tfp::ui
