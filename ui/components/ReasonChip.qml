import QtQuick
import Pilothouse.Components

// Why a conversation was escalated (the reason category), as a chip tinted by category.
Tag {
    id: root

    /// Protocol spelling ("vip", "low_confidence", ...) picks the tone; `text` is the label.
    property string reason

    foreground: reason === "vip" ? Theme.vip
              : reason === "negative_sentiment" || reason === "legal_or_policy" ? Theme.danger
              : reason === "asked_for_human" ? Theme.accentSoftText : Theme.warning
    background: reason === "vip" ? Theme.vipSoft
              : reason === "negative_sentiment" || reason === "legal_or_policy" ? Theme.dangerSoft
              : reason === "asked_for_human" ? Theme.accentSoft : Theme.warningSoft
    maximumWidth: 170
    Accessible.name: qsTr("Reason: %1").arg(text)
}
