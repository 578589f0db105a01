// For core tests that read or write dates as users do: German as the default locale while the object lives
// (the core tests run in the C locale otherwise).
#pragma once

#include <QLocale>

namespace tfp::test {

struct GermanLocale
{
    QLocale before;
    GermanLocale() { QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany)); }
    ~GermanLocale() { QLocale::setDefault(before); }
};

} // namespace tfp::test
