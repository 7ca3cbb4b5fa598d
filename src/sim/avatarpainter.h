// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace AgentDesk::Sim {

// Profile photos for the simulated directory: a square PNG whose colours and symmetric block
// pattern derive from the user's id, the same bytes every time. Painted into an RGB buffer and
// encoded here (zlib through qCompress), so the simulator needs no QtGui.
//   QByteArray png = AvatarPainter::png(user.id);
class AvatarPainter final
{
public:
    static QByteArray png(const QString &seed, int size = 96);
    // PNG of raw 8-bit RGB rows (width * height * 3 bytes).
    static QByteArray encodePng(int width, int height, const QByteArray &rgb);
};

} // namespace AgentDesk::Sim
