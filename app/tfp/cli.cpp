#include "cli.h"

#include "error.h"
#include "exchange/fileio.h"
#include "storage/catalog.h"

#include <QCoreApplication>
#include <algorithm>
#include <cstdio>

namespace tfp::cli {

bool parse(QCommandLineParser &parser, const QStringList &args, const QString &description, int minPositional,
           int maxPositional, int &exit)
{
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    if (!parser.parse(args)) {
        exit = fail(parser.errorText());
        exit = Usage;
        return false;
    }
    if (parser.isSet(u"help"_qs)) {
        printOut(parser.helpText().toUtf8());
        exit = Ok;
        return false;
    }
    const auto n = parser.positionalArguments().size();
    if (n < minPositional || n > maxPositional) {
        fail(QCoreApplication::translate("tfp::cli", "falsche Anzahl von Argumenten; siehe „%1 --help“.")
                 .arg(args.value(0)));
        exit = Usage;
        return false;
    }
    return true;
}

int fail(const QString &message)
{
    const QByteArray line = "tfp: " + message.simplified().toUtf8() + '\n';
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    std::fflush(stderr);
    return Failed;
}

void printOut(const QByteArray &utf8)
{
    std::fwrite(utf8.constData(), 1, size_t(utf8.size()), stdout);
    std::fflush(stdout);
}

void writeOut(const QString &path, const QByteArray &data)
{
    fileio::writeAtomically(path, data);
}

std::unique_ptr<Catalog> openCatalog(const QString &path, bool writable)
{
    auto c = Catalog::open(path, writable ? Catalog::Access::ReadWrite : Catalog::Access::ReadOnly);
    if (writable && c->isReadOnly())
        throw Error(c->readOnlyReason());
    return c;
}

QDate dateArgument(const QString &text)
{
    for (const QString &format : {u"yyyy-MM-dd"_qs, u"dd.MM.yyyy"_qs})
        if (const QDate d = QDate::fromString(text, format); d.isValid())
            return d;
    return {};
}

std::optional<analysis::Scope> scopeOption(const QCommandLineParser &p)
{
    const QString scope = p.value(u"scope"_qs);
    if (scope != u"alle" && scope != u"foederal") {
        fail(QCoreApplication::translate("tfp::cli", "--scope erwartet alle oder foederal, nicht „%1“.")
                 .arg(scope));
        return std::nullopt;
    }
    return scope == u"alle" ? analysis::Scope::Alle : analysis::Scope::Foederal;
}

std::optional<QDate> dateOption(const QCommandLineParser &p, const QString &name, const QDate &fallback)
{
    if (!p.isSet(name))
        return fallback;
    const QDate d = QDate::fromString(p.value(name), Qt::ISODate);
    if (!d.isValid()) {
        fail(QCoreApplication::translate("tfp::cli", "--%1 erwartet ein Datum JJJJ-MM-TT, nicht „%2“.")
                 .arg(name, p.value(name)));
        return std::nullopt;
    }
    return d;
}

const Themenfeld &themenfeldNamed(const PlanSnapshot &plan, const QString &name)
{
    if (const Themenfeld *t = plan.themenfeldByName(name))
        return *t;
    QList<Themenfeld> all = plan.themenfelder;
    std::stable_sort(all.begin(), all.end(),
                     [](const Themenfeld &a, const Themenfeld &b) { return a.sortOrder < b.sortOrder; });
    QStringList names;
    for (const Themenfeld &t : all)
        names.append(t.name);
    throw Error(QCoreApplication::translate("tfp::cli", "unbekanntes Themenfeld „%1“; gültig sind: %2")
                    .arg(name, names.join(u", ")));
}

} // namespace tfp::cli
