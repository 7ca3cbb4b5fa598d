// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The simulated Microsoft Graph over real loopback: token checks and Graph's error shape,
// /users with $select/$filter/$top and paging (100,000 users), delta rounds, presence with its
// 650-id and 1500-per-30-s limits, photos, and the control routes that change the tenant.
#include <core/clock.h>
#include <sim/directorygenerator.h>
#include <sim/scenario.h>

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QtEndian>

#include <support/simfixture.h>

using namespace Qt::StringLiterals;
using namespace AgentDesk;
using Headers = QList<QPair<QByteArray, QByteArray>>;

namespace {

const QString Kenji = u"kenji.tanaka@contoso.example"_s;

Headers bearer(const QByteArray &token, Headers extra = {})
{
    if (!token.isEmpty()) {
        extra.append({"Authorization", "Bearer " + token});
    }
    return extra;
}

QString errorCode(const Test::WireClient::Reply &reply)
{
    return reply.json().object().value(u"error"_s).toObject().value(u"code"_s).toString();
}

QSet<QString> keysOf(const QJsonObject &object)
{
    const QStringList keys = object.keys();
    return {keys.begin(), keys.end()};
}

Sim::Scenario scenarioOfSize(int size)
{
    Sim::Scenario scenario = Sim::Scenario::defaults();
    scenario.setDirectorySize(size);
    return scenario;
}

} // namespace

class TestSimGraph final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Test::SimFixture> m_sim;
    QByteArray m_token;

    Test::WireClient::Reply get(const QString &pathAndQuery, const Headers &extra = {})
    {
        return m_sim->wire().send("GET", m_sim->url(pathAndQuery), {}, bearer(m_token, extra));
    }
    Test::WireClient::Reply getUrl(const QUrl &url, const Headers &extra = {})
    {
        return m_sim->wire().send("GET", url, {}, bearer(m_token, extra));
    }
    Test::WireClient::Reply presences(const QJsonArray &ids)
    {
        return m_sim->wire().postJson(m_sim->url(u"/v1.0/communications/getPresencesByUserId"_s),
                                      QJsonDocument(QJsonObject{{u"ids"_s, ids}}), m_token);
    }
    Test::WireClient::Reply control(const QByteArray &method, const QString &path,
                                    const QJsonObject &body = {})
    {
        return m_sim->wire().send(
                method, m_sim->url(path),
                body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact),
                {{"Content-Type", "application/json"}});
    }
    // Follows a delta round to its deltaLink; returns every entry and the link.
    QJsonArray deltaRound(QUrl url, QString *deltaLink, int *requests = nullptr,
                          const Headers &extra = {})
    {
        QJsonArray entries;
        int count = 0;
        while (url.isValid()) {
            const auto reply = getUrl(url, extra);
            ++count;
            if (reply.status != 200) {
                qWarning() << reply.status << reply.body;
                return {};
            }
            const QJsonObject page = reply.json().object();
            for (const QJsonValue &entry : page.value(u"value"_s).toArray()) {
                entries.append(entry);
            }
            url = QUrl(page.value(u"@odata.nextLink"_s).toString());
            if (page.contains(u"@odata.deltaLink"_s)) {
                *deltaLink = page.value(u"@odata.deltaLink"_s).toString();
                // A page has a nextLink or a deltaLink, never both (delta-query-overview).
                if (url.isValid()) {
                    qWarning("page with both links");
                    return {};
                }
            }
        }
        if (requests) {
            *requests = count;
        }
        return entries;
    }

private Q_SLOTS:
    void init()
    {
        m_sim = std::make_unique<Test::SimFixture>();
        m_token = m_sim->token(u"graph"_s, Kenji);
        QVERIFY(!m_token.isEmpty());
    }
    void cleanup() { m_sim.reset(); }

    // --- authentication and headers --------------------------------------------------------

    void auth_missingOrBadToken_answers401InGraphShape_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("message");
        QTest::newRow("no token") << u"none"_s << u"Access token is empty."_s;
        QTest::newRow("unknown token")
                << u"garbage"_s << u"Access token has expired or is not yet valid."_s;
        QTest::newRow("contact-center token")
                << u"cc"_s << u"Access token validation failure. Invalid audience."_s;
        QTest::newRow("expiredToken fault")
                << u"fault"_s << u"Access token has expired or is not yet valid."_s;
    }

    void auth_missingOrBadToken_answers401InGraphShape()
    {
        QFETCH(QString, kind);
        QFETCH(QString, message);
        QByteArray token = m_token;
        if (kind == u"none"_s) {
            token.clear();
        } else if (kind == u"garbage"_s) {
            token = "not-a-token";
        } else if (kind == u"cc"_s) {
            token = m_sim->token(u"cc"_s, Kenji);
        } else {
            QVERIFY(m_sim->injectFault({{u"kind"_s, u"expiredToken"_s},
                                        {u"path"_s, u"^/v1\\.0/users$"_s},
                                        {u"count"_s, 1}}) > 0);
        }
        const auto reply = m_sim->wire().send("GET", m_sim->url(u"/v1.0/users"_s), {},
                                              bearer(token, {{"client-request-id", "client-7"}}));
        QCOMPARE(reply.status, 401);
        const QJsonObject error = reply.json().object().value(u"error"_s).toObject();
        QCOMPARE(error.value(u"code"_s).toString(), u"InvalidAuthenticationToken"_s);
        QCOMPARE(error.value(u"message"_s).toString(), message);
        const QJsonObject inner = error.value(u"innerError"_s).toObject();
        QCOMPARE(inner.value(u"client-request-id"_s).toString(), u"client-7"_s);
        QCOMPARE(inner.value(u"request-id"_s).toString().toLatin1(), reply.header("request-id"));
        QVERIFY(QDateTime::fromString(inner.value(u"date"_s).toString(), Qt::ISODate).isValid());
        QCOMPARE(reply.header("client-request-id"), QByteArray("client-7"));
        QVERIFY(reply.header("WWW-Authenticate").startsWith("Bearer"));
        // The fault applied once: the same token works again.
        if (kind == u"fault"_s) {
            QCOMPARE(get(u"/v1.0/users?$top=1"_s).status, 200);
        }
    }

    void headers_everyAnswer_carriesRequestIds()
    {
        static const QRegularExpression guid(u"^[0-9a-f]{8}-([0-9a-f]{4}-){3}[0-9a-f]{12}$"_s);
        const auto echoed = get(u"/v1.0/me"_s, {{"client-request-id", "6a1f-client"}});
        QCOMPARE(echoed.status, 200);
        QCOMPARE(echoed.header("client-request-id"), QByteArray("6a1f-client"));
        QVERIFY(guid.match(QString::fromLatin1(echoed.header("request-id"))).hasMatch());
        // Without one, Graph answers its own request-id in both.
        const auto own = get(u"/v1.0/users/nobody"_s);
        QCOMPARE(own.status, 404);
        QVERIFY(guid.match(QString::fromLatin1(own.header("request-id"))).hasMatch());
        QCOMPARE(own.header("client-request-id"), own.header("request-id"));
        QVERIFY(own.header("request-id") != echoed.header("request-id"));
    }

    // --- /users, /users/{id}, /me ----------------------------------------------------------

    void users_noSelect_answersGraphDefaultPropertiesAndPagesOf100()
    {
        const auto reply = get(u"/v1.0/users"_s);
        QCOMPARE(reply.status, 200);
        const QJsonObject page = reply.json().object();
        QCOMPARE(page.value(u"@odata.context"_s).toString(),
                 m_sim->url(u"/v1.0/$metadata#users"_s).toString());
        const QJsonArray value = page.value(u"value"_s).toArray();
        QCOMPARE(value.size(), 100);
        const QSet<QString> expected{u"businessPhones"_s,    u"displayName"_s,
                                     u"givenName"_s,         u"id"_s,
                                     u"jobTitle"_s,          u"mail"_s,
                                     u"mobilePhone"_s,       u"officeLocation"_s,
                                     u"preferredLanguage"_s, u"surname"_s,
                                     u"userPrincipalName"_s};
        for (const QJsonValue &user : value) {
            QCOMPARE(keysOf(user.toObject()), expected);
        }
        const QString next = page.value(u"@odata.nextLink"_s).toString();
        QVERIFY2(next.startsWith(m_sim->url(u"/v1.0/users?"_s).toString()), qPrintable(next));
        QVERIFY(next.contains(u"$skiptoken="_s));
    }

    void users_select_answersOnlySelectedPropertiesAndId()
    {
        const auto reply =
                get(u"/v1.0/users?$select=displayName,department,accountEnabled&$top=50"_s);
        QCOMPARE(reply.status, 200);
        const QJsonObject page = reply.json().object();
        QVERIFY(page.value(u"@odata.context"_s)
                        .toString()
                        .endsWith(u"$metadata#users(displayName,department,accountEnabled)"_s));
        const QJsonArray value = page.value(u"value"_s).toArray();
        QCOMPARE(value.size(), 50);
        for (const QJsonValue &user : value) {
            QCOMPARE(keysOf(user.toObject()),
                     (QSet<QString>{u"id"_s, u"displayName"_s, u"department"_s,
                                    u"accountEnabled"_s}));
        }
        // The next page keeps the selection.
        const auto second = getUrl(QUrl(page.value(u"@odata.nextLink"_s).toString()));
        QCOMPARE(second.status, 200);
        const QJsonObject firstOfSecond =
                second.json().object().value(u"value"_s).toArray().first().toObject();
        QCOMPARE(firstOfSecond.size(), 4);
        QVERIFY(firstOfSecond.value(u"id"_s).toString() !=
                value.first().toObject().value(u"id"_s).toString());
    }

    void users_badQuery_answers400InGraphShape_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("code");
        QTest::newRow("startswith")
                << u"$filter=startswith(displayName,'A')"_s << u"Request_UnsupportedQuery"_s;
        QTest::newRow("other property")
                << u"$filter=department eq 'Sales'"_s << u"Request_UnsupportedQuery"_s;
        QTest::newRow("or") << u"$filter=userType eq 'Member' or accountEnabled eq true"_s
                            << u"Request_UnsupportedQuery"_s;
        QTest::newRow("ne") << u"$filter=userType ne 'Guest'"_s << u"Request_UnsupportedQuery"_s;
        QTest::newRow("bad value")
                << u"$filter=accountEnabled eq 'yes'"_s << u"Request_UnsupportedQuery"_s;
        QTest::newRow("top 1000") << u"$top=1000"_s << u"Request_BadRequest"_s;
        QTest::newRow("top 0") << u"$top=0"_s << u"Request_BadRequest"_s;
        QTest::newRow("unknown property") << u"$select=displayName,shoeSize"_s << u"BadRequest"_s;
        QTest::newRow("made-up skiptoken")
                << u"$skiptoken=abc"_s << u"Directory_ExpiredPageToken"_s;
        QTest::newRow("orderby") << u"$orderby=displayName"_s << u"Request_UnsupportedQuery"_s;
    }

    void users_badQuery_answers400InGraphShape()
    {
        QFETCH(QString, query);
        QFETCH(QString, code);
        const auto reply = get(u"/v1.0/users?"_s + query);
        QCOMPARE(reply.status, 400);
        QCOMPARE(errorCode(reply), code);
        QVERIFY(!reply.json()
                         .object()
                         .value(u"error"_s)
                         .toObject()
                         .value(u"innerError"_s)
                         .toObject()
                         .value(u"request-id"_s)
                         .toString()
                         .isEmpty());
    }

    void users_filterMembersEnabled_answersOnlyThose()
    {
        const auto reply = get(u"/v1.0/users?$select=userType,accountEnabled&$top=999&$filter="
                               "userType eq 'Member' and accountEnabled eq true"_s);
        QCOMPARE(reply.status, 200);
        const QJsonObject stats = control("GET", u"/_sim/directory/stats"_s).json().object();
        const QJsonArray value = reply.json().object().value(u"value"_s).toArray();
        QCOMPARE(value.size(), stats.value(u"enabledMembers"_s).toInt());
        for (const QJsonValue &user : value) {
            QCOMPARE(user[u"userType"_s].toString(), u"Member"_s);
            QCOMPARE(user[u"accountEnabled"_s].toBool(), true);
        }
        const auto guests =
                get(u"/v1.0/users?$select=userType&$top=999&$filter=userType eq 'Guest'"_s);
        QCOMPARE(guests.json().object().value(u"value"_s).toArray().size(),
                 stats.value(u"guests"_s).toInt());
    }

    void users_pagingOneHundredThousand_everyUserOnceInPagesOf999_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::newRow("everyone") << QString();
        QTest::newRow("enabled members") << u"userType eq 'Member' and accountEnabled eq true"_s;
    }

    void users_pagingOneHundredThousand_everyUserOnceInPagesOf999()
    {
        QFETCH(QString, filter);
        QElapsedTimer timer;
        timer.start();
        m_sim = std::make_unique<Test::SimFixture>(scenarioOfSize(100'000));
        m_token = m_sim->token(u"graph"_s, Kenji);
        const qint64 built = timer.elapsed();
        const QJsonObject stats = control("GET", u"/_sim/directory/stats"_s).json().object();
        QCOMPARE(stats.value(u"total"_s).toInt(), 100'000);
        const int expected = filter.isEmpty() ? 100'000 : stats.value(u"enabledMembers"_s).toInt();

        QString query = u"/v1.0/users?$select=id,displayName,mail,businessPhones,userType,"
                        "accountEnabled&$top=999"_s;
        if (!filter.isEmpty()) {
            query += u"&$filter="_s + filter;
        }
        QUrl url = m_sim->url(query);
        QSet<QString> ids;
        ids.reserve(expected);
        int pages = 0;
        while (url.isValid()) {
            const auto reply = getUrl(url);
            QCOMPARE(reply.status, 200);
            ++pages;
            const QJsonObject page = reply.json().object();
            const QJsonArray value = page.value(u"value"_s).toArray();
            QVERIFY(value.size() <= 999);
            for (const QJsonValue &user : value) {
                ids.insert(user[u"id"_s].toString());
                if (!filter.isEmpty()) {
                    QVERIFY(user[u"userType"_s].toString() == u"Member"_s &&
                            user[u"accountEnabled"_s].toBool());
                }
            }
            const QString next = page.value(u"@odata.nextLink"_s).toString();
            if (!next.isEmpty()) {
                QCOMPARE(value.size(), 999);
                QVERIFY(next.startsWith(m_sim->baseUrl().toString()));
            }
            url = QUrl(next);
        }
        QCOMPARE(ids.size(), expected);
        QCOMPARE(pages, (expected + 998) / 999);
        if (filter.isEmpty()) {
            QCOMPARE(pages, 101);
        }
        QCOMPARE(m_sim->requestsTo(u"^/v1\\.0/users$"_s).size(), pages);
        qInfo("%d users in %d pages: simulator built in %lld ms, paged in %lld ms", int(ids.size()),
              pages, built, timer.elapsed() - built);
    }

    void users_byIdPrincipalNameAndMe_answerTheUser()
    {
        const auto me = get(u"/v1.0/me"_s);
        QCOMPARE(me.status, 200);
        const QJsonObject kenji = me.json().object();
        QCOMPARE(kenji.value(u"displayName"_s).toString(), u"田中 健二"_s);
        QCOMPARE(kenji.value(u"mail"_s).toString(), Kenji);
        const QString id = kenji.value(u"id"_s).toString();
        QCOMPARE(id, u"cd2681f0-c7a6-47fa-bd5c-90b1a44d4cb8"_s); // the scenario's objectId

        const auto byId = get(u"/v1.0/users/"_s + id + u"?$select=displayName,jobTitle"_s);
        QCOMPARE(byId.status, 200);
        QCOMPARE(keysOf(byId.json().object()),
                 (QSet<QString>{u"@odata.context"_s, u"id"_s, u"displayName"_s, u"jobTitle"_s}));
        const auto byPrincipal = get(u"/v1.0/users/"_s + Kenji);
        QCOMPARE(byPrincipal.json().object().value(u"id"_s).toString(), id);

        const auto missing = get(u"/v1.0/users/00000000-0000-4000-8000-000000000000"_s);
        QCOMPARE(missing.status, 404);
        QCOMPARE(errorCode(missing), u"Request_ResourceNotFound"_s);
    }

    // --- delta -----------------------------------------------------------------------------

    void delta_fullRoundThenUnchanged_answersEmptyValueInOneRequest()
    {
        QString deltaLink;
        int requests = 0;
        const QJsonArray all =
                deltaRound(m_sim->url(u"/v1.0/users/delta?$select=displayName,"
                                      "userType,accountEnabled"_s),
                           &deltaLink, &requests, {{"Prefer", "odata.maxpagesize=200"}});
        QCOMPARE(all.size(), 500);
        QCOMPARE(requests, 3);
        QSet<QString> ids;
        int guests = 0;
        int disabled = 0;
        for (const QJsonValue &user : all) {
            ids.insert(user[u"id"_s].toString());
            guests += user[u"userType"_s].toString() == u"Guest"_s;
            disabled += !user[u"accountEnabled"_s].toBool();
        }
        QCOMPARE(ids.size(), 500);
        // Delta has no filter: guests and disabled accounts come too, the client filters.
        QVERIFY(guests > 0);
        QVERIFY(disabled > 0);
        QVERIFY(deltaLink.startsWith(m_sim->url(u"/v1.0/users/delta?$deltatoken="_s).toString()));

        const qint64 before = m_sim->requests().last().toObject().value(u"sequence"_s).toInteger();
        QString nextDeltaLink;
        const QJsonArray unchanged = deltaRound(QUrl(deltaLink), &nextDeltaLink, &requests);
        QCOMPARE(unchanged.size(), 0);
        QCOMPARE(requests, 1);
        QCOMPARE(m_sim->requestsTo(u"^/v1\\.0/users/delta$"_s, before).size(), 1);
        QVERIFY(!nextDeltaLink.isEmpty());
    }

    void delta_afterControlChanges_answersOnlyTheChanges()
    {
        QString deltaLink;
        const QJsonArray all = deltaRound(m_sim->url(u"/v1.0/users/delta?$select=displayName,"
                                                     "jobTitle,accountEnabled&$top=999"_s),
                                          &deltaLink);
        QCOMPARE(all.size(), 500);
        const QString promoted = all.at(10)[u"id"_s].toString();
        const QString leaver = all.at(11)[u"id"_s].toString();
        const QString softDeleted = all.at(12)[u"id"_s].toString();
        const QString purged = all.at(13)[u"id"_s].toString();

        const auto added = control("POST", u"/_sim/directory/users"_s,
                                   {{u"displayName"_s, u"Inês Conceição"_s},
                                    {u"mail"_s, u"ines.conceicao@contoso.example"_s},
                                    {u"jobTitle"_s, u"Claims Adjuster"_s},
                                    {u"businessPhones"_s, QJsonArray{u"+351 21 123 4567"_s}}});
        QCOMPARE(added.status, 201);
        const QString newId = added.json().object().value(u"id"_s).toString();
        QCOMPARE(control("POST", u"/_sim/directory/users"_s,
                         {{u"id"_s, promoted}, {u"jobTitle"_s, u"Team Lead – Customer Care"_s}})
                         .status,
                 200);
        QCOMPARE(control("POST", u"/_sim/directory/users"_s,
                         {{u"id"_s, leaver}, {u"accountEnabled"_s, false}})
                         .status,
                 200);
        QCOMPARE(control("DELETE", u"/_sim/directory/users/"_s + softDeleted).status, 204);
        QCOMPARE(control("DELETE", u"/_sim/directory/users/"_s + purged + u"?permanent=true"_s)
                         .status,
                 204);
        QCOMPARE(control("DELETE", u"/_sim/directory/users/"_s + purged).status, 404);

        QString nextLink;
        const QJsonArray changes = deltaRound(QUrl(deltaLink), &nextLink);
        QCOMPARE(changes.size(), 5);
        QHash<QString, QJsonObject> byId;
        for (const QJsonValue &change : changes) {
            byId.insert(change[u"id"_s].toString(), change.toObject());
        }
        QCOMPARE(byId.value(newId).value(u"displayName"_s).toString(), u"Inês Conceição"_s);
        QCOMPARE(byId.value(newId).value(u"jobTitle"_s).toString(), u"Claims Adjuster"_s);
        QCOMPARE(byId.value(promoted).value(u"jobTitle"_s).toString(),
                 u"Team Lead – Customer Care"_s);
        QCOMPARE(byId.value(leaver).value(u"accountEnabled"_s).toBool(true), false);
        QCOMPARE(byId.value(softDeleted),
                 (QJsonObject{{u"id"_s, softDeleted},
                              {u"@removed"_s, QJsonObject{{u"reason"_s, u"changed"_s}}}}));
        QCOMPARE(byId.value(purged).value(u"@removed"_s).toObject().value(u"reason"_s).toString(),
                 u"deleted"_s);

        // The directory answers the new state; the next round is empty again.
        QCOMPARE(get(u"/v1.0/users/"_s + softDeleted).status, 404);
        QString last;
        QCOMPARE(deltaRound(QUrl(nextLink), &last).size(), 0);
    }

    void delta_withSelect_tracksOnlySelectedProperties()
    {
        QString deltaLink;
        const QJsonArray all = deltaRound(
                m_sim->url(u"/v1.0/users/delta?$select=displayName,mail&$top=999"_s), &deltaLink);
        const QString id = all.at(40)[u"id"_s].toString();
        QCOMPARE(control("POST", u"/_sim/directory/users"_s,
                         {{u"id"_s, id}, {u"officeLocation"_s, u"Porto – Piso 2"_s}})
                         .status,
                 200);
        QString next;
        QCOMPARE(deltaRound(QUrl(deltaLink), &next).size(), 0);
        QCOMPARE(control("POST", u"/_sim/directory/users"_s,
                         {{u"id"_s, id}, {u"displayName"_s, u"Hélène Côté"_s}})
                         .status,
                 200);
        QString after;
        const QJsonArray changes = deltaRound(QUrl(next), &after);
        QCOMPARE(changes.size(), 1);
        QCOMPARE(keysOf(changes.first().toObject()),
                 (QSet<QString>{u"id"_s, u"displayName"_s, u"mail"_s}));
        QCOMPARE(changes.first()[u"displayName"_s].toString(), u"Hélène Côté"_s);
    }

    void delta_unknownToken_answers410SyncStateNotFound_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("made-up deltatoken") << u"$deltatoken=bm90LWEtdG9rZW4"_s;
        QTest::newRow("made-up skiptoken") << u"$skiptoken=eyJrIjoiaSJ9"_s;
    }

    void delta_unknownToken_answers410SyncStateNotFound()
    {
        QFETCH(QString, query);
        const auto reply = get(u"/v1.0/users/delta?"_s + query);
        QCOMPARE(reply.status, 410);
        QCOMPARE(errorCode(reply), u"syncStateNotFound"_s);
    }

    void delta_tokenOfAnotherRunOrOlderThanSevenDays_answers410()
    {
        Core::ManualClock clock;
        m_sim = std::make_unique<Test::SimFixture>(Sim::Scenario::defaults(), &clock);
        m_token = m_sim->token(u"graph"_s, Kenji);
        QString deltaLink;
        QVERIFY(!deltaRound(m_sim->url(u"/v1.0/users/delta?$deltatoken=latest"_s), &deltaLink)
                         .size());
        QVERIFY(!deltaLink.isEmpty());
        clock.advance(6LL * 24 * 3600 * 1000);
        m_token = m_sim->token(u"graph"_s, Kenji);
        QCOMPARE(getUrl(QUrl(deltaLink)).status, 200);
        clock.advance(2LL * 24 * 3600 * 1000);
        m_token = m_sim->token(u"graph"_s, Kenji);
        const auto expired = getUrl(QUrl(deltaLink));
        QCOMPARE(expired.status, 410);
        QCOMPARE(errorCode(expired), u"syncStateNotFound"_s);

        // Another simulator run does not know this one's tokens.
        const QString query = QUrl(deltaLink).query(QUrl::FullyEncoded);
        m_sim = std::make_unique<Test::SimFixture>();
        m_token = m_sim->token(u"graph"_s, Kenji);
        QCOMPARE(get(u"/v1.0/users/delta?"_s + query).status, 410);
    }

    // --- presence --------------------------------------------------------------------------

    void presence_batchSize_limitIs650Ids_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("status");
        QTest::newRow("650") << 650 << 200;
        QTest::newRow("651") << 651 << 400;
    }

    void presence_batchSize_limitIs650Ids()
    {
        QFETCH(int, count);
        QFETCH(int, status);
        m_sim = std::make_unique<Test::SimFixture>(scenarioOfSize(1000));
        m_token = m_sim->token(u"graph"_s, Kenji);
        const auto users = Sim::DirectoryGenerator::generate(scenarioOfSize(1000));
        QJsonArray ids;
        ids.append(u"00000000-0000-4000-8000-000000000000"_s); // unknown: left out
        for (int i = 1; i < count; ++i) {
            ids.append(users[size_t(i)].id);
        }
        const auto reply = presences(ids);
        QCOMPARE(reply.status, status);
        if (status == 400) {
            QCOMPARE(errorCode(reply), u"BadRequest"_s);
            return;
        }
        const QJsonArray value = reply.json().object().value(u"value"_s).toArray();
        QCOMPARE(value.size(), count - 1);
        QSet<QString> availabilities;
        for (const QJsonValue &presence : value) {
            QCOMPARE(keysOf(presence.toObject()),
                     (QSet<QString>{u"@odata.type"_s, u"id"_s, u"availability"_s, u"activity"_s}));
            QCOMPARE(presence[u"@odata.type"_s].toString(), u"#microsoft.graph.presence"_s);
            availabilities.insert(presence[u"availability"_s].toString() + u'/' +
                                  presence[u"activity"_s].toString());
        }
        // A realistic mix of Teams states.
        for (const QString &pair :
             {u"Available/Available"_s, u"Busy/InACall"_s, u"Busy/InAMeeting"_s,
              u"DoNotDisturb/DoNotDisturb"_s, u"Away/Away"_s, u"Offline/OffWork"_s}) {
            QVERIFY2(availabilities.contains(pair), qPrintable(pair));
        }
    }

    void presence_rateLimit_1501stRequestIn30sAnswers429UntilTheWindowMoves()
    {
        Core::ManualClock clock;
        m_sim = std::make_unique<Test::SimFixture>(Sim::Scenario::defaults(), &clock);
        m_token = m_sim->token(u"graph"_s, Kenji);
        const QString me = get(u"/v1.0/me"_s).json().object().value(u"id"_s).toString();
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < 750; ++i) {
            QCOMPARE(presences({me}).status, 200);
        }
        clock.advance(10'000);
        for (int i = 0; i < 750; ++i) {
            QCOMPARE(get(u"/v1.0/me/presence"_s).status, 200);
        }
        // The 1501st within 30 s: the first 750 leave the window 20 s from now.
        const auto throttled = presences({me});
        QCOMPARE(throttled.status, 429);
        QCOMPARE(throttled.header("Retry-After"), QByteArray("20"));
        QCOMPARE(errorCode(throttled), u"TooManyRequests"_s);
        QVERIFY(!throttled.header("request-id").isEmpty());
        QCOMPARE(get(u"/v1.0/me/presence"_s).status, 429);

        clock.advance(19'500);
        const auto almost = get(u"/v1.0/me/presence"_s);
        QCOMPARE(almost.status, 429);
        QCOMPARE(almost.header("Retry-After"), QByteArray("1"));
        clock.advance(500);
        QCOMPARE(presences({me}).status, 200);
        // Other Graph calls do not count against presence.
        QCOMPARE(get(u"/v1.0/me"_s).status, 200);
        qInfo("1504 presence requests in %lld ms", timer.elapsed());
    }

    void presence_controlChange_visibleInNextRead()
    {
        const QString me = get(u"/v1.0/me"_s).json().object().value(u"id"_s).toString();
        const auto set = control("POST", u"/_sim/presence"_s,
                                 {{u"email"_s, Kenji},
                                  {u"availability"_s, u"Busy"_s},
                                  {u"activity"_s, u"InACall"_s}});
        QCOMPARE(set.status, 200);
        const QJsonObject mine = get(u"/v1.0/me/presence"_s).json().object();
        QCOMPARE(mine.value(u"id"_s).toString(), me);
        QCOMPARE(mine.value(u"availability"_s).toString(), u"Busy"_s);
        QCOMPARE(mine.value(u"activity"_s).toString(), u"InACall"_s);

        QCOMPARE(control("POST", u"/_sim/presence"_s,
                         {{u"id"_s, me},
                          {u"availability"_s, u"donotdisturb"_s},
                          {u"activity"_s, u"presenting"_s}})
                         .status,
                 200);
        const QJsonObject batch =
                presences({me}).json().object().value(u"value"_s).toArray().first().toObject();
        QCOMPARE(batch.value(u"availability"_s).toString(), u"DoNotDisturb"_s);
        QCOMPARE(batch.value(u"activity"_s).toString(), u"Presenting"_s);

        QCOMPARE(control("POST", u"/_sim/presence"_s,
                         {{u"id"_s, me}, {u"availability"_s, u"Sleeping"_s}})
                         .status,
                 400);
        QCOMPARE(
                control("POST", u"/_sim/presence"_s,
                        {{u"email"_s, u"nobody@contoso.example"_s}, {u"availability"_s, u"Busy"_s}})
                        .status,
                404);
    }

    // --- photos ----------------------------------------------------------------------------

    void photo_userWithPhoto_answersDeterministicPng()
    {
        const auto users = Sim::DirectoryGenerator::generate(Sim::Scenario::defaults());
        const auto first = std::find_if(users.begin() + 3, users.end(),
                                        [](const Sim::SimUser &u) { return u.hasPhoto; });
        const auto second = std::find_if(first + 1, users.end(),
                                         [](const Sim::SimUser &u) { return u.hasPhoto; });
        const QString path = u"/v1.0/users/"_s + first->id + u"/photo/$value"_s;
        const auto reply = get(path);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.header("Content-Type"), QByteArray("image/png"));
        const QByteArray png = reply.body;
        QVERIFY(png.startsWith("\x89PNG\r\n\x1a\n"));
        QCOMPARE(png.mid(12, 4), QByteArray("IHDR"));
        QCOMPARE(qFromBigEndian<quint32>(png.constData() + 16), 96u);
        QCOMPARE(qFromBigEndian<quint32>(png.constData() + 20), 96u);
        // IDAT is a zlib stream of 96 rows of filter byte + RGB.
        const qsizetype idat = png.indexOf("IDAT");
        QVERIFY(idat > 0);
        const quint32 length = qFromBigEndian<quint32>(png.constData() + idat - 4);
        QByteArray zlib(4, '\0');
        qToBigEndian<quint32>(96 * (1 + 96 * 3), zlib.data());
        zlib += png.mid(idat + 4, length);
        QCOMPARE(qUncompress(zlib).size(), 96 * (1 + 96 * 3));
        QVERIFY(png.endsWith(QByteArray("IEND\xae\x42\x60\x82", 8)));

        QCOMPARE(get(path).body, png);
        QVERIFY(get(u"/v1.0/users/"_s + second->id + u"/photo/$value"_s).body != png);
        QCOMPARE(get(u"/v1.0/me/photo/$value"_s).status, 200);
        const QJsonObject metadata =
                get(u"/v1.0/users/"_s + first->id + u"/photo"_s).json().object();
        QCOMPARE(metadata.value(u"width"_s).toInt(), 96);
    }

    void photo_userWithoutPhoto_answers404ImageNotFound()
    {
        const auto users = Sim::DirectoryGenerator::generate(Sim::Scenario::defaults());
        const auto without = std::find_if(users.begin(), users.end(),
                                          [](const Sim::SimUser &u) { return !u.hasPhoto; });
        QVERIFY(without != users.end());
        const auto reply = get(u"/v1.0/users/"_s + without->id + u"/photo/$value"_s);
        QCOMPARE(reply.status, 404);
        QCOMPARE(errorCode(reply), u"ImageNotFound"_s);
        // The control API can give someone a photo.
        QCOMPARE(control("POST", u"/_sim/directory/users"_s,
                         {{u"id"_s, without->id}, {u"photo"_s, true}})
                         .status,
                 200);
        QCOMPARE(get(u"/v1.0/users/"_s + without->id + u"/photo/$value"_s).status, 200);
        QCOMPARE(get(u"/v1.0/users/nobody/photo/$value"_s).status, 404);
    }
};

QTEST_GUILESS_MAIN(TestSimGraph)
#include "tst_simgraph.moc"
