#include "importreport.h"

#include "tr.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tfp::exchange {

namespace {
using Action = ImportRow::Action;
constexpr Action kActions[] = {Action::Add, Action::Update, Action::Unchanged, Action::Rejected,
                               Action::Unmatched};
} // namespace

QString actionCode(Action a)
{
    switch (a) {
    case Action::Add:
        return u"neu"_qs;
    case Action::Update:
        return u"geaendert"_qs;
    case Action::Unchanged:
        return u"unveraendert"_qs;
    case Action::Rejected:
        return u"abgelehnt"_qs;
    case Action::Unmatched:
        return u"nicht_zugeordnet"_qs;
    }
    return {};
}

QString actionLabel(Action a)
{
    switch (a) {
    case Action::Add:
        return Tr::tr("neu");
    case Action::Update:
        return Tr::tr("geändert");
    case Action::Unchanged:
        return Tr::tr("unverändert");
    case Action::Rejected:
        return Tr::tr("abgelehnt");
    case Action::Unmatched:
        return Tr::tr("nicht zugeordnet");
    }
    return {};
}

QString importSummary(const ImportPlan &plan)
{
    QStringList parts;
    for (Action a : kActions)
        if (plan.count(a) > 0 || a == Action::Add || a == Action::Update)
            parts << u"%1 %2"_qs.arg(plan.count(a)).arg(actionLabel(a));
    return parts.join(u", ");
}

QByteArray importReportText(const ImportPlan &plan, bool applied)
{
    QString out = Tr::tr("%1 (%2): %3\n").arg(plan.source, plan.format, importSummary(plan));
    for (const QString &n : plan.notices)
        out += n + u'\n';
    for (const ImportRow &r : plan.rows) {
        if (r.action == Action::Unchanged || r.action == Action::Rejected)
            continue; // refused rows go to stderr; unchanged ones are only counted
        out += Tr::tr("Zeile %1, %2: %3\n").arg(r.line).arg(r.key, actionLabel(r.action));
        for (const FieldChange &f : r.changes)
            out += f.oldText.isEmpty() ? u"  %1: %2\n"_qs.arg(f.field, f.newText)
                                       : u"  %1: %2 → %3\n"_qs.arg(f.field, f.oldText, f.newText);
        for (const QString &p : r.problems)
            out += u"  %1\n"_qs.arg(p);
    }
    if (!plan.refused())
        out += plan.changes.isEmpty() ? Tr::tr("Nichts zu ändern: der Katalog hat diesen Stand schon.\n")
               : applied              ? Tr::tr("Übernommen.\n")
                                      : Tr::tr("Probelauf: nichts geändert.\n");
    return out.toUtf8();
}

QByteArray importReportJson(const ImportPlan &plan, bool applied)
{
    QJsonObject counts;
    for (Action a : kActions)
        counts.insert(actionCode(a), plan.count(a));
    QJsonArray rows;
    for (const ImportRow &r : plan.rows) {
        QJsonArray changes;
        for (const FieldChange &f : r.changes)
            changes.append(
                QJsonObject{{u"feld"_qs, f.field}, {u"alt"_qs, f.oldText}, {u"neu"_qs, f.newText}});
        rows.append(QJsonObject{{u"zeile"_qs, r.line},
                                {u"schluessel"_qs, r.key},
                                {u"aktion"_qs, actionCode(r.action)},
                                {u"aenderungen"_qs, changes},
                                {u"probleme"_qs, QJsonArray::fromStringList(r.problems)}});
    }
    const QJsonObject doc{{u"datei"_qs, plan.source},
                          {u"art"_qs, importKindName(plan.kind)},
                          {u"format"_qs, plan.format},
                          {u"angewendet"_qs, applied},
                          {u"hinweise"_qs, QJsonArray::fromStringList(plan.notices)},
                          {u"anzahl"_qs, counts},
                          {u"zeilen"_qs, rows}};
    return QJsonDocument(doc).toJson(QJsonDocument::Indented);
}

} // namespace tfp::exchange
