// A small file system for the tests of what a full or read-only disk does to a program that writes: a tmpfs
// mounted for the test and unmounted after it. Mounting needs root (CI runs as root); without it mounted()
// is false and problem() says why, and the test prints TFP-SKIP with it.
#pragma once

#include "support/testutil.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <unistd.h>

namespace tfp::test {

// Filled to the last block (fill()), every write into it fails with ENOSPC, as on a full disk.
class FullDisk
{
public:
    explicit FullDisk(const QString &where, qint64 size) : m_path(where)
    {
        QDir().mkpath(where);
        const QByteArray options = "size=" + QByteArray::number(size);
        if (::mount("tmpfs", QFile::encodeName(where).constData(), "tmpfs", 0, options.constData()) != 0) {
            m_problem = QString::fromLocal8Bit(std::strerror(errno));
            return;
        }
        m_mounted = true;
    }
    ~FullDisk()
    {
        if (m_mounted)
            ::umount2(QFile::encodeName(m_path).constData(), MNT_DETACH);
    }
    // Frees bytes again (rounded to whole blocks) by shortening the filling.
    void leaveFree(qint64 bytes)
    {
        const QByteArray filler = QFile::encodeName(m_path + u"/fuellung"_qs);
        struct stat st;
        REQUIRE(::stat(filler.constData(), &st) == 0);
        REQUIRE(::truncate(filler.constData(), std::max<qint64>(0, qint64(st.st_size) - bytes)) == 0);
    }
    bool mounted() const { return m_mounted; }
    // Remounts it read-only: every write into it then fails with EROFS, whoever writes (root too).
    bool makeReadOnly() const
    {
        return ::mount("tmpfs", QFile::encodeName(m_path).constData(), "tmpfs", MS_REMOUNT | MS_RDONLY,
                       nullptr) == 0;
    }
    QString problem() const { return m_problem; }
    // Fills the file system up; from then on not one more block fits.
    void fill()
    {
        const int fd = ::open(QFile::encodeName(m_path + u"/fuellung"_qs).constData(),
                              O_WRONLY | O_CREAT | O_TRUNC, 0600);
        REQUIRE(fd >= 0);
        const QByteArray block(4096, 'x');
        while (::write(fd, block.constData(), size_t(block.size())) > 0) {
        }
        ::write(fd, block.constData(), 1); // the last bytes of a block
        ::fsync(fd);
        ::close(fd);
    }

private:
    QString m_path;
    QString m_problem;
    bool m_mounted = false;
};

// A folder's entries with their sizes and hashes: what a refused write must leave as it was.
inline QStringList listing(const QString &dir)
{
    QStringList out;
    for (const QFileInfo &i : QDir(dir).entryInfoList(
             QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot | QDir::System, QDir::Name))
        out << i.fileName() + u' ' + QString::number(i.size()) + u' ' +
                   QString::fromLatin1(test::fileHash(i.filePath()));
    return out;
}

} // namespace tfp::test
