import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import Pilothouse.Components
import Pilothouse.Models as Models

// "Export PDF": the whole report as the page shows it, assumptions included (PdfExport). The user
// picks a file; the export runs on a worker thread while the button shows how far it got.
ActionButton {
    id: root

    required property Models.AnalyticsReport report
    readonly property Models.PdfExport exporter: report.pdfExport

    quiet: true
    enabled: !exporter.busy
    text: exporter.busy ? qsTr("Exporting… %1 %").arg(Math.round(exporter.progress * 100)) : qsTr("Export PDF")
    Accessible.name: exporter.busy ? text : qsTr("Export the report as PDF")
    Accessible.description: qsTr("Saves every table of this page, with the period and the assumptions, as a PDF file you choose")
    onClicked: dialog.open()

    FileDialog {
        id: dialog
        fileMode: FileDialog.SaveFile
        title: qsTr("Export the report as PDF")
        nameFilters: [qsTr("PDF files (*.pdf)")]
        defaultSuffix: "pdf"
        onAccepted: root.exporter.start(dialog.selectedFile)
    }
    Connections {
        target: root.exporter
        function onFinished(error, pages) {
            root.ToolTip.show(error.length > 0 ? error : qsTr("Saved, %n page(s).", "", pages), 5000)
        }
    }
}
