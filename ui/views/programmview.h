// The programme overview: one row per Themenfeld with its Leistungen, projects and status counts, and a
// total.
#pragma once

#include <QWidget>

class QStandardItemModel;
class QTableView;

namespace tfp::ui {

class Document;

class ProgrammView : public QWidget
{
    Q_OBJECT
public:
    explicit ProgrammView(Document &doc, QWidget *parent = nullptr);
    QStandardItemModel *model() const { return m_model; }

Q_SIGNALS:
    void themenfeldActivated(int themenfeldId);

private:
    void rebuild();
    Document &m_doc;
    QStandardItemModel *m_model;
    QTableView *m_view;
};

} // namespace tfp::ui
