// libFuzzer target: planning a dashboard import against the real default catalog (read, never written).
#include "error.h"
#include "exchange/defaultcatalog.h"
#include "exchange/importplan.h"
#include "storage/catalog.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>
#include <memory>

namespace {
tfp::Catalog *catalog = nullptr;
}

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    static QTemporaryDir dir;
    static std::unique_ptr<tfp::Catalog> c =
        tfp::Catalog::create(dir.filePath(u"fuzz.tfplan"_qs), tfp::populateDefaultCatalog);
    catalog = c.get();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const qint64 revision = catalog->revision();
    try {
        const auto table = tfp::tabular::readCsv(bytes, u"dashboard.csv"_qs);
        const auto plan = tfp::exchange::planImport(*catalog, tfp::exchange::ImportKind::Dashboard, table);
        if (!plan.refused())
            tfp::exchange::importChanges(plan);
    } catch (const tfp::Error &) {
    }
    if (catalog->revision() != revision) // planning must never write
        __builtin_trap();
    return 0;
}
