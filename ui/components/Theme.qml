pragma Singleton
import QtQuick
import Pilothouse.Models as Models

// The one place colours, spacing and type live. Views never hard-code a colour: they ask the Theme,
// so the dark palette is complete by construction. Text colours are chosen for at least 4.5:1
// contrast on their intended background in both palettes (tinted chips included).
QtObject {
    id: theme

    /// Set by the shell from the operator's preferences (the Settings page): the dark palette, the
    /// text size (1.0 to 2.0: type and the heights made for it grow together; spacing does not)
    /// and reduced motion (no fading, pulsing or sliding).
    property bool dark: false
    property real textScale: 1.0
    property bool reducedMotion: false

    /// A size designed at 100 % text, at the chosen text size.
    function scaled(px: int): int {
        return Math.round(px * textScale)
    }

    // ---- Motion: every animation takes its duration here, so reduced motion stops them all.
    readonly property int motionShort: reducedMotion ? 0 : 150
    readonly property int motionPulse: reducedMotion ? 0 : 600

    // ---- Surfaces
    readonly property color window: dark ? "#0f1115" : "#f4f5f8"
    readonly property color surface: dark ? "#171a21" : "#ffffff"
    readonly property color surfaceAlt: dark ? "#1d2129" : "#f7f8fa"
    readonly property color surfaceSunken: dark ? "#13161c" : "#eef0f4"
    readonly property color border: dark ? "#2c313c" : "#dfe3e9"
    /// The edge of a control that has nothing else to show where it is (unchecked boxes, radios and
    /// switches, text fields, scroll bar thumbs): 3:1 on every surface it sits on. `border` stays
    /// the hairline of cards, dialogs and dividers.
    readonly property color controlBorder: dark ? "#72767d" : "#87898d"
    readonly property color divider: dark ? "#232731" : "#eceef2"
    readonly property color hover: dark ? "#1f2430" : "#f1f3f7"
    readonly property color selection: dark ? "#232c47" : "#e9eeff"
    readonly property color focusRing: dark ? "#8aa4ff" : "#3b5bdb"
    readonly property color shadow: dark ? "#66000000" : "#1a0b1526"

    // ---- Text
    readonly property color text: dark ? "#e7eaf0" : "#161a20"
    readonly property color textMuted: dark ? "#a3abb9" : "#545d6b"
    readonly property color textFaint: dark ? "#8d94a1" : "#656d78"
    readonly property color textOnAccent: dark ? "#0e1220" : "#ffffff"

    // ---- Accent (actions, selection, links)
    readonly property color accent: dark ? "#8aa4ff" : "#3b5bdb"
    readonly property color accentHover: dark ? "#a3b7ff" : "#3451c6"
    readonly property color accentSoft: dark ? "#222b47" : "#e9eeff"
    readonly property color accentSoftText: dark ? "#b9c8ff" : "#2f4ab8"

    // ---- Semantic tones: foreground on the matching soft background.
    readonly property color success: dark ? "#5fd28e" : "#1c7a3d"
    readonly property color successSoft: dark ? "#16301f" : "#e2f4e8"
    readonly property color warning: dark ? "#f2b84b" : "#8a5300"
    readonly property color warningSoft: dark ? "#382a0e" : "#fff0d4"
    readonly property color danger: dark ? "#ff8378" : "#b42318"
    readonly property color dangerSoft: dark ? "#3d1b18" : "#fde8e6"
    readonly property color info: dark ? "#7cc4ff" : "#0b5cad"
    readonly property color infoSoft: dark ? "#142a40" : "#e3f0fc"
    readonly property color neutral: dark ? "#a3abb9" : "#545d6b"
    readonly property color neutralSoft: dark ? "#262a33" : "#eceff3"
    readonly property color vip: dark ? "#f6cf5f" : "#7a4f00"
    readonly property color vipSoft: dark ? "#3a2f0e" : "#ffeaa6"

    // ---- Transcript bubbles
    readonly property color bubbleCustomer: dark ? "#1f232c" : "#ffffff"
    readonly property color bubbleAi: dark ? "#1e2640" : "#edf1ff"
    readonly property color bubbleHuman: dark ? "#15302a" : "#e4f5ee"
    readonly property color transcriptBackground: dark ? "#12151b" : "#f4f5f8"

    // Avatars get one of a few calm hues so neighbouring rows are easy to tell apart.
    readonly property list<color> avatarColors: dark
        ? ["#3a4a8c", "#2f6b5a", "#7a4a2a", "#6a3f7a", "#2f5f7a", "#7a3a4a"]
        : ["#4c63c9", "#2c8567", "#b1622e", "#8756a8", "#2f7ea6", "#b24a64"]

    readonly property color avatarText: "#ffffff"

    // ---- Spacing scale (px)
    readonly property int spaceXxs: 2
    readonly property int spaceXs: 4
    readonly property int spaceS: 8
    readonly property int spaceM: 12
    readonly property int spaceL: 16
    readonly property int spaceXl: 24
    readonly property int spaceXxl: 32

    readonly property int radiusS: 4
    readonly property int radiusM: 6
    readonly property int radiusL: 10

    // ---- Type scale (px)
    readonly property string fontFamily: Qt.application.font.family
    readonly property int fontCaption: scaled(11)
    readonly property int fontSmall: scaled(12)
    readonly property int fontBody: scaled(13)
    readonly property int fontTitle: scaled(15)
    readonly property int fontHeading: scaled(18)
    readonly property int fontDisplay: scaled(24)

    // ---- Sizes (they hold text, so they follow the text size)
    readonly property int controlHeight: scaled(30)
    readonly property int topBarHeight: scaled(48)
    readonly property int boardRowHeight: compactRows ? scaled(56) : scaled(78)
    /// Two lines per board and queue row instead of three (Settings, bound in Main.qml).
    property bool compactRows: false
    /// Check boxes, radio buttons and similar marks beside a line of text.
    readonly property int indicatorSize: scaled(16)

    // A domain value's tone (Models.Labels.statusTone(...), reasonTone, slaTone) to its colours:
    // the foreground, and the soft background it sits on.
    function toneColor(tone: int): color {
        switch (tone) {
        case Models.Tone.Accent: return accentSoftText
        case Models.Tone.Success: return success
        case Models.Tone.Warning: return warning
        case Models.Tone.Danger: return danger
        case Models.Tone.Vip: return vip
        case Models.Tone.Info: return info
        default: return neutral
        }
    }
    function toneSoftColor(tone: int): color {
        switch (tone) {
        case Models.Tone.Accent: return accentSoft
        case Models.Tone.Success: return successSoft
        case Models.Tone.Warning: return warningSoft
        case Models.Tone.Danger: return dangerSoft
        case Models.Tone.Vip: return vipSoft
        case Models.Tone.Info: return infoSoft
        default: return neutralSoft
        }
    }

    // Confidence band (from the model: 0 none, 1 low, 2 medium, 3 high) to colour.
    function bandColor(band: int): color {
        switch (band) {
        case 3: return success
        case 2: return warning
        case 1: return danger
        default: return neutral
        }
    }
    function bandSoftColor(band: int): color {
        switch (band) {
        case 3: return successSoft
        case 2: return warningSoft
        case 1: return dangerSoft
        default: return neutralSoft
        }
    }
    // Sentiment band (-1 negative, 0 neutral, 1 positive) to colour.
    function sentimentColor(band: int): color {
        if (band < 0)
            return danger
        if (band > 0)
            return success
        return neutral
    }
    // Priority 0..3 to the colour of the row's edge mark; 0 draws nothing.
    function priorityColor(priority: int): color {
        switch (priority) {
        case 3: return danger
        case 2: return warning
        case 1: return info
        default: return "transparent"
        }
    }
}
