pragma Singleton
import QtQuick

// Colours and sizes for every screen. Contrast ratios (WCAG 2.2, 1.4.3) are
// checked by tests/kiosk/ui/test_theme.py; touch targets follow WCAG 2.5.5.
QtObject {
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

    readonly property int minTouch: 48       // px, smallest tappable size
    readonly property int buttonHeight: 112
    readonly property int bodySize: 28       // px, body text (>= 24)
    readonly property int headingSize: 56
    readonly property int titleSize: 40
    readonly property int heroSize: 96
    readonly property int margin: 48
    // Set from the resident's language by Main.qml (kiosk/ui/language.py).
    property string fontFamily: "DejaVu Sans"
}
