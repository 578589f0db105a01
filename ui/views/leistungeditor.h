// The detail editor of one OZG-Leistung: every field, its LeiKa-Leistungen and its dependencies.
#pragma once

#include <QWidget>

class QLabel;
class QTableView;
class QPushButton;
class QScrollArea;
class QVBoxLayout;

namespace tfp::ui {

class Document;
class EntityTableModel;
class FieldForm;

class LeistungEditor : public QWidget
{
    Q_OBJECT
public:
    explicit LeistungEditor(Document &doc, QWidget *parent = nullptr);
    void setLeistung(int ozgId);
    int leistung() const { return m_ozgId; }
    // Makes the fields, the LeiKa and the dependencies, which wait until a Leistung is chosen or this is
    // called (MainWindow calls it a turn after the window is shown).
    void ensureBuilt();
    FieldForm *form()
    {
        ensureBuilt();
        return m_form;
    }

Q_SIGNALS:
    void leistungActivated(int ozgId); // a dependency was opened

private:
    void updateHeader();
    Document &m_doc;
    int m_ozgId = 0;
    QLabel *m_title;
    QLabel *m_subtitle;
    QWidget *m_content;
    QVBoxLayout *m_layout;
    QScrollArea *m_scroll;
    FieldForm *m_form = nullptr; // with the rest below, made by ensureBuilt()
    EntityTableModel *m_leika = nullptr;
    EntityTableModel *m_deps = nullptr;
    QTableView *m_depsView = nullptr;
    QPushButton *m_addDep = nullptr;
    QPushButton *m_removeDep = nullptr;
};

} // namespace tfp::ui
