// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "colleaguedelegate.h"

#include <core/presence.h>
#include <session/colleagueroles.h>

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QPainterPath>

using namespace Qt::StringLiterals;
using AgentDesk::Core::Presence;

namespace AgentDesk::Ui {

namespace {

constexpr int Margin = 6;
constexpr int AvatarSize = 36;
constexpr int DotSize = 12;

// A stable colour per person for the initials circle, from a palette that keeps white
// letters readable.
QColor avatarColor(const QString &id)
{
    static const QColor palette[] = {{0x4F, 0x6B, 0xED}, {0x00, 0x78, 0x8C}, {0x8E, 0x56, 0x2E},
                                     {0x6B, 0x4F, 0xA8}, {0x2E, 0x7D, 0x32}, {0xAD, 0x14, 0x57},
                                     {0x5D, 0x6D, 0x7E}, {0xC2, 0x5B, 0x00}};
    return palette[qHash(id) % std::size(palette)];
}

} // namespace

ColleagueDelegate::ColleagueDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

QColor ColleagueDelegate::presenceColor(int status)
{
    // Teams' own presence colours, so agents read them the way they already do.
    switch (Presence::Status(status)) {
    case Presence::Status::Available:
        return {0x6B, 0xB7, 0x00};
    case Presence::Status::Busy:
    case Presence::Status::InACall:
    case Presence::Status::InAMeeting:
    case Presence::Status::Presenting:
    case Presence::Status::DoNotDisturb:
        return {0xC4, 0x31, 0x4B};
    case Presence::Status::Away:
    case Presence::Status::BeRightBack:
        return {0xF8, 0xA1, 0x01};
    case Presence::Status::OutOfOffice:
        return {0xB4, 0x00, 0x9E};
    case Presence::Status::Offline:
    case Presence::Status::Unknown:
        break;
    }
    return {0x8A, 0x88, 0x86};
}

QSize ColleagueDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const int line = option.fontMetrics.height();
    return {AvatarSize + 8 * Margin, qMax(AvatarSize, 3 * line) + 2 * Margin};
}

void ColleagueDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    // The selection and focus background only; the text is ours.
    opt.text.clear();
    opt.icon = {};
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRect rect = option.rect.adjusted(Margin, Margin, -Margin, -Margin);
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group =
            option.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const QColor text =
            option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor secondary = text;
    secondary.setAlphaF(0.7f);

    // Avatar: the photo in a circle, or initials while it is missing.
    const QRect avatar(rect.left(), rect.top() + (rect.height() - AvatarSize) / 2, AvatarSize,
                       AvatarSize);
    const QImage photo = index.data(Session::PhotoRole).value<QImage>();
    QPainterPath circle;
    circle.addEllipse(avatar);
    if (!photo.isNull()) {
        painter->setClipPath(circle);
        painter->drawImage(avatar, photo);
        painter->setClipping(false);
    } else {
        painter->fillPath(circle, avatarColor(index.data(Session::ColleagueIdRole).toString()));
        QFont initialsFont = option.font;
        initialsFont.setBold(true);
        painter->setFont(initialsFont);
        painter->setPen(Qt::white);
        painter->drawText(avatar, Qt::AlignCenter, index.data(Session::InitialsRole).toString());
    }

    // Presence dot on the avatar's corner; a stale presence is drawn hollow.
    const bool known = index.data(Session::PresenceKnownRole).toBool();
    const bool stale = index.data(Session::PresenceStaleRole).toBool();
    const QColor dotColor = presenceColor(index.data(Session::PresenceStatusRole).toInt());
    const QRect dot(avatar.right() - DotSize + 3, avatar.bottom() - DotSize + 3, DotSize, DotSize);
    painter->setPen(QPen(option.palette.color(QPalette::Base), 2));
    painter->setBrush(known && !stale ? dotColor : option.palette.color(QPalette::Base));
    painter->drawEllipse(dot);
    if (known && stale) {
        painter->setPen(QPen(dotColor, 2));
        painter->setBrush(Qt::NoBrush);
        painter->drawEllipse(dot.adjusted(2, 2, -2, -2));
    }

    // Three lines of text right of the avatar.
    const QFontMetrics metrics(option.font);
    const int lineHeight = metrics.height();
    const int textLeft = avatar.right() + 2 * Margin;
    const int textWidth = rect.right() - textLeft;
    const int top = rect.top() + (rect.height() - 3 * lineHeight) / 2;
    const auto line = [&](int n) {
        return QRect(textLeft, top + n * lineHeight, textWidth, lineHeight);
    };
    const auto drawElided = [&](const QRect &r, const QString &s, const QFont &font,
                                const QColor &color, Qt::Alignment align = Qt::AlignLeft) {
        painter->setFont(font);
        painter->setPen(color);
        painter->drawText(r, int(align | Qt::AlignVCenter),
                          QFontMetrics(font).elidedText(s, Qt::ElideRight, r.width()));
    };

    // Line 1: name (★ for favourites), presence in words on the right.
    QFont nameFont = option.font;
    nameFont.setBold(true);
    QString presence = known ? index.data(Session::PresenceLabelRole).toString() : QString();
    const QString agentState = index.data(Session::AgentStateRole).toString();
    if (!agentState.isEmpty()) {
        presence = presence.isEmpty() ? agentState : presence + u" · "_s + agentState;
    }
    QFont presenceFont = option.font;
    presenceFont.setItalic(stale);
    const int presenceWidth =
            qMin(QFontMetrics(presenceFont).horizontalAdvance(presence), textWidth / 2);
    QRect nameRect = line(0);
    nameRect.setRight(nameRect.right() - presenceWidth - (presenceWidth ? Margin : 0));
    QString name = index.data(Qt::DisplayRole).toString();
    if (index.data(Session::FavouriteRole).toBool()) {
        name = u"★ "_s + name;
    }
    drawElided(nameRect, name, nameFont, text);
    if (presenceWidth > 0) {
        drawElided(line(0), presence, presenceFont, selected ? text : dotColor.darker(115),
                   Qt::AlignRight);
    }

    // Line 2: job title · department.
    const QString title = index.data(Session::JobTitleRole).toString();
    const QString department = index.data(Session::DepartmentRole).toString();
    QString role = title;
    if (!department.isEmpty()) {
        role = role.isEmpty() ? department : role + u" · "_s + department;
    }
    drawElided(line(1), role, option.font, secondary);

    // Line 3: the business phone, or why there is none to call; the mobile as a secondary.
    QString phone;
    QColor phoneColor = secondary;
    if (index.data(Session::CallableRole).toBool()) {
        phone = index.data(Session::BusinessPhoneRole).toString();
        const QString mobile = index.data(Session::MobilePhoneRole).toString();
        if (!mobile.isEmpty()) {
            phone += u" · "_s + tr("mobile %1").arg(mobile);
        }
    } else {
        phone = tr("No callable number");
        if (!selected) {
            phoneColor = QColor(0xA4, 0x26, 0x2C);
        }
    }
    drawElided(line(2), phone, option.font, phoneColor);
    painter->restore();
}

} // namespace AgentDesk::Ui
