// Shared by the fuzz targets: a temporary folder of the process for the files a target works on, and where
// the seed corpora that fuzz_seeds makes live, with the origin catalog the review packages among them were
// made from (fuzz_review merges into a copy of it: only that catalog's secret opens them).
#pragma once

#include "storage/catalog.h"

#include <QFile>
#include <QString>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>

namespace tfp::fuzz {

inline QString seedDir(const QString &kind)
{
    return QStringLiteral(TFP_FUZZ_SEEDS "/") + kind;
}

inline QString originCatalog()
{
    return QStringLiteral(TFP_FUZZ_SEEDS "/origin.tfplan");
}

// A file of this name in the process's temporary folder.
inline QString workFile(const QString &name)
{
    static QTemporaryDir dir;
    return dir.filePath(name);
}

// The fuzz input written to workFile(name), as a received file arrives; empty when it cannot be written.
inline QString inputFile(const QString &name, const uint8_t *data, size_t size)
{
    const QString path = workFile(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        f.write(reinterpret_cast<const char *>(data), qint64(size)) != qint64(size))
        return {};
    return path;
}

// A copy of the origin catalog, opened to read, for the process's lifetime; ends the process with a message
// naming the target when the seeds were not made.
inline Catalog *originCopy(const char *target)
{
    const QString copy = workFile(u"origin.tfplan"_qs);
    if (!QFile::copy(originCatalog(), copy)) {
        std::fprintf(stderr, "%s: %s fehlt; erst das Ziel fuzz_seeds_made bauen\n", target,
                     qPrintable(originCatalog()));
        std::exit(1);
    }
    static std::unique_ptr<Catalog> c = Catalog::open(copy, Catalog::Access::ReadOnly);
    return c.get();
}

// Removes a catalog file with whatever SQLite or the lock left beside it.
inline void removeCatalogFile(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal", ".lock"})
        QFile::remove(path + QString::fromLatin1(suffix));
}

} // namespace tfp::fuzz
