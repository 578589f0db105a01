// The Priorisierung tab: the criteria of the selected Themenfeld with their weights, its thresholds and wave
// capacity, the ranked Leistungen with their scores (entered here), and the resulting wave plan with its
// cycles and conflicts. Moving a weight re-ranks at once; the weight is stored when the edit is finished.
#pragma once

#include <QWidget>
#include <functional>

class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace tfp::ui {

class Document;
class FieldForm;
class KriterienModel;
class PrioritisationModel;
class StimmenDialog;
class WellenPanel;

class PrioritisationView : public QWidget
{
    Q_OBJECT
public:
    explicit PrioritisationView(Document &doc, QWidget *parent = nullptr);

    void setThemenfeld(int themenfeldId);

    // Adds a criterion with this name and weight (what the dialog does once confirmed).
    bool addKriterium(const QString &name, double gewicht);
    void addKriteriumDialog();
    // Removes the criterion selected in the criteria table; one with scores only when confirm agrees.
    bool removeSelectedKriterium();
    // Asks a yes/no question; the default shows a message box. Tests answer without a dialog.
    using Confirm = std::function<bool(const QString &title, const QString &question)>;
    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }

    // The Leistung of the ranking's current row (0: none).
    int currentLeistung() const;
    // "Stimmen erfassen…" for that Leistung: a dialog that does not block; nullptr when none is selected.
    StimmenDialog *openStimmenDialog();
    QPushButton *stimmenButton() const { return m_stimmen; }

    PrioritisationModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    KriterienModel *kriterienModel() const { return m_kriterienModel; }
    QTableView *rankingTable() const { return m_table; }
    QTableView *kriterienTable() const { return m_kriterien; }
    FieldForm *schwellenForm() const { return m_form; }
    WellenPanel *wellenPanel() const { return m_wellen; }
    QLineEdit *searchField() const { return m_search; }
    QLabel *hint() const { return m_hint; }
    QLabel *emptyState() const { return m_empty; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }

Q_SIGNALS:
    void leistungActivated(int ozgId);
    void leistungSelected(int ozgId); // the ranking's current row changed (0: none)

protected:
    bool eventFilter(QObject *object, QEvent *event) override;

private:
    void onRecomputed();
    void updateState();
    void openWeightEditors();
    static QStringList hintTexts(); // no criteria yet, no scores yet, how to score
    void updateHintHeight();
    void holdOrder();    // keeps the ranking's rows in place while scores are typed down a column
    void releaseOrder(); // and sorts them again

    Document &m_doc;
    int m_themenfeldId = 0;
    Confirm m_confirm;
    PrioritisationModel *m_model;
    QSortFilterProxyModel *m_proxy;
    KriterienModel *m_kriterienModel;
    QStackedWidget *m_stack;
    QLabel *m_empty;
    QTableView *m_kriterien;
    QLabel *m_gleich;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_stimmen;
    FieldForm *m_form;
    QLineEdit *m_search;
    QLabel *m_count;
    QLabel *m_hint;
    QTableView *m_table;
    WellenPanel *m_wellen;
    int m_heldColumn = -1; // the column scores are typed in while the ranking holds its order
};

} // namespace tfp::ui
