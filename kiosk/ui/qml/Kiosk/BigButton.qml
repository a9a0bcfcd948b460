import QtQuick
import QtQuick.Controls

// A large, high-contrast touch button with an accessible name.
Button {
    id: control
    property color fill: Theme.action
    property color ink: Theme.actionText
    property color pressedFill: Theme.actionPressed
    property int textSize: Theme.headingSize

    implicitHeight: Theme.buttonHeight
    implicitWidth: Math.max(Theme.minTouch * 4, contentItem.implicitWidth + 2 * Theme.margin)
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
        wrapMode: Text.WordWrap
    }
    background: Rectangle {
        radius: 8
        color: !control.enabled ? Theme.disabled : control.down ? control.pressedFill : control.fill
        border.width: control.visualFocus ? 6 : 0
        border.color: Theme.focus
    }
}
