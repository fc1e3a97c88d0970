import QtQuick
import Pilothouse.Components

// A magnifying glass (Icon: Lucide's search), so it renders the same with any installed font.
Icon {
    name: "search"
    size: Theme.scaled(12)
    color: Theme.textFaint
}
