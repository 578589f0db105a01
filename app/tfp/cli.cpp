#include "cli.h"

#include "error.h"
#include "storage/catalog.h"

#include <QCoreApplication>
#include <cstdio>

namespace tfp::cli {

bool parse(QCommandLineParser &parser, const QStringList &args, const QString &description,
           int minPositional, int maxPositional, int &exit)
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

std::unique_ptr<Catalog> openCatalog(const QString &path, bool writable)
{
    auto c = Catalog::open(path, writable ? Catalog::Access::ReadWrite : Catalog::Access::ReadOnly);
    if (writable && c->isReadOnly())
        throw Error(c->readOnlyReason());
    return c;
}

} // namespace tfp::cli
