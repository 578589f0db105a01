// libFuzzer target: the .xlsx reader (minizip from memory, workbook, shared strings, styles, sheet XML).
#include "error.h"
#include "exchange/xlsxread.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    try {
        tfp::exchange::xlsx::sheetNames(bytes, u"fuzz.xlsx"_qs);
        tfp::exchange::xlsx::readSheet(bytes, u"fuzz.xlsx"_qs);
    } catch (const tfp::Error &) {
    }
    return 0;
}
