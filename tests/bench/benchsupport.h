// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/colleague.h>

#include <QList>
#include <QString>

// What several benchmarks share: the directory as the sync stores it, and how much CPU time and
// memory the process uses.
namespace AgentDesk::Bench {

// CPU time this process has used, in ms: on a machine shared with other work, wall time says
// more about the other work than about us.
double cpuMs();
// VmRSS of this process in MB, from /proc/self/status; -1 where there is none.
double residentMb();
// The directory as the sync would store it: `people` colleagues from a generated tenant.
QList<Core::Colleague> directory(int people);
// Drops the file's pages from the OS cache, so the next read comes from the disk.
void evictFromOsCache(const QString &path);

} // namespace AgentDesk::Bench
