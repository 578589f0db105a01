// The main window: Themenfeld → Lage → Leistung tree of the open catalog.
#pragma once

#include <QMainWindow>
#include <memory>

class QTreeWidget;

namespace tfp {
class Catalog;
}

namespace tfp::ui {

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(std::unique_ptr<Catalog> catalog, QWidget *parent = nullptr);
    ~MainWindow() override;

private:
    void reload();

    std::unique_ptr<Catalog> m_catalog;
    QTreeWidget *m_tree = nullptr;
};

} // namespace tfp::ui
