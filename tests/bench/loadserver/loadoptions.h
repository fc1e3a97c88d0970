#pragma once
// pilothouse-loadserver's command line (main.cpp says what each option does). Bad values are
// refused with a sentence and exit status 2.

#include <QHostAddress>
#include <QString>
#include <QStringList>

#include <string>

namespace pilothouse::loadserver {

struct LoadOptions {
    QHostAddress address;
    quint16 port = 0;
    int conversations = 10'000;
    int messages = 50; ///< Per conversation.
    double rate = 0; ///< Live events per second after the snapshot.
    int burst = 0; ///< Conversations changing together once a second; 0 = none.
    std::string epoch = "pilothouse-loadserver-1";

    static constexpr int kMaxConversations = 1'000'000;
    /// A conversation travels whole in one snapshot part: 500 messages of at most 400 characters
    /// stay under the 1 MiB message limit.
    static constexpr int kMaxMessages = 500;
    /// A burst's 2 K events fit one `events` frame of the 500 the welcome allows.
    static constexpr int kMaxBurst = 250;
};

struct LoadOptionsResult {
    enum class Outcome { Run, ExitOk, ExitError };
    Outcome outcome = Outcome::Run;
    LoadOptions options;
    QString output; ///< Help, or the error to print.
};

/// Parses `arguments` (argv[0] included). Never exits the process itself.
LoadOptionsResult parseLoadOptions(const QStringList &arguments);

} // namespace pilothouse::loadserver
