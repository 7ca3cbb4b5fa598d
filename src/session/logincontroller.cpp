// SPDX-FileCopyrightText: 2026 AgentDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "logincontroller.h"

#include "contactcenterservices.h"

#include <auth/oautherror.h>
#include <auth/oauthprovider.h>
#include <auth/tokenstoreerror.h>
#include <cc/agentstateevents.h>
#include <cc/commandoutcome.h>
#include <core/preferencesstore.h>
#include <core/stationloginfailure.h>

#include <QLoggingCategory>
#include <QSettings>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcLogin, "agentdesk.session.login", QtInfoMsg)

namespace AgentDesk::Session {

namespace {
const auto kLastAccountKey = u"session/lastAccount"_s;
}

LoginController::LoginController(ContactCenterServices *services, QSettings *settings,
                                 QObject *parent)
    : QObject(parent)
    , m_services(services)
    , m_settings(settings)
{
    Auth::OAuthSession &session = m_services->session();
    connect(&session, &Auth::OAuthSession::signedIn, this, [this] {
        if (m_step == Step::Restoring || m_step == Step::Redeeming) {
            onSessionSignedIn();
        }
    });
    connect(&session, &Auth::OAuthSession::signInFailed, this,
            [this](const Auth::OAuthError &error) {
                if (m_step == Step::Restoring) {
                    // Whatever stopped the silent sign-in, the browser can still work.
                    openBrowser();
                } else if (m_step == Step::Redeeming) {
                    fail(error.message());
                }
            });
    connect(&session, &Auth::OAuthSession::expired, this, [this] {
        if (m_step == Step::Restoring) {
            openBrowser();
        }
    });
    connect(&session, &Auth::OAuthSession::storeFailed, this,
            [this](const Auth::TokenStoreError &error) {
                if (error.kind() != Auth::TokenStoreError::Kind::NotFound) {
                    Q_EMIT keychainProblem(error.message());
                }
                if (m_step == Step::Restoring) {
                    openBrowser();
                }
            });

    Cc::NotificationChannel &channel = m_services->channel();
    connect(&channel, &Cc::NotificationChannel::opened, this, [this] {
        if (m_step == Step::Connecting) {
            choosePreferences();
        }
    });
    connect(&channel, &Cc::NotificationChannel::openFailed, this, [this](const QString &message) {
        if (m_step == Step::Connecting) {
            fail(message);
        }
    });
}

LoginController::~LoginController() = default;

void LoginController::setStep(Step step)
{
    if (m_step != step) {
        m_step = step;
        qCDebug(lcLogin) << "step" << step;
        Q_EMIT stepChanged(step);
    }
}

void LoginController::start()
{
    if (m_step != Step::Idle) {
        return;
    }
    if (m_services->session().isSignedIn()) {
        // Signing in again after a station logout: the tokens are still good.
        onSessionSignedIn();
        return;
    }
    const QString lastAccount = m_settings->value(kLastAccountKey).toString();
    if (lastAccount.isEmpty()) {
        openBrowser();
        return;
    }
    setStep(Step::Restoring);
    m_services->session().restore(lastAccount);
}

void LoginController::openBrowser()
{
    // A new attempt every time: state and verifier are never reused.
    m_attempt.emplace(Auth::OAuthProvider::contactCenter(m_services->endpoints()));
    const QString lastAccount = m_settings->value(kLastAccountKey).toString();
    if (!lastAccount.isEmpty()) {
        m_attempt->setLoginHint(lastAccount);
    }
    setStep(Step::Browser);
    const Auth::AuthorizationAttempt attempt = *m_attempt;
    Q_EMIT browserSignInRequested(attempt.authorizeUrl(),
                                  [attempt](const QUrl &url) { return attempt.isRedirect(url); });
}

void LoginController::completeBrowserSignIn(const QUrl &redirectUrl)
{
    if (m_step != Step::Browser || !m_attempt) {
        return;
    }
    const Auth::AuthorizationOutcome outcome = m_attempt->handleRedirect(redirectUrl);
    if (!outcome.hasCode()) {
        qCInfo(lcLogin) << "browser sign-in ended without a code:"
                        << Auth::AuthorizationOutcome::kindName(outcome.kind());
        fail(outcome.message());
        return;
    }
    setStep(Step::Redeeming);
    m_services->session().completeSignIn(*m_attempt, outcome.code());
}

void LoginController::cancelBrowserSignIn()
{
    if (m_step == Step::Browser) {
        fail(tr("Sign-in was cancelled."));
    }
}

void LoginController::onSessionSignedIn()
{
    setStep(Step::LoadingProfile);
    m_services->identity().fetchMe(this, [this](const Cc::CcResult<Cc::CcPerson> &me) {
        if (!me.ok()) {
            fail(me.error().message());
            return;
        }
        m_person = me.value();
        const QString account = m_person.primaryEmail().toLower();
        // Now the refresh token has a name in the keychain, and the next start can use it.
        m_services->session().setAccount(account);
        m_settings->setValue(kLastAccountKey, account);
        loadProfile();
    });
}

void LoginController::loadProfile()
{
    m_pendingLookups = 2;
    m_lookupError.clear();
    const auto lookupDone = [this](const QString &error) {
        if (!error.isEmpty() && m_lookupError.isEmpty()) {
            m_lookupError = error;
        }
        if (--m_pendingLookups == 0) {
            onProfileLoaded();
        }
    };
    m_services->client().fetchDesktopProfile(
            m_person.orgId, m_person.id, this,
            [this, lookupDone](const Cc::CcResult<Core::DesktopProfile> &profile) {
                if (profile.ok()) {
                    m_profile = profile.value();
                }
                lookupDone(profile.ok() ? QString() : profile.error().message());
            });
    m_services->client().fetchDialPlan(
            m_person.orgId, this,
            [this, lookupDone](const Cc::CcResult<QList<Core::DialPlanEntry>> &plan) {
                // Without a dial plan the client does not check; the server still decides.
                m_dialPlan = plan.ok() ? Core::DialPlan(plan.value()) : Core::DialPlan();
                if (!plan.ok()) {
                    qCWarning(lcLogin) << "no dial plan; numbers are checked by the server only";
                }
                lookupDone({});
            });
}

void LoginController::onProfileLoaded()
{
    if (!m_lookupError.isEmpty()) {
        fail(m_lookupError);
        return;
    }
    if (m_profile.agentId.isEmpty()) {
        m_profile.agentId = m_person.id;
    }
    m_rules.emplace(m_profile, m_dialPlan);
    connectChannel();
}

void LoginController::connectChannel()
{
    setStep(Step::Connecting);
    Cc::NotificationChannel &channel = m_services->channel();
    if (channel.isOpen()) {
        choosePreferences();
    } else {
        channel.open();
    }
}

void LoginController::choosePreferences()
{
    const Core::PreferencesStore store(*m_settings);
    const Core::InteractionPreferences saved = store.load(m_person.primaryEmail().toLower());
    const Core::AutoSignInDecision decision = m_rules->autoSignIn(saved);
    if (decision.attempt) {
        qCInfo(lcLogin) << "signing in with the saved preferences";
        sendStationLogin(decision.preferences, true);
        return;
    }
    setStep(Step::Preferences);
    Q_EMIT preferencesRequested(*m_rules, m_rules->initialForm(saved),
                                Core::FieldProblem{Core::LoginField::Form, decision.reason});
}

void LoginController::submitPreferences(const Core::InteractionPreferences &preferences)
{
    if (m_step != Step::Preferences || !m_rules) {
        return;
    }
    const Core::LoginFormCheck check = m_rules->validate(preferences);
    if (!check.canSaveAndContinue()) {
        Q_EMIT stationLoginFailed(check.problems.value(0));
        return;
    }
    sendStationLogin(check.preferences, false);
}

void LoginController::sendStationLogin(const Core::InteractionPreferences &preferences,
                                       bool automatic)
{
    setStep(Step::StationLogin);
    const bool sent = m_services->client().stationLogin(
            preferences, m_profile.agentId, this,
            [this, preferences, automatic](const Cc::CommandOutcome &outcome) {
                if (outcome.isSuccess()) {
                    Core::PreferencesStore store(*m_settings);
                    store.save(m_person.primaryEmail().toLower(), preferences);
                    m_preferences = preferences;
                    if (outcome.event()) {
                        m_loginEvent = Cc::AgentStateEvents::read(*outcome.event());
                    }
                    setStep(Step::SignedIn);
                    qCInfo(lcLogin) << "station login succeeded";
                    Q_EMIT signedIn();
                    return;
                }
                Core::FieldProblem problem;
                switch (outcome.kind()) {
                case Cc::CommandOutcome::Kind::Failed:
                    problem = Core::StationLoginFailure::problem(outcome.reason(),
                                                                 preferences.device);
                    break;
                case Cc::CommandOutcome::Kind::Rejected:
                    problem = {Core::LoginField::Form, outcome.error()->message()};
                    break;
                case Cc::CommandOutcome::Kind::TimedOut:
                case Cc::CommandOutcome::Kind::Succeeded:
                    problem = {Core::LoginField::Form,
                               tr("The contact center did not confirm the station login in "
                                  "time. Try again.")};
                    break;
                }
                qCInfo(lcLogin) << "station login failed:"
                                << Cc::CommandOutcome::kindName(outcome.kind()) << outcome.reason();
                setStep(Step::Preferences);
                if (automatic) {
                    // Auto sign-in failed: the form appears, prefilled with what was saved,
                    // with the server's reason.
                    Core::InteractionPreferences form = m_rules->initialForm(preferences);
                    Q_EMIT preferencesRequested(*m_rules, form, problem);
                } else {
                    Q_EMIT stationLoginFailed(problem);
                }
            });
    if (!sent) {
        qCDebug(lcLogin) << "station login already in flight";
    }
}

void LoginController::fail(const QString &message)
{
    m_attempt.reset();
    setStep(Step::Idle);
    Q_EMIT failed(message);
}

void LoginController::restart()
{
    m_services->channel().close();
    m_attempt.reset();
    m_loginEvent.reset();
    setStep(Step::Idle);
}

void LoginController::reset()
{
    m_services->channel().close();
    m_services->session().signOut();
    m_attempt.reset();
    m_rules.reset();
    m_person = {};
    m_profile = {};
    setStep(Step::Idle);
}

} // namespace AgentDesk::Session
