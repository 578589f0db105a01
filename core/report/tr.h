// The translation context of the charts and the Arbeitsplan (core/report): Tr::tr() for its free functions
// and plain classes, which lupdate files under the same context the code looks it up under
// (translations/README.md, "Contexts").
#pragma once

#include <QCoreApplication>

namespace tfp::report {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(tfp::report)
};

} // namespace tfp::report
