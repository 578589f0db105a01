#include "changeset.h"

#include <algorithm>

namespace tfp {

Change Change::insert(schema::Table t, qint64 key, QVariantMap row)
{
    Change c;
    c.kind = Kind::Insert;
    c.table = t;
    c.key = key;
    c.row = std::move(row);
    return c;
}

Change Change::remove(schema::Table t, qint64 key, QVariantMap row)
{
    Change c = insert(t, key, std::move(row));
    c.kind = Kind::Delete;
    return c;
}

Change Change::update(schema::Table t, qint64 key, QString column, QVariant oldValue, QVariant newValue)
{
    Change c;
    c.kind = Kind::Update;
    c.table = t;
    c.key = key;
    c.column = std::move(column);
    c.oldValue = std::move(oldValue);
    c.newValue = std::move(newValue);
    return c;
}

Change Change::inverted() const
{
    Change c = *this;
    switch (kind) {
    case Kind::Insert:
        c.kind = Kind::Delete;
        break;
    case Kind::Delete:
        c.kind = Kind::Insert;
        break;
    case Kind::Update:
        std::swap(c.oldValue, c.newValue);
        break;
    }
    return c;
}

ChangeSet ChangeSet::inverted() const
{
    ChangeSet r(description);
    r.changes.reserve(changes.size());
    for (auto it = changes.crbegin(); it != changes.crend(); ++it)
        r.changes.append(it->inverted());
    for (auto it = meta.crbegin(); it != meta.crend(); ++it)
        r.meta.append({it->key, it->newValue, it->oldValue});
    return r;
}

bool sameValue(const QVariant &a, const QVariant &b)
{
    const bool an = a.isNull() || !a.isValid();
    const bool bn = b.isNull() || !b.isValid();
    if (an || bn)
        return an == bn;
    const auto isNumber = [](const QVariant &v) {
        switch (v.typeId()) {
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::LongLong:
        case QMetaType::ULongLong:
        case QMetaType::Double:
        case QMetaType::Bool:
            return true;
        default:
            return false;
        }
    };
    if (isNumber(a) && isNumber(b))
        return a.toDouble() == b.toDouble();
    if (isNumber(a) != isNumber(b))
        return false;
    return a.toString() == b.toString();
}

} // namespace tfp
