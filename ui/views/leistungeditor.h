// The detail editor of one OZG-Leistung: every field, its LeiKa-Leistungen and its dependencies.
#pragma once

#include <QWidget>

class QLabel;
class QTableView;
class QPushButton;

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
    FieldForm *form() const { return m_form; }

Q_SIGNALS:
    void leistungActivated(int ozgId); // a dependency was opened

private:
    void updateHeader();
    Document &m_doc;
    int m_ozgId = 0;
    QLabel *m_title;
    QLabel *m_subtitle;
    FieldForm *m_form;
    EntityTableModel *m_leika;
    EntityTableModel *m_deps;
    QTableView *m_depsView;
    QPushButton *m_addDep;
    QPushButton *m_removeDep;
};

} // namespace tfp::ui
