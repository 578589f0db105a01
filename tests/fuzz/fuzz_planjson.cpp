// libFuzzer target: the JSON plan import (tfp import-json): reading and checking a document, then building a
// catalog from it as import-json does. A refused document must leave no catalog behind.
#include "error.h"
#include "exchange/planjson.h"
#include "fuzzsupport.h"
#include "storage/catalog.h"

#include <QCoreApplication>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString path = tfp::fuzz::workFile(u"import.tfplan"_qs);
    try {
        tfp::readPlanJson(json, u"fuzz.json"_qs);
        tfp::Catalog::create(path, [&](tfp::Catalog &c) {
            tfp::importPlanJson(c, json, u"fuzz.json"_qs);
        })->loadPlan(tfp::PlanDetail::Full);
    } catch (const tfp::Error &) {
        if (QFile::exists(path)) // a refused document leaves nothing behind
            __builtin_trap();
    }
    tfp::fuzz::removeCatalogFile(path);
    return 0;
}
