pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Pilothouse.Components
import Pilothouse.Models as Models

// How far two reviewers agree where both labelled a reply: Cohen's kappa for the verdict and for
// each reason, in words as well as figures. A pair is chosen when more than two people review.
Rectangle {
    id: panel

    required property Models.ReviewModel review
    property int pairIndex: 0
    readonly property var pair: review.agreement.length > 0
                                ? review.agreement[Math.min(pairIndex, review.agreement.length - 1)] : null

    implicitHeight: content.implicitHeight + 2 * Theme.spaceL
    radius: Theme.radiusL
    color: Theme.surface
    border.color: Theme.border

    ColumnLayout {
        id: content
        anchors.fill: parent
        anchors.margins: Theme.spaceL
        spacing: Theme.spaceS

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spaceS
            Text {
                Layout.fillWidth: true
                text: qsTr("Agreement between reviewers")
                color: Theme.text
                font.pixelSize: Theme.fontTitle
                font.weight: Font.DemiBold
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            SelectBox {
                objectName: "agreementPair"
                visible: panel.review.agreement.length > 1
                model: panel.review.agreement
                textRole: "title"
                currentIndex: panel.pairIndex
                onActivated: index => panel.pairIndex = index
                Accessible.name: qsTr("Reviewers compared")
            }
        }
        Text {
            Layout.fillWidth: true
            text: panel.pair ? qsTr("%1: %2. Cohen's kappa: 1 is full agreement, 0 what chance alone would give.").arg(panel.pair.title).arg(panel.pair.summary)
                             : qsTr("No reply has been labelled by two reviewers yet. The daily sample is the same in every console: reviewing it gives the replies to compare.")
            textFormat: Text.PlainText
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
        }
        GridLayout {
            objectName: "agreementTable"
            Layout.fillWidth: true
            visible: panel.pair !== null
            columns: 4
            columnSpacing: Theme.spaceL
            rowSpacing: Theme.spaceXs
            Accessible.role: Accessible.Table
            Accessible.name: qsTr("Agreement by reason")
            Repeater {
                model: panel.pair ? panel.pair.rows : []
                delegate: Text {
                    required property var modelData
                    required property int index
                    Layout.row: index
                    Layout.column: 0
                    Layout.fillWidth: true
                    text: modelData.text
                    color: Theme.text
                    font.pixelSize: Theme.fontSmall
                    elide: Text.ElideRight
                    Accessible.name: qsTr("%1: kappa %2, %3, %4").arg(modelData.text).arg(modelData.kappa).arg(modelData.strength).arg(modelData.detail)
                }
            }
            Repeater {
                model: panel.pair ? panel.pair.rows : []
                delegate: Text {
                    required property var modelData
                    required property int index
                    Layout.row: index
                    Layout.column: 1
                    Layout.alignment: Qt.AlignRight
                    text: modelData.kappa
                    color: modelData.defined ? Theme.text : Theme.textFaint
                    font.pixelSize: Theme.fontSmall
                    font.weight: Font.DemiBold
                }
            }
            Repeater {
                model: panel.pair ? panel.pair.rows : []
                delegate: Text {
                    required property var modelData
                    required property int index
                    Layout.row: index
                    Layout.column: 2
                    text: modelData.strength
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontSmall
                }
            }
            Repeater {
                model: panel.pair ? panel.pair.rows : []
                delegate: Text {
                    required property var modelData
                    required property int index
                    Layout.row: index
                    Layout.column: 3
                    text: modelData.detail
                    color: Theme.textFaint
                    font.pixelSize: Theme.fontSmall
                }
            }
        }
        Text {
            Layout.fillWidth: true
            visible: text.length > 0
            text: panel.pair ? panel.pair.unnamed : ""
            textFormat: Text.PlainText
            color: Theme.textFaint
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
        }
    }
}
