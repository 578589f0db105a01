// The translation context of the analysis functions (core/analysis): Tr::tr() for its free functions and
// plain classes, which lupdate files under the same context the code looks it up under
// (translations/README.md, "Contexts").
#pragma once

#include <QCoreApplication>

namespace tfp::analysis {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(tfp::analysis)
};

} // namespace tfp::analysis
