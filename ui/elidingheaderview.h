// A header that shortens long section titles with "…" to the section's width. Qt 6.4's styles clip header
// text instead, which cuts a long project name in the middle of a word with no sign that it goes on.
#pragma once

#include <QHeaderView>

namespace tfp::ui {

class ElidingHeaderView : public QHeaderView
{
    Q_OBJECT
public:
    // Sections clickable and highlighted, as the headers QTableView makes itself.
    explicit ElidingHeaderView(Qt::Orientation orientation, QWidget *parent = nullptr);

protected:
    void initStyleOptionForIndex(QStyleOptionHeader *option, int logicalIndex) const override;
};

} // namespace tfp::ui
