// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "orglistpager.h"

#include "cclogging.h"
#include "jsonshape.h"

#include <net/httpclient.h>

using namespace Qt::StringLiterals;

namespace AgentDesk::Cc {

void OrgListPager::fetchAll(Net::HttpClient *http, const Net::ApiRequest &firstPage,
                            QObject *context, Callback done, int pageSize)
{
    auto *pager = new OrgListPager(http, firstPage, context, std::move(done), pageSize);
    pager->fetchPage(0);
}

OrgListPager::OrgListPager(Net::HttpClient *http, Net::ApiRequest request, QObject *context,
                           Callback done, int pageSize)
    : m_http(http)
    , m_request(std::move(request))
    , m_context(context)
    , m_done(std::move(done))
    , m_pageSize(pageSize)
{
    // Nobody owns the pager: it lives until the last page, or as long as whoever asked.
    connect(context, &QObject::destroyed, this, &QObject::deleteLater);
}

void OrgListPager::fetchPage(int page)
{
    Net::ApiRequest request = m_request;
    request.withQuery(u"page"_s, QString::number(page))
            .withQuery(u"pageSize"_s, QString::number(m_pageSize));
    m_http->send(request, this, [this, page](const Net::ApiResult &result) {
        if (!result.ok()) {
            finish(result.error());
            return;
        }
        JsonShape shape(u"organization list"_s);
        const QJsonObject root = result.object();
        const QJsonArray data = shape.array(root, u"data"_s);
        const QJsonObject meta = shape.object(root, u"meta"_s);
        const int totalPages = int(shape.number(meta, u"totalPages"_s));
        if (!shape.ok()) {
            finish(Net::ApiError::unexpectedShape(shape.problem()));
            return;
        }
        for (const QJsonValue &item : data) {
            m_items.append(item);
        }
        const int next = page + 1;
        if (next >= totalPages || data.isEmpty()) {
            finish(m_items);
            return;
        }
        if (next >= MaxPages) {
            finish(Net::ApiError::unexpectedShape(
                    u"organization list: more than %1 pages"_s.arg(MaxPages)));
            return;
        }
        fetchPage(next);
    });
}

void OrgListPager::finish(const CcResult<QJsonArray> &result)
{
    if (m_context) {
        m_done(result);
    }
    deleteLater();
}

} // namespace AgentDesk::Cc
