// Lets Catch print Qt strings in failed assertions instead of "{?}".
#pragma once

#include <catch2/catch.hpp>

#include <QString>

namespace Catch {
template <> struct StringMaker<QString>
{
    static std::string convert(const QString &s) { return '"' + s.toStdString() + '"'; }
};
} // namespace Catch
