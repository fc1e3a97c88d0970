import QtQuick

// A supervisor's confirmation before the customer's other open conversation is merged into the
// one on screen (conversation.merge, docs/protocol.md section 9.2): what happens, and that it
// cannot be undone. Cancel has the focus.
ConfirmDialog {
    id: dialog

    /// The conversation to merge into the open one, and its subject (the customer's own text).
    property string otherId
    property string otherSubject

    signal mergeConfirmed(string conversationId)

    function askFor(id: string, subject: string) {
        otherId = id
        otherSubject = subject
        ask()
    }

    danger: true
    title: qsTr("Merge into this conversation?")
    body: qsTr("The other conversation (%1) is closed, and its customer's messages are copied into this one, where the conversation with the customer goes on.")
          .arg(otherSubject.length > 0 ? otherSubject : qsTr("no subject"))
    warning: qsTr("This cannot be undone.")
    confirmText: qsTr("Merge")
    confirmAccessibleName: qsTr("Merge the other conversation into this one")
    cancelAccessibleName: qsTr("Cancel, keep both conversations")
    onConfirmed: if (otherId.length > 0) mergeConfirmed(otherId)
}
