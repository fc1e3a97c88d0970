// A Secret Service that hangs: owns org.freedesktop.secrets on the session bus and swallows every
// call to every object without ever answering, the way a wedged keyring daemon behaves. Prints
// "ready" once it owns the name. Used by the keychain-hang test; ends when killed.

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusError>
#include <QDBusVirtualObject>

#include <cstdio>

namespace {

class Swallower : public QDBusVirtualObject {
public:
    QString introspect(const QString &) const override { return {}; }
    // Claiming the message without replying leaves the caller waiting for its D-Bus timeout.
    bool handleMessage(const QDBusMessage &, const QDBusConnection &) override { return true; }
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QDBusConnection bus = QDBusConnection::sessionBus();
    Swallower swallower;
    if (!bus.isConnected() || !bus.registerVirtualObject(QStringLiteral("/"), &swallower, QDBusConnection::SubPath)
        || !bus.registerService(QStringLiteral("org.freedesktop.secrets"))) {
        std::fprintf(stderr, "hung_secret_service: cannot own org.freedesktop.secrets: %s\n",
            qPrintable(bus.lastError().message()));
        return 1;
    }
    std::puts("ready");
    std::fflush(stdout);
    return QCoreApplication::exec();
}
