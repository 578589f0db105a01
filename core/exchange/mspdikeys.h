// What the MS Project XML writer (mspdi.cpp) and reader (mspdiread.cpp) share: the namespace, the field that
// carries each task's key, the unit of a link's lag, and how a key is written.
#pragma once

#include "mspdi.h"

#include "storage/codes.h"

#include <QString>
#include <QStringView>

namespace tfp::exchange::mspdi {

constexpr QStringView kNamespace = u"http://schemas.microsoft.com/project";
constexpr QStringView kText1 = u"188743731";         // the task field Text1 (pjTaskText1)
constexpr qint64 kTenthMinutesPerDay = 24 * 60 * 10; // LinkLag's unit, for a lag in elapsed days

// What each task's Text1 holds: its kind and key, and the catalog it came from, so that a file of another
// catalog cannot write to rows that happen to have the same keys. The catalog id of a received file is
// untrusted: it goes in percent-encoded.
inline QString catalogToken(const QString &catalogId)
{
    return QString::fromLatin1(catalogId.toUtf8().toPercentEncoding(".-", "_~"));
}

inline QString phaseCode(Phase p)
{
    return codeOf(schema::Table::Meilenstein, schema::col::phase, p);
}

inline QString taskKey(const ScheduleTask &t, const QString &catalog)
{
    switch (t.kind) {
    case ScheduleTask::Kind::Projekt:
        return u"projekt:%1@%2"_qs.arg(t.id).arg(catalog);
    case ScheduleTask::Kind::Phase:
        return u"phase:%1:%2@%3"_qs.arg(t.id).arg(phaseCode(t.phase), catalog);
    case ScheduleTask::Kind::Meilenstein:
        return u"meilenstein:%1@%2"_qs.arg(t.id).arg(catalog);
    }
    return {};
}

} // namespace tfp::exchange::mspdi
