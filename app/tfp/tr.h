// The translation context of the command line tfp (app/tfp): Tr::tr() for its free functions and plain
// classes, which lupdate files under the same context the code looks it up under (translations/README.md,
// "Contexts").
#pragma once

#include <QCoreApplication>

namespace tfp::cli {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(tfp::cli)
};

} // namespace tfp::cli
