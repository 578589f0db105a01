// libFuzzer target: opening a received .tfplan (every open check: header, schema, catalog id, values, pages)
// and, when it is accepted, loading the whole plan as the app does. Nothing may crash, hang or run from the
// file; a refused file stays as it was.
#include "error.h"
#include "fuzzsupport.h"
#include "storage/catalog.h"

#include <QCoreApplication>
#include <QCryptographicHash>

namespace {
QByteArray hashOf(const QString &path)
{
    QFile f(path);
    QCryptographicHash h(QCryptographicHash::Sha256);
    if (f.open(QIODevice::ReadOnly))
        h.addData(&f);
    return h.result();
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = tfp::fuzz::inputFile(u"empfangen.tfplan"_qs, data, size);
    if (path.isEmpty())
        return 0;
    const QByteArray before = hashOf(path);
    try {
        auto c = tfp::Catalog::open(path, tfp::Catalog::Access::ReadOnly);
        c->loadPlan(tfp::PlanDetail::Full);
    } catch (const tfp::Error &) {
        if (hashOf(path) != before) // a refused file is left byte for byte as it was
            __builtin_trap();
    }
    tfp::fuzz::removeCatalogFile(path);
    return 0;
}
