// The translation context of the free functions and plain classes of the UI (ui/): Tr::tr() for its free
// functions and plain classes, which lupdate files under the same context the code looks it up under
// (translations/README.md, "Contexts").
#pragma once

#include <QCoreApplication>

namespace tfp::ui {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(tfp::ui)
};

} // namespace tfp::ui
