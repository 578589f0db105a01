#include "zipmemory.h"

#include <algorithm>
#include <cstring>

namespace tfp::exchange::zip {

namespace {

voidpf memOpen(voidpf opaque, const void *, int)
{
    return opaque;
}
uLong memRead(voidpf, voidpf stream, void *buf, uLong size)
{
    auto *m = static_cast<MemoryFile *>(stream);
    const qint64 n = std::clamp<qint64>(m->bytes->size() - m->pos, 0, qint64(size));
    std::memcpy(buf, m->bytes->constData() + m->pos, size_t(n));
    m->pos += n;
    return uLong(n);
}
uLong memWrite(voidpf, voidpf stream, const void *buf, uLong size)
{
    auto *m = static_cast<MemoryFile *>(stream);
    if (!m->writable)
        return 0;
    const qint64 end = m->pos + qint64(size);
    if (end > m->bytes->size())
        m->bytes->resize(end);
    std::memcpy(m->bytes->data() + m->pos, buf, size);
    m->pos = end;
    return size;
}
ZPOS64_T memTell(voidpf, voidpf stream)
{
    return ZPOS64_T(static_cast<MemoryFile *>(stream)->pos);
}
long memSeek(voidpf, voidpf stream, ZPOS64_T offset, int origin)
{
    auto *m = static_cast<MemoryFile *>(stream);
    qint64 base = 0;
    if (origin == ZLIB_FILEFUNC_SEEK_CUR)
        base = m->pos;
    else if (origin == ZLIB_FILEFUNC_SEEK_END)
        base = m->bytes->size();
    if (!m->writable && (offset > ZPOS64_T(m->bytes->size()) || base + qint64(offset) > m->bytes->size()))
        return -1;
    m->pos = base + qint64(offset);
    return 0;
}
int memClose(voidpf, voidpf)
{
    return 0;
}
int memError(voidpf, voidpf)
{
    return 0;
}

} // namespace

zlib_filefunc64_def memoryIo(MemoryFile &file)
{
    return {memOpen, memRead, memWrite, memTell, memSeek, memClose, memError, &file};
}

} // namespace tfp::exchange::zip
