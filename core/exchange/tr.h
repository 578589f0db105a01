// The translation context of the exchange formats, workshop packages and their merge (core/exchange):
// Tr::tr() for its free functions and plain classes, which lupdate files under the same context the code
// looks it up under (translations/README.md, "Contexts").
#pragma once

#include <QCoreApplication>

namespace tfp::exchange {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(tfp::exchange)
};

} // namespace tfp::exchange
