// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchsupport.h"

#include <core/colleaguenumbers.h>
#include <sim/directorygenerator.h>

#include <QFile>

#include <ctime>

#ifdef Q_OS_LINUX
#include <fcntl.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace AgentDesk::Bench {

// CPU time this process has used, in ms: on a machine shared with other work, wall time says
// more about the other work than about us.
double cpuMs()
{
    timespec spec{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &spec);
    return double(spec.tv_sec) * 1e3 + double(spec.tv_nsec) / 1e6;
}

// VmRSS of this process in MB, from /proc/self/status; -1 where there is none.
double residentMb()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:")) {
            // "VmRSS:	   12345 kB"
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
        }
    }
    return -1;
}

// The directory as the sync would store it: `people` colleagues from a generated tenant.
QList<Core::Colleague> directory(int people)
{
    // About 90 % of a generated tenant passes the sync's filter.
    const std::vector<Sim::SimUser> users =
            Sim::DirectoryGenerator::generate(people + people / 8 + 100, 42, u"contoso.example"_s);
    QList<Core::Colleague> colleagues;
    colleagues.reserve(people);
    for (const Sim::SimUser &user : users) {
        if (colleagues.size() == people) {
            break;
        }
        if (user.guest || !user.accountEnabled || user.businessPhones.isEmpty()) {
            continue;
        }
        Core::Colleague c;
        c.id = user.id;
        c.displayName = user.displayName;
        c.jobTitle = user.jobTitle;
        c.department = user.department;
        c.mail = user.mail;
        c.businessPhone = user.businessPhones.first();
        c.mobilePhone = user.mobilePhone;
        Core::ColleagueNumbers::fill(c, u"US"_s);
        if (colleagues.size() % 40 == 0) {
            c.ccAgentId = u"agent-%1"_s.arg(colleagues.size());
        }
        colleagues.append(c);
    }
    return colleagues;
}

// Drops the file's pages from the OS cache, so the next read comes from the disk.
void evictFromOsCache(const QString &path)
{
#ifdef Q_OS_LINUX
    for (const QString &file : QStringList{path, path + u"-wal"_s}) {
        const int fd = ::open(QFile::encodeName(file).constData(), O_RDONLY);
        if (fd >= 0) {
            ::fdatasync(fd);
            ::posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED);
            ::close(fd);
        }
    }
#else
    Q_UNUSED(path)
#endif
}

} // namespace AgentDesk::Bench
