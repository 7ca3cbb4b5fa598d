// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Who the contact-center token belongs to: Webex ids decoded to the UUIDs of the CC paths,
// GET /people/me over loopback against the simulator, and its failures.
#include <cc/ccidentityclient.h>
#include <cc/webexid.h>
#include <core/clock.h>
#include <net/httpclient.h>

#include <QNetworkAccessManager>
#include <QTest>

#include <memory>
#include <optional>
#include <support/faketokenprovider.h>
#include <support/simfixture.h>

using namespace Qt::StringLiterals;
using namespace AgentDesk;

namespace {

const QString kAna = u"ana.souza@contoso.example"_s;
const QString kAnaCiUserId = u"8e9d9554-3372-4692-bc10-1594b1e29d39"_s;
const QString kOrgId = u"b3a8f9e2-61d4-4c2b-8e7f-5a9d0c1e2f34"_s;

QString webexId(const QString &type, const QString &uuid, QByteArray::Base64Options options)
{
    return QString::fromLatin1(
            QString(u"ciscospark://us/"_s + type + u'/' + uuid).toUtf8().toBase64(options));
}

} // namespace

class TestCcIdentity final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Test::SimFixture> m_sim;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<Net::HttpClient> m_http;

    std::optional<Cc::CcResult<Cc::CcPerson>> fetchMe(Net::TokenProvider *tokens)
    {
        Cc::CcIdentityClient identity(m_http.get(), m_sim->url(u"/v1"_s), tokens);
        std::optional<Cc::CcResult<Cc::CcPerson>> answer;
        identity.fetchMe(this, [&answer](const Cc::CcResult<Cc::CcPerson> &r) { answer = r; });
        (void)QTest::qWaitFor([&answer] { return answer.has_value(); }, 10'000);
        return answer;
    }

private Q_SLOTS:
    void init()
    {
        m_sim = std::make_unique<Test::SimFixture>();
        m_network = std::make_unique<QNetworkAccessManager>();
        m_http = std::make_unique<Net::HttpClient>(
                m_network.get(), Core::Clock::system(),
                Net::RetryPolicy{.maxAttempts = 1, .baseDelay = std::chrono::milliseconds(1)});
    }
    void cleanup()
    {
        m_http.reset();
        m_network.reset();
        m_sim.reset();
    }

    void decodeWebexId_forms_giveTheUuid_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("expected");
        const QString uuid = u"8e9d9554-3372-4692-bc10-1594b1e29d39"_s;
        QTest::newRow("base64 unpadded")
                << webexId(u"PEOPLE"_s, uuid, QByteArray::OmitTrailingEquals) << u"PEOPLE"_s
                << uuid;
        QTest::newRow("base64 padded")
                << webexId(u"PEOPLE"_s, uuid, QByteArray::Base64Encoding) << u"PEOPLE"_s << uuid;
        QTest::newRow("base64url")
                << webexId(u"ORGANIZATION"_s, kOrgId,
                           QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)
                << u"ORGANIZATION"_s << kOrgId;
        QTest::newRow("other region")
                << QString::fromLatin1(
                           QString(u"ciscospark://eu/PEOPLE/"_s + uuid).toUtf8().toBase64())
                << u"PEOPLE"_s << uuid;
        QTest::newRow("raw uuid") << uuid << u"PEOPLE"_s << uuid;
        QTest::newRow("raw uuid, upper case, braces")
                << QString(u'{' + uuid.toUpper() + u'}') << u"PEOPLE"_s << uuid;
        QTest::newRow("raw uuid with spaces")
                << QString(u"  "_s + uuid + u' ') << u"PEOPLE"_s << uuid;
    }
    void decodeWebexId_forms_giveTheUuid()
    {
        QFETCH(QString, id);
        QFETCH(QString, type);
        QFETCH(QString, expected);
        QCOMPARE(Cc::decodeWebexId(id, type), std::optional<QString>(expected));
    }

    void decodeWebexId_invalid_givesNothing_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("type");
        const QString uuid = u"8e9d9554-3372-4692-bc10-1594b1e29d39"_s;
        QTest::newRow("empty") << QString() << u"PEOPLE"_s;
        QTest::newRow("wrong type")
                << webexId(u"ORGANIZATION"_s, uuid, QByteArray::OmitTrailingEquals) << u"PEOPLE"_s;
        QTest::newRow("not base64") << u"not*an*id!"_s << u"PEOPLE"_s;
        QTest::newRow("base64 of something else")
                << QString::fromLatin1(QByteArray("hello world").toBase64()) << u"PEOPLE"_s;
        QTest::newRow("no uuid inside")
                << QString::fromLatin1(QByteArray("ciscospark://us/PEOPLE/nope").toBase64())
                << u"PEOPLE"_s;
        QTest::newRow("extra segment")
                << QString::fromLatin1(
                           QString(u"ciscospark://us/PEOPLE/x/"_s + uuid).toUtf8().toBase64())
                << u"PEOPLE"_s;
    }
    void decodeWebexId_invalid_givesNothing()
    {
        QFETCH(QString, id);
        QFETCH(QString, type);
        QCOMPARE(Cc::decodeWebexId(id, type), std::nullopt);
    }

    void fetchMe_ccToken_givesDecodedIdsAndEmail()
    {
        Test::FakeTokenProvider tokens(QString::fromLatin1(m_sim->token(u"cc"_s, kAna)));
        const auto me = fetchMe(&tokens);
        QVERIFY(me.has_value());
        QVERIFY2(me->ok(), qPrintable(me->ok() ? QString() : me->error().detail()));
        QCOMPARE(me->value().id, kAnaCiUserId);
        QCOMPARE(me->value().orgId, kOrgId);
        QCOMPARE(me->value().emails, QStringList{kAna});
        QCOMPARE(me->value().primaryEmail(), kAna);
        QCOMPARE(me->value().displayName, u"Ana Souza"_s);
        // It went over the wire once, with a Bearer token.
        const QJsonArray calls = m_sim->requestsTo(u"^/v1/people/me$"_s);
        QCOMPARE(calls.size(), 1);
        QCOMPARE(calls.at(0).toObject().value(u"auth"_s).toString(), u"Bearer"_s);
    }

    void fetchMe_userWithoutCiUserId_getsAStableUuid()
    {
        const QString guest = u"guest.agent@contoso.example"_s;
        Test::FakeTokenProvider tokens(QString::fromLatin1(m_sim->token(u"cc"_s, guest)));
        const auto me = fetchMe(&tokens);
        QVERIFY(me.has_value() && me->ok());
        QVERIFY(!QUuid::fromString(me->value().id).isNull());
        QCOMPARE(me->value().orgId, kOrgId);
        QCOMPARE(me->value().displayName, guest); // no name: the address stands in
    }

    void fetchMe_invalidToken_isUnauthorized()
    {
        Test::FakeTokenProvider tokens(u"not-a-token"_s);
        const auto me = fetchMe(&tokens);
        QVERIFY(me.has_value());
        QVERIFY(!me->ok());
        QCOMPARE(me->error().kind(), Net::ApiError::Kind::Unauthorized);
        QCOMPARE(me->error().httpStatus(), 401);
    }

    void fetchMe_replyWithUndecodableId_isUnexpectedShape_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        QTest::newRow("id not an id")
                << QByteArray(R"({"id":"garbage","orgId":"b3a8f9e2-61d4-4c2b-8e7f-5a9d0c1e2f34",)"
                              R"("emails":["a@b.c"],"displayName":"A"})")
                << u"id"_s;
        QTest::newRow("orgId is a person id")
                << QByteArray(
                           R"({"id":"8e9d9554-3372-4692-bc10-1594b1e29d39","orgId":")" +
                           webexId(u"PEOPLE"_s, kOrgId, QByteArray::OmitTrailingEquals).toLatin1() +
                           R"(","emails":["a@b.c"],"displayName":"A"})")
                << u"orgId"_s;
        QTest::newRow("emails missing")
                << QByteArray(R"({"id":"8e9d9554-3372-4692-bc10-1594b1e29d39",)"
                              R"("orgId":"b3a8f9e2-61d4-4c2b-8e7f-5a9d0c1e2f34"})")
                << u"emails"_s;
        QTest::newRow("emails empty")
                << QByteArray(R"({"id":"8e9d9554-3372-4692-bc10-1594b1e29d39",)"
                              R"("orgId":"b3a8f9e2-61d4-4c2b-8e7f-5a9d0c1e2f34","emails":[]})")
                << u"emails"_s;
        QTest::newRow("id a number")
                << QByteArray(R"({"id":42,"orgId":"b3a8f9e2-61d4-4c2b-8e7f-5a9d0c1e2f34",)"
                              R"("emails":["a@b.c"]})")
                << u"id"_s;
    }
    void fetchMe_replyWithUndecodableId_isUnexpectedShape()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        // A 200 with a crafted body, served by the simulator's status fault.
        QVERIFY(m_sim->injectFault({{u"path"_s, u"^/v1/people/me$"_s},
                                    {u"kind"_s, u"status"_s},
                                    {u"status"_s, 200},
                                    {u"body"_s, QString::fromUtf8(body)},
                                    {u"count"_s, 1}}) > 0);
        Test::FakeTokenProvider tokens(QString::fromLatin1(m_sim->token(u"cc"_s, kAna)));
        const auto me = fetchMe(&tokens);
        QVERIFY(me.has_value());
        QVERIFY(!me->ok());
        QCOMPARE(me->error().kind(), Net::ApiError::Kind::UnexpectedShape);
        QVERIFY2(me->error().detail().contains(field), qPrintable(me->error().detail()));
    }

    void fetchMe_malformedJson_isMalformedJson()
    {
        QVERIFY(m_sim->injectFault({{u"path"_s, u"^/v1/people/me$"_s},
                                    {u"kind"_s, u"malformed"_s},
                                    {u"count"_s, 1}}) > 0);
        Test::FakeTokenProvider tokens(QString::fromLatin1(m_sim->token(u"cc"_s, kAna)));
        const auto me = fetchMe(&tokens);
        QVERIFY(me.has_value());
        QVERIFY(!me->ok());
        QCOMPARE(me->error().kind(), Net::ApiError::Kind::MalformedJson);
    }
};

QTEST_GUILESS_MAIN(TestCcIdentity)
#include "tst_ccidentity.moc"
