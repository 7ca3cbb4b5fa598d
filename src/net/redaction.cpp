// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "redaction.h"

#include <QStringList>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace AgentDesk::Net {

static const auto kRedacted = u"[redacted]"_s;

bool isSecretParameter(const QString &name)
{
    static const QStringList exact = {
            u"code"_s, u"code_verifier"_s, u"assertion"_s, u"client_assertion"_s, u"sig"_s,
            u"signature"_s, u"key"_s, u"api_key"_s, u"apikey"_s, u"pwd"_s, u"passwd"_s, u"otp"_s,
            // The OAuth state proves a redirect belongs to our attempt: one-time, but secret.
            u"state"_s};
    // Substrings catch the families: access_token, refresh_token, id_token, $skiptoken,
    // client_secret, password, new_password... A false positive only costs a log detail.
    static const QStringList families = {u"token"_s, u"secret"_s, u"password"_s};
    const QString lower = name.trimmed().toLower();
    if (exact.contains(lower)) {
        return true;
    }
    for (const QString &family : families) {
        if (lower.contains(family)) {
            return true;
        }
    }
    return false;
}

QString redactedUrl(const QUrl &url)
{
    QString text = url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment)
                           .toString(QUrl::PrettyDecoded);
    if (url.hasQuery()) {
        // Rebuilt by hand from the encoded items so that an odd value cannot change how the
        // rest of the query splits.
        QStringList items;
        const auto pairs = QUrlQuery(url).queryItems(QUrl::FullyEncoded);
        for (const auto &[name, value] : pairs) {
            const QString decodedName = QUrl::fromPercentEncoding(name.toUtf8());
            items.append(isSecretParameter(decodedName) ? QString(name + u'=' + kRedacted)
                                                        : QString(name + u'=' + value));
        }
        text += u'?' + items.join(u'&');
    }
    if (url.hasFragment()) {
        text += u'#' + kRedacted;
    }
    return text;
}

} // namespace AgentDesk::Net
