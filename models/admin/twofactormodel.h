#pragma once
// The signed-in user's two-factor sign-in (docs/protocol.md 2.1, "Two-factor sign-in"), for the
// Settings page: whether it is on; turning it on (a secret shown as a QR code, drawn here from the
// otpauth:// URI with libqrencode, and as text to type, then a first code from the app); the ten
// recovery codes shown once. Asked for through the *Requested signals, which the account runtime
// wires to the REST client. The secret and the codes live only as long as the set-up is on screen.
// GUI thread.

#include "protocol/twofactor.h"

#include <QObject>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

#include <vector>

namespace pilothouse::models {

class TwoFactorModel : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Console.twoFactor holds the one state")
    Q_PROPERTY(State state READ state NOTIFY changed)
    Q_PROPERTY(bool busy READ busy NOTIFY changed)
    /// Why the last request failed, in a sentence (the server's words when it gave some).
    Q_PROPERTY(QString errorText READ errorText NOTIFY changed)
    Q_PROPERTY(int recoveryCodesLeft READ recoveryCodesLeft NOTIFY changed)
    /// The secret to type into the app, in groups of four ("JBSW Y3DP …"); "" unless setting up.
    Q_PROPERTY(QString secretText READ secretText NOTIFY changed)
    /// The QR code's side in modules; 0 unless setting up. qrDark(x, y) says which are dark.
    Q_PROPERTY(int qrSize READ qrSize NOTIFY changed)
    /// The ten recovery codes, right after the first code turned it on; empty otherwise.
    Q_PROPERTY(QStringList recoveryCodes READ recoveryCodes NOTIFY changed)

public:
    enum State {
        Unknown, ///< Not asked yet, or offline.
        Off,
        SettingUp, ///< A secret is on screen; waiting for the first code.
        On,
    };
    Q_ENUM(State)

    using QObject::QObject;

    State state() const { return m_state; }
    bool busy() const { return m_request != 0; }
    QString errorText() const { return m_error; }
    int recoveryCodesLeft() const { return m_left; }
    QString secretText() const { return m_secretText; }
    int qrSize() const { return m_qrSize; }
    QStringList recoveryCodes() const { return m_codes; }
    Q_INVOKABLE bool qrDark(int x, int y) const;

    Q_INVOKABLE void refresh();
    /// Asks the server for a new secret and shows it.
    Q_INVOKABLE void start();
    /// The first code from the app.
    Q_INVOKABLE void confirm(const QString &code);
    /// Leaves the set-up, or takes the recovery codes off the screen once written down.
    Q_INVOKABLE void dismiss();
    /// Forgets everything (sign-out); answers on their way are ignored.
    void clear();

    /// Draws `text` as a QR code (error correction M): the side in modules and the dark ones, row
    /// by row; side 0 when it cannot be encoded.
    static int encodeQr(const QByteArray &text, std::vector<bool> &modules);
    /// The QR library's version, for About.
    static QString qrLibraryVersion();

public Q_SLOTS:
    void onStatus(int requestId, const pilothouse::protocol::TwoFactorStatus &status);
    void onEnrolled(int requestId, const pilothouse::protocol::TwoFactorEnrolment &enrolment);
    void onConfirmed(int requestId, const pilothouse::protocol::RecoveryCodes &codes);
    void onFailed(int requestId, const QString &message, bool offline);

Q_SIGNALS:
    void statusRequested(int requestId);
    void enrolRequested(int requestId);
    void confirmRequested(const QString &code, int requestId);
    void changed();

private:
    int begin();
    void forgetSecret();

    State m_state = Unknown;
    QString m_error;
    int m_left = 0;
    QString m_secretText;
    int m_qrSize = 0;
    std::vector<bool> m_qr;
    QStringList m_codes;
    int m_request = 0;
    int m_nextRequest = 0;
};

} // namespace pilothouse::models
