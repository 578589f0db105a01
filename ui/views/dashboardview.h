// The Übersicht tab: the progress charts of the selected Themenfeld or of the whole programme, one at a time
// at full size, kept current with the catalog; exported as PNG or SVG or copied to the clipboard.
#pragma once

#include "report/charts.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QListWidget;
class QPushButton;

namespace tfp::ui {

class RefreshWhenShown;

class ChartView;

class Document;

class DashboardView : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardView(Document &doc, QWidget *parent = nullptr);

    void setThemenfeld(int themenfeldId); // 0: the whole programme
    int themenfeld() const { return m_themenfeldId; }
    void setKind(report::ChartKind kind);
    report::ChartKind kind() const;
    ChartView *chart() const { return m_chart; }
    QListWidget *kindList() const { return m_kinds; }
    QComboBox *scopeBox() const { return m_scope; }
    // Rebuilt since the view was made (a change while hidden waits until the tab is shown).
    int updateCount() const { return m_updates; }

    // The chart at size as PNG or SVG (by the suffix); false with a message that does not block when refused.
    bool exportTo(const QString &path, const QSize &size);
    void copyToClipboard(const QSize &size);

Q_SIGNALS:
    void projektActivated(qint64 projektId);
    void leistungActivated(int ozgId);

private:
    void refresh(); // now if shown, else when shown
    void draw();
    void exportDialog(const QString &format);
    void contextMenu(const QPoint &pos);
    report::ChartOptions options() const;

    Document &m_doc;
    int m_themenfeldId = 0;
    RefreshWhenShown *m_refresh = nullptr;
    int m_updates = 0;
    QListWidget *m_kinds = nullptr;
    QComboBox *m_scope = nullptr;
    QDateEdit *m_von = nullptr;
    QDateEdit *m_bis = nullptr;
    QPushButton *m_png = nullptr;
    QPushButton *m_svg = nullptr;
    QPushButton *m_copy = nullptr;
    ChartView *m_chart = nullptr;
    QSize m_exportSize{1360, 800};
};

} // namespace tfp::ui
