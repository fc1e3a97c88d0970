#pragma once
// The hostile cache for tst_hostile_text: one customer whose every free-text field tries markup
// (a remote <img>, an <a href>, <b>), bidi overrides, embeddings and isolates, and control
// characters; one escalated conversation with a transcript, an earlier one, and an order.

#include "protocol/frames.h"

#include <QList>
#include <QString>

namespace pilothouse::tests::hostile {

/// Bidi and control characters the fields carry (as UTF-16 code units).
inline constexpr char16_t kRlo = 0x202E; ///< RIGHT-TO-LEFT OVERRIDE
inline constexpr char16_t kLro = 0x202D;
inline constexpr char16_t kRle = 0x202B;
inline constexpr char16_t kPdf = 0x202C;
inline constexpr char16_t kRli = 0x2067;
inline constexpr char16_t kPdi = 0x2069;

/// One hostile field: where it appears and what it holds on the wire.
struct Field {
    QString where; ///< e.g. "customer name"
    QString raw; ///< As the server sent it (and as the cache keeps it).
    bool board = false; ///< Shown on the board.
    bool conversation = false; ///< Shown in the conversation (transcript or customer panel).
    bool queue = false; ///< Shown in the queue.
};

struct Data {
    protocol::Snapshot snapshot;
    QString conversationId; ///< The escalated conversation.
    QString earlierConversationId;
    QString customerId;
    QList<Field> fields;
};

/// Every URL in the data points at 127.0.0.1:`port`, the listener that must stay silent.
Data make(quint16 port, qint64 now);

} // namespace pilothouse::tests::hostile
