import QtQuick
import QtQuick.Layouts
import Pilothouse.Components
import Pilothouse.Models

// One colleague in the team view: who, their role, their presence and since when, how many
// conversations they hold and how long their longest-waiting customer has waited.
Rectangle {
    id: row

    required property string userName
    required property string displayName
    required property string roleText
    required property int presence
    required property string presenceText
    required property int presenceTone
    required property double since
    required property int held
    required property double oldestWaitingSince
    required property bool isSelf

    implicitHeight: Theme.compactRows ? Theme.scaled(44) : Theme.scaled(56)
    color: Theme.surface

    Accessible.role: Accessible.ListItem
    Accessible.name: [row.displayName, row.presenceText,
                      qsTr("%n conversation(s)", "", row.held)].join(", ")

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.spaceL
        anchors.rightMargin: Theme.spaceL
        spacing: Theme.spaceM

        Item {
            implicitWidth: avatar.width
            implicitHeight: avatar.height
            Avatar {
                id: avatar
                name: row.displayName
                size: Theme.scaled(32)
                opacity: row.presence === Presence.Offline || row.presence === Presence.Unknown ? 0.55 : 1
            }
            // The presence dot on the avatar, in the presence's tone.
            Rectangle {
                width: Theme.scaled(10)
                height: width
                radius: width / 2
                anchors.right: avatar.right
                anchors.bottom: avatar.bottom
                color: row.presence === Presence.Unknown ? Theme.textFaint : Theme.toneColor(row.presenceTone)
                border.width: 2
                border.color: Theme.surface
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            spacing: Theme.spaceXxs
            Text {
                Layout.fillWidth: true
                text: row.isSelf ? qsTr("%1 (you)").arg(row.displayName) : row.displayName
                textFormat: Text.PlainText
                elide: Text.ElideRight
                color: Theme.text
                font.pixelSize: Theme.fontBody
                font.weight: Font.DemiBold
            }
            Text {
                Layout.fillWidth: true
                text: row.since > 0 && row.presence !== Presence.Unknown
                      ? qsTr("%1 · %2 since %3").arg(row.roleText).arg(row.presenceText)
                                                      .arg(new Date(row.since).toLocaleTimeString(Qt.locale(), Locale.ShortFormat))
                      : row.roleText.length > 0 ? qsTr("%1 · %2").arg(row.roleText).arg(row.presenceText) : row.presenceText
                textFormat: Text.PlainText
                elide: Text.ElideRight
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
            }
        }

        ColumnLayout {
            Layout.alignment: Qt.AlignRight | Qt.AlignVCenter
            spacing: Theme.spaceXxs
            Text {
                objectName: "heldCount"
                Layout.alignment: Qt.AlignRight
                text: row.held === 0 ? qsTr("No conversations") : qsTr("%n conversation(s)", "", row.held)
                color: row.held === 0 ? Theme.textFaint : Theme.text
                font.pixelSize: Theme.fontSmall
            }
            WaitingTime {
                Layout.alignment: Qt.AlignRight
                visible: row.oldestWaitingSince > 0
                since: row.oldestWaitingSince
                prefix: qsTr("oldest wait")
                bold: false
            }
        }
    }

    Rectangle {
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        height: 1
        color: Theme.border
    }
}
