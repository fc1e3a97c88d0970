import QtQuick
import Pilothouse.Components

// The audit table's column widths, shared by its header and its rows so they line up. The
// action and what it was about share what is left of the width.
QtObject {
    required property real width

    readonly property real time: Theme.scaled(150)
    readonly property real user: Theme.scaled(170)
    readonly property real outcome: Theme.scaled(260)
    readonly property real source: Theme.scaled(120)
    readonly property real rest: Math.max(Theme.scaled(200), width - time - user - outcome - source - 5 * Theme.spaceL - 2 * Theme.spaceXl)
    readonly property real action: rest * 0.45
    readonly property real about: rest * 0.55
}
