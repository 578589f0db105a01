// libFuzzer target: the .ods reader (minizip from memory, mimetype, manifest with encryption, content.xml
// with typed cells, text:s/tab/line-break, comments and the repeat attributes against the limits).
#include "error.h"
#include "exchange/importplan.h"
#include "exchange/odsread.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    try {
        tfp::exchange::ods::isOpenDocument(bytes);
        tfp::exchange::ods::sheetNames(bytes, u"fuzz.ods"_qs);
        tfp::exchange::ods::readSheet(bytes, u"fuzz.ods"_qs);
        tfp::exchange::readWorkbook(bytes, u"fuzz.ods"_qs, u"2"_qs); // as the import dispatches it
    } catch (const tfp::Error &) {
    }
    return 0;
}
