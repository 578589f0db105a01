// The translation context of the edit functions (core/edit): Tr::tr() for its free functions and plain
// classes, which lupdate files under the same context the code looks it up under (translations/README.md,
// "Contexts").
#pragma once

#include <QCoreApplication>

namespace tfp::edit {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(tfp::edit)
};

} // namespace tfp::edit
