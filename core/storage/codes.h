// Conversion between the stored enum codes of a column (schema.cpp) and the domain enums (plan.h),
// which list their values in the same order.
#pragma once

#include "schema.h"

namespace tfp {

template<typename E>
E enumFromCode(schema::Table t, QStringView column, const QString &code)
{
    const qsizetype i = schema::table(t).column(column).enumValues.indexOf(code);
    return static_cast<E>(i < 0 ? 0 : i);
}

template<typename E>
QString codeOf(schema::Table t, QStringView column, E value)
{
    return schema::table(t).column(column).enumValues.value(static_cast<int>(value));
}

} // namespace tfp
