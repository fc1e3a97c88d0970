#include "admin/twofactormodel.h"

#include <qrencode.h>

namespace pilothouse::models {

int TwoFactorModel::encodeQr(const QByteArray &text, std::vector<bool> &modules)
{
    modules.clear();
    QRcode *code = QRcode_encodeString(text.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1);
    if (!code)
        return 0;
    const int side = code->width;
    modules.reserve(std::size_t(side) * std::size_t(side));
    for (int i = 0; i < side * side; ++i)
        modules.push_back(code->data[i] & 1); // bit 0: dark
    QRcode_free(code);
    return side;
}

QString TwoFactorModel::qrLibraryVersion()
{
    return QString::fromLatin1(QRcode_APIVersionString());
}

bool TwoFactorModel::qrDark(int x, int y) const
{
    if (x < 0 || y < 0 || x >= m_qrSize || y >= m_qrSize)
        return false;
    return m_qr[std::size_t(y) * std::size_t(m_qrSize) + std::size_t(x)];
}

int TwoFactorModel::begin()
{
    m_request = ++m_nextRequest;
    m_error.clear();
    Q_EMIT changed();
    return m_request;
}

void TwoFactorModel::forgetSecret()
{
    m_secretText.fill(u' ');
    m_secretText.clear();
    std::fill(m_qr.begin(), m_qr.end(), false);
    m_qr.clear();
    m_qrSize = 0;
}

void TwoFactorModel::refresh()
{
    Q_EMIT statusRequested(begin());
}

void TwoFactorModel::start()
{
    if (m_state == On)
        return;
    m_codes.clear();
    Q_EMIT enrolRequested(begin());
}

void TwoFactorModel::confirm(const QString &code)
{
    if (m_state != SettingUp)
        return;
    if (code.trimmed().isEmpty()) {
        m_error = tr("Enter the 6-digit code the app shows.");
        Q_EMIT changed();
        return;
    }
    Q_EMIT confirmRequested(code, begin());
}

void TwoFactorModel::dismiss()
{
    forgetSecret();
    m_codes.clear();
    m_error.clear();
    if (m_state == SettingUp)
        m_state = Off;
    Q_EMIT changed();
}

void TwoFactorModel::clear()
{
    forgetSecret();
    m_codes.clear();
    m_error.clear();
    m_state = Unknown;
    m_left = 0;
    m_request = 0;
    Q_EMIT changed();
}

void TwoFactorModel::onStatus(int requestId, const protocol::TwoFactorStatus &status)
{
    if (requestId != m_request)
        return;
    m_request = 0;
    m_left = status.recoveryCodesLeft;
    if (m_state != SettingUp || status.enabled)
        m_state = status.enabled ? On : Off;
    Q_EMIT changed();
}

void TwoFactorModel::onEnrolled(int requestId, const protocol::TwoFactorEnrolment &enrolment)
{
    if (requestId != m_request)
        return;
    m_request = 0;
    const QString secret = QString::fromStdString(enrolment.secret);
    m_secretText.clear();
    for (qsizetype i = 0; i < secret.size(); i += 4)
        m_secretText += (i ? QStringLiteral(" ") : QString()) + secret.mid(i, 4);
    m_qrSize = encodeQr(QByteArray::fromStdString(enrolment.uri), m_qr);
    m_state = SettingUp;
    Q_EMIT changed();
}

void TwoFactorModel::onConfirmed(int requestId, const protocol::RecoveryCodes &codes)
{
    if (requestId != m_request)
        return;
    m_request = 0;
    forgetSecret();
    m_codes.clear();
    for (const std::string &code : codes.codes)
        m_codes.append(QString::fromStdString(code));
    m_left = int(m_codes.size());
    m_state = On;
    Q_EMIT changed();
}

void TwoFactorModel::onFailed(int requestId, const QString &message, bool offline)
{
    if (requestId != m_request)
        return;
    m_request = 0;
    m_error = offline ? tr("Two-factor sign-in is set up while connected to the server.") : message;
    Q_EMIT changed();
}

} // namespace pilothouse::models
