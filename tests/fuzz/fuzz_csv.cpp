// libFuzzer target: the CSV reader (encoding and delimiter detection, quoting) on arbitrary bytes.
#include "error.h"
#include "exchange/tabular.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    try {
        const tfp::tabular::Table t = tfp::tabular::readCsv(bytes, u"fuzz.csv"_qs);
        if (t.rows.size() != t.rowLines.size())
            __builtin_trap();
    } catch (const tfp::Error &) {
    }
    return 0;
}
