// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace AgentDesk::Ui {

// Paints one colleague from the model's roles (Session::ColleagueRole): photo or initials with a
// presence dot, name (a star for favourites), job title and department, presence in words (in
// italics when stale) and the business phone, or why there is no callable number. Every row has
// the same height, so the view can lay out 100,000 rows without asking each one.
class ColleagueDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ColleagueDelegate)

public:
    explicit ColleagueDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The presence dot's colour for a Core::Presence::Status (also used by legends and menus).
    static QColor presenceColor(int status);
};

} // namespace AgentDesk::Ui
