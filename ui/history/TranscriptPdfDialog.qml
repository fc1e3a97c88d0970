pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Pilothouse.Components
import Pilothouse.Models as Models

// "Save as PDF…" of the open conversation: its transcript printed from the cache, with or without
// internal notes and whispers. Stays open while it writes (progress, Cancel) and says how it went.
Popup {
    id: root

    required property Models.HistoryModel history
    readonly property Models.ExportJob exporter: history.exporter
    property string conversationId
    property string result
    property bool waiting: false

    function openFor(id: string) {
        conversationId = id
        result = ""
        waiting = false
        open()
    }

    parent: Overlay.overlay
    anchors.centerIn: parent
    modal: true
    focus: true
    padding: Theme.spaceXl
    contentWidth: 400
    background: Rectangle {
        radius: Theme.radiusL
        color: Theme.surface
        border.color: Theme.border
    }

    ColumnLayout {
        width: root.availableWidth
        spacing: Theme.spaceS
        Text {
            Layout.bottomMargin: Theme.spaceXs
            text: qsTr("Save the transcript as PDF")
            color: Theme.text
            font.pixelSize: Theme.fontTitle
            font.weight: Font.DemiBold
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
        CheckChoice {
            id: internal
            objectName: "transcriptPdfInternal"
            checked: true
            enabled: !root.waiting
            text: qsTr("Include internal notes and whispers")
        }
        Text {
            objectName: "transcriptPdfResult"
            Layout.fillWidth: true
            visible: text.length > 0
            text: root.waiting ? qsTr("Saving… %1 %").arg(Math.round(root.exporter.progress * 100)) : root.result
            textFormat: Text.PlainText
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
        }
        RowLayout {
            Layout.topMargin: Theme.spaceM
            Layout.alignment: Qt.AlignRight
            spacing: Theme.spaceS
            ActionButton {
                quiet: true
                text: root.waiting ? qsTr("Cancel") : qsTr("Close")
                onClicked: root.waiting ? root.exporter.cancel() : root.close()
            }
            ActionButton {
                objectName: "transcriptPdfChoose"
                primary: true
                visible: !root.waiting
                enabled: !root.exporter.busy
                text: qsTr("Choose a file…")
                onClicked: dialog.open()
            }
        }
    }

    FileDialog {
        id: dialog
        fileMode: FileDialog.SaveFile
        title: qsTr("Save the transcript as PDF")
        nameFilters: [qsTr("PDF files (*.pdf)")]
        defaultSuffix: "pdf"
        onAccepted: {
            root.waiting = true
            root.history.exportTranscript(root.conversationId, dialog.selectedFile, internal.checked)
        }
    }
    Connections {
        target: root.exporter
        enabled: root.waiting
        function onFinished(ok: bool, message: string) {
            root.waiting = false
            root.result = message
        }
    }
}
