// The Leistungen tab: the Lage → OZG-Leistung tree of the selected Themenfeld with filter-as-you-type and
// filters for status, Reifegrad, scope and "in keinem Projekt"; explains itself when nothing is shown.
#pragma once

#include <QSet>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTreeView;

namespace tfp::ui {

class Document;
class LeistungFilter;
class LeistungModel;

class LeistungenView : public QWidget
{
    Q_OBJECT
public:
    explicit LeistungenView(Document &doc, QWidget *parent = nullptr);

    void setThemenfeld(int themenfeldId);
    void selectLeistung(int ozgId);
    QList<int> selectedLeistungen() const;
    QTreeView *tree() const { return m_tree; }
    LeistungModel *model() const { return m_model; }
    LeistungFilter *filter() const { return m_filter; }
    QLineEdit *searchField() const { return m_search; }
    QByteArray saveState() const;
    void restoreState(const QByteArray &state);

Q_SIGNALS:
    void leistungSelected(int ozgId); // 0 when nothing or a Lage is selected

private:
    void updateEmptyState();
    void expandMatches();
    // A structural change (a new Leistung, a renamed Lage or Themenfeld, and their undo) rebuilds the model:
    // the open Lagen, the selection and the scroll position are taken over to the rebuilt tree.
    void rememberTree();
    void restoreTree();

    Document &m_doc;
    LeistungModel *m_model;
    LeistungFilter *m_filter;
    QLineEdit *m_search;
    QComboBox *m_status;
    QComboBox *m_reifegrad;
    QComboBox *m_scope;
    QCheckBox *m_ohneProjekt;
    QStackedWidget *m_stack;
    QTreeView *m_tree;
    QLabel *m_empty;
    struct TreeState
    {
        bool valid = false;
        QSet<qint64> expanded; // Lage ids
        QList<int> selected;   // OZG-IDs
        int current = 0;
        int scroll = 0;
    } m_remembered;
    bool m_switching = false;       // another Themenfeld: nothing to take over
    bool m_expandWhenBuilt = false; // its tree is still being built
};

} // namespace tfp::ui
