// The translation context of the GUI entry point (app/gui): Tr::tr() for its free functions and plain
// classes, which lupdate files under the same context the code looks it up under (translations/README.md,
// "Contexts").
#pragma once

#include <QCoreApplication>

namespace tfp::gui {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(tfp::gui)
};

} // namespace tfp::gui
