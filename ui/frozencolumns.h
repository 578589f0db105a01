// The first columns of a wide table stay in place while it scrolls sideways (the ranking's Rang, OZG-ID and
// name beside twenty criteria): a second view over the same model and selection lies on the table's left.
#pragma once

#include <QObject>
#include <QTableView>

namespace tfp::ui {

class FrozenColumns : public QObject
{
    Q_OBJECT
public:
    // Freezes table's first `count` visual columns. The overlay is a child of table: it goes with it.
    FrozenColumns(QTableView *table, int count);
    QTableView *overlay() const { return m_frozen; }
    // Scrolls sideways so that a cell of an unfrozen column lies right of the frozen ones, not beneath them.
    void keepVisible(const QModelIndex &index);

protected:
    bool eventFilter(QObject *object, QEvent *event) override;

private:
    void syncColumns();
    void updateGeometry();
    int frozenWidth() const;

    QTableView *m_table;
    QTableView *m_frozen;
    int m_count;
};

// A table whose scrollTo() (the keyboard, the current cell, a search) keeps clear of its frozen columns.
class FrozenTableView : public QTableView
{
    Q_OBJECT
public:
    using QTableView::QTableView;
    void freeze(int count);
    void scrollTo(const QModelIndex &index, ScrollHint hint = EnsureVisible) override;

private:
    FrozenColumns *m_frozen = nullptr;
};

} // namespace tfp::ui
