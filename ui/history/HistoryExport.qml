pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Pilothouse.Components
import Pilothouse.Models as Models

// "Export" on the History page: the rows the list shows, as a spreadsheet (CSV, one row per
// conversation), as full transcripts (JSON Lines), or printed (PDF), optionally with e-mail
// addresses, phone and card numbers redacted and without internal notes. Runs on a worker thread;
// the button shows how far it got and cancels it, and the result stays beside it.
RowLayout {
    id: root

    required property Models.HistoryModel history
    readonly property Models.ExportJob exporter: history.exporter
    property string result

    spacing: Theme.spaceS

    Text {
        objectName: "historyExportResult"
        Layout.maximumWidth: 360
        visible: root.result.length > 0 && !root.exporter.busy
        text: root.result
        textFormat: Text.PlainText
        color: Theme.textMuted
        font.pixelSize: Theme.fontSmall
        wrapMode: Text.Wrap
        maximumLineCount: 2
        elide: Text.ElideRight
    }
    ActionButton {
        objectName: "historyExportButton"
        quiet: true
        enabled: root.exporter.busy || root.history.count > 0
        text: root.exporter.busy ? qsTr("Cancel export (%1 %)").arg(Math.round(root.exporter.progress * 100))
                                 : qsTr("Export…")
        Accessible.name: root.exporter.busy ? text : qsTr("Export the listed conversations")
        onClicked: root.exporter.busy ? root.exporter.cancel() : options.open()
    }

    Popup {
        id: options
        objectName: "historyExportOptions"
        parent: Overlay.overlay
        anchors.centerIn: parent
        modal: true
        focus: true
        padding: Theme.spaceXl
        background: Rectangle {
            radius: Theme.radiusL
            color: Theme.surface
            border.color: Theme.border
        }

        ColumnLayout {
            width: Math.min(implicitWidth, 520)
            spacing: Theme.spaceXs
            Text {
                Layout.bottomMargin: Theme.spaceS
                text: qsTr("Export %n conversation(s)", "", root.history.count)
                color: Theme.text
                font.pixelSize: Theme.fontTitle
                font.weight: Font.DemiBold
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            ButtonGroup { id: formats }
            RadioChoice {
                id: csv
                checked: true
                ButtonGroup.group: formats
                text: qsTr("Spreadsheet (CSV): one row per conversation")
            }
            RadioChoice {
                id: jsonl
                ButtonGroup.group: formats
                text: qsTr("Full transcripts (JSON Lines): every message with its confidence and tools")
            }
            RadioChoice {
                id: pdf
                ButtonGroup.group: formats
                text: qsTr("Printed transcripts (PDF)")
            }
            CheckChoice {
                id: redact
                text: qsTr("Redact e-mail addresses, phone numbers and card numbers")
            }
            CheckChoice {
                id: internal
                checked: true
                enabled: !csv.checked
                text: qsTr("Include internal notes and whispers")
            }
            RowLayout {
                Layout.topMargin: Theme.spaceM
                Layout.alignment: Qt.AlignRight
                spacing: Theme.spaceS
                ActionButton {
                    quiet: true
                    text: qsTr("Cancel")
                    onClicked: options.close()
                }
                ActionButton {
                    objectName: "historyExportChoose"
                    primary: true
                    text: qsTr("Choose a file…")
                    onClicked: {
                        options.close()
                        dialog.open()
                    }
                }
            }
        }
    }

    FileDialog {
        id: dialog
        fileMode: FileDialog.SaveFile
        title: qsTr("Export the listed conversations")
        nameFilters: csv.checked ? [qsTr("CSV files (*.csv)")] : jsonl.checked ? [qsTr("JSON Lines files (*.jsonl)")]
                                                                              : [qsTr("PDF files (*.pdf)")]
        defaultSuffix: csv.checked ? "csv" : jsonl.checked ? "jsonl" : "pdf"
        onAccepted: root.history.exportRows(csv.checked ? Models.ExportJob.Csv : jsonl.checked ? Models.ExportJob.JsonLines
                                                                                              : Models.ExportJob.Pdf,
                                            dialog.selectedFile, redact.checked, internal.checked)
    }
    Connections {
        target: root.exporter
        function onFinished(ok: bool, message: string) { root.result = message }
    }
}
