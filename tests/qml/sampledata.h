#pragma once
// Realistic sample conversations, customers and messages for the QML view tests, built as the
// ChangeBatch records the store hands to Workspace.

#include "domain/records.h"

namespace pilothouse::tests {

struct SampleData {
    models::ChangeBatch board; ///< customers and conversations
    QList<models::MessageRecord> transcript; ///< messages of `transcriptConversationId`
    QString transcriptConversationId;
    int escalatedCount = 0;
};

/// `now` anchors every timestamp so screenshots and waiting times are stable.
SampleData makeSampleData(qint64 now);

/// A customer message that tries to smuggle markup into the views.
inline constexpr auto kHostileText = "<b>bold</b> & <i>italic</i> <a href=\"x\">link</a>";

} // namespace pilothouse::tests
