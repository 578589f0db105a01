// Chooses the predecessor of a milestone among the milestones of every project and Themenfeld (thousands in a
// programme), narrowed by typing, together with the lag in days.
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QListView;
class QSortFilterProxyModel;
class QSpinBox;
class QStandardItemModel;

namespace tfp {
struct Meilenstein;
struct PlanSnapshot;
} // namespace tfp

namespace tfp::ui {

// A milestone as the dependency lists name it: "Projekt – Titel – 31.03.2027" ("ohne Datum" without one).
QString meilensteinText(const PlanSnapshot &plan, const Meilenstein &m);

class MeilensteinPicker : public QDialog
{
    Q_OBJECT
public:
    // Offers every milestone of the plan but `nachfolger` itself.
    MeilensteinPicker(const PlanSnapshot &plan, qint64 nachfolger, QWidget *parent = nullptr);

    qint64 chosen() const; // 0: none
    int lag() const;

    QLineEdit *searchField() const { return m_search; }
    QListView *list() const { return m_list; }
    QSpinBox *lagBox() const { return m_lag; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applySearch(const QString &text);
    void updateOk();

    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_search;
    QListView *m_list;
    QLabel *m_count;
    QSpinBox *m_lag;
    class QPushButton *m_ok;
};

} // namespace tfp::ui
