// The translation context of the catalog file, its schema check and repair (core/storage): Tr::tr() for its
// free functions and plain classes, which lupdate files under the same context the code looks it up under
// (translations/README.md, "Contexts").
#pragma once

#include <QCoreApplication>

namespace tfp::storage {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(tfp::storage)
};

} // namespace tfp::storage
