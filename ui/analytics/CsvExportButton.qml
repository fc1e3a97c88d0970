import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import Pilothouse.Components
import Pilothouse.Models as Models

// "Export CSV" for one of the report's tables (AnalyticsReport.exportCsv): the user picks a file,
// the table is written there as the page shows it, and a short note says how it went.
ActionButton {
    id: root

    required property Models.AnalyticsReport report
    /// An AnalyticsReport.Table value.
    required property int table
    /// The table's title, for the button's name and the dialog.
    required property string tableName

    quiet: true
    text: qsTr("Export CSV")
    Accessible.name: qsTr("Export %1 as CSV").arg(tableName)
    Accessible.description: qsTr("Saves this table as a CSV file you choose")
    onClicked: dialog.open()

    FileDialog {
        id: dialog
        fileMode: FileDialog.SaveFile
        title: qsTr("Export %1 as CSV").arg(root.tableName)
        nameFilters: [qsTr("CSV files (*.csv)")]
        defaultSuffix: "csv"
        onAccepted: {
            const error = root.report.exportCsv(root.table, dialog.selectedFile)
            root.ToolTip.show(error.length > 0 ? error : qsTr("Saved."), 5000)
        }
    }
}
