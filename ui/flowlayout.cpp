// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "flowlayout.h"

#include <QStyle>
#include <QWidget>

namespace AgentDesk::Ui {

FlowLayout::FlowLayout(QWidget *parent)
    : QLayout(parent)
{
    setContentsMargins(0, 0, 0, 0);
}

FlowLayout::~FlowLayout()
{
    while (QLayoutItem *item = takeAt(0)) {
        delete item;
    }
}

void FlowLayout::addItem(QLayoutItem *item)
{
    m_items.append(item);
}

int FlowLayout::count() const
{
    return int(m_items.size());
}

QLayoutItem *FlowLayout::itemAt(int index) const
{
    return m_items.value(index);
}

QLayoutItem *FlowLayout::takeAt(int index)
{
    return index >= 0 && index < m_items.size() ? m_items.takeAt(index) : nullptr;
}

Qt::Orientations FlowLayout::expandingDirections() const
{
    return {};
}

bool FlowLayout::hasHeightForWidth() const
{
    return true;
}

int FlowLayout::heightForWidth(int width) const
{
    return arrange(QRect(0, 0, width, 0), false);
}

QSize FlowLayout::minimumSize() const
{
    // One item per line at the narrowest: as wide as the widest item.
    QSize size;
    for (const QLayoutItem *item : m_items) {
        if (!item->isEmpty()) {
            size = size.expandedTo(item->minimumSize().expandedTo(item->sizeHint()));
        }
    }
    const QMargins margins = contentsMargins();
    return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom());
}

QSize FlowLayout::sizeHint() const
{
    // Everything on one line.
    int width = 0;
    int height = 0;
    for (const QLayoutItem *item : m_items) {
        if (item->isEmpty()) {
            continue;
        }
        const QSize hint = item->sizeHint();
        width += (width > 0 ? horizontalGap() : 0) + hint.width();
        height = std::max(height, hint.height());
    }
    const QMargins margins = contentsMargins();
    return {width + margins.left() + margins.right(), height + margins.top() + margins.bottom()};
}

void FlowLayout::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    arrange(rect, true);
}

int FlowLayout::arrange(const QRect &rect, bool apply) const
{
    const QRect area = rect.marginsRemoved(contentsMargins());
    const int gap = horizontalGap();
    int y = area.y();
    // One line at a time: the items that fit, then the room left shared among the ones that
    // want to grow (horizontal size policy Expanding).
    QList<QLayoutItem *> line;
    int lineWidth = 0;
    const auto finishLine = [&] {
        if (line.isEmpty()) {
            return;
        }
        int lineHeight = 0;
        int growing = 0;
        for (const QLayoutItem *item : std::as_const(line)) {
            lineHeight = std::max(lineHeight, item->sizeHint().height());
            growing += item->expandingDirections() & Qt::Horizontal ? 1 : 0;
        }
        if (apply) {
            const int spare = std::max(0, area.width() - lineWidth);
            int x = area.x();
            for (QLayoutItem *item : std::as_const(line)) {
                QSize size = item->sizeHint();
                if (growing > 0 && item->expandingDirections() & Qt::Horizontal) {
                    size.rwidth() += spare / growing;
                }
                item->setGeometry(QRect(QPoint(x, y), size));
                x += size.width() + gap;
            }
        }
        y += lineHeight + verticalGap();
        line.clear();
        lineWidth = 0;
    };
    for (QLayoutItem *item : m_items) {
        if (item->isEmpty()) {
            continue;
        }
        const int width = item->sizeHint().width();
        if (!line.isEmpty() && lineWidth + gap + width > area.width()) {
            finishLine();
        }
        lineWidth += (line.isEmpty() ? 0 : gap) + width;
        line.append(item);
    }
    const bool any = !line.isEmpty() || y > area.y();
    finishLine();
    // The last line's gap is not part of the height.
    const int used = any ? y - verticalGap() - area.y() : 0;
    const QMargins margins = contentsMargins();
    return used + margins.top() + margins.bottom();
}

int FlowLayout::horizontalGap() const
{
    const int spacing = this->spacing();
    if (spacing >= 0) {
        return spacing;
    }
    const QWidget *owner = parentWidget();
    const int metric =
            owner ? owner->style()->pixelMetric(QStyle::PM_LayoutHorizontalSpacing, nullptr, owner)
                  : -1;
    return metric >= 0 ? metric : 6;
}

int FlowLayout::verticalGap() const
{
    const int spacing = this->spacing();
    if (spacing >= 0) {
        return spacing;
    }
    const QWidget *owner = parentWidget();
    const int metric =
            owner ? owner->style()->pixelMetric(QStyle::PM_LayoutVerticalSpacing, nullptr, owner)
                  : -1;
    return metric >= 0 ? metric : 6;
}

} // namespace AgentDesk::Ui
