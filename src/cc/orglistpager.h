// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ccresult.h"

#include <net/apirequest.h>

#include <QJsonArray>
#include <QObject>
#include <QPointer>

#include <functional>

namespace AgentDesk::Net {
class HttpClient;
}

namespace AgentDesk::Cc {

// Reads every page of a contact-center organization list ({data: [...], meta: {page,
// pageSize, totalPages, totalRecords}}), one request after the other with page=0,1,..., and
// reports the items of all pages together. Deletes itself when done or when `context` dies.
//   OrgListPager::fetchAll(&http, ApiRequest::get(teamsUrl).withQuery(u"agentView"_s, u"true"_s),
//                          this, [](const CcResult<QJsonArray> &items) { ... });
class OrgListPager final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrgListPager)

public:
    using Callback = std::function<void(const CcResult<QJsonArray> &)>;

    static constexpr int PageSize = 100;
    // A list longer than this many pages is treated as a broken server, not read forever.
    static constexpr int MaxPages = 200;

    static void fetchAll(Net::HttpClient *http, const Net::ApiRequest &firstPage, QObject *context,
                         Callback done, int pageSize = PageSize);

private:
    OrgListPager(Net::HttpClient *http, Net::ApiRequest request, QObject *context, Callback done,
                 int pageSize);
    void fetchPage(int page);
    void finish(const CcResult<QJsonArray> &result);

    Net::HttpClient *m_http;
    Net::ApiRequest m_request;
    QPointer<QObject> m_context;
    Callback m_done;
    int m_pageSize;
    QJsonArray m_items;
};

} // namespace AgentDesk::Cc
