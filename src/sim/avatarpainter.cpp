// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "avatarpainter.h"

#include <QCryptographicHash>
#include <QtEndian>

#include <array>
#include <cmath>

namespace AgentDesk::Sim {

namespace {

struct Rgb
{
    quint8 r = 0;
    quint8 g = 0;
    quint8 b = 0;
};

// HSV (h in [0, 360), s and v in [0, 1]) to 8-bit RGB.
Rgb fromHsv(int hue, double saturation, double value)
{
    const double c = value * saturation;
    const double h = (hue % 360) / 60.0;
    const double x = c * (1 - std::abs(std::fmod(h, 2.0) - 1));
    double r = 0;
    double g = 0;
    double b = 0;
    switch (int(h)) {
    case 0:
        r = c, g = x;
        break;
    case 1:
        r = x, g = c;
        break;
    case 2:
        g = c, b = x;
        break;
    case 3:
        g = x, b = c;
        break;
    case 4:
        r = x, b = c;
        break;
    default:
        r = c, b = x;
        break;
    }
    const double m = value - c;
    return {quint8((r + m) * 255), quint8((g + m) * 255), quint8((b + m) * 255)};
}

quint32 crc32(const QByteArray &data)
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> t{};
        for (quint32 n = 0; n < 256; ++n) {
            quint32 c = n;
            for (int k = 0; k < 8; ++k) {
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            }
            t[n] = c;
        }
        return t;
    }();
    quint32 crc = 0xFFFFFFFFu;
    for (const char byte : data) {
        crc = table[(crc ^ quint8(byte)) & 0xFF] ^ (crc >> 8);
    }
    return crc ^ 0xFFFFFFFFu;
}

void appendBigEndian(QByteArray &out, quint32 value)
{
    char bytes[4];
    qToBigEndian(value, bytes);
    out.append(bytes, 4);
}

void appendChunk(QByteArray &png, const char type[4], const QByteArray &data)
{
    appendBigEndian(png, quint32(data.size()));
    const QByteArray typed = QByteArray(type, 4) + data;
    png.append(typed);
    appendBigEndian(png, crc32(typed));
}

} // namespace

QByteArray AvatarPainter::encodePng(int width, int height, const QByteArray &rgb)
{
    QByteArray header;
    appendBigEndian(header, quint32(width));
    appendBigEndian(header, quint32(height));
    header.append(char(8)); // bit depth
    header.append(char(2)); // colour type: truecolour RGB
    header.append(char(0)); // deflate
    header.append(char(0)); // adaptive filtering
    header.append(char(0)); // no interlace

    QByteArray scanlines;
    scanlines.reserve(height * (1 + width * 3));
    for (int y = 0; y < height; ++y) {
        scanlines.append(char(0)); // filter: none
        scanlines.append(rgb.constData() + qsizetype(y) * width * 3, width * 3);
    }
    // qCompress writes a 4-byte length and then a zlib stream, which is what IDAT holds.
    const QByteArray zlib = qCompress(scanlines, 9).mid(4);

    QByteArray png("\x89PNG\r\n\x1a\n", 8);
    appendChunk(png, "IHDR", header);
    appendChunk(png, "IDAT", zlib);
    appendChunk(png, "IEND", {});
    return png;
}

QByteArray AvatarPainter::png(const QString &seed, int size)
{
    const QByteArray hash = QCryptographicHash::hash(seed.toUtf8(), QCryptographicHash::Sha256);
    const auto byte = [&hash](int i) { return quint8(hash.at(i % hash.size())); };
    const int hue = (byte(0) << 8 | byte(1)) % 360;
    const Rgb background = fromHsv(hue, 0.25, 0.95);
    const Rgb foreground = fromHsv((hue + 20) % 360, 0.65, 0.55 + byte(2) % 30 / 100.0);
    const Rgb accent = fromHsv((hue + 180) % 360, 0.55, 0.75);

    // A 5 x 5 grid mirrored left to right (identicon style), inside a margin, and a small disc
    // in the accent colour whose position also comes from the hash.
    bool cells[5][5] = {};
    for (int row = 0; row < 5; ++row) {
        for (int col = 0; col < 3; ++col) {
            const bool on = (byte(3 + row * 3 + col) & 1) != 0;
            cells[row][col] = on;
            cells[row][4 - col] = on;
        }
    }
    const int margin = size / 8;
    const int cell = qMax(1, (size - 2 * margin) / 5);
    const int discX = margin + (byte(20) % 5) * cell + cell / 2;
    const int discY = margin + (byte(21) % 5) * cell + cell / 2;
    const int discR2 = (cell / 3) * (cell / 3);

    QByteArray rgb(qsizetype(size) * size * 3, Qt::Uninitialized);
    char *pixel = rgb.data();
    for (int y = 0; y < size; ++y) {
        for (int x = 0; x < size; ++x) {
            Rgb colour = background;
            const int col = (x - margin) / cell;
            const int row = (y - margin) / cell;
            if (x >= margin && y >= margin && col < 5 && row < 5 && cells[row][col]) {
                colour = foreground;
            }
            const int dx = x - discX;
            const int dy = y - discY;
            if (dx * dx + dy * dy <= discR2) {
                colour = accent;
            }
            *pixel++ = char(colour.r);
            *pixel++ = char(colour.g);
            *pixel++ = char(colour.b);
        }
    }
    return encodePng(size, size, rgb);
}

} // namespace AgentDesk::Sim
