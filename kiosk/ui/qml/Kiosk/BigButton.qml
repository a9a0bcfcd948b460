import QtQuick
import QtQuick.Controls

// A large, high-contrast touch button with an accessible name.
Button {
    id: control
    property color fill: Theme.action
    property color ink: Theme.actionText
    property color pressedFill: Theme.actionPressed
    property int textSize: Theme.headingSize
    property int minWidth: Theme.minTouch * 4
    property int sidePadding: Theme.margin

    // Grows with its text ("Bigger text"), never below the theme's height.
    implicitHeight: Math.max(Theme.buttonHeight, contentItem.implicitHeight + Theme.margin / 2)
    implicitWidth: Math.max(minWidth, contentItem.implicitWidth + 2 * sidePadding)
    focusPolicy: Qt.StrongFocus
    Accessible.role: Accessible.Button
    Accessible.name: text

    contentItem: Text {
        text: control.text
        color: control.enabled ? control.ink : Theme.text
        font.family: Theme.fontFamily
        font.pixelSize: control.textSize
        font.bold: true
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        // Wrap: a word longer than the button (at 200 %) breaks instead of spilling out.
        wrapMode: Text.Wrap
    }
    background: Rectangle {
        radius: 8
        color: !control.enabled ? Theme.disabled : control.down ? control.pressedFill : control.fill
        border.width: control.visualFocus ? 6 : 0
        border.color: Theme.focus
    }
}
