// pilothouse-loadserver: a backend for measuring the console at scale (issue 16), written from
// docs/protocol.md alone (it links the protocol's codec, nothing of server/). Any user signs in
// with the demo password (app/appoptions.h); a console without a cursor gets a snapshot of N
// conversations of M messages over the last 20 days, made part by part as the socket drains, a
// console with a cursor of this epoch a replay; then live traffic at --rate events per second.
// One line on stderr per phase. Built with the tests, never run by ctest:
//
//   build/<preset>/tests/bench/pilothouse-loadserver --listen 127.0.0.1:18787
//       [--conversations 10000] [--messages 50] [--rate 0] [--burst K] [--epoch E]
//   build/<preset>/app/pilothouse --demo --server http://127.0.0.1:18787 --data-dir /tmp/console
//
// bench_firstsync (tests/bench/bench_firstsync.cpp) runs both and reads the figures.

#include "loadoptions.h"
#include "loadserver.h"
#include "say.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    using namespace pilothouse::loadserver;
    using namespace Qt::StringLiterals;
    QCoreApplication application(argc, argv);
    QCoreApplication::setApplicationName(u"pilothouse-loadserver"_s);
    const LoadOptionsResult parsed = parseLoadOptions(QCoreApplication::arguments());
    if (parsed.outcome != LoadOptionsResult::Outcome::Run) {
        const bool ok = parsed.outcome == LoadOptionsResult::Outcome::ExitOk;
        std::fprintf(ok ? stdout : stderr, "%s\n", qPrintable(parsed.output));
        return ok ? 0 : 2;
    }
    const LoadOptions &options = parsed.options;
    LoadServer server(options);
    QString error;
    if (!server.start(&error)) {
        say(error);
        return 1;
    }
    const QString authority = options.address.toString() + u':' + QString::number(server.port());
    say(u"listening on http://%1 (REST) and ws://%1/api/v1/stream: %2 conversations of %3 messages; live %4 "
        "events/s, burst %5; epoch %6"_s.arg(authority)
            .arg(options.conversations)
            .arg(options.messages)
            .arg(options.rate)
            .arg(options.burst)
            .arg(QString::fromStdString(options.epoch)));
    return QCoreApplication::exec();
}
