// Switching tabs while dragging, as browsers do: holding a drag over a tab brings its page to the front, so
// that OZG-Leistungen dragged from the tree on one tab can be dropped on the Projekte tab.
#pragma once

class QTabWidget;

namespace tfp::ui {

// Lets a drag that rests over a tab of tabs for a moment switch to that tab. The helper lives as long as
// the tab bar.
void switchTabsWhileDragging(QTabWidget *tabs);

} // namespace tfp::ui
