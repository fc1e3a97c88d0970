import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Pilothouse.Components
import Pilothouse.Models as Models

// The assumptions behind the money figures (docs/metrics.md, "Cost model"): the organisation's
// values, tried locally without saving (the figures follow at once, marked as unsaved), and saved
// by an admin with a note. Parsing, validation and every sentence come from CostModelForm.
Panel {
    id: root

    required property Models.AnalyticsReport report
    readonly property Models.CostModelForm form: report.costModelForm

    title: qsTr("Cost model")
    // The banner below says it when the figures use tried values; the subtitle names the source otherwise.
    subtitle: root.report.usingLocalCostModel ? "" : root.report.costModelSourceText

    Rectangle {
        objectName: "unsavedBanner"
        Layout.fillWidth: true
        visible: root.report.usingLocalCostModel
        implicitHeight: unsavedRow.implicitHeight + 2 * Theme.spaceS
        radius: Theme.radiusM
        color: Theme.warningSoft
        RowLayout {
            id: unsavedRow
            anchors.fill: parent
            anchors.margins: Theme.spaceS
            spacing: Theme.spaceM
            Text {
                Layout.fillWidth: true
                text: qsTr("The figures on these pages use unsaved values.")
                textFormat: Text.PlainText
                color: Theme.text
                font.pixelSize: Theme.fontBody
                wrapMode: Text.WordWrap
            }
            ActionButton {
                objectName: "useOrganisation"
                text: qsTr("Use the organisation's values")
                Accessible.name: text
                onClicked: root.form.useOrganisation()
            }
        }
    }

    GridLayout {
        Layout.fillWidth: true
        columns: root.width >= 900 ? 3 : 2
        columnSpacing: Theme.spaceL
        rowSpacing: Theme.spaceM

        CostModelField {
            objectName: "hourlyCostField"
            Layout.fillWidth: true
            Layout.preferredWidth: 100
            Layout.alignment: Qt.AlignTop
            label: qsTr("Loaded hourly cost of a person (%1)").arg(root.form.currency)
            hint: qsTr("What an hour of a person costs, overheads included.")
            text: root.form.hourlyCost
            error: root.form.errors.loadedHourlyCost ?? ""
            onEdited: value => root.form.hourlyCost = value
        }
        CostModelField {
            objectName: "currencyField"
            Layout.fillWidth: true
            Layout.preferredWidth: 100
            Layout.alignment: Qt.AlignTop
            label: qsTr("Currency")
            hint: qsTr("Its three-letter code, such as USD or EUR.")
            text: root.form.currency
            error: root.form.errors.currency ?? ""
            onEdited: value => root.form.currency = value
        }
        CostModelField {
            objectName: "aiPriceField"
            Layout.fillWidth: true
            Layout.preferredWidth: 100
            Layout.alignment: Qt.AlignTop
            label: qsTr("AI price per 1,000 tokens (%1)").arg(root.form.currency)
            hint: qsTr("0 for a model you host yourself.")
            text: root.form.aiPrice
            error: root.form.errors.aiPricePer1000Tokens ?? ""
            onEdited: value => root.form.aiPrice = value
        }
        CostModelField {
            objectName: "defaultMinutesField"
            Layout.fillWidth: true
            Layout.preferredWidth: 100
            Layout.alignment: Qt.AlignTop
            label: qsTr("Default handling minutes")
            hint: qsTr("How long a person takes, for intents without enough measured conversations.")
            text: root.form.defaultMinutes
            error: (root.form.errors.defaultHandlingMinutes ?? "")
                   + (root.form.errors.handlingMinutesByIntent ? "\n" + root.form.errors.handlingMinutesByIntent : "")
            onEdited: value => root.form.defaultMinutes = value
        }
        CostModelField {
            objectName: "minSamplesField"
            Layout.fillWidth: true
            Layout.preferredWidth: 100
            Layout.alignment: Qt.AlignTop
            label: qsTr("Conversations needed to measure an intent")
            hint: qsTr("From this many handled conversations, an intent uses its measured handling time.")
            text: root.form.minSamples
            error: root.form.errors.minHumanSamples ?? ""
            onEdited: value => root.form.minSamples = value
        }
        CostModelField {
            objectName: "teamSizeField"
            Layout.fillWidth: true
            Layout.preferredWidth: 100
            Layout.alignment: Qt.AlignTop
            label: qsTr("Team size compared with")
            hint: qsTr("The human team the savings are compared with.")
            text: root.form.teamSize
            error: root.form.errors.teamSize ?? ""
            onEdited: value => root.form.teamSize = value
        }
    }

    CostModelField {
        objectName: "noteField"
        Layout.fillWidth: true
        visible: root.form.canSave
        label: qsTr("Note for this version (optional)")
        hint: qsTr("Why the values change; kept with the version.")
        text: root.form.note
        onEdited: value => root.form.note = value
    }

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spaceS
        ActionButton {
            objectName: "tryValues"
            text: qsTr("Try these values")
            Accessible.name: qsTr("Try these values without saving")
            onClicked: root.form.tryValues()
        }
        ActionButton {
            objectName: "saveCostModel"
            visible: root.form.canSave
            enabled: !root.form.busy
            primary: true
            text: qsTr("Save for the organisation")
            Accessible.name: text
            onClicked: root.form.save()
        }
        ActionButton {
            objectName: "resetCostModel"
            quiet: true
            text: qsTr("Reset the fields")
            Accessible.name: qsTr("Reset the fields to the values the figures use")
            onClicked: root.form.reload()
        }
        Item { Layout.fillWidth: true }
    }
    Text {
        objectName: "costModelStatus"
        Layout.fillWidth: true
        visible: text.length > 0
        text: root.form.statusText
        textFormat: Text.PlainText
        color: root.form.statusIsError ? Theme.danger : Theme.textMuted
        font.pixelSize: Theme.fontBody
        wrapMode: Text.WordWrap
        Accessible.role: Accessible.StaticText
        Accessible.name: text
    }
}
