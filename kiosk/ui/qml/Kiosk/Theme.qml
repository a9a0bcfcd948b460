pragma Singleton
import QtQuick

// Colours and sizes for every screen. Contrast ratios (WCAG 2.2, 1.4.3) are
// checked by tests/kiosk/ui/test_theme.py; touch targets follow WCAG 2.5.5.
// The resident's "Text size" (100, 150 or 200 %) scales every size but the
// smallest touch target and the margins, and "High contrast" swaps every
// colour for one with at least 7:1 (WCAG 1.4.6). Main.qml binds both from the
// DisplayViewModel (kiosk/ui/display_viewmodel.py).
QtObject {
    property real textScale: 1.0
    property bool highContrast: false
    readonly property QtObject palette: highContrast ? contrast : normal

    readonly property color background: palette.background
    readonly property color text: palette.text
    readonly property color secondaryText: palette.secondaryText
    readonly property color brand: palette.brand
    readonly property color brandText: palette.brandText
    readonly property color action: palette.action
    readonly property color actionText: palette.actionText
    readonly property color actionPressed: palette.actionPressed
    readonly property color focus: palette.focus
    readonly property color secondary: palette.secondary
    readonly property color secondaryPressed: palette.secondaryPressed
    readonly property color danger: palette.danger
    readonly property color dangerPressed: palette.dangerPressed
    readonly property color disabled: palette.disabled
    readonly property color error: palette.error
    readonly property color panel: palette.panel
    readonly property color panelText: palette.panelText
    readonly property color notice: palette.notice
    readonly property color training: palette.training
    readonly property color trainingText: palette.trainingText
    readonly property color border: palette.border
    readonly property color scrim: palette.scrim

    readonly property QtObject normal: QtObject {
        readonly property color background: "#ffffff"
        readonly property color text: "#0b0c0c"          // 19.8:1 on background
        readonly property color secondaryText: "#505a5f" // 7.0:1 on background
        readonly property color brand: "#00558c"         // council blue
        readonly property color brandText: "#ffffff"       // 7.3:1 on brand
        readonly property color action: "#00703c"        // GOV.UK green button
        readonly property color actionText: "#ffffff"      // 5.9:1 on action
        readonly property color actionPressed: "#005a30"
        readonly property color focus: "#ffdd00"
        readonly property color secondary: "#f3f2f1"       // text 17.5:1 on it
        readonly property color secondaryPressed: "#dbdad9"  // text 14.0:1 on it
        readonly property color danger: "#aa2a16"          // actionText 6.9:1 on it
        readonly property color dangerPressed: "#8c2312"
        readonly property color disabled: "#b1b4b6"        // text 9.4:1 on it
        readonly property color error: "#d4351c"           // 4.9:1 on background
        readonly property color panel: "#00703c"           // GOV.UK confirmation panel
        readonly property color panelText: "#ffffff"       // 6.2:1 on panel
        readonly property color notice: "#fff7bf"          // text 18.0:1 on it
        readonly property color training: "#ffdd00"        // trainingText 14.6:1 on it
        readonly property color trainingText: "#0b0c0c"
        readonly property color border: "#0b0c0c"
        readonly property color scrim: "#cc0b0c0c"         // dims the screen behind a question
    }

    // Light on black, yellow for what to press: every pair >= 7:1.
    readonly property QtObject contrast: QtObject {
        readonly property color background: "#000000"
        readonly property color text: "#ffffff"          // 21:1 on background
        readonly property color secondaryText: "#e8e8e8" // 17.1:1 on background
        readonly property color brand: "#000000"
        readonly property color brandText: "#ffff00"       // 19.6:1 on brand
        readonly property color action: "#ffff00"
        readonly property color actionText: "#000000"      // 19.6:1 on action
        readonly property color actionPressed: "#cccc00"   // actionText 12.2:1 on it
        readonly property color focus: "#00ffff"
        readonly property color secondary: "#1a1a1a"       // text 17.4:1 on it
        readonly property color secondaryPressed: "#333333"  // text 12.6:1 on it
        readonly property color danger: "#ff8f8f"          // actionText 9.6:1 on it
        readonly property color dangerPressed: "#f08080"
        readonly property color disabled: "#4d4d4d"        // text 8.5:1 on it
        readonly property color error: "#ff8f8f"           // 9.6:1 on background
        readonly property color panel: "#00331a"
        readonly property color panelText: "#ffffff"       // 14.1:1 on panel
        readonly property color notice: "#333300"          // text 13.0:1 on it
        readonly property color training: "#ffff00"        // trainingText 19.6:1 on it
        readonly property color trainingText: "#000000"
        readonly property color border: "#ffffff"
        readonly property color scrim: "#e6000000"
    }

    // Body text grows in full; larger text, already big, grows by a share.
    function scaled(px, share) {
        return Math.round(px * (1 + (textScale - 1) * (share === undefined ? 1 : share)))
    }

    readonly property int minTouch: 48       // px, smallest tappable size
    readonly property int buttonHeight: scaled(112, 0.5)
    readonly property int bodySize: scaled(28)       // px, body text (>= 24)
    readonly property int headingSize: scaled(56, 0.5)
    readonly property int titleSize: scaled(40, 0.75)
    readonly property int heroSize: scaled(96, 0.25)
    readonly property int margin: 48
    // Set from the resident's language by Main.qml (kiosk/ui/language.py).
    property string fontFamily: "DejaVu Sans"
}
