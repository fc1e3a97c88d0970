import QtQuick
import Pilothouse.Components

// The mark of the chosen or focused row: a 3 px bar in the accent colour along its left edge, as
// board and queue rows draw it. The selection tint beside it is too faint to be the only mark
// (WCAG 1.4.11: 3:1; accessibility.contrast checks accent on selection). Declare it as a child of
// the row, before its content, and bind `visible` to the row's state; on a rounded row set `inset`
// to the row's radius so the bar stays on the straight part of the edge.
Rectangle {
    /// Space left free above and below the bar.
    property real inset: 0

    anchors.left: parent ? parent.left : undefined
    anchors.top: parent ? parent.top : undefined
    anchors.bottom: parent ? parent.bottom : undefined
    anchors.topMargin: inset
    anchors.bottomMargin: inset
    width: 3
    color: Theme.accent
}
