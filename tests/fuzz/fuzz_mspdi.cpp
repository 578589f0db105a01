// libFuzzer target: planning the import of a Zeitplan edited in MS Project (MSPDI XML) into the catalog it
// was exported from (a copy of fuzz_seeds' origin catalog, whose demo Themenfeld's Zeitplan is the seed): the
// XML reader, the catalog check, the milestone rules. Planned and turned into changes, never applied; the
// catalog must not change.
#include "error.h"
#include "exchange/mspdi.h"
#include "fuzzsupport.h"
#include "storage/catalog.h"

#include <QCoreApplication>

namespace {
tfp::Catalog *origin = nullptr;
} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    origin = tfp::fuzz::originCopy("fuzz_mspdi");
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
