#include "credentials/tokenstore.h"

#include "log/log.h"

#include <QTimer>

#include <qt6keychain/keychain.h>

#include <memory>

namespace pilothouse::net {

namespace {

auto logger()
{
    return pilothouse::log::get("net");
}

/// One sentence per QKeychain error that tells the user what to do about it.
QString errorMessage(QKeychain::Error error, const QString &detail)
{
    switch (error) {
    case QKeychain::NoError:
    case QKeychain::EntryNotFound:
        return {};
    case QKeychain::CouldNotDeleteEntry:
        return TokenStore::tr("The saved sign-in could not be removed from the system keychain. Remove the "
                              "\"Pilothouse\" entry with your keychain manager.");
    case QKeychain::AccessDeniedByUser:
        return TokenStore::tr("Access to the system keychain was declined. Allow Pilothouse to use the "
                              "keychain to stay signed in.");
    case QKeychain::AccessDenied:
        return TokenStore::tr("The system keychain refused access. Unlock your keychain (the login "
                              "keyring) and sign in again.");
    case QKeychain::NoBackendAvailable:
        return TokenStore::tr("No system keychain is available, so your sign-in cannot be remembered. "
                              "Install and start GNOME Keyring or KWallet, or sign in each time.");
    case QKeychain::NotImplemented:
        return TokenStore::tr("The system keychain on this computer does not support storing sign-ins. "
                              "You will need to sign in each time.");
    case QKeychain::OtherError:
        break;
    }
    return TokenStore::tr("The system keychain reported an error (%1). Check that it is running and "
                          "unlocked, then sign in again.")
        .arg(detail);
}

} // namespace

TokenStore::TokenStore(QObject *parent)
    : QObject(parent)
{ }

QString TokenStore::accountFor(const QString &user, const QUrl &server)
{
    const QString scheme = server.scheme().toLower();
    const int defaultPort = (scheme == u"https" || scheme == u"wss") ? 443 : 80;
    return user + u'@' + server.host().toLower() + u':' + QString::number(server.port(defaultPort));
}

void TokenStore::run(QKeychain::Job *job, std::function<void(QKeychain::Job *)> onFinished,
    std::function<void(const QString &)> onTimeout)
{
    // Both outcomes race; whichever comes first wins and the other is ignored. The job has no
    // parent and deletes itself when it finishes: deleting a job still waiting on D-Bus is unsafe.
    auto settled = std::make_shared<bool>(false);
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    const auto seconds = std::max<qint64>(1, (m_timeout.count() + 999) / 1000);
    connect(timer, &QTimer::timeout, this, [settled, timer, onTimeout, seconds] {
        timer->deleteLater();
        if (*settled)
            return;
        *settled = true;
        logger()->warn("keychain did not answer within {} s", seconds);
        onTimeout(tr("The system keychain did not answer in time. Check that it is running and unlocked, "
                     "then sign in again."));
    });
    connect(job, &QKeychain::Job::finished, this, [settled, timer, onFinished](QKeychain::Job *finished) {
        if (*settled) {
            logger()->info("ignoring a keychain result that arrived after its timeout");
            return;
        }
        *settled = true;
        timer->stop();
        timer->deleteLater();
        onFinished(finished);
    });
    job->setAutoDelete(true);
    timer->start(m_timeout);
    job->start();
}

void TokenStore::save(const QString &account, const QString &token)
{
    auto *job = new QKeychain::WritePasswordJob(QString::fromLatin1(kService));
    job->setKey(account);
    job->setTextData(token);
    logger()->debug("keychain: saving the token of {}", account.toStdString());
    run(
        job,
        [this](QKeychain::Job *finished) {
            const bool ok = finished->error() == QKeychain::NoError;
            if (!ok)
                logger()->warn("keychain save failed: {}", finished->errorString().toStdString());
            else
                logger()->debug("keychain: token saved");
            Q_EMIT saved(ok, errorMessage(finished->error(), finished->errorString()));
        },
        [this](const QString &message) { Q_EMIT saved(false, message); });
}

void TokenStore::load(const QString &account)
{
    auto *job = new QKeychain::ReadPasswordJob(QString::fromLatin1(kService));
    job->setKey(account);
    logger()->debug("keychain: loading the token of {}", account.toStdString());
    run(
        job,
        [this](QKeychain::Job *finished) {
            const auto error = finished->error();
            if (error == QKeychain::EntryNotFound) {
                logger()->debug("keychain: no token stored");
                Q_EMIT loaded(true, QString(), QString());
                return;
            }
            if (error != QKeychain::NoError) {
                logger()->warn("keychain load failed: {}", finished->errorString().toStdString());
                Q_EMIT loaded(false, QString(), errorMessage(error, finished->errorString()));
                return;
            }
            logger()->debug("keychain: token found");
            Q_EMIT loaded(true, static_cast<QKeychain::ReadPasswordJob *>(finished)->textData(), QString());
        },
        [this](const QString &message) { Q_EMIT loaded(false, QString(), message); });
}

void TokenStore::remove(const QString &account)
{
    auto *job = new QKeychain::DeletePasswordJob(QString::fromLatin1(kService));
    job->setKey(account);
    run(
        job,
        [this](QKeychain::Job *finished) {
            const auto error = finished->error();
            // Nothing stored is what a removal wants.
            const bool ok = error == QKeychain::NoError || error == QKeychain::EntryNotFound;
            if (!ok)
                logger()->warn("keychain remove failed: {}", finished->errorString().toStdString());
            Q_EMIT removed(ok, errorMessage(error, finished->errorString()));
        },
        [this](const QString &message) { Q_EMIT removed(false, message); });
}

} // namespace pilothouse::net
