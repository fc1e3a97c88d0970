#pragma once
// Where the signed-in session is and its bearer token, for the REST calls beside the stream
// (app/account.h): held in memory only, wiped at sign-out. GUI thread.

#include <QString>
#include <QUrl>

namespace pilothouse::app {

struct RestSession {
    QUrl server;
    QString token;

    bool signedIn() const { return !server.isEmpty() && !token.isEmpty(); }

    /// Runs `send` when there is a session to send with; otherwise `model` hears that request `id`
    /// failed as offline (started with --offline, or signed out meanwhile).
    template<typename Model, typename Send> void send(Model &model, int id, Send send) const
    {
        if (signedIn())
            send();
        else
            model.onFailed(id, QString(), true);
    }

    void wipe()
    {
        token.fill(u'\0');
        token.clear();
    }
};

} // namespace pilothouse::app
