// libFuzzer target: planning the import of a Zeitplan edited in MS Project (MSPDI XML) into the catalog it
// was exported from (a copy of fuzz_seeds' origin catalog, whose demo Themenfeld's Zeitplan is the seed): the
// XML reader, the catalog check, the milestone rules. Planned and turned into changes, never applied; the
// catalog must not change.
#include "error.h"
#include "exchange/mspdi.h"
#include "fuzzsupport.h"
#include "storage/catalog.h"

#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>
#include <memory>

namespace {
tfp::Catalog *origin = nullptr;
} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    const QString copy = tfp::fuzz::workFile(u"origin.tfplan"_qs);
    if (!QFile::copy(tfp::fuzz::originCatalog(), copy)) {
        std::fprintf(stderr, "fuzz_mspdi: %s fehlt; erst das Ziel fuzz_seeds_made bauen\n",
                     qPrintable(tfp::fuzz::originCatalog()));
        std::exit(1);
    }
    static std::unique_ptr<tfp::Catalog> c = tfp::Catalog::open(copy, tfp::Catalog::Access::ReadOnly);
    origin = c.get();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const qint64 revision = origin->revision();
    try {
        const auto plan = tfp::exchange::planMspdiImport(*origin, bytes, u"zeitplan.xml"_qs);
        if (!plan.refused())
            tfp::exchange::importChanges(plan);
    } catch (const tfp::Error &) {
    }
    if (origin->revision() != revision) // planning an import never writes
        __builtin_trap();
    return 0;
}
