pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Pilothouse.Components
import Pilothouse.Models as Models

// Audit log (admins): who did what, when and from where, newest first, read from the server a
// page at a time: sign-ins and their failures, lockouts, commands applied and refused, rule and
// cost model changes, exports, the users tool. Filters by user, action, outcome and period;
// exports every matching entry as CSV. The log stays on the server: offline, the page says so.
Rectangle {
    id: page

    required property Models.AuditModel audit
    property bool offline: false

    color: Theme.window

    // Asked for when first shown, and again whenever a filter changes.
    onVisibleChanged: if (visible && audit.state === Models.AuditModel.Idle) audit.reload()
    Component.onCompleted: if (visible && audit.state === Models.AuditModel.Idle) audit.reload()
    Connections {
        target: page.audit
        function onFilterChanged() { page.audit.reload() }
    }

    AuditColumns {
        id: widths
        width: page.width - 2 * Theme.spaceXl
    }

    component Title: Text {
        color: Theme.textMuted
        font.pixelSize: Theme.fontCaption
        font.weight: Font.DemiBold
        elide: Text.ElideRight
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spaceM

        RowLayout {
            Layout.fillWidth: true
            Layout.topMargin: Theme.spaceXl
            Layout.leftMargin: Theme.spaceXl
            Layout.rightMargin: Theme.spaceXl
            spacing: Theme.spaceM
            ColumnLayout {
                Layout.fillWidth: true
                spacing: Theme.spaceXxs
                Text {
                    text: qsTr("Audit log")
                    color: Theme.text
                    font.pixelSize: Theme.fontDisplay
                    font.weight: Font.DemiBold
                    Accessible.role: Accessible.Heading
                    Accessible.name: text
                }
                Text {
                    objectName: "auditSummary"
                    Layout.fillWidth: true
                    text: page.audit.summaryText.length > 0
                          ? qsTr("Who did what, when and from where. %1").arg(page.audit.summaryText)
                          : qsTr("Who did what, when and from where.")
                    textFormat: Text.PlainText
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontSmall
                    elide: Text.ElideRight
                }
            }
            ActionButton {
                quiet: true
                visible: page.audit.filtered
                text: qsTr("Clear filters")
                onClicked: page.audit.resetFilters()
            }
            ActionButton {
                objectName: "auditRefresh"
                quiet: true
                text: qsTr("Refresh")
                Accessible.name: qsTr("Refresh the audit log")
                enabled: page.audit.state !== Models.AuditModel.Loading
                onClicked: page.audit.reload()
            }
            ActionButton {
                objectName: "auditExport"
                text: page.audit.exporting ? qsTr("Exporting…") : qsTr("Export CSV")
                Accessible.name: qsTr("Export the audit log as CSV")
                Accessible.description: qsTr("Saves every entry the filters match as a CSV file you choose")
                enabled: !page.audit.exporting && page.audit.state === Models.AuditModel.Ready
                onClicked: exportDialog.open()
            }
        }

        AuditFilters {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spaceXl
            Layout.rightMargin: Theme.spaceXl
            audit: page.audit
        }

        Text {
            objectName: "auditExportText"
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spaceXl
            Layout.rightMargin: Theme.spaceXl
            visible: text.length > 0
            text: page.audit.exportText
            textFormat: Text.PlainText
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }

        Rectangle {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.leftMargin: Theme.spaceXl
            Layout.rightMargin: Theme.spaceXl
            Layout.bottomMargin: Theme.spaceXl
            radius: Theme.radiusL
            color: Theme.surface
            border.color: Theme.border
            clip: true

            // Column titles, lined up with the rows (AuditColumns).
            RowLayout {
                id: header
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.top: parent.top
                anchors.leftMargin: Theme.spaceXl
                anchors.rightMargin: Theme.spaceXl
                height: Theme.controlHeight
                spacing: Theme.spaceL
                Accessible.ignored: true
                Title { text: qsTr("Time"); Layout.preferredWidth: widths.time }
                Title { text: qsTr("User"); Layout.preferredWidth: widths.user }
                Title { text: qsTr("Action"); Layout.preferredWidth: widths.action }
                Title { text: qsTr("About"); Layout.preferredWidth: widths.about }
                Title { text: qsTr("Outcome"); Layout.preferredWidth: widths.outcome }
                Title { text: qsTr("From"); Layout.preferredWidth: widths.source }
            }
            Rectangle {
                id: rule
                anchors.top: header.bottom
                anchors.left: parent.left
                anchors.right: parent.right
                height: 1
                color: Theme.border
            }

            ListView {
                id: list
                objectName: "auditList"
                anchors.top: rule.bottom
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.bottom: moreBar.top
                anchors.margins: 1
                clip: true
                model: page.audit
                visible: count > 0
                boundsBehavior: Flickable.StopAtBounds
                keyNavigationEnabled: true
                Accessible.role: Accessible.List
                Accessible.name: qsTr("Audit entries")

                /// Moves the keyboard focus to a row, bringing it into view first.
                function focusRow(row: int) {
                    if (row < 0 || row >= count)
                        return
                    positionViewAtIndex(row, ListView.Contain)
                    const item = itemAtIndex(row)
                    if (item)
                        item.forceActiveFocus()
                }
                ScrollBar.vertical: ThinScrollBar {}
                delegate: AuditRow {
                    width: ListView.view.width
                    columns: widths
                    Keys.onUpPressed: list.focusRow(index - 1)
                    Keys.onDownPressed: list.focusRow(index + 1)
                }
            }

            // Older entries, a page at a time, under the list.
            Item {
                id: moreBar
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.bottom: parent.bottom
                height: page.audit.hasMore ? more.implicitHeight + 2 * Theme.spaceS : 0
                visible: page.audit.hasMore
                ActionButton {
                    id: more
                    objectName: "auditMore"
                    anchors.centerIn: parent
                    quiet: true
                    text: page.audit.state === Models.AuditModel.Loading ? qsTr("Loading…") : qsTr("Show older entries")
                    enabled: page.audit.state === Models.AuditModel.Ready
                    onClicked: page.audit.loadMore()
                }
            }

            LoadingState {
                anchors.fill: parent
                visible: page.audit.state === Models.AuditModel.Loading && list.count === 0
            }
            EmptyState {
                objectName: "auditEmpty"
                anchors.fill: parent
                visible: list.count === 0 && (page.audit.state === Models.AuditModel.Ready
                                              || page.audit.state === Models.AuditModel.Failed)
                searchGlyph: page.audit.state === Models.AuditModel.Ready && page.audit.filtered
                title: page.audit.state === Models.AuditModel.Failed ? qsTr("The audit log cannot be read")
                       : page.audit.filtered ? qsTr("No entry matches") : qsTr("Nothing audited in this period")
                body: page.audit.state === Models.AuditModel.Failed ? page.audit.errorText
                      : page.audit.filtered ? qsTr("Try another user, action or period.") : ""
                actionText: page.audit.state === Models.AuditModel.Failed ? qsTr("Try again") : ""
                onActionTriggered: page.audit.reload()
            }
        }
    }

    FileDialog {
        id: exportDialog
        fileMode: FileDialog.SaveFile
        title: qsTr("Export the audit log as CSV")
        nameFilters: [qsTr("CSV files (*.csv)")]
        defaultSuffix: "csv"
        onAccepted: page.audit.exportCsv(exportDialog.selectedFile)
    }
}
