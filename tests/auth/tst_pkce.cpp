// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// PKCE (RFC 7636): the appendix B vector through an injected byte source, the shape of
// generated verifiers, and that every pair is new.
#include <auth/pkce.h>

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace AgentDesk;
using Auth::Pkce;

namespace {

// RFC 7636 appendix B: the 32 octets, the verifier and the S256 challenge.
constexpr unsigned char kRfcOctets[32] = {116, 24,  223, 180, 151, 153, 224, 37,  79,  250, 96,
                                          125, 216, 173, 187, 186, 22,  212, 37,  77,  105, 214,
                                          191, 240, 91,  88,  5,   88,  83,  132, 141, 121};
const QString kRfcVerifier = u"dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"_s;
const QString kRfcChallenge = u"E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"_s;

} // namespace

class TestPkce final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void generate_rfc7636Octets_giveAppendixBVerifierAndChallenge()
    {
        qsizetype asked = 0;
        const Pkce pkce = Pkce::generate([&asked](qsizetype count) {
            asked = count;
            return QByteArray(reinterpret_cast<const char *>(kRfcOctets), sizeof kRfcOctets);
        });
        QCOMPARE(asked, 32);
        QCOMPARE(pkce.verifier(), kRfcVerifier);
        QCOMPARE(pkce.challenge(), kRfcChallenge);
        QCOMPARE(Pkce::method(), u"S256"_s);
    }

    void s256Challenge_rfcVerifier_isAppendixBChallenge()
    {
        QCOMPARE(Pkce::s256Challenge(kRfcVerifier), kRfcChallenge);
        QCOMPARE(Pkce::fromVerifier(kRfcVerifier).challenge(), kRfcChallenge);
    }

    void generate_systemRandom_isWellFormedAndMatchesItsChallenge_data()
    {
        QTest::addColumn<int>("octets");
        QTest::addColumn<int>("length");
        QTest::newRow("default 32 octets") << int(Pkce::DefaultOctets) << 43;
        QTest::newRow("64 octets") << 64 << 86;
        QTest::newRow("96 octets, the longest") << int(Pkce::MaxOctets) << 128;
    }
    void generate_systemRandom_isWellFormedAndMatchesItsChallenge()
    {
        QFETCH(int, octets);
        QFETCH(int, length);
        const Pkce pkce = Pkce::generate(octets);
        QCOMPARE(pkce.verifier().size(), length);
        static const QRegularExpression unreserved(u"^[A-Za-z0-9._~-]{43,128}$"_s);
        QVERIFY2(unreserved.match(pkce.verifier()).hasMatch(), qPrintable(pkce.verifier()));
        QVERIFY(Pkce::isValidVerifier(pkce.verifier()));
        // The challenge is recomputed here independently: SHA-256, base64url, no padding.
        const QString expected = QString::fromLatin1(
                QCryptographicHash::hash(pkce.verifier().toLatin1(), QCryptographicHash::Sha256)
                        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
        QCOMPARE(pkce.challenge(), expected);
        QCOMPARE(pkce.challenge().size(), 43);
    }

    void generate_manyTimes_neverRepeats()
    {
        QSet<QString> verifiers;
        for (int i = 0; i < 1000; ++i) {
            verifiers.insert(Pkce::generate().verifier());
        }
        QCOMPARE(verifiers.size(), 1000);
    }

    void isValidVerifier_checksLengthAndCharacters_data()
    {
        QTest::addColumn<QString>("verifier");
        QTest::addColumn<bool>("valid");
        QTest::newRow("rfc") << kRfcVerifier << true;
        QTest::newRow("42 characters") << QString(42, u'a') << false;
        QTest::newRow("43 characters") << QString(43, u'a') << true;
        QTest::newRow("128 characters") << QString(128, u'~') << true;
        QTest::newRow("129 characters") << QString(129, u'a') << false;
        QTest::newRow("plus") << QString(QString(42, u'a') + u'+') << false;
        QTest::newRow("slash") << QString(QString(42, u'a') + u'/') << false;
        QTest::newRow("padding") << QString(QString(42, u'a') + u'=') << false;
        QTest::newRow("non-ascii") << QString(QString(42, u'a') + u'é') << false;
    }
    void isValidVerifier_checksLengthAndCharacters()
    {
        QFETCH(QString, verifier);
        QFETCH(bool, valid);
        QCOMPARE(Pkce::isValidVerifier(verifier), valid);
    }
};

QTEST_GUILESS_MAIN(TestPkce)
#include "tst_pkce.moc"
