// libFuzzer target: opening and merging a received workshop package into the catalog it was made from (a copy
// of fuzz_seeds' origin catalog, whose secret seals the seed packages): the open checks, the seal, the scope,
// the three-way merge and the edit rules. A mutated file that keeps its seal reaches the merge with mutated
// rows. The merge is planned, validated and turned into changes, never applied; the catalog must not change.
#include "error.h"
#include "exchange/reviewmerge.h"
#include "exchange/reviewpackage.h"
#include "fuzzsupport.h"
#include "storage/catalog.h"

#include <QCoreApplication>

namespace {
tfp::Catalog *origin = nullptr;
} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    origin = tfp::fuzz::originCopy("fuzz_review");
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = tfp::fuzz::inputFile(u"sitzung.tfreview"_qs, data, size);
    if (path.isEmpty())
        return 0;
    const qint64 revision = origin->revision();
    try {
        const tfp::OpenedReviewPackage package = tfp::openReviewPackage(path, *origin);
        tfp::ReviewMergePlan plan = tfp::planReviewMerge(*origin, package, {true});
        tfp::resolveAll(plan, tfp::MergeSide::Package);
        tfp::validateReviewMerge(*origin, plan);
        tfp::checkReviewMergeApplicable(plan);
        tfp::reviewMergeChanges(*origin, plan);
    } catch (const tfp::Error &) {
    }
    if (origin->revision() != revision) // planning a merge never writes
        __builtin_trap();
    tfp::fuzz::removeCatalogFile(path);
    return 0;
}
